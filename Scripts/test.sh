#!/usr/bin/env bash
# The whole test suite, the way CI runs it: built with AddressSanitizer (which includes LeakSanitizer),
# so a use-after-free, an overflow or a leaked C handle fails the run even when every expectation holds.
#
#   Scripts/test.sh                      # the address-sanitized suite (what .ci/run and the README run)
#   Scripts/test.sh thread               # the same suite under ThreadSanitizer
#   Scripts/test.sh plain                # no sanitizer (the quickest build)
#   Scripts/test.sh address --filter MutationSweepTests   # anything after the mode goes to `swift test`
#
# Each mode builds in its own folder (.build/asan, .build/tsan; plain uses .build), so switching between
# them never throws away another mode's build. Leaks and races found in the Swift toolchain's own
# libraries are suppressed, narrowly and with reasons, in Scripts/sanitizers/.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-address}
[[ $# -gt 0 ]] && shift
suppressions="$PWD/Scripts/sanitizers"
case "$mode" in
  address)
    # Absolute paths: the tests run the built `bukti` from other folders, and it inherits these.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
    export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    exec swift test --sanitize=address --scratch-path .build/asan "$@"
    ;;
  thread)
    export TSAN_OPTIONS="suppressions=$suppressions/tsan.supp:halt_on_error=0${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
    exec swift test --sanitize=thread --scratch-path .build/tsan "$@"
    ;;
  plain)
    exec swift test "$@"
    ;;
  *)
    echo "usage: Scripts/test.sh [address|thread|plain] [swift test options...]" >&2
    exit 2
    ;;
esac
