#!/bin/bash
# The benchmark of issue 7: bukti audit against exiftool, pdfinfo and find, on deterministic evidence
# trees of each size given (default 1000 10000 100000), all in one session, as medians over several runs.
#
# For each size N, on the tree Benchmarks/make-corpus.py builds (WORK/tree-N, reused while its stamp
# matches N, the seed and the generator), each case timed with a nanosecond wall clock around
# `/usr/bin/time -v` (peak RSS, CPU seconds):
#   find       find ROOT -type f -printf '%s %T@\n'                     the floor: walk + one stat per file
#   exif       exiftool -r -json -fast ROOT                            page cache warm
#   pdfinfo    find ROOT -name '*.pdf' -print0 | xargs -0 -n1 pdfinfo   page cache warm
#   cold       bukti audit (below) with an empty cache, page cache dropped when root
#   cold-j1    the same with --jobs 1 (only when `bukti audit --help` offers --jobs; runs alternate with cold)
#   warm       the same audit again, nothing changed
#   touched    the same audit after 1% of the files (every 100th by sorted path) got a run-specific change
#              (they are restored, bytes and mtimes, afterwards, so the tree stays the generated one)
#   exif-cold  exiftool once more right after a page-cache drop (root only), to compare cold with cold
# where the audit is: bukti audit ROOT --depth 2 --cache C --quiet --format json --manifest ROOT/manifest.csv
# (stdout to /dev/null; MANIFEST=0 leaves --manifest out). Then Benchmarks/summarize.py prints the machine, a Markdown table per size and
# the ratios issue 7's targets name. Raw times: WORK/results-<stamp>/times.tsv; the report: .../report.md.
#
# usage: Benchmarks/run.sh [SIZES...]
# env:  BIN=.build/release/bukti  WORK=/tmp/bukti-bench  SEED=1
#       RUNS         runs per case (default 5 below BIG files, 3 from BIG on; BIG=100000)
#       COLD_RUNS    cold runs (default RUNS below BIG, 2 from BIG on); J1_RUNS for cold-j1 (default
#                    COLD_RUNS below BIG, 1 from BIG on)
#       EXIF_RUNS    exiftool and pdfinfo runs (default RUNS below BIG, 1 from BIG on)
#       MANIFEST     1 (default): audit with --manifest ROOT/manifest.csv; 0: without, plus MANIFEST_RUNS
#                    (default 1 below BIG, 0 from BIG on) warm runs with it (case warm-manifest)
#       Each of these may be given per size: RUNS_100000=2 applies to the 100,000-file tree only.
#       EXIF_SAMPLE  if set and N is larger, exiftool and pdfinfo read only the first OPD folders (sorted)
#                    holding at least that many files, and are compared by throughput (files/s):
#                    exiftool takes ~13 ms per file here, 20+ minutes for 100,000 files
# Build first: swift build -c release. Run as root for page-cache drops (sync; echo 3 > /proc/sys/vm/drop_caches).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
BIN=$(realpath "${BIN:-.build/release/bukti}")
WORK=${WORK:-/tmp/bukti-bench}
SEED=${SEED:-1}
BIG=${BIG:-100000}
MANIFEST=${MANIFEST:-1}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)
for tool in /usr/bin/time exiftool pdfinfo python3; do
    command -v "$tool" > /dev/null || { echo "run.sh: needs $tool (apt-get install -y time libimage-exiftool-perl poppler-utils)" >&2; exit 2; }
done
[ -x "$BIN" ] || { echo "run.sh: no bukti binary at $BIN (swift build -c release)" >&2; exit 2; }
case "$WORK" in "$REPO"|"$REPO"/*) echo "run.sh: WORK must be outside the repository" >&2; exit 2 ;; esac

OUT=$WORK/results-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
TIMES=$OUT/times.tsv
INFO=$OUT/info.tsv
printf 'size\tcase\trun\tseconds\tcpu_seconds\trss_kb\tstatus\tload1\n' > "$TIMES"
: > "$INFO"
info() { printf '%s\t%s\n' "$1" "$2" >> "$INFO"; }
[ "$(id -u)" = 0 ] && [ -w /proc/sys/vm/drop_caches ] && CANDROP=1 || CANDROP=0
dropcaches() { sync; if [ $CANDROP = 1 ]; then echo 3 > /proc/sys/vm/drop_caches; fi; }
"$BIN" audit --help 2>&1 | grep -q -- --jobs && HASJOBS=1 || HASJOBS=0

info date "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
info command "$(env | grep -E '^(BIN|WORK|RUNS|COLD_RUNS|J1_RUNS|EXIF_RUNS|EXIF_SAMPLE|SEED|BIG|MANIFEST|MANIFEST_RUNS)(_[0-9]+)?=' | sort | tr '\n' ' ')Benchmarks/run.sh ${SIZES[*]}"
info commit "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo ' (+ uncommitted changes in Sources)')"
info commit_subject "$(git log -1 --format=%s)"
info binary "$BIN ($(date -u -r "$BIN" '+%Y-%m-%d %H:%M UTC'), $("$BIN" --version 2>&1))"
info nproc "$(nproc)"
info cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
info memory "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
info kernel "$(uname -sr)"
info os "$(. /etc/os-release && echo "$PRETTY_NAME")"
info swift "$(swift --version 2>&1 | head -1)"
info exiftool "$(exiftool -ver)"
info pdfinfo "$(pdfinfo -v 2>&1 | head -1)"
info disk "$(df -hT "$WORK" | awk 'NR == 2 {print $1 " (" $2 "), " $5 " free"}')"
info drop_caches "$CANDROP"
info audit "bukti audit ROOT --depth 2 --cache C --quiet --format json$([ "$MANIFEST" = 0 ] || echo ' --manifest ROOT/manifest.csv')"
info jobs_option "$HASJOBS"
info load_before "$(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # size case run command...: one timed run, appended to $TIMES (stdout discarded)
    local size=$1 label=$2 run=$3; shift 3
    local start end status=0
    start=$(date +%s%N)
    /usr/bin/time -v -o "$OUT/time.txt" "$@" > /dev/null 2> "$OUT/stderr.txt" || status=$?
    end=$(date +%s%N)
    local rss cpu
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time.txt")
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$OUT/time.txt")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$label" "$run" "$(( (end - start) / 1000000 ))e-3" \
        "$cpu" "$rss" "$status" "$(cut -d' ' -f1 /proc/loadavg)" >> "$TIMES"
    if [ "$label" != exif ] && [ "$label" != exif-cold ] && [ "$label" != pdfinfo ] && [ $status -gt 1 ]; then
        echo "run.sh: $label run $run exited with $status:" >&2; tail -5 "$OUT/stderr.txt" >&2
    fi
    tail -1 "$TIMES" | tr '\t' ' ' >&2
}

tree() { # N: WORK/tree-N, built by make-corpus.py unless its stamp says it is already that tree
    local n=$1 dir=$WORK/tree-$1
    local stamp
    stamp="$n $SEED $(sha256sum Benchmarks/make-corpus.py | cut -c1-16)"
    if [ "$(cat "$dir.stamp" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$dir" "$dir.stamp"
        echo "run.sh: building the $n-file tree in $dir" >&2
        python3 Benchmarks/make-corpus.py "$n" "$dir" --seed "$SEED"
        echo "$stamp" > "$dir.stamp"
    fi
}

setting() { # NAME N DEFAULT: $NAME_N if set, else $NAME if set, else DEFAULT
    local sized="$1_$2"
    if [ -n "${!sized+x}" ]; then echo "${!sized}"; elif [ -n "${!1+x}" ]; then echo "${!1}"; else echo "$3"; fi
}

sample() { # N ROOT: the paths exiftool and pdfinfo read (ROOT, or its first OPD folders past EXIF_SAMPLE files)
    local n=$1 root=$2
    if [ -n "$SAMPLE" ] && [ "$n" -gt "$SAMPLE" ]; then
        python3 - "$root" "$SAMPLE" <<'PY'
import os, sys
root, want = sys.argv[1], int(sys.argv[2])
total = 0
for opd in sorted(e for e in os.listdir(root) if os.path.isdir(os.path.join(root, e))):
    if total >= want:
        break
    print(os.path.join(root, opd))
    total += sum(len(files) for _, _, files in os.walk(os.path.join(root, opd)))
PY
    else
        echo "$root"
    fi
}

changes() { # save ROOT LIST | change LIST RUN | restore LIST
    python3 - "$@" <<'PY'
import os, sys
mode, arg = sys.argv[1], sys.argv[2]
if mode == "save":  # every 100th file by sorted path (bytes), manifest.csv left alone
    root, out = arg, sys.argv[3]
    paths = sorted((os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f != "manifest.csv"),
                   key=os.fsencode)
    with open(out, "w", encoding="utf-8", errors="surrogateescape") as f:
        for p in paths[::100]:
            st = os.stat(p)
            f.write(f"{st.st_size}\t{st.st_mtime_ns}\t{p}\n")
else:
    rows = [line.rstrip("\n").split("\t", 2) for line in open(arg, encoding="utf-8", errors="surrogateescape")]
    for size, mtime, p in rows:
        if mode == "change":
            with open(p, "ab") as f:
                f.write(f"\n% changed before touched run {sys.argv[3]}\n".encode())
        else:
            os.truncate(p, int(size))
            os.utime(p, ns=(int(mtime), int(mtime)))
PY
}

for N in "${SIZES[@]}"; do
    if [ "$N" -lt "$BIG" ]; then dr=5; dc=; dj=; de=; else dr=3; dc=2; dj=1; de=1; fi
    R=$(setting RUNS "$N" "$dr")
    C=$(setting COLD_RUNS "$N" "${dc:-$R}")
    J=$(setting J1_RUNS "$N" "${dj:-$C}")
    E=$(setting EXIF_RUNS "$N" "${de:-$R}")
    SAMPLE=$(setting EXIF_SAMPLE "$N" "")
    M=$(setting MANIFEST_RUNS "$N" "$([ "$N" -lt "$BIG" ] && echo 1 || echo 0)")
    tree "$N"
    ROOT=$WORK/tree-$N
    CACHE=$WORK/cache-$N
    mapfile -t PART < <(sample "$N" "$ROOT")
    info "size $N" "$(find "$ROOT" -type f | wc -l) files, $(du -sb "$ROOT" | cut -f1) bytes, $(find "$ROOT" -type f -name '*.pdf' | wc -l) .pdf; runs: find/warm/touched $R, cold $C, cold-j1 $([ $HASJOBS = 1 ] && echo "$J" || echo 0), exiftool/pdfinfo $E$([ "$MANIFEST" = 0 ] && echo ", warm-manifest $M")"
    info "sample $N" "$(find "${PART[@]}" -type f | wc -l) $(find "${PART[@]}" -type f -name '*.pdf' | wc -l)"
    info "load_start $N" "$(cut -d' ' -f1-3 /proc/loadavg)"
    AUDIT=("$BIN" audit "$ROOT" --depth 2 --cache "$CACHE" --quiet --format json)
    [ "$MANIFEST" = 0 ] || AUDIT+=(--manifest "$ROOT/manifest.csv")

    find "$ROOT" -type f > /dev/null   # warm the page cache and dentries for the warm cases
    for i in $(seq "$R"); do measure "$N" find "$i" find "$ROOT" -type f -printf '%s %T@\n'; done
    for i in $(seq "$E"); do measure "$N" exif "$i" exiftool -r -json -fast "${PART[@]}"; done
    for i in $(seq "$E"); do
        measure "$N" pdfinfo "$i" bash -c 'find "$@" -name "*.pdf" -print0 | xargs -0 -n1 pdfinfo > /dev/null 2>&1' _ "${PART[@]}"
    done
    # Cold: default jobs and --jobs 1 alternate, so drift in the machine's load hits both alike.
    for i in $(seq "$(( C > J ? C : J ))"); do
        if [ "$i" -le "$C" ]; then rm -rf "$CACHE"; dropcaches; measure "$N" cold "$i" "${AUDIT[@]}"; fi
        if [ $HASJOBS = 1 ] && [ "$i" -le "$J" ]; then
            rm -rf "$CACHE"; dropcaches; measure "$N" cold-j1 "$i" "${AUDIT[@]}" --jobs 1
        fi
    done
    for i in $(seq "$R"); do measure "$N" warm "$i" "${AUDIT[@]}"; done
    if [ "$MANIFEST" = 0 ]; then   # what --manifest adds to a warm run
        for i in $(seq "$M"); do measure "$N" warm-manifest "$i" "${AUDIT[@]}" --manifest "$ROOT/manifest.csv"; done
    fi
    # 1% changed: every 100th file gets a run-specific line appended before each run; afterwards each is
    # cut back to its size and given back its mtime, so the tree is again the generated one.
    changes save "$ROOT" "$OUT/touched-$N"
    trap 'changes restore "$OUT/touched-$N"' EXIT   # also when the run is interrupted
    for i in $(seq "$R"); do changes change "$OUT/touched-$N" "$i"; measure "$N" touched "$i" "${AUDIT[@]}"; done
    changes restore "$OUT/touched-$N"
    trap - EXIT
    if [ $CANDROP = 1 ] && [ "$E" -gt 0 ]; then dropcaches; measure "$N" exif-cold 1 exiftool -r -json -fast "${PART[@]}"; fi
    info "load_end $N" "$(cut -d' ' -f1-3 /proc/loadavg)"
    python3 Benchmarks/summarize.py "$OUT" > "$OUT/report.md"   # so far, in case a later size is cut short
done
info load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
python3 Benchmarks/summarize.py "$OUT" | tee "$OUT/report.md"
echo "run.sh: raw times in $TIMES, report in $OUT/report.md" >&2
