#!/usr/bin/env bash
# A write that fails for lack of space gives a clear error (exit 1) and
# leaves the last commit intact; a re-run with space finishes the job.
# MODE tmpfs: a real full disk, an 8 MB tmpfs mounted in a private mount
# namespace (unshare -m; needs root, skips otherwise), so no mount outlives
# the test. MODE fsize: the shell's file size limit (ulimit -f, SIGXFSZ
# ignored) makes Xapian's writes fail with EFBIG instead of ENOSPC: the same
# error path, and it needs no privilege.
# Usage: disk_full_test.sh QUORUM_INDEX QUORUM_SEARCH INDEX_CONSISTENCY tmpfs|fsize
set -euo pipefail
index=$1 search=$2 check=$3 mode=$4
here=$(dirname "$0")
if [[ $mode == tmpfs ]]; then
  if (($(id -u) != 0)) || ! command -v unshare >/dev/null; then
    echo "SKIPPED: mounting a small tmpfs needs root and unshare (util-linux)"
    exit 77
  fi
  exec unshare -m bash "$0" "$index" "$search" "$check" tmpfs-mounted
fi
source "$here/lib.sh"
command -v xapian-check >/dev/null || skip "xapian-check not installed (Debian package xapian-tools)"

"$here/make_notes.sh" "$scratch/notes/a" 30
"$here/make_notes.sh" "$scratch/notes/b" 300
db="$scratch/db"
if [[ $mode == tmpfs-mounted ]]; then
  mkdir "$scratch/disk"
  mount -t tmpfs -o size=8m tmpfs "$scratch/disk" || skip "cannot mount a tmpfs here"
  trap 'umount "$scratch/disk"; rm -rf "$scratch"' EXIT
  db="$scratch/disk/db"
  reason="No space left on device"
else
  reason="File too large"
fi

"$index" --db "$db" -q "$scratch/notes/a" 2>/dev/null || fail "cannot build the index"
[[ $(check_index "$db" "$check" | grep -c .) == 30 ]] || fail "first run did not index 30 notes"

set +e
if [[ $mode == fsize ]]; then
  # Room for a few commits more, not for the 300 notes.
  largest=$(du -k "$db"/*.glass | sort -n | tail -1 | cut -f1)
  err=$( (trap '' XFSZ && ulimit -f $((largest + 4096)) &&
          exec "$index" --db "$db" --commit-every 10 --progress never "$scratch/notes") 2>&1)
else
  err=$("$index" --db "$db" --commit-every 10 --progress never "$scratch/notes" 2>&1)
fi
status=$?
set -e
((status == 1)) || fail "full disk: exit $status, expected 1: $err"
[[ $err =~ quorum-index:\ error:\ cannot\ write\ index\ \'$db\':\ [^$'\n']*$reason ]] ||
  fail "full disk: unclear message: $err"
[[ $err =~ the\ index\ holds\ its\ last\ commit\ \(([0-9]+)\ notes\ of\ this\ run\) ]] || fail "full disk: $err"
committed=${BASH_REMATCH[1]}
present=$(check_index "$db" "$check" | grep -c .)
((present == 30 + committed)) || fail "full disk: $present notes in the index; 30 + $committed expected"
"$search" --db "$db" --limit 1 meeting >/dev/null || fail "full disk: search failed"
echo "full disk ($reason): exit 1; index intact with $present notes (30 + $committed committed by the run)"

[[ $mode == fsize ]] || mount -o remount,size=64m "$scratch/disk"
out=$("$index" --db "$db" --progress never "$scratch/notes" 2>&1) || fail "re-run: $out"
[[ $(check_index "$db" "$check" | grep -c .) == 330 ]] || fail "re-run did not finish: $out"
echo "re-run with space: $(tail -1 <<<"$out")"
