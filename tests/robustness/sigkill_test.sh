#!/usr/bin/env bash
# Kills quorum-index with SIGKILL at random moments of real runs and checks,
# after each kill, that the index on disk is a committed state: xapian-check
# passes, a search works, and the index holds exactly the notes of one commit
# (whole notes, and the first multiple of --commit-every of the input, since
# notes are written in order). Then a re-run must finish the job.
# Usage: sigkill_test.sh QUORUM_INDEX QUORUM_SEARCH INDEX_CONSISTENCY
# QUORUM_TEST_SEED replays a run's kill moments.
set -euo pipefail
index=$1 search=$2 check=$3
here=$(dirname "$0")
source "$here/lib.sh"
command -v xapian-check >/dev/null || skip "xapian-check not installed (Debian package xapian-tools)"

kills_wanted=24
commit_every=5
seed=${QUORUM_TEST_SEED:-$$}
RANDOM=$seed
echo "seed $seed"
# Only our own commits may make commit points, so that "a multiple of
# --commit-every" is exactly the set of committed states.
export XAPIAN_FLUSH_THRESHOLD=1000000

notes="$scratch/notes"
"$here/make_notes.sh" "$notes" 120
find "$notes" -name '*.txt' | LC_ALL=C sort | while read -r f; do realpath "$f"; done >"$scratch/expected"
total=$(wc -l <"$scratch/expected")
db="$scratch/db"

# One uninterrupted run sets the span over which the kills are spread.
start=$(now_ms)
"$index" --db "$db" --overwrite --commit-every $commit_every -q "$notes" 2>/dev/null
span=$(($(now_ms) - start))
echo "a full run takes ${span} ms"

kills=0
attempts=0
count=$total
while ((kills < kills_wanted && attempts < 3 * kills_wanted)); do
  attempts=$((attempts + 1))
  # Mostly fresh builds (--overwrite); every third run an incremental one
  # that continues from what the last kill left, killed within what is left.
  args=(--db "$db" --commit-every "$commit_every" -q)
  if ((attempts % 3 == 0 && count < total)); then
    delay=$((RANDOM * span / 32768 * (total - count) / total))
  else
    args+=(--overwrite)
    delay=$((RANDOM * span / 32768))
  fi
  "$index" "${args[@]}" "$notes" 2>/dev/null &
  pid=$!
  sleep "$(awk -v ms=$delay 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -KILL $pid 2>/dev/null || true
  status=0
  { wait $pid; } 2>/dev/null || status=$?
  ((status == 137)) && kills=$((kills + 1))

  present=$(check_index "$db" "$check")
  count=$(grep -c . <<<"$present" || true)
  head -n "$count" "$scratch/expected" | diff -q - <(grep . <<<"$present" || true) >/dev/null ||
    fail "kill $attempts (after ${delay} ms): the index holds notes that are not the first $count of the input"
  ((count % commit_every == 0 || count == total)) ||
    fail "kill $attempts (after ${delay} ms): $count notes is not a commit point (every $commit_every)"
  "$search" --db "$db" --format json --limit 1 meeting >/dev/null ||
    fail "kill $attempts (after ${delay} ms): search failed on the index left behind"
  echo "kill $attempts after ${delay} ms (exit $status): $count of $total notes, consistent"
done
((kills >= 20)) || fail "only $kills of $attempts kills landed during a run"

# A re-run finishes the job, and a second one finds nothing to do.
out=$("$index" --db "$db" --commit-every $commit_every "$notes" 2>&1) || fail "re-run failed: $out"
present=$(check_index "$db" "$check")
diff -q "$scratch/expected" <(echo "$present") >/dev/null || fail "re-run did not index every note: $out"
out=$("$index" --db "$db" "$notes" 2>&1)
[[ $out == *"0 added, 0 changed, $total unchanged, 0 removed"* ]] || fail "second re-run was not a no-op: $out"
echo "$kills kills, every index left behind consistent; re-run completed"
