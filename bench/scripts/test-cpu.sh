#!/usr/bin/env bash
# Where CI's time goes (issue 17; docs/benchmarks.md, "Where CI's time goes"): the CPU each test assembly uses, with
# every process it starts (Chromium, sites, CLI runs), counted by a cgroup v1 cpuacct group per assembly. Needs root,
# a Release build (dotnet build Quorum.slnx -c Release) and the test services test.sh would start: export
# QUORUM_TEST_POSTGRES, QUORUM_TEST_SMTP and QUORUM_TEST_MAILDIR first (see test.sh), or those tests fail.
# Usage: bench/scripts/test-cpu.sh [Module ...]                 every assembly, or the ones named (Web Cli ...)
#        CLASSES="A B" bench/scripts/test-cpu.sh Module         one assembly, class by class (full or '*Pattern*' names)
#        ARGS="-class '*A' -class '*B'" bench/scripts/test-cpu.sh Web   one process with these arguments (classes together)
# PAR (default 4, as test.sh) is how many run at once. Output: one line per assembly or class, wall and CPU seconds.
set -uo pipefail
cd "$(dirname "$0")/../.."
cg=/sys/fs/cgroup/cpuacct
[ -w "$cg" ] || { echo "needs root and cgroup v1 cpuacct at $cg" >&2; exit 1; }
export DOTNET_TieredPGO=0
out=$(mktemp -d /tmp/quorum-test-cpu.XXXXXX)
run_one() {
  local module=$1 class=${2:-}
  local name=Quorum.$module.Tests label=${2:-$1}
  local group=$cg/quorum-$$-$(echo "$label" | tr -c 'A-Za-z0-9\n' '_')
  mkdir -p "$group"
  local start end
  start=$(date +%s.%N)
  bash -c "echo \$\$ > $group/cgroup.procs; exec tests/$name/bin/Release/net10.0/$name ${class:+-class '$class'} ${ARGS:-}" > "$out/$label.log" 2>&1
  local rc=$?
  end=$(date +%s.%N)
  printf "%-50s rc=%s wall=%7.1f s cpu=%7.1f s\n" "$label" "$rc" "$(echo "$end - $start" | bc)" "$(echo "$(cat "$group/cpuacct.usage") / 1000000000" | bc -l)"
  rmdir "$group" 2>/dev/null
}
export -f run_one; export cg out ARGS
if [ -n "${CLASSES:-}" ]; then
  printf '%s\n' $CLASSES | xargs -P "${PAR:-4}" -I{} bash -c "run_one '$1' '{}'"
else
  modules=("$@")
  [ ${#modules[@]} -eq 0 ] && for dir in tests/Quorum.*.Tests; do m=${dir#tests/Quorum.}; modules+=("${m%.Tests}"); done
  printf '%s\n' "${modules[@]}" | xargs -P "${PAR:-4}" -I{} bash -c 'run_one {}'
fi
echo "logs: $out"
