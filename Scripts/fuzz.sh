#!/usr/bin/env bash
# Runs one libFuzzer target over bukti's own readers (see FUZZING.md).
#   Scripts/fuzz.sh list                      the targets
#   Scripts/fuzz.sh TARGET [SECONDS]          build if needed, seed, fuzz (default 60 s), print final stats
#   Scripts/fuzz.sh minimize TARGET FILE      minimize a crash/timeout input (-minimize_crash=1)
#   Scripts/fuzz.sh replay TARGET FILE...     run the fuzz build once on each file (reproduce a finding)
# Work (corpus, findings, logs) goes to ${BUKTI_FUZZ_WORK:-/tmp/bukti-fuzz}/TARGET, never into the repo.
# Limits per input: -timeout=${BUKTI_FUZZ_TIMEOUT:-60} s, -rss_limit_mb=${BUKTI_FUZZ_RSS:-2048}.
# Runs under nice -n 19: the machine is shared. libFuzzer's timeout is wall-clock time, and a niced
# process on a loaded machine can wait minutes for a second of CPU: check a timeout with `replay`.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HARNESS="$ROOT/Fuzz/Harness"
WORK=${BUKTI_FUZZ_WORK:-/tmp/bukti-fuzz}
TIMEOUT=${BUKTI_FUZZ_TIMEOUT:-60}
RSS=${BUKTI_FUZZ_RSS:-2048}
TARGETS="pdf ole2 exif isobmff image-chunks ooxml odf dates rules"
BUILD_FLAGS=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

known() { for t in $TARGETS; do [ "$t" = "$1" ] && return 0; done; echo "unknown target: $1 (Scripts/fuzz.sh list)" >&2; exit 2; }

# Builds the fuzzing binary (incremental; a no-op when nothing changed) and prints its path.
build() {
    if [ -z "${BUKTI_FUZZ_NOBUILD:-}" ]; then
        nice -n 19 swift build --package-path "$HARNESS" "${BUILD_FLAGS[@]}" >&2
    fi
    echo "$(swift build --package-path "$HARNESS" "${BUILD_FLAGS[@]}" --show-bin-path)/bukti-fuzz"
}

# Source files (Samples/ and the test fixtures) whose name ends in one of the given extensions.
sources() {
    local pattern=() ext
    for ext in "$@"; do pattern+=(-o -iname "*.$ext"); done
    find "$ROOT/Samples" "$ROOT"/Tests/*/Fixtures -type f -size -1024k \( "${pattern[@]:1}" \) 2>/dev/null
}

# Copies the seed inputs for $1 into directory $2 (named by content hash, so re-seeding adds nothing twice).
seed() {
    local target=$1 dir=$2 file
    mkdir -p "$dir"
    add() { cp "$1" "$dir/seed-$(sha1sum < "$1" | cut -c1-16)"; }
    case $target in
        pdf) sources pdf | while read -r file; do add "$file"; done ;;
        ole2) sources doc xls ppt | while read -r file; do add "$file"; done ;;
        exif) sources jpg jpeg tif tiff | while read -r file; do add "$file"; done ;;
        isobmff) sources heic heif avif mp4 mov 3gp m4v | while read -r file; do add "$file"; done ;;
        image-chunks) sources png webp gif bmp | while read -r file; do add "$file"; done ;;
        ooxml|odf)
            local exts; [ "$target" = ooxml ] && exts="docx xlsx pptx" || exts="odt ods odp"
            # shellcheck disable=SC2086
            sources $exts | while read -r file; do add "$file"; done
            # The member-list form (see Fuzz/Harness/Sources/BuktiFuzz/Packages.swift): XML parts only.
            # shellcheck disable=SC2086
            sources $exts | python3 -c '
import sys, zipfile, hashlib, os
out = sys.argv[1]
for path in sys.stdin.read().split("\n"):
    if not path: continue
    try:
        with zipfile.ZipFile(path) as z:
            parts = b""
            for info in z.infolist():
                n = info.filename
                if n == "mimetype" or n.endswith(".xml") or n.endswith(".rels"):
                    parts += b"@@member " + n.encode() + b"\n" + z.read(n) + b"\n"
    except Exception:
        continue
    if len(parts) > 200000: continue  # a zip bomb among the fixtures: too slow to fuzz
    name = "members-" + hashlib.sha1(parts).hexdigest()[:16]
    open(os.path.join(out, name), "wb").write(parts)
' "$dir" ;;
        dates)
            local n=0 line
            while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" > "$dir/seed-line-$n"; done < "$ROOT/Fuzz/Seeds/dates.txt"
            find "$ROOT"/Tests/*/Fixtures -name '*.txt' -size -8k | head -40 | while read -r file; do add "$file"; done ;;
        rules)
            for file in "$ROOT"/Rules/*.json5 "$ROOT/Fuzz/Seeds/waivers.json5"; do add "$file"; done ;;
    esac
}

# The longest input libFuzzer makes for $1: room for the largest seeds of small formats, and a cap
# on the PDFs and packages so that each execution stays fast.
max_len() {
    case $1 in
        dates) echo 8192 ;;
        rules) echo 200000 ;;
        *) echo 1048576 ;;
    esac
}

cmd=${1:-}
case $cmd in
    ""|-h|--help) usage ;;
    list) for t in $TARGETS; do echo "$t"; done ;;
    minimize)
        [ $# -eq 3 ] || usage
        known "$2"
        bin=$(build)
        out="$WORK/$2/minimized-$(basename "$3")"
        BUKTI_FUZZ_TARGET=$2 ASAN_OPTIONS=detect_leaks=0 nice -n 19 "$bin" -minimize_crash=1 -runs=20000 \
            -max_total_time=300 -timeout="$TIMEOUT" -rss_limit_mb="$RSS" -exact_artifact_path="$out" "$3" || true
        echo "minimized: $out ($(wc -c < "$out") bytes)" ;;
    replay)
        [ $# -ge 3 ] || usage
        known "$2"
        bin=$(build)
        target=$2; shift 2
        BUKTI_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0 "$bin" -timeout="$TIMEOUT" -rss_limit_mb="$RSS" "$@" ;;
    *)
        known "$cmd"
        seconds=${2:-60}
        bin=$(build)
        dir="$WORK/$cmd"
        mkdir -p "$dir/corpus" "$dir/findings"
        seed "$cmd" "$dir/corpus"
        # Fuzz a private copy: rebuilding (after a fix) must not replace a binary that is running.
        cp "$bin" "$dir/bukti-fuzz"
        dict=()
        [ -f "$ROOT/Fuzz/Dictionaries/$cmd.dict" ] && dict=(-dict="$ROOT/Fuzz/Dictionaries/$cmd.dict")
        log="$dir/run-$(date -u +%Y%m%dT%H%M%SZ).log"
        commit="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- Sources Fuzz || echo +dirty)"
        echo "# bukti-fuzz $cmd, commit $commit, $seconds s, started $(date -u +%FT%TZ)" > "$log"
        echo "fuzzing $cmd (commit $commit) for $seconds s; corpus $dir/corpus ($(ls "$dir/corpus" | wc -l) files); log $log" >&2
        status=0
        # Leak checking is off: Foundation's cached regular expressions and other process-lifetime
        # globals show up as leaks at exit; ASan still reports every memory error.
        (cd "$dir" && BUKTI_FUZZ_TARGET=$cmd ASAN_OPTIONS=detect_leaks=0 nice -n 19 ./bukti-fuzz \
            -max_total_time="$seconds" -timeout="$TIMEOUT" -rss_limit_mb="$RSS" -max_len="$(max_len "$cmd")" \
            -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$dir/findings/" "${dict[@]}" corpus \
            >> "$log" 2>&1) || status=$?
        grep -E '^(#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs|stat::)' "$log" || true
        echo "corpus: $(ls "$dir/corpus" | wc -l) files, $(du -sb "$dir/corpus" | cut -f1) bytes"
        if [ "$status" -ne 0 ]; then
            grep -E 'ERROR|SUMMARY|Test unit written|timeout|out-of-memory' "$log" | head -20
            echo "FINDING ($cmd): see $log and $dir/findings/" >&2
            exit "$status"
        fi ;;
esac
