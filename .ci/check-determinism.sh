#!/usr/bin/env bash
# Packs CmekAnalyzers twice, from two copies of the sources in different directories with clean obj/bin, with the same
# version, and compares the dlls inside the nupkgs byte for byte (sha256). Paths must not leak into the dlls:
# ContinuousIntegrationBuild maps the source root to a fixed path (as in a CI release build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-determinism"

pack() {
  local copy="$work/$1"
  mkdir -p "$copy"
  # The package needs only the root build files and src/; bin/obj are left behind so each pack starts clean.
  (cd "$root" && tar --exclude=bin --exclude=obj -cf - Directory.Build.props nuget.config README.md src) | tar -xf - -C "$copy"
  dotnet pack "$copy/src/CmekAnalyzers.Package/CmekAnalyzers.Package.csproj" -c Release -o "$copy/feed" -p:Version="$version" \
    -p:ContinuousIntegrationBuild=true -nologo -v:q >&2
  mkdir -p "$copy/unzipped"
  unzip -q "$copy/feed/CmekAnalyzers.$version.nupkg" -d "$copy/unzipped"
  (cd "$copy/unzipped" && find . -name '*.dll' | sort | xargs sha256sum)
}

first=$(pack first)
second=$(pack "second/deeper/path")
echo "first pack:";  echo "$first"
echo "second pack:"; echo "$second"
if [ -z "$first" ]; then echo "no dlls in the nupkg"; exit 1; fi
if [ "$first" != "$second" ]; then echo "packs of the same sources differ: the build is not deterministic"; exit 1; fi
echo "determinism ok: $(echo "$first" | wc -l) dlls identical in two packs"
