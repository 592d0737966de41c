#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The ranking evaluation on other bodies' notes (docs/RANKING.md, "Bodies
# nobody tuned for"). Each body of tests/eval/bodies/bodies.tsv is its own
# collection, as a research team's index of one body's minutes would be:
# its text files are indexed by quorum-index and, as plain BM25, by Xapian's
# scriptindex (stemmed in the body's language); its queries
# (tests/eval/bodies/<body>.queries.tsv) run through quorum-search
# (default, --all and --any) and quest. Scores are printed for the bodies
# ranking was tuned on, for those held back once and scored (development
# since) and, apart, for the bodies held back.
#
#   eval/bodies.sh [--held-back] [--update-docs] [--reuse-index] [--pool]
#
# The held-back bodies are scored only when --held-back is given: their
# figures are read once, with the settings the tuned bodies chose.
# --pool writes, per body, the paragraphs any run put in its top 10 that
# tests/eval/bodies/<body>.qrels does not grade yet, with their text, to
# WORK/pool/<body>.txt (qrels lines ending in '?', to grade by reading).
# Environment: as eval/run.sh (BUILD_DIR, QUORUM_SHARED_DIR, EVAL_WORK,
# default $BUILD_DIR/eval-bodies), and EVAL_RUNS, the quorum runs as
# "tag:options" words (default "quorum: quorum-all:--all quorum-any:--any").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

update_docs=false reuse_index=false pool=false held_back=false
for arg in "$@"; do
  case "$arg" in
    --update-docs) update_docs=true ;;
    --reuse-index) reuse_index=true ;;
    --pool) pool=true ;;
    --held-back) held_back=true ;;
    -h|--help) sed -n '3,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "eval/bodies.sh: unknown option '$arg'; try 'eval/bodies.sh --help'" >&2; exit 2 ;;
  esac
done

SHARED=${QUORUM_SHARED_DIR:-$ROOT/../shared}
[[ -d $SHARED/corpus/bodies ]] ||
  { echo "eval/bodies.sh: error: $SHARED/corpus/bodies not found (set QUORUM_SHARED_DIR)" >&2; exit 1; }
command -v scriptindex >/dev/null && command -v quest >/dev/null ||
  { echo "eval/bodies.sh: error: scriptindex and quest are missing; apt-get install -y xapian-omega xapian-tools" >&2; exit 1; }
BUILD_DIR=${BUILD_DIR:-build}
[[ -f $BUILD_DIR/CMakeCache.txt ]] || cmake -S . -B "$BUILD_DIR" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" --target quorum-index quorum-search quorum-eval >"$BUILD_DIR/eval-build.log" 2>&1 ||
  { tail -20 "$BUILD_DIR/eval-build.log" >&2; exit 1; }
INDEX=$(cd "$BUILD_DIR" && pwd)/indexer/quorum-index
SEARCH=$BUILD_DIR/query/quorum-search
EVAL=$BUILD_DIR/eval/quorum-eval
SET=tests/eval/bodies
WORK=$(mkdir -p "${EVAL_WORK:-$BUILD_DIR/eval-bodies}" && cd "${EVAL_WORK:-$BUILD_DIR/eval-bodies}" && pwd)
RUNS=${EVAL_RUNS:-quorum: quorum-all:--all quorum-any:--any}
mkdir -p "$WORK/pool"
for tag in $RUNS bm25; do : >"$WORK/${tag%%:*}.run"; done
: >"$WORK/tune.queries.tsv" >"$WORK/scored.queries.tsv" >"$WORK/held-back.queries.tsv"
: >"$WORK/tune.qrels" >"$WORK/scored.qrels" >"$WORK/held-back.qrels"

while IFS=$'\t' read -r body folder role stemmer; do
  [[ -z $body || $body == \#* ]] && continue
  [[ $role == held-back ]] && ! $held_back && ! $pool && continue
  queries=$SET/$body.queries.tsv qrels=$SET/$body.qrels
  [[ -f $queries ]] || { echo "eval/bodies.sh: no $queries yet; skipping $body" >&2; continue; }
  [[ -f $qrels ]] || { qrels=$WORK/$body.none.qrels; : >"$qrels"; }
  grep -v '^#' "$queries" >>"$WORK/$role.queries.tsv" || true
  cat "$qrels" >>"$WORK/$role.qrels"
  # The text files only (a body's PDFs are the same documents again), named
  # from the body's folder: a note whose meeting has no id is cited by its
  # path, and the judged docnos must not depend on where the checkout is.
  # A folder "large/<name>" is a sample of ../shared/corpus/large/ that
  # eval/unpack-large.sh extracted into the build tree.
  dir=$SHARED/corpus/bodies/$folder
  [[ $folder == large/* ]] && dir=$BUILD_DIR/$folder
  [[ -d $dir ]] || { echo "eval/bodies.sh: error: $dir not found (run eval/unpack-large.sh)" >&2; exit 1; }
  mapfile -t files < <(cd "$dir" && find . -name '*.txt' | sed 's|^\./||' | LC_ALL=C sort)
  if ! $reuse_index || [[ ! -d $WORK/$body-quorum || ! -d $WORK/$body-bm25 ]]; then
    echo "eval/bodies.sh: indexing $folder (${#files[@]} files)" >&2
    (cd "$dir" && "$INDEX" --overwrite --quiet --db "$WORK/$body-quorum" "${files[@]}") \
      2>"$WORK/$body-index.log" || { tail -3 "$WORK/$body-index.log" >&2; exit 1; }
    (cd "$dir" && "$INDEX" --parse-only --format json "${files[@]}") >"$WORK/$body.jsonl" 2>/dev/null
    "$EVAL" export-scriptindex "$WORK/$body.jsonl" >"$WORK/$body.bm25.in"
    scriptindex --overwrite --stemmer="$stemmer" "$WORK/$body-bm25" eval/bm25.script "$WORK/$body.bm25.in" >/dev/null
  fi
  while IFS=$'\t' read -r id kind query; do
    for run in $RUNS; do
      read -r -a options <<<"${run#*:}"
      "$SEARCH" --db "$WORK/$body-quorum" "${options[@]}" --format trec --topic "$id" --run-tag "${run%%:*}" \
        --limit 10 -- "$query" >>"$WORK/${run%%:*}.run"
    done
    quest --db "$WORK/$body-bm25" --stemmer="$stemmer" --msize 10 "$query" >"$WORK/quest.out"
    "$EVAL" quest-to-trec --topic "$id" --run-tag bm25 "$WORK/quest.out" >>"$WORK/bm25.run"
  done < <(grep -v '^#' "$queries")
  if $pool; then
    runs=()
    for tag in $RUNS bm25; do runs+=("$WORK/${tag%%:*}.run"); done
    "$EVAL" pool --queries "$queries" --qrels "$qrels" --paragraphs "$WORK/$body.jsonl" \
      "${runs[@]}" >"$WORK/pool/$body.txt"
    echo "eval/bodies.sh: $(grep -c ' ?$' "$WORK/pool/$body.txt" || true) paragraphs to grade in $WORK/pool/$body.txt" >&2
  fi
done <"$SET/bodies.tsv"

runs=()
for tag in $RUNS bm25; do runs+=("$WORK/${tag%%:*}.run"); done
{
  echo "Generated by \`eval/bodies.sh --update-docs\` on $(date -u +%Y-%m-%d); Xapian $(quest --version | sed -n 's/.*xapian-core //p')."
  roles=(tune scored)
  $held_back && roles+=(held-back)
  for role in "${roles[@]}"; do
    echo
    case $role in
      tune) echo "### Bodies tuned on" ;;
      scored) echo "### Bodies held back once, development since" ;;
      *) echo "### Bodies held back" ;;
    esac
    echo
    if [[ -s $WORK/$role.queries.tsv ]]; then
      "$EVAL" score --queries "$WORK/$role.queries.tsv" --qrels "$WORK/$role.qrels" "${runs[@]}"
    else
      echo "(no queries yet)"
    fi
  done
} >"$WORK/table.md"
cat "$WORK/table.md"
if $update_docs; then
  source bench/doc_section.sh
  replace_generated docs/RANKING.md eval/bodies.sh "$WORK/table.md" "## Bodies nobody tuned for"
fi
