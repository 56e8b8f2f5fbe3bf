#!/usr/bin/env bash
# Builds samples/CmekSamples and checks that the CMEK warnings are exactly the ones its comments promise:
# a line ending in "// CMEKnnn" must get that warning, and no other line may get one.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
# --no-incremental: an up-to-date build skips the compiler and would print no warnings at all.
dotnet build samples/CmekSamples/CmekSamples.csproj --no-incremental -nologo -v:q -clp:NoSummary >"$log" 2>&1 || { cat "$log"; exit 1; }
actual=$(grep -oE '[A-Za-z0-9_]+\.cs\([0-9]+,[0-9]+\): warning CMEK[0-9]{3}' "$log" | sed -E 's/\(([0-9]+),[0-9]+\): warning /:\1 /' | sort -u)
expected=$(cd samples/CmekSamples && grep -nHoE '// CMEK[0-9]{3}$' *.cs | sed -E 's#^([^:]+):([0-9]+)://? *#\1:\2 #; s#// ##' | sort -u)
if [ "$actual" != "$expected" ]; then
  echo "Sample warnings differ from the comments."
  echo "-- expected"; echo "$expected"
  echo "-- actual"; echo "$actual"
  exit 1
fi
echo "$actual"
echo "samples: $(echo "$actual" | wc -l) warnings, as promised"
