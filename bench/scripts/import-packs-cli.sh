#!/usr/bin/env bash
# Times `quorum import` from the command line on N distinct packs (default 10,000) into a new SQLite file, search
# index included, as a council bringing in its history would run it (issue 19: 10,000 packs in under 10 minutes).
# The packs are the three shared samples cycled, each cycle renaming the bodies ("Corporate Parenting Panel 17") as
# Bench `import-sqlite` does, so every pack is new to the database. Needs python3 and /usr/bin/time.
# Usage: bench/scripts/import-packs-cli.sh [packs] [work folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
packs=${1:-10000}
work=${2:-$(mktemp -d /tmp/quorum-import-cli.XXXXXX)}
mkdir -p "$work/packs"
rm -f "$work"/imp.db* "$work"/imp.search.db*
dotnet build src/Quorum.Cli -c Release -v quiet -nologo
python3 - "$packs" "$work/packs" <<'PY'
import os, re, sys
n, out = int(sys.argv[1]), sys.argv[2]
samples = os.path.join("..", "shared", "samples")
names = ["000_3e448eb3eb3f3234", "002_a355e7290101a6f1", "003_c501b68c03b2d938"]
texts = [open(os.path.join(samples, s + ".txt"), encoding="utf-8").read() for s in names]
bodies = re.compile(r"Overview and Scrutiny Committee|Corporate Parenting Panel", re.I)
for i in range(n):
    cycle, text = i // 3, texts[i % 3]
    if cycle:
        text = bodies.sub(lambda m: m.group(0) + " " + str(cycle), text)
    with open(os.path.join(out, f"pack-{i:05d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
PY
echo "$(date -u +%FT%TZ) start, load: $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
# The shell expands the file list; 10,000 names fit well inside the argument limit.
/usr/bin/time -f "wall %e s, user %U s, system %S s, peak RSS %M KB" \
  src/Quorum.Cli/bin/Release/net10.0/quorum import "$work"/packs/*.txt --db "$work/imp.db" > "$work/import.log"
tail -n 16 "$work/import.log"
echo "$(date -u +%FT%TZ) end, load: $(cut -d' ' -f1-3 /proc/loadavg); files: $(du -sh "$work"/imp.db "$work"/imp.search.db | tr '\n' ' ')"
