#!/usr/bin/env bash
# Hostile query input for quorum-search: each must end with exit 0, or exit 2
# and one line "quorum-search: error: ..."; never a crash or a hang.
# (A NUL byte cannot reach a program through its arguments; the unit test
# tests/indexer/hostile_query_test.cc sends it through Search().)
# Usage: hostile_query_test.sh QUORUM_INDEX QUORUM_SEARCH CORPUS_DIR [CASE]
# CASE: queries (default), or unknown-words (10,000 words that match nothing, ORed)
set -euo pipefail
index=$1 search=$2 corpus=$3 case=${4:-queries}
here=$(dirname "$0")
source "$here/lib.sh"

db="$scratch/db"
"$index" --db "$db" -q "$corpus" 2>/dev/null || fail "cannot index $corpus"

if [[ $case == unknown-words ]]; then
  # quorum-search caps a query at 1,000 words (Xapian's matcher recurses
  # through them): 10,000 must be refused at once with exit 2, not searched.
  words=$(seq 1 10000 | sed 's/^/w/' | tr '\n' ' ')
  status=0
  timeout 60 "$search" --db "$db" --any --limit 3 "$words" >/dev/null 2>"$scratch/err" || status=$?
  ((status == 2)) || fail "exit $status: $(cat "$scratch/err")"
  grep -q "at most 1000 are searched" "$scratch/err" || fail "no message: $(cat "$scratch/err")"
  exit 0
fi

ten_thousand=$(awk 'BEGIN { split("budget OR council AND NOT migration policy* \"water basin\" (data", w, " ");
                            for (i = 0; i < 10000; i++) printf "%s ", w[1 + i % 8] }')
long_word=$(head -c 20000 /dev/zero | tr '\0' 'x')
queries=(
  "$ten_thousand"
  '"migration policy'
  'a "b c" "d'
  '((migration'
  'migration))'
  ')('
  '"(" ")" ((( """'
  $'caf\xe9 \xff\xfe \xc3\x28 r\xc3\xa9union'
  $'\xe2\x82'
  "$long_word"
  'meeting: agenda: body: para: year: lang: type:'
  'meeting:"' 
  '*'
  'a* b* c* d* e*'
  'NEAR/99999 ADJ/0 NOT AND OR'
  'held:9999..0000 held:..'
)
failures=0
for query in "${queries[@]}"; do
  set +e
  err=$(timeout 120 "$search" --db "$db" --format json --limit 3 "$query" 2>&1 >/dev/null)
  status=$?
  set -e
  shown=${query:0:40}
  if ((status == 0)) || { ((status == 2)) && [[ $err =~ ^quorum-search:\ error:\ [^$'\n']+ ]]; }; then
    echo "exit $status: ${shown@Q}${err:+ -> ${err%%$'\n'*}}"
  else
    echo "FAIL: exit $status for ${shown@Q}: $err" >&2
    failures=$((failures + 1))
  fi
done
# The same words as flags: pairs of flag and value.
flag_cases=(--agenda '((' --body '"x' --meeting ')(' --agenda "$ten_thousand")
for ((i = 0; i < ${#flag_cases[@]}; i += 2)); do
  set +e
  err=$(timeout 120 "$search" --db "$db" "${flag_cases[i]}" "${flag_cases[i + 1]}" budget 2>&1 >/dev/null)
  status=$?
  set -e
  shown="${flag_cases[i]} ${flag_cases[i + 1]:0:30}"
  if ((status == 0 || status == 2)); then
    echo "exit $status: $shown"
  else
    echo "FAIL: exit $status for $shown: $err" >&2
    failures=$((failures + 1))
  fi
done
((failures == 0)) || fail "$failures hostile queries mishandled"
