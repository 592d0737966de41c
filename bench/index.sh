#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Indexing benchmark: quorum-index against Xapian's scriptindex on exactly
# the same paragraphs, on the large real corpus (../shared/corpus/large).
#
#   bench/index.sh [--runs R] [--subset N] [--sessions A-B] [--with-cleveland] [--jobs J]
#
# For each corpus (UNGDC; --with-cleveland adds the Cleveland City Record)
# and each of R runs (default 1): quorum-index into a fresh database (all
# cores, or --jobs), then scriptindex (bench/scriptindex.script: English stemming,
# positions) on quorum's own paragraphs, exported once beforehand with
# `quorum-index --parse-only --format json | quorum-eval export-scriptindex`
# (outside the timing). Wall seconds and peak RSS come from /usr/bin/time.
# Then both last indexes are compacted with xapian-compact. Medians and the
# quorum/scriptindex ratios go to $WORK/index-results.tsv (one row per corpus
# and tool) and to stdout. The last indexes stay, compacted, at
# $WORK/<corpus>-quorum and $WORK/<corpus>-scriptindex for bench/search.sh.
# --subset N indexes only every k-th file (about N files) of each corpus,
# for quick tuning runs; its results go to $WORK/<corpus>-N-*.
# --sessions A-B also measures the General Debate sessions A to B alone
# (e.g. 70-79, the last decade), as corpus "ungdc-A-B".
#
# Environment: BUILD_DIR (default build), QUORUM_SHARED_DIR (default
# ../shared), WORK (default /tmp/quorum-bench; the unpacked corpus is reused).
# A full UNGDC run at the defaults (one run) took 14 minutes on 2 busy cores
# (quorum-index 390 s, scriptindex 206 s, the export and compaction the
# rest); --runs 3, for medians, takes about half an hour there.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

runs=1 subset=0 cleveland=false jobs=0 sessions=""
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift ;;
    --subset) subset=$2; shift ;;
    --sessions) sessions=$2; shift ;;
    --jobs) jobs=$2; shift ;;
    --with-cleveland) cleveland=true ;;
    -h|--help) sed -n '3,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/index.sh: unknown option '$1'; try 'bench/index.sh --help'" >&2; exit 2 ;;
  esac
  shift
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench/index.sh: --runs must be a positive number, not '$runs'" >&2; exit 2; }
[[ -z $sessions || $sessions =~ ^[0-9]+-[0-9]+$ ]] ||
  { echo "bench/index.sh: --sessions takes FIRST-LAST, e.g. 70-79, not '$sessions'" >&2; exit 2; }

SHARED=${QUORUM_SHARED_DIR:-$ROOT/../shared}
LARGE=$SHARED/corpus/large
WORK=${WORK:-/tmp/quorum-bench}
[[ -d $LARGE ]] || { echo "bench/index.sh: error: $LARGE not found (set QUORUM_SHARED_DIR)" >&2; exit 1; }

# zstd unpacks the corpus, time measures peak memory, xapian-omega has
# scriptindex and xapian-tools xapian-compact.
missing=()
command -v zstd >/dev/null || missing+=(zstd)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v scriptindex >/dev/null || missing+=(xapian-omega)
command -v xapian-compact >/dev/null || missing+=(xapian-tools)
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "bench/index.sh: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bench/index.sh: error: missing tools; run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

BUILD_DIR=${BUILD_DIR:-build}
[[ -f $BUILD_DIR/CMakeCache.txt ]] || cmake -S . -B "$BUILD_DIR" >/dev/null
mkdir -p "$WORK"
if ! cmake --build "$BUILD_DIR" -j"$(nproc)" --target quorum-index quorum-eval >"$WORK/build.log" 2>&1; then
  tail -20 "$WORK/build.log" >&2
  echo "bench/index.sh: error: the build failed (log: $WORK/build.log)" >&2
  exit 1
fi
INDEX=$(cd "$BUILD_DIR" && pwd)/indexer/quorum-index
EVAL=$(cd "$BUILD_DIR" && pwd)/eval/quorum-eval

# unpack ARCHIVE FOLDER: the corpus under $WORK/corpus, once.
unpack() {
  local archive=$1 folder=$2
  [[ -f $WORK/corpus/.$folder-done ]] && return
  echo "bench/index.sh: unpacking $(basename "$archive")" >&2
  mkdir -p "$WORK/corpus"
  rm -rf "${WORK:?}/corpus/$folder"
  zstd -dc "$archive" | tar -xf - -C "$WORK/corpus"
  touch "$WORK/corpus/.$folder-done"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
bytes() { du -sb "$1" | cut -f1; }

# timed LOG CMD...: runs CMD, appends "seconds peak_rss_kb" to LOG.
timed() {
  local log=$1; shift
  /usr/bin/time -f '%e %M' -o "$WORK/time.out" "$@"
  tail -1 "$WORK/time.out" >>"$log"
}

RESULTS=$WORK/index-results.tsv
printf 'corpus\ttool\truns\tseconds\tMB/s\tparagraphs/s\tpeak RSS MB\tsize MB\tcompacted MB\tcompacted/raw\n' >"$RESULTS"

# bench NAME FOLDER: every measurement of one corpus.
bench() {
  local name=$1 source=$2
  if ((subset > 0)); then
    # Every k-th file, so the sample spans the whole corpus (all decades).
    local total step
    total=$(find "$source" -name '*.txt' | wc -l)
    step=$(( total / subset > 0 ? total / subset : 1 ))
    name=$name-$subset
    if [[ ! -d $WORK/corpus/$name ]]; then
      mkdir -p "$WORK/corpus/$name"
      find "$source" -name '*.txt' | LC_ALL=C sort | awk -v k="$step" 'NR % k == 0' |
        while read -r f; do cp -l "$f" "$WORK/corpus/$name/$(basename "$f")"; done
    fi
    source=$WORK/corpus/$name
  fi
  local raw files
  raw=$(find "$source" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
  files=$(find "$source" -name '*.txt' | wc -l)
  echo "bench/index.sh: $name: $files files, $((raw / 1000000)) MB of text" >&2

  # scriptindex's input: quorum's own paragraphs, made once, not timed.
  local input=$WORK/$name.scriptindex
  # Made again when quorum-index is newer: its paragraphs may differ.
  if [[ ! -s $input || $INDEX -nt $input ]]; then
    "$INDEX" --parse-only --format json -q "$source" 2>"$WORK/$name.parse.log" | "$EVAL" export-scriptindex 2>/dev/null >"$input"
  fi
  local paragraphs
  paragraphs=$(grep -c '^docno=' "$input")

  local qdb=$WORK/$name-quorum sdb=$WORK/$name-scriptindex
  : >"$WORK/$name.quorum.times"
  : >"$WORK/$name.scriptindex.times"
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$qdb" "$sdb" "$qdb.compact" "$sdb.compact"
    # Fresh folders always: scriptindex waits silently on a locked database.
    timed "$WORK/$name.quorum.times" "$INDEX" --db "$qdb" --jobs "$jobs" --progress never -q "$source" \
      2>"$WORK/$name.quorum.log" || { tail -3 "$WORK/$name.quorum.log" >&2; exit 1; }
    timed "$WORK/$name.scriptindex.times" scriptindex "$sdb" bench/scriptindex.script "$input" >"$WORK/$name.scriptindex.log"
    echo "bench/index.sh: $name run $r: quorum $(tail -1 "$WORK/$name.quorum.times" | cut -d' ' -f1) s," \
      "scriptindex $(tail -1 "$WORK/$name.scriptindex.times" | cut -d' ' -f1) s" >&2
  done
  local qsize ssize
  qsize=$(bytes "$qdb")
  ssize=$(bytes "$sdb")
  # Both compacted the same way; the compacted ones are left for bench/search.sh.
  xapian-compact "$qdb" "$qdb.compact" >/dev/null && rm -rf "$qdb" && mv "$qdb.compact" "$qdb"
  xapian-compact "$sdb" "$sdb.compact" >/dev/null && rm -rf "$sdb" && mv "$sdb.compact" "$sdb"
  local tool times size compacted
  for tool in quorum scriptindex; do
    times=$WORK/$name.$tool.times
    if [[ $tool == quorum ]]; then size=$qsize compacted=$(bytes "$qdb"); else size=$ssize compacted=$(bytes "$sdb"); fi
    local seconds rss
    seconds=$(cut -d' ' -f1 "$times" | median)
    rss=$(cut -d' ' -f2 "$times" | median)
    awk -v c="$name" -v t="$tool" -v n="$runs" -v s="$seconds" -v raw="$raw" -v p="$paragraphs" -v rss="$rss" \
      -v size="$size" -v comp="$compacted" 'BEGIN {
        printf "%s\t%s\t%d\t%.2f\t%.2f\t%.0f\t%.0f\t%.1f\t%.1f\t%.2f\n",
          c, t, n, s, raw / 1e6 / s, p / s, rss / 1024, size / 1e6, comp / 1e6, comp / raw }' >>"$RESULTS"
  done
  # quorum/scriptindex for each figure (lower is better for all but speed).
  awk -F'\t' -v c="$name" '$1 == c && $2 == "quorum" { for (i = 4; i <= 10; i++) q[i] = $i }
    $1 == c && $2 == "scriptindex" { for (i = 4; i <= 10; i++) s[i] = $i }
    END { printf "%s\tquorum/scriptindex\t\t", c
          for (i = 4; i <= 10; i++) printf "%.2f%s", (s[i] > 0 ? q[i] / s[i] : 0), (i < 10 ? "\t" : "\n") }' \
    "$RESULTS" >>"$RESULTS"
}

unpack "$LARGE/un-general-debate-corpus-1946-2024.tar.zst" ungdc
bench ungdc "$WORK/corpus/ungdc"
if [[ -n $sessions ]]; then
  # The sessions' folders (session_70_2015, ...), hard-linked once.
  first=${sessions%-*} last=${sessions#*-}
  if [[ ! -d $WORK/corpus/ungdc-$sessions ]]; then
    mkdir -p "$WORK/corpus/ungdc-$sessions"
    for folder in "$WORK"/corpus/ungdc/session_*; do
      number=$(basename "$folder" | cut -d_ -f2)
      ((10#$number >= first && 10#$number <= last)) && cp -al "$folder" "$WORK/corpus/ungdc-$sessions/"
    done
  fi
  bench "ungdc-$sessions" "$WORK/corpus/ungdc-$sessions"
fi
if $cleveland; then
  unpack "$LARGE/cleveland-city-record-1996-2019.tar.zst" cleveland-city-record
  bench cleveland "$WORK/corpus/cleveland-city-record"
fi

echo "# $(date -u +%Y-%m-%d), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "quorum-index --jobs $jobs (0: every core), medians of $runs runs; sizes after xapian-compact in 'compacted MB'"
column -t -s $'\t' "$RESULTS"
