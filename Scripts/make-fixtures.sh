#!/usr/bin/env bash
# Regenerates every committed test fixture and sample from real software (LibreOffice, qpdf,
# img2pdf, ImageMagick, exiftool, ffmpeg). Not run by the tests: the results are committed.
# First: Scripts/install-deps.sh --fixture-tools
set -euo pipefail
cd "$(dirname "$0")/.."
for script in Scripts/fixtures/*.sh; do
  echo "== $script"
  bash "$script"
done
