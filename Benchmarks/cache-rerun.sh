#!/bin/sh
# The facts cache's payoff: `bukti audit` over an N-file tree, first night (empty cache) against the
# second (nothing changed), and against `find ROOT -type f -printf '%s %T@\n'` (the floor: one stat
# per file). The tree is made from the committed fixtures (PDFs, JPEGs, PNGs), each copy given a
# distinct trailer after its end marker so no two files share content.
#
# usage: Benchmarks/cache-rerun.sh [N (10000)] [bukti binary (.build/release/bukti)]
set -eu
N=${1:-10000}
BIN=${2:-.build/release/bukti}
FIXTURES=Tests/BuktiFormatsTests/Fixtures
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$FIXTURES" "$WORK/root" "$N" <<'PY'
import os, sys
fixtures, root, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
sources = sorted(os.path.join(d, f) for d in (f"{fixtures}/pdf", f"{fixtures}/pdf-text", f"{fixtures}/media")
                 for f in os.listdir(d) if f.endswith((".pdf", ".jpg", ".png")))
blobs = [(os.path.basename(p), open(p, "rb").read()) for p in sources]
for i in range(n):
    name, data = blobs[i % len(blobs)]
    folder = os.path.join(root, f"OPD {i // 500}", f"Inovasi {i // 25}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{i}-{name}"), "wb") as out:
        out.write(data + f"\n% copy {i}\n".encode())
PY

seconds() { python3 -c 'import time; print(f"{time.time():.3f}")'; }
run() { # label, command...
    label=$1; shift
    start=$(seconds); "$@" > /dev/null 2>&1 || true; end=$(seconds)
    python3 -c "print(f'{$end - $start:.2f}')"
}
sync
first=$(run first "$BIN" audit "$WORK/root" --cache "$WORK/cache" --quiet --format json)
second=$(run second "$BIN" audit "$WORK/root" --cache "$WORK/cache" --quiet --format json)
summary=$("$BIN" audit "$WORK/root" --cache "$WORK/cache" --format json --log-format json 2>&1 >/dev/null | grep '"finished"' || true)
findtime=$(run find find "$WORK/root" -type f -printf '%s %T@\n')
echo "| files | first run (s) | second run (s) | first/second | find -printf (s) | second/find |"
echo "|---|---|---|---|---|---|"
python3 -c "f,s,d=$first,$second,$findtime; print(f'| $N | {f} | {s} | {f/max(s,1e-3):.1f}x | {d} | {s/max(d,1e-3):.1f}x |')"
echo
echo "third run's summary: $summary"
