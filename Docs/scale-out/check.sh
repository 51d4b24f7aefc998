#!/usr/bin/env bash
# Checks the scale-out examples: the shell scripts parse, the manifest is valid YAML whose embedded
# region-job.sh is byte-identical to the file, and the Indexed Job's completions equal the regions listed.
# Needs python3 with PyYAML (Debian: apt-get install -y python3-yaml).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash -n "$here/audit-all.sh"
sh -n "$here/region-job.sh"
python3 - "$here" <<'PY'
import sys, yaml
here = sys.argv[1]
documents = [d for d in yaml.safe_load_all(open(f"{here}/bukti-cronjob.yaml")) if d]
by_kind = {}
for d in documents:
    assert "apiVersion" in d and "kind" in d and "metadata" in d, d
    by_kind.setdefault(d["kind"], []).append(d)
config = by_kind["ConfigMap"][0]["data"]
assert config["region-job.sh"] == open(f"{here}/region-job.sh").read(), "region-job.sh differs from the ConfigMap's copy"
regions = [line for line in config["regions.txt"].splitlines() if line.strip()]
job = by_kind["CronJob"][0]["spec"]["jobTemplate"]["spec"]
assert job["completionMode"] == "Indexed"
assert job["completions"] == len(regions), f"completions {job['completions']} but {len(regions)} regions"
pod = job["template"]["spec"]
mounts = {m["name"]: m for m in pod["containers"][0]["volumeMounts"]}
assert mounts["evidence"].get("readOnly") is True, "the evidence share must be mounted read-only"
print(f"ok: {len(documents)} documents ({', '.join(d['kind'] for d in documents)}), {len(regions)} regions")
PY
