#!/usr/bin/env bash
# Packs CmekAnalyzers, checks the nupkg layout, then builds a separate console project that references the nupkg from
# a folder feed: it must get the CMEK warnings, and .editorconfig must silence one rule.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date +%Y%m%d%H%M%S)"

dotnet pack "$root/src/CmekAnalyzers.Package/CmekAnalyzers.Package.csproj" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q
nupkg="$work/feed/CmekAnalyzers.$version.nupkg"
listing=$(unzip -Z1 "$nupkg")
echo "$listing" | grep -qx 'analyzers/dotnet/cs/CmekAnalyzers.dll'
echo "$listing" | grep -qx 'analyzers/dotnet/cs/CmekAnalyzers.CodeFixes.dll'
if echo "$listing" | grep -qE '^lib/'; then echo "nupkg must not contain lib/"; exit 1; fi
nuspec=$(unzip -p "$nupkg" CmekAnalyzers.nuspec)
echo "$nuspec" | grep -q '<developmentDependency>true</developmentDependency>'
if echo "$nuspec" | grep -q '<dependency '; then echo "nupkg must have no dependencies"; exit 1; fi
echo "nupkg layout ok: $(echo "$listing" | grep -c '^analyzers/') analyzer files, no lib/, no dependencies, development dependency"

mkdir -p "$work/consumer"
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RestoreAdditionalProjectSources>$work/feed</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="CmekAnalyzers" Version="$version" PrivateAssets="all" />
  </ItemGroup>
  <Import Project="$root/tests/ApiShim/ApiShim.props" />
</Project>
XML
cat > "$work/consumer/Program.cs" <<'CS'
using Google.Cloud.Speech.V2;

var keyAdmin = new SpeechClientBuilder { Endpoint = "us-central1-speech.googleapis.com" }.Build();
keyAdmin.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" }, null);
var global = SpeechClient.Create();
global.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" }, null);
CS
build() { dotnet build "$work/consumer/Consumer.csproj" --no-incremental -nologo -v:q -clp:NoSummary 2>&1 | grep -oE 'warning CMEK[0-9]{3}' | sort | uniq -c || true; }
first=$(build)
echo "consumer warnings:"; echo "$first"
echo "$first" | grep -q 'warning CMEK001'
echo "$first" | grep -q 'warning CMEK002'
printf 'root = true\n[*.cs]\ndotnet_diagnostic.CMEK001.severity = none\n' > "$work/consumer/.editorconfig"
second=$(build)
echo "with CMEK001 = none:"; echo "$second"
if echo "$second" | grep -q 'warning CMEK001'; then echo ".editorconfig did not silence CMEK001"; exit 1; fi
echo "$second" | grep -q 'warning CMEK002'
echo "package ok"
