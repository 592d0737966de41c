#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Extracts the held-back sample of the Cleveland City Record
# (tests/eval/large_sample.txt) from ../shared/corpus/large/ into
# $BUILD_DIR/large/us-cleveland-city-record/, flat, for the gold tests
# (QUORUM_HELD_BACK=1) and eval/bodies.sh --held-back.
#
#   eval/unpack-large.sh
#
# Environment: BUILD_DIR (default build), QUORUM_SHARED_DIR (default ../shared).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${QUORUM_SHARED_DIR:-$ROOT/../shared}
ARCHIVE=$SHARED/corpus/large/cleveland-city-record-1996-2019.tar.zst
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
OUT=$BUILD_DIR/large/us-cleveland-city-record
[[ -f $ARCHIVE ]] || { echo "eval/unpack-large.sh: error: $ARCHIVE not found (set QUORUM_SHARED_DIR)" >&2; exit 1; }
command -v zstd >/dev/null || { echo "eval/unpack-large.sh: error: zstd is missing; apt-get install -y zstd" >&2; exit 1; }
mapfile -t members < <(grep -v '^#' "$ROOT/tests/eval/large_sample.txt" | sed '/^$/d')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
zstd -dc "$ARCHIVE" | tar -xf - -C "$tmp" "${members[@]}"
mkdir -p "$OUT"
for member in "${members[@]}"; do cp "$tmp/$member" "$OUT/"; done
echo "eval/unpack-large.sh: ${#members[@]} issues in $OUT" >&2
