#!/bin/bash
# Where a cold and a warm audit spend their instructions: valgrind's callgrind over the benchmark's
# N-file tree (default 1000), the same audit command as Benchmarks/run.sh. Instruction counts do not
# depend on the machine's load, so they compare across commits where wall times on a shared 2-core VM
# do not. Prints, per run, the total instructions and the top functions by inclusive and by self cost
# (Swift names demangled); the raw files stay in WORK/profile-N/ for callgrind_annotate or kcachegrind.
# With --jobs (when offered) the audit runs with --jobs 1 so the counts are of one deterministic thread.
#
# usage: Benchmarks/profile.sh [N]      env: BIN=.build/release/bukti WORK=/tmp/bukti-bench SEED=1 MANIFEST=1
# Takes ~50x the audit's CPU time (several minutes for 1,000 files); run it on a quiet machine or under nice.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${BIN:-.build/release/bukti}")
WORK=${WORK:-/tmp/bukti-bench}
N=${1:-1000}
ROOT=$WORK/tree-$N
OUT=$WORK/profile-$N
command -v valgrind > /dev/null || { echo "profile.sh: needs valgrind (apt-get install -y valgrind)" >&2; exit 2; }
stamp="$N ${SEED:-1} $(sha256sum Benchmarks/make-corpus.py | cut -c1-16)"
if [ "$(cat "$ROOT.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$ROOT"; python3 Benchmarks/make-corpus.py "$N" "$ROOT" --seed "${SEED:-1}"; echo "$stamp" > "$ROOT.stamp"
fi
rm -rf "$OUT"; mkdir -p "$OUT"
AUDIT=("$BIN" audit "$ROOT" --depth 2 --cache "$OUT/cache" --quiet --format json)
[ "${MANIFEST:-1}" = 0 ] || AUDIT+=(--manifest "$ROOT/manifest.csv")
"$BIN" audit --help 2>&1 | grep -q -- --jobs && AUDIT+=(--jobs 1)
DEMANGLE=$(command -v swift-demangle || echo cat)
echo "commit $(git rev-parse --short HEAD); ${AUDIT[*]}"
for run in cold warm; do   # cold: the cache folder does not exist yet; warm: it holds the cold run's facts
    valgrind --tool=callgrind --callgrind-out-file="$OUT/$run.cg" "${AUDIT[@]}" > /dev/null 2> "$OUT/$run.log" || true
    echo
    echo "## $run: $(LC_ALL=C.UTF-8 printf "%'d" "$(grep -o 'Collected : [0-9]*' "$OUT/$run.log" | awk '{print $3}')") instructions"
    # Frames every run passes through (main, dispatch) and recursive ones counted twice (over 100%) are left out.
    echo "### inclusive"
    callgrind_annotate --inclusive=yes "$OUT/$run.cg" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' |
        "$DEMANGLE" --simplified |
        grep -vE '\((100\.0|1[0-9][0-9]\.[0-9]+)%\)|below main|libc-start|libc_start|ld-linux|bukti_main|Bukti\.(main|dispatch)' | sed -E 's| \[[^]]*\]$||; s|/[^ ]*/Sources/||' | head -40 || true
    echo "### self"
    callgrind_annotate "$OUT/$run.cg" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' |
        "$DEMANGLE" --simplified | sed -E 's| \[[^]]*\]$||; s|/[^ ]*/Sources/||' | head -20 || true
done
