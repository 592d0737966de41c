#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# quorum-search --batch on the real binary: one JSON line per query, in
# order, the same hits as one search each; a bad line is an error line, the
# others still run, and the exit status is then 1.
#
#   batch_cli_test.sh QUORUM-INDEX QUORUM-SEARCH CORPUS
set -euo pipefail
index=$1 search=$2 corpus=$3

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/quorum-batch.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
"$index" --overwrite --db "$scratch/db" "$corpus" 2>"$scratch/index.log" || fail "indexing: $(cat "$scratch/index.log")"

printf '%s\n' 'basin governance' '' '"basin data"' '{"query":"basin","meeting":"WG/BGR/2018/3","limit":2}' \
  >"$scratch/good.txt"
"$search" --db "$scratch/db" --batch --limit 5 <"$scratch/good.txt" >"$scratch/good.out" 2>"$scratch/good.err" ||
  fail "exit $?: $(cat "$scratch/good.err")"
[[ ! -s $scratch/good.err ]] || fail "stderr: $(cat "$scratch/good.err")"
[[ $(wc -l <"$scratch/good.out") == 3 ]] || fail "expected 3 lines: $(cat "$scratch/good.out")"
lines=$(sed -n 's/^{"v":1,"type":"batch","line":\([0-9]*\),.*"elapsed_ms":[0-9.]*}$/\1/p' "$scratch/good.out" | tr '\n' ' ')
[[ $lines == "1 3 4 " ]] || fail "line numbers '$lines': $(cat "$scratch/good.out")"

# Each line's hits are those of the same search on its own.
ids() { { grep -o '"id":"[^"]*"' || true; } | tr '\n' ' '; }
one=$("$search" --db "$scratch/db" --format json --limit 5 basin governance | ids)
[[ $(sed -n 1p "$scratch/good.out" | ids) == "$one" ]] || fail "line 1 differs from a single search"
three=$("$search" --db "$scratch/db" --format json --limit 2 --meeting WG/BGR/2018/3 basin | ids)
[[ $(sed -n 3p "$scratch/good.out" | ids) == "$three" ]] || fail "line 4 differs from a single search"

printf '%s\n' 'basin AND' 'basin' >"$scratch/bad.txt"
status=0
"$search" --db "$scratch/db" --batch <"$scratch/bad.txt" >"$scratch/bad.out" 2>"$scratch/bad.err" || status=$?
((status == 1)) || fail "a bad line: exit $status, expected 1"
grep -q '^{"v":1,"type":"error","line":1,"message":"cannot parse query' "$scratch/bad.out" || fail "$(cat "$scratch/bad.out")"
grep -q '^{"v":1,"type":"batch","line":2,' "$scratch/bad.out" || fail "line 2 did not run: $(cat "$scratch/bad.out")"
grep -q "^quorum-search: error: line 1: cannot parse query" "$scratch/bad.err" || fail "stderr: $(cat "$scratch/bad.err")"
echo "batch: ok"
