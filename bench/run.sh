#!/usr/bin/env bash
# Benchmark and silence checks of the analyzers on generated code (see bench/README.md). Arguments go to the tool:
#   bash bench/run.sh                                   # 100, 1,000 and 5,000 files, median of 3 runs, FixAll of 1,000
#   bash bench/run.sh --sizes 1000,5000 --repeat 5      # other sizes / runs
#   bash bench/run.sh --third-party-max 1000            # Meziantou, NetAnalyzers and the whole build only up to 1,000 files
#   bash bench/run.sh --smoke                           # 100 files, 1 run, FixAll of 50: the quick check for CI
# Exit code 1 when a silence check fails or the generated code does not compile; the timing targets are only reported.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/CmekBench -c Release -v:q -nologo -clp:ErrorsOnly
dotnet bench/CmekBench/bin/Release/net10.0/CmekBench.dll "$@"
