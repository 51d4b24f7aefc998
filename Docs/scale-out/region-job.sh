#!/bin/sh
# One pod of the nightly Indexed Job (bukti-cronjob.yaml, where this script is the ConfigMap key
# region-job.sh): audit region number JOB_COMPLETION_INDEX, then, if it is the last region of tonight's run
# to finish, merge every region's audit into the province report.
#
# Mounts: /evidence (the evidence share, read-only), /cache (one folder per region: its own facts cache and
# lock), /audits (audit JSON per run, merged reports), /config/regions.txt (one region folder per line);
# BUKTI_MOUNTS=DIR puts all four under DIR instead, to try the script outside Kubernetes.
# RUN_ID names tonight's run (the Job's name, from the downward API), so a retried pod writes into the same
# run and a run never mixes with last night's.
set -eu

index=${JOB_COMPLETION_INDEX:?set by Kubernetes for a Job with completionMode Indexed}
run_id=${RUN_ID:?the Job name, from the downward API}
mounts=${BUKTI_MOUNTS:-}
regions=$mounts/config/regions.txt

region=$(sed -n "$((index + 1))p" "$regions")
total=$(grep -c . "$regions")
if [ -z "$region" ]; then
    echo "region-job: regions.txt has no line $((index + 1)); completions must equal its $total lines" >&2
    exit 2
fi

run=$mounts/audits/runs/$run_id
mkdir -p "$run"

# Gaps are for the report, not a pod failure (--fail-on never): the pod fails, and Kubernetes retries it,
# only when bukti could not complete (2 usage, 3 interrupted or unwritable, 75 lock held).
bukti audit "$mounts/evidence/$region" --cache "$mounts/cache/$region" --format json --output "$run/$region.json" \
    --fail-on never --quiet --log-format json

# The last region to finish merges. Two finishing at the same moment both merge the same inputs, which
# gives the same bytes, and every report is written atomically, so the second merge changes nothing.
finished=$(find "$run" -maxdepth 1 -type f -name '*.json' | wc -l)
if [ "$finished" -lt "$total" ]; then
    echo "region-job: $region done; $finished of $total regions audited in run $run_id"
    exit 0
fi

set --
while IFS= read -r name; do
    [ -n "$name" ] && set -- "$@" "$run/$name.json=$name"
done < "$regions"
bukti merge "$@" --lang id --excel \
    --report "html:$mounts/audits/provinsi.html" --report "csv:$mounts/audits/provinsi.csv" \
    --report "json:$mounts/audits/provinsi.json"
echo "region-job: merged $total regions of run $run_id into $mounts/audits/provinsi.{html,csv,json}"

# Keep the audits of the last 14 runs.
find "$mounts/audits/runs" -mindepth 1 -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
