#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Load benchmark of quorum-serve: CLIENTS (default 16) parallel clients
# search the UN General Debate index over HTTP, against quorum-search run
# once per query with the same parallelism (bench/serve_load.py), and the
# table replaces the "Serving" part of docs/PERFORMANCE.md. Not part of CTest.
#
#   bench/serve.sh [WORK]
#
# WORK (default $WORK, else /tmp/quorum-bench) holds ungdc-quorum, the index
# bench/index.sh builds; if it is missing, it is built from WORK/corpus/ungdc
# (bench/index.sh unpacks that). Environment: CLIENTS, ROUNDS (passes over
# bench/queries.txt, default 3), BUILD_DIR.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
case "${1:-}" in -h | --help) sed -n '3,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
WORK=${1:-${WORK:-/tmp/quorum-bench}}
BUILD_DIR=${BUILD_DIR:-build} bash scripts/setup.sh >/dev/null
BUILD=$(cd "${BUILD_DIR:-build}" && pwd)
DB=$WORK/ungdc-quorum
if [[ ! -d $DB ]]; then
  [[ -d $WORK/corpus/ungdc ]] || { echo "bench/serve.sh: error: no $DB nor $WORK/corpus/ungdc; run bench/index.sh $WORK" >&2; exit 1; }
  echo "bench/serve.sh: indexing $WORK/corpus/ungdc into $DB" >&2
  "$BUILD/indexer/quorum-index" --quiet --db "$DB" "$WORK/corpus/ungdc" >&2
fi

log=$WORK/serve.log
# Its own session: stopping it signals nothing else.
setsid "$BUILD/serve/quorum-serve" --db "$DB" --port 0 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q 'http://' "$log" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*/' "$log") || { cat "$log" >&2; exit 1; }

table=$WORK/serve-table.md
python3 bench/serve_load.py bench/queries.txt "$url" "$BUILD/query/quorum-search" "$DB" "${CLIENTS:-16}" "${ROUNDS:-3}" >"$table"
cat "$table"

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
{
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Command: \`CLIENTS=${CLIENTS:-16} ROUNDS=${ROUNDS:-3} bench/serve.sh\`"
  echo "- Machine: $(nproc) cores, ${cpu:-unknown CPU}; index: $(du -sm "$DB" | cut -f1) MB, $(find "$WORK/corpus/ungdc" -name '*.txt' | wc -l) notes"
  echo
  cat "$table"
} >"$WORK/serve-section.md"
source bench/doc_section.sh
replace_generated docs/PERFORMANCE.md bench/serve.sh "$WORK/serve-section.md" "## Serving"
