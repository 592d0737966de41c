#!/usr/bin/env bash
# Sets up and runs the whole test suite (unit and end-to-end) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
QUORUM_TEST_TOOLS=1 source scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
