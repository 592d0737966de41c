#!/usr/bin/env bash
# Installs what quorum needs (Debian 12 packages), configures and builds it.
# Sourced by demo.sh and test.sh; BUILD_DIR and CMAKE_ARGS may be set before;
# QUORUM_TEST_TOOLS=1 (test.sh) also installs what the browser tests drive.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PACKAGES=(cmake g++ make pkg-config libxapian-dev xapian-tools libicu-dev
          libboost-program-options-dev libgtest-dev nlohmann-json3-dev libxxhash-dev
          libpoppler-cpp-dev libcpp-httplib-dev wordnet-base libxml2-dev libcmark-dev libzip-dev
          libzstd-dev zstd
          libtesseract-dev tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa)
# quorum-serve's browser tests: Debian's Chromium, its driver and Selenium.
TEST_PACKAGES=(chromium chromium-driver python3 python3-selenium)
if [[ ${QUORUM_TEST_TOOLS:-0} == 1 ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    PACKAGES+=("${TEST_PACKAGES[@]}")
  else
    echo "setup: not root, so the browser tests skip unless these are installed: ${TEST_PACKAGES[*]}" >&2
  fi
fi
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing packages; run as root:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
