#!/usr/bin/env bash
# Crash fuzzing in CI size (>= 10,000 compilations, a few minutes): every analyzer and code fix on mutated test cases,
# samples and hand-written nasty inputs, plus the silence check on the repository's non-Speech files. Extra arguments
# go to the fuzzer, e.g. `.ci/check-fuzz.sh --full` or `--seed 42` (see tests/CmekAnalyzers.Fuzz/README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/tests/CmekAnalyzers.Fuzz/CmekAnalyzers.Fuzz.csproj" -c Release -nologo -v:q
dotnet "$root/tests/CmekAnalyzers.Fuzz/bin/Release/net10.0/CmekAnalyzers.Fuzz.dll" "$@"
