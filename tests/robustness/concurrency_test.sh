#!/usr/bin/env bash
# Searches run while quorum-index writes, and each answers from one commit;
# a second quorum-index on the same index fails at once naming the first
# one's pid, or with --wait, waits for it and then does its work.
# Usage: concurrency_test.sh QUORUM_INDEX QUORUM_SEARCH
set -euo pipefail
index=$1 search=$2
here=$(dirname "$0")
source "$here/lib.sh"

paragraphs=40 commit_every=5
notes="$scratch/notes"
"$here/make_notes.sh" "$notes" 300 $paragraphs
total=$((300 * paragraphs))
db="$scratch/db"
export XAPIAN_FLUSH_THRESHOLD=1000000  # commit points are ours only

# 1. Searches during a fresh build. Every paragraph says "meeting", so a
# search that sees one commit counts a multiple of a commit's paragraphs.
"$index" --db "$db" --commit-every $commit_every --progress never "$notes" 2>"$scratch/index.err" &
writer=$!
searches=0 previous=0
while kill -0 $writer 2>/dev/null; do
  [[ -e $db/iamglass ]] || { sleep 0.01; continue; }
  out=$("$search" --db "$db" --format json --exact-counts --limit 3 meeting 2>&1) ||
    fail "search $searches during indexing failed: $out"
  [[ $out =~ \"type\":\"summary\",\"matches\":([0-9]+),\"exact\":true ]] || fail "no exact summary in: $out"
  matches=${BASH_REMATCH[1]}
  ((matches % (commit_every * paragraphs) == 0 || matches == total)) ||
    fail "search saw $matches paragraphs: not a commit (every $((commit_every * paragraphs)))"
  ((matches >= previous)) || fail "search saw $matches paragraphs after $previous: went back in time"
  previous=$matches searches=$((searches + 1))
done
wait $writer || fail "indexer failed: $(cat "$scratch/index.err")"
((searches >= 3)) || fail "only $searches searches ran during indexing; nothing was tested"
echo "$searches searches during indexing, each saw a commit (last: $previous paragraphs)"

# 2. A second writer fails at once, naming the first; 3. with --wait it waits.
"$index" --db "$db" --force --commit-every $commit_every --progress never "$notes" 2>"$scratch/first.err" &
first=$!
for _ in $(seq 1 600); do [[ -e $db/quorum-index.pid ]] && break; sleep 0.01; done
set +e
out=$(timeout 60 "$index" --db "$db" --progress never "$notes" 2>&1)
status=$?
set -e
((status == 1)) || fail "second writer: exit $status: $out"
[[ $out == *"index '$db' is locked by another quorum-index (pid $first); wait for it to finish, or pass --wait"* ]] ||
  fail "second writer: $out"
echo "second writer: exit 1, names pid $first"
out=$(timeout 300 "$index" --db "$db" --wait --progress never "$notes" 2>&1) || fail "--wait: $out"
wait $first || fail "first writer failed: $(cat "$scratch/first.err")"
[[ $out == *"is locked by another quorum-index (pid $first); waiting for it to finish"* ]] || fail "--wait: $out"
[[ $out == *"0 added, 0 changed, 300 unchanged"* ]] || fail "--wait: $out"
echo "--wait: waited for pid $first, then found everything indexed"
