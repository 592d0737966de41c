#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Search benchmark: latency of quorum-search against Xapian's quest on
# indexes of the same UN General Debate paragraphs, over the fixed queries
# of bench/queries.txt, as whole processes (one run of each tool per query)
# and in-process (quorum-search --batch against bench/xapian_batch.cc, one
# process for all queries). One warm-up pass, then RUNS timed runs; reports
# p50/p95/p99 per tool and mode, the median of each over the runs, and the
# ratios quorum/Xapian. Not part of CTest: bench/run.sh runs it.
#
#   bench/search.sh WORK [CORPUS]
#
# WORK holds CORPUS-quorum (a quorum index) and CORPUS-scriptindex (the same
# paragraphs indexed by scriptindex with bench/scriptindex.script), as
# bench/index.sh leaves them; CORPUS is ungdc unless given (ungdc-70-79 after
# bench/index.sh --sessions 70-79). Writes WORK/search-CORPUS-results.tsv
# and WORK/search-CORPUS-table.md.
# Environment: BUILD_DIR (default build), RUNS (default 3), QUERIES
# (default bench/queries.txt).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[[ ($# -eq 1 || $# -eq 2) && $1 != -h && $1 != --help ]] || { sed -n '3,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
WORK=$(cd "$1" && pwd)
CORPUS=${2:-ungdc}
RUNS=${RUNS:-3}
QUERIES=${QUERIES:-bench/queries.txt}
BUILD_DIR=${BUILD_DIR:-build}
QDB=$WORK/$CORPUS-quorum
XDB=$WORK/$CORPUS-scriptindex
for db in "$QDB" "$XDB"; do
  [[ -e $db ]] || { echo "bench/search.sh: error: $db not found; build it with 'bench/index.sh $WORK'" >&2; exit 1; }
done
command -v quest >/dev/null || { echo "bench/search.sh: error: quest not found; apt-get install xapian-tools" >&2; exit 1; }

# Release build of quorum-search; the baseline program is built the same way.
[[ -f $BUILD_DIR/CMakeCache.txt ]] || cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" --target quorum-search >"$WORK/search-build.log" 2>&1 ||
  { tail -20 "$WORK/search-build.log" >&2; exit 1; }
SEARCH=$BUILD_DIR/query/quorum-search
OUT=$WORK/search-$CORPUS
mkdir -p "$OUT"
# shellcheck disable=SC2046 # pkg-config prints several flags
g++ -O2 -std=c++20 -o "$OUT/xapian_batch" bench/xapian_batch.cc $(pkg-config --cflags --libs xapian-core)

grep -v '^#' "$QUERIES" | awk -F'\t' 'NF >= 3' >"$OUT/queries.tsv"
cut -f1 "$OUT/queries.tsv" >"$OUT/kinds"
cut -f2 "$OUT/queries.tsv" >"$OUT/quorum.q"
awk -F'\t' '{ print ($3 == "=" ? $2 : $3) }' "$OUT/queries.tsv" >"$OUT/quest.q"
count=$(wc -l <"$OUT/quorum.q")
echo "bench/search.sh: $CORPUS: $count queries, $RUNS runs after a warm-up, on $(nproc) cores" >&2

# whole RUN: times each query as a process, both tools in turn (so a busy
# moment of the machine hits both), in milliseconds, from bash's clock.
whole() {
  local run=$1 i=0 start end q x
  : >"$OUT/whole-quorum.$run"
  : >"$OUT/whole-quest.$run"
  while IFS= read -r q && IFS= read -r x <&3; do
    i=$((i + 1))
    start=$EPOCHREALTIME
    "$SEARCH" --db "$QDB" --limit 10 --format json -- "$q" >/dev/null 2>>"$OUT/errors.log" || echo "quorum: $q" >>"$OUT/errors.log"
    end=$EPOCHREALTIME
    echo "$start $end" | awk '{ printf "%.3f\n", ($2 - $1) * 1000 }' >>"$OUT/whole-quorum.$run"
    start=$EPOCHREALTIME
    quest -d "$XDB" -m 10 -o or -s english "$x" >/dev/null 2>>"$OUT/errors.log" || echo "quest: $x" >>"$OUT/errors.log"
    end=$EPOCHREALTIME
    echo "$start $end" | awk '{ printf "%.3f\n", ($2 - $1) * 1000 }' >>"$OUT/whole-quest.$run"
  done <"$OUT/quorum.q" 3<"$OUT/quest.q"
}

# inproc RUN: one process per tool for all queries; each reports its own
# per-query milliseconds (quorum: elapsed_ms, which covers parsing,
# matching, facets and snippets).
inproc() {
  local run=$1
  "$SEARCH" --db "$QDB" --limit 10 --batch <"$OUT/quorum.q" 2>>"$OUT/errors.log" |
    sed -n 's/.*"elapsed_ms":\([0-9.e+-]*\)}$/\1/p' >"$OUT/inproc-quorum.$run" || true
  "$OUT/xapian_batch" "$XDB" or <"$OUT/quest.q" 2>>"$OUT/errors.log" | cut -f1 >"$OUT/inproc-quest.$run"
}

: >"$OUT/errors.log"
whole warmup
inproc warmup
for run in $(seq "$RUNS"); do
  echo "bench/search.sh: run $run of $RUNS" >&2
  whole "$run"
  inproc "$run"
done

# percentiles FILE: "p50 p95 p99" by the nearest-rank method.
percentiles() {
  sort -g "$1" | awk '{ v[NR] = $1 } END {
    split("0.50 0.95 0.99", q, " ")
    for (i = 1; i <= 3; i++) { r = int(q[i] * NR); if (r < q[i] * NR) r++; if (r < 1) r = 1; printf "%s%.2f", (i > 1 ? " " : ""), v[r] }
    print "" }'
}

# median of the runs' figures, per mode, tool and percentile.
{
  printf 'mode\ttool\tp50_ms\tp95_ms\tp99_ms\n'
  for mode in whole inproc; do
    for tool in quorum quest; do
      for run in $(seq "$RUNS"); do
        lines=$(wc -l <"$OUT/$mode-$tool.$run")
        ((lines == count)) || { echo "bench/search.sh: error: $mode $tool run $run timed $lines of $count queries (see $OUT/errors.log)" >&2; exit 1; }
        percentiles "$OUT/$mode-$tool.$run"
      done | awk -v mode="$mode" -v tool="$tool" '
        { for (i = 1; i <= 3; i++) v[i, NR] = $i }
        END {
          printf "%s\t%s", mode, tool
          for (i = 1; i <= 3; i++) {
            n = 0; for (r = 1; r <= NR; r++) a[++n] = v[i, r]
            for (x = 1; x <= n; x++) for (y = x + 1; y <= n; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
            printf "\t%.2f", (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2)
          }
          print "" }'
    done
  done
} >"$WORK/search-$CORPUS-results.tsv"

# The table, with ratios and differences, and the targets.
awk -F'\t' -v count="$count" -v runs="$RUNS" '
  NR > 1 { for (i = 3; i <= 5; i++) v[$1, $2, i] = $i }
  END {
    name["whole"] = "whole process"; name["inproc"] = "in-process"
    print "| mode | percentile | quorum-search (ms) | Xapian (ms) | quorum/Xapian | difference (ms) |"
    print "| --- | --- | ---: | ---: | ---: | ---: |"
    split("p50 p95 p99", p, " ")
    for (m = 1; m <= 2; m++) {
      mode = (m == 1 ? "whole" : "inproc")
      for (i = 3; i <= 5; i++) {
        q = v[mode, "quorum", i]; x = v[mode, "quest", i]
        printf "| %s | %s | %.2f | %.2f | %.2f | %+.2f |\n", name[mode], p[i - 2], q, x, (x > 0 ? q / x : 0), q - x
      }
    }
    print ""
    printf "%d queries, medians of %d runs after a warm-up pass. Xapian is `quest -m 10 -o or -s english` (any word matches, as in the soft AND of quorum) as a process and bench/xapian_batch.cc in-process.\n", count, runs
    print ""
    q = v["whole", "quorum", 3]; x = v["whole", "quest", 3]
    printf "- Median whole-process latency at most quest'\''s plus 5 ms: %.2f ms against %.2f + 5 ms: **%s**.\n", q, x, (q <= x + 5 ? "met" : "not met")
    q = v["whole", "quorum", 5]; i = v["inproc", "quorum", 5]
    printf "- p99 with facets and snippets under 50 ms: %.2f ms as a process, %.2f ms in-process: **%s**.\n", q, i, (q < 50 ? "met" : (i < 50 ? "met in-process only" : "not met"))
  }' "$WORK/search-$CORPUS-results.tsv" >"$WORK/search-$CORPUS-table.md"
cat "$WORK/search-$CORPUS-table.md"
if [[ -s $OUT/errors.log ]]; then
  echo "bench/search.sh: note: some queries printed errors; see $OUT/errors.log" >&2
fi
