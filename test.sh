#!/usr/bin/env bash
# Runs every Quorum test on a fresh Debian machine with only the .NET 10 SDK.
# Installs what the tests need (PostgreSQL, Chromium, fonts, poppler, python3 for the import scorer), starts a throwaway PostgreSQL cluster
# on a free 127.0.0.1 port, runs the whole solution, stops the cluster, and prints "N passed, N failed".
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter-class '*Calendar*' is not supported by MTP;
# use  -- --filter-method 'Quorum.Domain.Tests.*').
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. System packages, only when missing.
need=()
for pkg in postgresql chromium fonts-liberation poppler-utils python3; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. .NET tools pinned in dotnet-tools.json (dotnet-ef).
if [ -f dotnet-tools.json ] || [ -f .config/dotnet-tools.json ]; then dotnet tool restore >/dev/null; fi

# 3. A throwaway PostgreSQL cluster on a free port, removed on exit.
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/quorum-pg.XXXXXX)
port=0
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 20000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
pg_as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
stop_pg() {
  pg_as "'$pgbin/pg_ctl' -D '$pgdir/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
pg_as "'$pgbin/initdb' -D '$pgdir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
pg_as "'$pgbin/pg_ctl' -D '$pgdir/data' -l '$pgdir/pg.log' -w -o \"-p $port -k '$pgdir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
export QUORUM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
export QUORUM_REQUIRE_POSTGRES=1
echo "PostgreSQL test cluster on 127.0.0.1:$port"

# 4. Build and test the whole solution.
log=$(mktemp /tmp/quorum-test.XXXXXX.log)
rm -f .test-output/corpus-scores.md
set +e
if ! dotnet build Quorum.slnx -c Release > "$log.build" 2>&1; then
  grep -E ': (error|warning) ' "$log.build" | sort -u
  tail -n 5 "$log.build"
  echo "Build failed."
  echo "0 passed, 0 failed"
  exit 1
fi
tail -n 3 "$log.build"
# Test results (and any crash dumps) go to .test-output, ignored by git, like everything else a test run writes.
# Four test assemblies at once: the browser and web tests wait on Chromium and sockets much of the time, so two
# (one per core, the default) leaves a core idle while the others queue behind them. All of them at once was tried
# and was no faster: the contention slowed every module and made the timing-sensitive sign-in test miss its margin.
dotnet test --solution Quorum.slnx -c Release --no-build --max-parallel-test-modules 4 --results-directory .test-output/TestResults "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# The importer's scores on the corpus of other councils' papers (written by CorpusTests).
if [ -f .test-output/corpus-scores.md ]; then cat .test-output/corpus-scores.md; fi
passed=$(awk '/^  succeeded: [0-9]+/{s+=$2} END{print s+0}' "$log")
failed=$(awk '/^  failed: [0-9]+/{s+=$2} END{print s+0}' "$log")
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then rc=1; fi
exit "$rc"
