#!/usr/bin/env bash
# SIGTERM and SIGINT stop quorum-index cleanly: after the note in hand, with
# a commit, the message "interrupted; N notes committed; re-run to finish"
# and exit status 143 or 130; the index then holds exactly those N notes,
# and a re-run finishes the job.
# Usage: signal_test.sh QUORUM_INDEX INDEX_CONSISTENCY
set -euo pipefail
index=$1 check=$2
here=$(dirname "$0")
source "$here/lib.sh"
command -v xapian-check >/dev/null || skip "xapian-check not installed (Debian package xapian-tools)"

notes="$scratch/notes"
"$here/make_notes.sh" "$notes" 400
total=400
for signal in TERM INT; do
  db="$scratch/db-$signal"
  "$index" --db "$db" --commit-every 7 --progress never "$notes" 2>"$scratch/$signal.err" &
  pid=$!
  # Signal once the first commit is on disk, with most of the run ahead.
  for _ in $(seq 1 600); do
    [[ -e $db/iamglass ]] && [[ -n $("$check" "$db" 2>/dev/null) ]] && break
    sleep 0.02
  done
  kill -"$signal" $pid
  status=0
  wait $pid || status=$?
  want=$([[ $signal == TERM ]] && echo 143 || echo 130)
  ((status == want)) || fail "SIG$signal: exit $status, expected $want: $(cat "$scratch/$signal.err")"
  message=$(grep "interrupted;" "$scratch/$signal.err") || fail "SIG$signal: no message: $(cat "$scratch/$signal.err")"
  [[ $message =~ ^quorum-index:\ interrupted\;\ ([0-9]+)\ notes\ committed\;\ re-run\ to\ finish$ ]] ||
    fail "SIG$signal: message '$message'"
  committed=${BASH_REMATCH[1]}
  present=$(check_index "$db" "$check" | grep -c .)
  ((present == committed)) || fail "SIG$signal: $present notes in the index, the message says $committed"
  ((committed < total)) || fail "SIG$signal: the run finished before the signal; nothing was tested"
  out=$("$index" --db "$db" --progress never "$notes" 2>&1) || fail "SIG$signal: re-run failed: $out"
  [[ $out == *"$((total - committed)) added, 0 changed, $committed unchanged"* ]] || fail "SIG$signal: re-run: $out"
  echo "SIG$signal: exit $status after $committed of $total notes; the re-run added the other $((total - committed))"
done

# A sharded index: every shard's writer stops after its note in hand and
# commits; each shard then holds whole notes, as many in all as the message
# says, and a re-run (which keeps the three shards) finishes the job.
db="$scratch/db-shards"
"$index" --db "$db" --shards 3 --commit-every 7 --progress never "$notes" 2>"$scratch/shards.err" &
pid=$!
for _ in $(seq 1 600); do
  [[ -e $db/XAPIANDB ]] && [[ -n $("$check" "$db/shard-00" 2>/dev/null) ]] && break
  sleep 0.02
done
kill -TERM $pid
status=0
wait $pid || status=$?
((status == 143)) || fail "shards: exit $status, expected 143: $(cat "$scratch/shards.err")"
message=$(grep "interrupted;" "$scratch/shards.err") || fail "shards: no message: $(cat "$scratch/shards.err")"
[[ $message =~ ([0-9]+)\ notes\ committed ]] || fail "shards: message '$message'"
committed=${BASH_REMATCH[1]}
present=0
for shard in "$db"/shard-0{0,1,2}; do
  present=$((present + $(check_index "$shard" "$check" | grep -c . || true)))
done
((present == committed)) || fail "shards: $present notes in the shards, the message says $committed"
((committed < total)) || fail "shards: the run finished before the signal; nothing was tested"
out=$("$index" --db "$db" --progress never "$notes" 2>&1) || fail "shards: re-run failed: $out"
[[ $out == *"$((total - committed)) added, 0 changed, $committed unchanged"* ]] || fail "shards: re-run: $out"
echo "shards: exit $status after $committed of $total notes; the re-run added the other $((total - committed))"
