#!/bin/bash
# How the manifest lookup grows with the number of innovations, without any file to read: K empty
# innovation folders (ROOT/Dinas nnnn/Inovasi Nomor nnnnn, --depth 2) and a K-row manifest naming each
# by its folder path, audited with and without --manifest (no cache, no history). Linear lookup: time
# doubles with K; a scan of the manifest per folder: time quadruples.
#
# usage: Benchmarks/manifest-probe.sh [K...]   (default 1000 2000 4000)
# env: BIN=.build/release/bukti WORK=/tmp/bukti-bench
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${BIN:-.build/release/bukti}")
WORK=${WORK:-/tmp/bukti-bench}/manifest-probe
KS=("$@")
[ ${#KS[@]} -gt 0 ] || KS=(1000 2000 4000)
echo "| innovations | with --manifest (s) | CPU (s) | without (s) | CPU (s) |"
echo "|---|---|---|---|---|"
for k in "${KS[@]}"; do
    rm -rf "$WORK"; mkdir -p "$WORK"
    python3 - "$WORK" "$k" <<'PY'
import os, sys
work, k = sys.argv[1], int(sys.argv[2])
rows = ["Nama Inovasi,Folder,OPD,Tahapan"]
for i in range(k):
    opd, name = f"Dinas {i // 10:04d}", f"Inovasi Nomor {i:05d}"
    os.makedirs(f"{work}/root/{opd}/{name}")
    rows.append(f"{name},{opd}/{name},{opd},Penerapan")
open(f"{work}/manifest.csv", "w").write("\n".join(rows) + "\n")
PY
    line="| $k |"
    for manifest in yes no; do
        extra=(); [ $manifest = yes ] && extra=(--manifest "$WORK/manifest.csv")
        /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$BIN" audit "$WORK/root" --depth 2 --no-cache --no-history --quiet \
            --format json "${extra[@]}" > /dev/null 2>&1 || true
        read -r wall user sys < <(tail -1 "$WORK/time")
        line+=" $wall | $(python3 -c "print(f'{$user + $sys:.2f}')") |"
    done
    echo "$line"
done
rm -rf "$WORK"
