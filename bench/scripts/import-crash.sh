#!/usr/bin/env bash
# Issue 19's crash check at full size: `quorum import` of N packs (default 1,000) killed with SIGKILL a third of the way
# through, then run again; every committed pack must be whole and the rest imported once. It is the CLI test
# ImportCrashTests (40 packs in CI) with QUORUM_CRASH_PACKS=N. Usage: bench/scripts/import-crash.sh [packs]
set -euo pipefail
cd "$(dirname "$0")/../.."
packs=${1:-1000}
dotnet build tests/Quorum.Cli.Tests -c Release -v quiet -nologo
echo "$(date -u +%FT%TZ) start, $packs packs, load: $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
QUORUM_CRASH_PACKS=$packs /usr/bin/time -f "wall %e s" tests/Quorum.Cli.Tests/bin/Release/net10.0/Quorum.Cli.Tests -class '*ImportCrashTests*' | tail -n 3
echo "$(date -u +%FT%TZ) end, load: $(cut -d' ' -f1-3 /proc/loadavg)"
