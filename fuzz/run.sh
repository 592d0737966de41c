#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS, one after
# the other, at nice 19. Usage: fuzz/run.sh [SECONDS] [TARGET...]
# (default 60 s each; targets: note_parser_fuzzer entity_tagger_fuzzer tokeniser_fuzzer
# query_fuzzer html_reader_fuzzer office_reader_fuzzer).
# Seeds come from corpus/ and, when present, ../shared; what the fuzzers learn
# is kept in $FUZZ_BUILD_DIR/fuzz/corpus, crashes in $FUZZ_BUILD_DIR/fuzz/artifacts.
# Exit status: 0 no crash, 1 a crash, timeout or leak was found (listed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(note_parser_fuzzer entity_tagger_fuzzer tokeniser_fuzzer query_fuzzer html_reader_fuzzer
  office_reader_fuzzer)
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
command -v clang++ >/dev/null || { echo "run.sh: needs clang with libFuzzer: apt-get install clang" >&2; exit 2; }
SHARED=${QUORUM_SHARED_DIR:-../shared}

CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DQUORUM_FUZZ=ON -DQUORUM_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
nice -n 19 cmake --build "$BUILD" -j2 --target "${TARGETS[@]}"

# Seed folders: note text for the parser and tokeniser, typed queries for the
# query parser (one file per line of fuzz/seed_queries.txt).
note_seeds=(corpus)
for dir in "$SHARED/seeds" "$SHARED/corpus/real"; do [[ -d $dir ]] && note_seeds+=("$dir"); done
query_seeds="$BUILD/fuzz/seeds/queries"
mkdir -p "$query_seeds"
n=0
while IFS= read -r line; do
  n=$((n + 1))
  printf '%s' "$line" >"$query_seeds/$n"
done <fuzz/seed_queries.txt

status=0
for target in "${TARGETS[@]}"; do
  work="$BUILD/fuzz/corpus/$target"
  artifacts="$BUILD/fuzz/artifacts/$target"
  mkdir -p "$work" "$artifacts"
  # Short inputs keep the runs fast (the parser costs about a millisecond per
  # kilobyte under the sanitizers) yet hold a title block and paragraphs.
  case $target in
    note_parser_fuzzer) flags=(-max_len=4096) seeds=("${note_seeds[@]}") ;;
    tokeniser_fuzzer | entity_tagger_fuzzer) flags=(-max_len=2048) seeds=("${note_seeds[@]}") ;;
    query_fuzzer) flags=(-max_len=1024 -dict=fuzz/query.dict) seeds=("$query_seeds") ;;
    # Pages and Markdown: the fixtures, and the notes as Markdown-like text.
    html_reader_fuzzer) flags=(-max_len=4096 -dict=fuzz/html.dict) seeds=(tests/read/fixtures/notes corpus) ;;
    # Packages, and XML members: fuzz/office_seeds.sh makes both kinds.
    office_reader_fuzzer) flags=(-max_len=65536) seeds=("$(fuzz/office_seeds.sh "$BUILD/fuzz/seeds/office")") ;;
    *) echo "run.sh: unknown target '$target'" >&2; exit 2 ;;
  esac
  echo "run.sh: $target for ${SECONDS_EACH}s" >&2
  # Fork mode keeps going after a crash, so one run collects every finding.
  LSAN_OPTIONS=suppressions=$PWD/fuzz/lsan.supp nice -n 19 "$BUILD/fuzz/$target" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${flags[@]}" "$work" "${seeds[@]}" \
    >"$BUILD/fuzz/$target.log" 2>&1 || true
  tail -n 3 "$BUILD/fuzz/$target.log" >&2
  if compgen -G "$artifacts/*" >/dev/null; then
    echo "run.sh: $target found:" >&2
    ls -1 "$artifacts" >&2
    status=1
  fi
done
exit $status
