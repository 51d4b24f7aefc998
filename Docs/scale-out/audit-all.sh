#!/usr/bin/env bash
# Audits every region folder under EVIDENCE as its own job (GNU parallel), each with its own cache, then
# merges the audits into one province report. README: "Many regions: audit in parallel, merge".
#
#   audit-all.sh EVIDENCE OUT [JOBS]
#
# EVIDENCE  folder holding one folder per region (kabupaten/kota) or per OPD
# OUT       gets audits/REGION.json, cache/REGION/, joblog.tsv and the merged reports provinsi.{html,csv,json}
# JOBS      regions audited at the same time (default 2; each audit also uses every core while it runs)
#
# Exit status: that of `bukti merge` (0 when the merged reports are written), or 3 when a region's audit
# failed: its JSON is then missing and the merge refuses, naming it, rather than leave the region out.
set -euo pipefail

evidence=${1:?usage: audit-all.sh EVIDENCE OUT [JOBS]}
out=${2:?usage: audit-all.sh EVIDENCE OUT [JOBS]}
jobs=${3:-2}
bukti=${BUKTI:-bukti}

mkdir -p "$out/audits" "$out/cache"
# Last run's audits must not stand in for a region whose audit fails tonight.
rm -f "$out"/audits/*.json

# The region folders, sorted by bytes so the merged report lists them in the same order every night.
mapfile -d '' regions < <(find "$evidence" -mindepth 1 -maxdepth 1 -type d -print0 | LC_ALL=C sort -z)
if [ "${#regions[@]}" -eq 0 ]; then
    echo "audit-all: no region folders in $evidence" >&2
    exit 2
fi

# One job per region: its own cache (so its own lock: no job waits for another, none exits 75), its audit
# JSON written atomically, gaps left to the report (--fail-on never), so a failed job means bukti could not
# complete (status 2, 3 or 75). {} is the region folder and {/} its name; parallel quotes both.
failed=0
printf '%s\0' "${regions[@]}" |
    parallel -0 --jobs "$jobs" --joblog "$out/joblog.tsv" --tagstring '{/}' \
        "$bukti" audit {} --cache "$out/cache/{/}" --format json --output "$out/audits/{/}.json" \
        --quiet --fail-on never ||
    failed=$?
if [ "$failed" -ne 0 ]; then
    echo "audit-all: $failed region audit(s) failed; see $out/joblog.tsv" >&2
fi

# One input per region, present or not: a missing audit stops the merge with a message naming it.
inputs=()
for region in "${regions[@]}"; do
    name=$(basename "$region")
    inputs+=("$out/audits/$name.json=$name")
done
"$bukti" merge "${inputs[@]}" --format text --lang "${BUKTI_LANG:-id}" \
    --report "html:$out/provinsi.html" --report "csv:$out/provinsi.csv" --report "json:$out/provinsi.json" --excel ||
    exit 3
