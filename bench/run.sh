#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The benchmark, in one command: builds the indexes of the UN General Debate
# corpus and times them (bench/index.sh), times searching them
# (bench/search.sh), and writes docs/PERFORMANCE.md with the machine, the
# date, the command and both tables. Takes a while; not part of CTest.
#
#   bench/run.sh [WORK]
#
# WORK (default $WORK, else /tmp/quorum-bench, as for bench/index.sh)
# receives the unpacked corpus, the indexes and the raw timings.
# Environment: as bench/index.sh and bench/search.sh (BUILD_DIR, RUNS,
# QUERIES, ...); INDEX_RUNS (default 3) indexing runs of each tool, whose
# median is reported; SESSIONS (default 70-79) the General Debate sessions
# also measured alone; REUSE_INDEX=1 skips bench/index.sh and uses the
# indexes and index-results.tsv already in WORK.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
case "${1:-}" in -h | --help) sed -n '3,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
WORK=${1:-${WORK:-/tmp/quorum-bench}}
mkdir -p "$WORK"
# On a fresh machine: install what quorum needs and build it, as the README's
# two commands do (index.sh and search.sh add the benchmark's own tools).
BUILD_DIR=${BUILD_DIR:-build} bash scripts/setup.sh
# The command as given, with the settings that change what it measures.
command=""
SESSIONS=${SESSIONS:-70-79}
for setting in REUSE_INDEX INDEX_RUNS RUNS QUERIES BUILD_DIR; do
  [[ -n ${!setting:-} ]] && command+="$setting=${!setting} "
done
command+=$(printf '%q ' "bench/run.sh" "$@")

if [[ ${REUSE_INDEX:-0} != 1 ]]; then
  [[ -x bench/index.sh ]] || { echo "bench/run.sh: error: bench/index.sh is missing" >&2; exit 1; }
  WORK=$WORK bench/index.sh --runs "${INDEX_RUNS:-3}" --sessions "$SESSIONS"
fi
corpora=(ungdc "ungdc-$SESSIONS")
for corpus in "${corpora[@]}"; do bench/search.sh "$WORK" "$corpus"; done

# The index table: WORK/index-results.tsv (a header line, then rows), as markdown.
tsv_to_markdown() {
  awk -F'\t' 'NR == 1 { printf "|"; for (i = 1; i <= NF; i++) printf " %s |", $i; print ""
                        printf "|"; for (i = 1; i <= NF; i++) printf " --- |"; print ""; next }
              { printf "|"; for (i = 1; i <= NF; i++) printf " %s |", $i; print "" }' "$1"
}

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
debian=$(cat /etc/debian_version 2>/dev/null || echo unknown)
xapian=$(quest --version | sed -n 's/.*xapian-core //p')
{
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Command: \`${command% }\`"
  echo "- Machine: $(nproc) cores, ${cpu:-unknown CPU}, $ram RAM; Debian $debian, Xapian $xapian"
  echo
  echo "### Indexing"
  echo
  if [[ -s $WORK/index-results.tsv ]]; then tsv_to_markdown "$WORK/index-results.tsv"; else echo "(bench/index.sh wrote no results)"; fi
  echo
  echo "### Searching"
  echo
  for corpus in "${corpora[@]}"; do
    echo "#### $corpus"
    echo
    cat "$WORK/search-$corpus-table.md"
    echo
  done
} >"$WORK/performance.md"
source bench/doc_section.sh
replace_generated docs/PERFORMANCE.md bench/run.sh "$WORK/performance.md" "## Benchmark"
