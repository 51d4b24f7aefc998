#!/bin/bash
# The facts cache's payoff, measured side by side in one session on one tree:
#   cold   `bukti audit ROOT --cache C --quiet --format json` with an empty cache dir (and, when run as
#          root, the OS page cache dropped first: sync; echo 3 > /proc/sys/vm/drop_caches)
#   warm   the same command again, nothing changed
#   touch  the same command after 1% of the files had their content changed (a new trailer each run)
#   find   `find ROOT -type f -printf '%s %T@\n'` (the floor: one stat per file)
# Each is timed with /usr/bin/time -v (wall clock and peak RSS; apt-get install -y time); the medians
# and ratios are printed as a Markdown table.
#
# The tree is deterministic: N files (default 10000) copied from Samples/ (README.md and manifest.csv
# left out) in sample order, copy c of the sample set under "ROOT/Inovasi ccc/<sample path>", each
# copy of a PDF/JPEG/PNG/MP4/DOC given a distinct trailer after its end so no two files share content
# (DOCX/XLSX copies are left byte-identical: bytes after a ZIP's end record make it a different file).
#
# usage: Benchmarks/run-cache.sh [N (10000)] [bukti binary (.build/release/bukti)] [warm runs (5)] [cold runs (3)]
#   env WORK=/tmp/bukti-bench (tree and cache live here, outside the repo; removed and rebuilt each run)
# Build first: swift build -c release
set -euo pipefail
N=${1:-10000}
BIN=$(realpath "${2:-.build/release/bukti}")
WARM=${3:-5}
COLD=${4:-3}
WORK=${WORK:-/tmp/bukti-bench}
SAMPLES=$(realpath Samples)
ROOT=$WORK/root
CACHE=$WORK/cache
TIMES=$WORK/times.tsv
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

rm -rf "$WORK"; mkdir -p "$WORK"
python3 - "$SAMPLES" "$ROOT" "$N" <<'PY'
import os, sys
samples, root, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rels = sorted(os.path.relpath(os.path.join(d, f), samples) for d, _, fs in os.walk(samples) for f in fs
              if f not in ("README.md", "manifest.csv"))
blobs = [(rel, open(os.path.join(samples, rel), "rb").read()) for rel in rels]
for i in range(n):
    rel, data = blobs[i % len(blobs)]
    path = os.path.join(root, f"Inovasi {i // len(blobs):03d}", rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not rel.endswith((".docx", ".xlsx")):
        data += f"\n% copy {i}\n".encode()
    with open(path, "wb") as out:
        out.write(data)
PY
# Every 100th file (1%), by sorted path, is the one the "touch" case changes.
find "$ROOT" -type f | LC_ALL=C sort | awk 'NR % 100 == 1' > "$WORK/touched.txt"
[ "$(id -u)" = 0 ] && CANDROP=1 || CANDROP=0
dropcaches() { sync; if [ $CANDROP = 1 ]; then echo 3 > /proc/sys/vm/drop_caches; fi; }

: > "$TIMES"
measure() { # label, command... (stdout discarded; wall seconds and peak RSS appended to $TIMES)
    local label=$1; shift
    local start end
    start=$(date +%s%N)   # wall clock in ns: /usr/bin/time's own only has 10 ms steps
    /usr/bin/time -v -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || true
    end=$(date +%s%N)
    python3 - "$label" "$WORK/time.txt" "$start" "$end" >> "$TIMES" <<'PY'
import sys, re
text = open(sys.argv[2]).read()
secs = (int(sys.argv[4]) - int(sys.argv[3])) / 1e9
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(f"{sys.argv[1]}\t{secs:.3f}\t{rss}")
PY
    tail -1 "$TIMES" >&2
}
AUDIT=("$BIN" audit "$ROOT" --cache "$CACHE" --quiet --format json)
touch_files() { # run number: rewrite 1% of the files with a trailer unique to this run
    python3 - "$WORK/touched.txt" "$1" <<'PY'
import sys
for path in open(sys.argv[1]).read().splitlines():
    with open(path, "ab") as f:
        f.write(f"\n% touched in run {sys.argv[2]}\n".encode())
PY
}

for i in $(seq "$COLD"); do rm -rf "$CACHE"; dropcaches; measure cold "${AUDIT[@]}"; done
"${AUDIT[@]}" > /dev/null 2>&1 || true   # settle the cache after the last cold run (it is already full)
for i in $(seq "$WARM"); do measure warm "${AUDIT[@]}"; done
for i in $(seq "$WARM"); do touch_files "$i"; measure touch "${AUDIT[@]}"; done
for i in $(seq "$WARM"); do measure find find "$ROOT" -type f -printf '%s %T@\n'; done
summary=$("$BIN" audit "$ROOT" --cache "$CACHE" --format json --log-format json 2>&1 >/dev/null | grep '"finished"' || true)

python3 - "$TIMES" "$N" "$CANDROP" <<'PY'
import sys, statistics as st
rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines()]
runs = {}
for label, secs, rss in rows:
    runs.setdefault(label, []).append((float(secs), int(rss)))
med = {k: st.median(s for s, _ in v) for k, v in runs.items()}
rss = {k: max(r for _, r in v) for k, v in runs.items()}
names = {"cold": "cold (empty cache" + (", page cache dropped)" if sys.argv[3] == "1" else ")"),
         "warm": "warm, nothing changed", "touch": "warm, 1% touched", "find": "find -printf"}
print(f"| case ({sys.argv[2]} files) | runs | median (s) | min–max (s) | peak RSS (MiB) |")
print("|---|---|---|---|---|")
for k in ("cold", "warm", "touch", "find"):
    secs = [s for s, _ in runs[k]]
    print(f"| {names[k]} | {len(secs)} | {med[k]:.3f} | {min(secs):.3f}–{max(secs):.3f} | {rss[k] / 1024:.0f} |")
print()
print("| ratio (medians) | value |")
print("|---|---|")
print(f"| warm / cold (second night / first) | {med['warm'] / med['cold']:.3f} ({med['cold'] / med['warm']:.1f}x faster) |")
print(f"| touched / cold | {med['touch'] / med['cold']:.3f} ({med['cold'] / med['touch']:.1f}x faster) |")
print(f"| warm / find | {med['warm'] / med['find']:.1f}x |")
print(f"| touched / find | {med['touch'] / med['find']:.1f}x |")
PY
echo
echo "last warm run's summary: $summary"
echo "raw times: $TIMES"
