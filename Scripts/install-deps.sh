#!/usr/bin/env bash
# Installs the Debian packages bukti needs to build (C libraries) and to run its tests
# (poppler-utils and exiftool are the reference tools the differential tests compare against).
# With --fixture-tools it also installs what Scripts/make-fixtures.sh uses to regenerate fixtures.
set -euo pipefail

packages=(
  pkg-config libxml2-dev libzip-dev zlib1g-dev libssl-dev libsqlite3-dev  # build
  poppler-utils libimage-exiftool-perl libarchive-zip-perl                # test oracles (exiftool reads inside office files with Archive::Zip)
  libreoffice-calc-nogui                                                  # opens the XLSX report in a test, as a person would
  parallel                                                                # runs Docs/scale-out/audit-all.sh in a test (GNU parallel)
)
if [[ ${1:-} == --fixture-tools ]]; then
  packages+=(qpdf img2pdf imagemagick ghostscript ffmpeg webp libheif-examples
             libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui
             fonts-dejavu-core python3)
fi

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "installed: ${packages[*]}"
