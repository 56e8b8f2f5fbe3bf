#!/usr/bin/env bash
# The package in real builds, on a temporary copy of the repository (the repository itself is never touched):
#   1. severities from .editorconfig / .globalconfig, and "warnings as errors for CMEK rules only" (the README's CI recipe);
#   2. SARIF (-p:ErrorLog): a CMEK001 result points at the use site and, as related locations, at the endpoint and key values;
#   3. `dotnet format analyzers` applies every code fix to a copy of the samples: files change, the project still compiles
#      and has no CMEK warning left.
# Every failure prints the build output it is about.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP_WORK:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
rules="CMEK001 CMEK002 CMEK003 CMEK004 CMEK005 CMEK006 CMEK007"

fail() {
  echo "FAIL: $1"
  if [ -n "${2:-}" ] && [ -f "$2" ]; then echo "---- $2"; cat "$2"; echo "---- (FAIL: $1)"; fi
  exit 1
}

# Tracked and new (not ignored) files only: no bin/, obj/ or .git of the original.
mkdir -p "$work/repo"
(cd "$root" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - 2>/dev/null) | tar -xf - -C "$work/repo"
repo="$work/repo"

echo "== severities: a consumer project with one CMEK001 and one CMEK002 case"
consumer="$work/consumer"
mkdir -p "$consumer"
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/CmekAnalyzers/CmekAnalyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/tests/ApiShim/ApiShim.props" />
</Project>
XML
# Lines matter: the SARIF check below looks for the endpoint (line 5) and the key (line 9) of the CMEK001 on line 7.
cat > "$consumer/Program.cs" <<'CS'
using Google.Cloud.Speech.V2;

var keyAdmin = new SpeechClientBuilder
{
    Endpoint = "us-central1-speech.googleapis.com",
}.Build();
keyAdmin.UpdateConfig(new Config
{
    KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k",
}, null);
var global = SpeechClient.Create();
global.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" }, null);
int unused; // CS0168: a warning of another analyzer, which the CMEK-only recipe must leave a warning
CS

# build <log> [args...]: --no-incremental, because an up-to-date build skips the compiler and prints no diagnostics.
# -v:n so that info (suggestion) diagnostics would show up if MSBuild printed them.
build() {
  local log=$1; shift
  set +e
  dotnet build "$consumer/Consumer.csproj" --no-incremental -nologo -v:n "$@" >"$log" 2>&1
  local rc=$?
  set -e
  echo "$rc"
}
# The compiler's own lines only (MSBuild repeats each diagnostic in the summary).
diag() { grep -E "Program\.cs\([0-9]+,[0-9]+\): (warning|error|info) $2" "$1" | grep -oE "(warning|error|info) $2" | sort -u || true; }

sarif="$work/cmek.sarif"
rc=$(build "$work/base.log" "-p:ErrorLog=$sarif%2Cversion=2.1")
[ "$rc" = 0 ] || fail "the consumer does not build" "$work/base.log"
[ "$(diag "$work/base.log" CMEK001)" = "warning CMEK001" ] || fail "no default warning CMEK001" "$work/base.log"
[ "$(diag "$work/base.log" CMEK002)" = "warning CMEK002" ] || fail "no default warning CMEK002" "$work/base.log"
echo "default: warning CMEK001, warning CMEK002 (rc 0)"

# From here on the project references are built: rebuild only the consumer.
quick=(--no-restore --no-dependencies)
severity() { # severity <name> <config file> <severity of CMEK001> [build args...]
  local name=$1 file=$2 level=$3; shift 3
  rm -f "$consumer/.editorconfig" "$consumer/.globalconfig"
  if [ "$file" = .globalconfig ]; then
    printf 'is_global = true\ndotnet_diagnostic.CMEK001.severity = %s\n' "$level" > "$consumer/.globalconfig"
  else
    printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.CMEK001.severity = %s\n' "$level" > "$consumer/.editorconfig"
  fi
  build "$work/$name.log" "${quick[@]}" "$@"
}

rc=$(severity none .editorconfig none)
[ "$rc" = 0 ] && [ -z "$(diag "$work/none.log" CMEK001)" ] || fail "severity none: expected no CMEK001 at all, rc 0 (rc $rc)" "$work/none.log"
[ "$(diag "$work/none.log" CMEK002)" = "warning CMEK002" ] || fail "severity none of CMEK001 changed CMEK002" "$work/none.log"
echo "editorconfig none: no CMEK001, warning CMEK002 (rc 0)"

# A suggestion is an info diagnostic: the IDE shows it, the command-line build does not print it even at -v:n, and
# -warnaserror (all warnings as errors) does not touch it.
rc=$(severity suggestion .editorconfig suggestion -warnaserror)
[ -z "$(diag "$work/suggestion.log" CMEK001)" ] || fail "severity suggestion: CMEK001 printed as $(diag "$work/suggestion.log" CMEK001)" "$work/suggestion.log"
[ "$(diag "$work/suggestion.log" CMEK002)" = "error CMEK002" ] && [ "$rc" != 0 ] || fail "-warnaserror did not turn CMEK002 into an error (rc $rc)" "$work/suggestion.log"
echo "editorconfig suggestion + -warnaserror: no CMEK001 line, error CMEK002 (rc $rc)"

rc=$(severity warning .editorconfig warning)
[ "$rc" = 0 ] && [ "$(diag "$work/warning.log" CMEK001)" = "warning CMEK001" ] || fail "severity warning: expected warning CMEK001, rc 0 (rc $rc)" "$work/warning.log"
echo "editorconfig warning: warning CMEK001 (rc 0)"

rc=$(severity error .editorconfig error)
[ "$rc" != 0 ] && [ "$(diag "$work/error.log" CMEK001)" = "error CMEK001" ] || fail "severity error: expected error CMEK001 and a failed build (rc $rc)" "$work/error.log"
[ "$(diag "$work/error.log" CMEK002)" = "warning CMEK002" ] || fail "severity error of CMEK001 changed CMEK002" "$work/error.log"
echo "editorconfig error: error CMEK001, warning CMEK002, build failed (rc $rc)"

rc=$(severity global .globalconfig error)
[ "$rc" != 0 ] && [ "$(diag "$work/global.log" CMEK001)" = "error CMEK001" ] || fail ".globalconfig error: expected error CMEK001 and a failed build (rc $rc)" "$work/global.log"
[ "$(diag "$work/global.log" CMEK002)" = "warning CMEK002" ] || fail ".globalconfig error of CMEK001 changed CMEK002" "$work/global.log"
echo "globalconfig error: error CMEK001, warning CMEK002, build failed (rc $rc)"
rm -f "$consumer/.editorconfig" "$consumer/.globalconfig"

echo "== warnings as errors for CMEK rules only (README: Use in CI)"
ids=$(echo "$rules" | tr ' ' ',')
rc=$(build "$work/cmek-only.log" "${quick[@]}" "-warnaserror:$ids")
[ "$rc" != 0 ] && [ "$(diag "$work/cmek-only.log" CMEK001)" = "error CMEK001" ] && [ "$(diag "$work/cmek-only.log" CMEK002)" = "error CMEK002" ] \
  || fail "-warnaserror:$ids: expected error CMEK001, error CMEK002 and a failed build (rc $rc)" "$work/cmek-only.log"
[ "$(diag "$work/cmek-only.log" CS0168)" = "warning CS0168" ] || fail "-warnaserror:$ids also changed CS0168" "$work/cmek-only.log"
echo "-warnaserror:$ids: error CMEK001, error CMEK002, warning CS0168 (rc $rc)"
ids=$(echo "$rules" | tr ' ' ';')
# The README's Directory.Build.props form.
printf '<Project>\n  <PropertyGroup>\n    <WarningsAsErrors>$(WarningsAsErrors);%s</WarningsAsErrors>\n  </PropertyGroup>\n</Project>\n' "$ids" > "$consumer/Directory.Build.props"
rc=$(build "$work/cmek-only-prop.log" "${quick[@]}")
rm "$consumer/Directory.Build.props"
[ "$rc" != 0 ] && [ "$(diag "$work/cmek-only-prop.log" CMEK001)" = "error CMEK001" ] && [ "$(diag "$work/cmek-only-prop.log" CS0168)" = "warning CS0168" ] \
  || fail "<WarningsAsErrors>$ids</WarningsAsErrors>: expected error CMEK001, warning CS0168 and a failed build (rc $rc)" "$work/cmek-only-prop.log"
echo "Directory.Build.props WarningsAsErrors=\$(WarningsAsErrors);$ids: error CMEK001, warning CS0168 (rc $rc)"

echo "== SARIF: the CMEK001 result points at the use site, the endpoint and the key"
[ -s "$sarif" ] || fail "-p:ErrorLog wrote no SARIF" "$work/base.log"
python3 - "$sarif" <<'PY' || fail "SARIF content (above)" "$work/base.log"
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0", log["version"]
results = [r for run in log["runs"] for r in run["results"] if r["ruleId"] == "CMEK001"]
assert len(results) == 1, f"expected one CMEK001 result, got {len(results)}"
r = results[0]
def place(location):
    p = location["physicalLocation"]
    return p["artifactLocation"]["uri"].rsplit("/", 1)[-1], p["region"]["startLine"]
primary = [place(l) for l in r["locations"]]
related = sorted(place(l) for l in r.get("relatedLocations", []))
print("CMEK001 level", r["level"], "at", primary, "related", related)
assert r["level"] == "warning", r["level"]
assert primary == [("Program.cs", 7)], primary
assert ("Program.cs", 5) in related, "endpoint value (line 5) missing from relatedLocations"
assert ("Program.cs", 9) in related, "key value (line 9) missing from relatedLocations"
# CMEK002: the client creation without an Endpoint (line 11) and the key (line 12).
cmek002 = [r for run in log["runs"] for r in run["results"] if r["ruleId"] == "CMEK002"]
assert len(cmek002) == 1, f"expected one CMEK002 result, got {len(cmek002)}"
related002 = sorted(place(l) for l in cmek002[0].get("relatedLocations", []))
print("CMEK002 at", [place(l) for l in cmek002[0]["locations"]], "related", related002)
assert ("Program.cs", 11) in related002, "client creation (line 11) missing from CMEK002 relatedLocations"
rules = {d["id"] for run in log["runs"] for d in run["tool"]["driver"].get("rules", [])}
assert {"CMEK001", "CMEK002"} <= rules, rules
help = {d["id"]: d.get("helpUri") for run in log["runs"] for d in run["tool"]["driver"].get("rules", [])}
assert help["CMEK001"] and help["CMEK001"].endswith("CMEK001.md"), help["CMEK001"]
PY

echo "== dotnet format applies the code fixes to a copy of the samples"
samples="$repo/samples/CmekSamples"
# Build first: with project references, format finds no analyzer (and silently changes nothing) until they are built.
dotnet build "$samples/CmekSamples.csproj" -nologo -v:q >"$work/samples-before.log" 2>&1 || fail "samples do not build" "$work/samples-before.log"
before=$(grep -oE '[A-Za-z0-9_]+\.cs\([0-9]+,[0-9]+\): warning CMEK[0-9]{3}' "$work/samples-before.log" | sort -u | wc -l)
[ "$before" -gt 0 ] || fail "the samples build printed no CMEK warning before format" "$work/samples-before.log"
# Samples whose warnings have no code fix by design: their values live in appsettings.json, which a C# fix does not edit.
# dotnet format asks only the first diagnostic of an id for a Fix All, so such a file is excluded, as the README tells users.
nofix="AppSettings_KeyEndpointMismatch.cs"
# shellcheck disable=SC2086
(cd "$samples" && dotnet format analyzers CmekSamples.csproj --diagnostics $rules --severity warn --no-restore -v:n --exclude $nofix) >"$work/format.log" 2>&1 \
  || fail "dotnet format failed" "$work/format.log"
# dotnet format asks each provider for the Fix All action of the first diagnostic of an id; one that has none is skipped.
if grep -q 'Unable to fix' "$work/format.log"; then fail "dotnet format could not apply every fix" "$work/format.log"; fi
changed=$(cd "$root/samples/CmekSamples" && for f in *.cs; do cmp -s "$f" "$samples/$f" || echo "$f"; done)
echo "changed by format: $(echo $changed)"
for f in $(cd "$root/samples/CmekSamples" && grep -lE '// CMEK[0-9]{3}$' *.cs); do
  echo "$nofix" | grep -qx "$f" && continue
  echo "$changed" | grep -qx "$f" || fail "format left $f (which has a promised warning) unchanged" "$work/format.log"
done
# The CMEK003 sample destroys a key version after the key change: its fix lists and updates every existing resource.
grep -q 'foreach (var recognizer in _speech.ListRecognizers(' "$samples/Cmek003_ReencryptionAssumed.cs" \
  || fail "format did not insert the CMEK003 re-encryption loops before DestroyCryptoKeyVersion" "$work/format.log"
dotnet build "$samples/CmekSamples.csproj" --no-incremental --no-restore -nologo -v:q >"$work/samples-after.log" 2>&1 \
  || fail "the samples do not compile after format" "$work/samples-after.log"
left=$(grep -oE '[A-Za-z0-9_]+\.cs\([0-9]+,[0-9]+\): warning CMEK[0-9]{3}' "$work/samples-after.log" | grep -vE "^($(echo $nofix | tr ' ' '|'))\(" | sort -u || true)
[ -z "$left" ] || fail "CMEK warnings left after format: $left" "$work/samples-after.log"
echo "samples: $before CMEK warnings before format, none left after but in $nofix (no fix by design); still compiles"
(cd "$root/samples/CmekSamples" && for f in $changed; do diff -u "$f" "$samples/$f" || true; done)
echo "ecosystem ok"
