#!/usr/bin/env bash
# Runs every Quorum test on a fresh Debian machine with only the .NET 10 SDK.
# Installs what the tests need (PostgreSQL, Chromium, fonts, poppler, tesseract, python3 for the import scorer, nginx for the
# two-node proxy test, python3-aiosmtpd, Node.js and npm for the pinned Redocly CLI that lints the OpenAPI document),
# starts a throwaway PostgreSQL cluster and an SMTP server that keeps what it is sent in a maildir, each on a free
# 127.0.0.1 port, runs the whole solution, stops the cluster, and prints "N passed, N failed".
# Extra arguments go to every test executable (xUnit v3), e.g. ./test.sh -class '*Calendar*' or -method '*Reserve*'.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Test processes and the sites and commands they start are short-lived: tiered PGO's instrumentation costs them more
# CPU than its optimised code gives back.
export DOTNET_TieredPGO=0

# 1. The build, in the background from the start: it needs only the SDK and is the longest step, so the installs and
# the servers below are ready by the time it ends instead of adding to it.
log=$(mktemp /tmp/quorum-test.XXXXXX.log)
dotnet build Quorum.slnx -c Release > "$log.build" 2>&1 &
buildpid=$!
smtppid=""
pgdir=""
# Whatever stage the script stops at: the build still running, the SMTP server, the PostgreSQL cluster.
on_exit() {
  [ -z "$buildpid" ] || kill "$buildpid" 2>/dev/null || true
  [ -z "$smtppid" ] || kill "$smtppid" 2>/dev/null || true
  [ -z "$pgdir" ] || stop_pg
}
trap on_exit EXIT

# 2. System packages, only when missing.
need=()
for pkg in postgresql chromium fonts-liberation poppler-utils tesseract-ocr tesseract-ocr-eng python3 nginx python3-aiosmtpd; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
# Node.js and npm by command, not by package: a machine may already have them from elsewhere (NodeSource bundles npm),
# and Debian's npm package would fight that install.
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 3. .NET tools pinned in dotnet-tools.json (dotnet-ef), and Redocly CLI pinned in tools/redocly (npm ci: the lock file's versions).
if [ -f dotnet-tools.json ] || [ -f .config/dotnet-tools.json ]; then dotnet tool restore >/dev/null; fi
[ -x tools/redocly/node_modules/.bin/redocly ] || (cd tools/redocly && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

# 4. A throwaway PostgreSQL cluster on a free port, removed on exit.
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
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
pg_as "'$pgbin/initdb' -D '$pgdir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
pg_as "'$pgbin/pg_ctl' -D '$pgdir/data' -l '$pgdir/pg.log' -w -o \"-p $port -k '$pgdir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
export QUORUM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
export QUORUM_REQUIRE_POSTGRES=1
echo "PostgreSQL test cluster on 127.0.0.1:$port"

# 4b. A real SMTP server for the mail tests (Debian's aiosmtpd): every message it is sent lands in a maildir the
# tests read. Each test mails its own addresses, so the test assemblies share it.
smtpport=0
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 20000 ))
  if [ "$candidate" != "$port" ] && ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then smtpport=$candidate; break; fi
done
maildir="$pgdir/maildir"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtpport" -c aiosmtpd.handlers.Mailbox "$maildir" > "$pgdir/smtp.log" 2>&1 &
smtppid=$!
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$smtpport") 2>/dev/null && break; sleep 0.2; done
export QUORUM_TEST_SMTP="127.0.0.1:$smtpport" QUORUM_TEST_MAILDIR="$maildir" QUORUM_REQUIRE_SMTP=1
echo "SMTP test server on 127.0.0.1:$smtpport"

# 5. Wait for the build, then test the whole solution.
rm -f .test-output/corpus-scores.md .test-output/unseen-scores.md
set +e
wait "$buildpid"
built=$?
buildpid=""
if [ "$built" -ne 0 ]; then
  grep -E ': (error|warning) ' "$log.build" | sort -u
  tail -n 5 "$log.build"
  echo "Build failed."
  echo "0 passed, 0 failed"
  exit 1
fi
tail -n 3 "$log.build"
# Each test assembly is its own executable; they run four at a time, longest first (by a CI run's times), so that the
# web tests (the longest, mostly waiting on Chromium and sockets) start at once and the short ones fill in at the end. Results and
# each assembly's console output go to .test-output/TestResults, ignored by git like everything a test run writes.
results=.test-output/TestResults
rm -rf "$results"
mkdir -p "$results"
first=(Web Application Cli Data Demo Search)
modules=("${first[@]}")
for dir in tests/Quorum.*.Tests; do
  m=${dir#tests/Quorum.}; m=${m%.Tests}
  [[ " ${first[*]} " == *" $m "* ]] || modules+=("$m")
done
run_module() {
  local name="Quorum.$1.Tests"
  shift
  if "tests/$name/bin/Release/net10.0/$name" -xml "$results/$name.xml" "$@" > "$results/$name.log" 2>&1; then
    echo "$name: passed"
  else
    echo "$name: FAILED"
    grep -E -A 25 '\[FAIL\]' "$results/$name.log" | head -n 200 || tail -n 40 "$results/$name.log"
  fi
}
export -f run_module
export results
printf '%s\n' "${modules[@]}" | xargs -P 4 -I {} bash -c 'run_module "$@"' _ {} "$@" | tee "$log"
set -e
# The importer's scores on the corpus of other councils' papers and on the papers kept aside (written by CorpusTests).
if [ -f .test-output/corpus-scores.md ]; then cat .test-output/corpus-scores.md; fi
if [ -f .test-output/unseen-scores.md ]; then cat .test-output/unseen-scores.md; fi
count() { cat "$results"/*.xml 2>/dev/null | grep -o "<assembly [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" | awk '{s+=$1} END{print s+0}'; }
passed=$(count passed)
failed=$(( $(count failed) + $(count errors) ))
missing=0
for m in "${modules[@]}"; do [ -f "$results/Quorum.$m.Tests.xml" ] || missing=$((missing + 1)); done
rc=0
if [ "$failed" -gt 0 ] || [ "$missing" -gt 0 ] || grep -q "FAILED" "$log"; then rc=1; fi
if [ "$missing" -gt 0 ]; then echo "$missing test assemblies wrote no results."; fi
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then rc=1; fi
exit "$rc"
