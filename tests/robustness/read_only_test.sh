#!/usr/bin/env bash
# An index folder quorum-index may not write to gives a clear error (exit 1)
# and leaves the old index intact; so do a file named as the index folder
# and a folder that cannot be created. Tests run as root, for whom
# permissions do not stop writes: as root the indexer is run as the user
# nobody (setpriv), for whom the root-owned index folder is read-only.
# Usage: read_only_test.sh QUORUM_INDEX QUORUM_SEARCH INDEX_CONSISTENCY CORPUS_DIR
set -euo pipefail
index=$1 search=$2 check=$3 corpus=$4
here=$(dirname "$0")
source "$here/lib.sh"
command -v xapian-check >/dev/null || skip "xapian-check not installed (Debian package xapian-tools)"

notes="$scratch/notes"
cp -r "$corpus" "$notes"
db="$scratch/db"
"$index" --db "$db" -q "$notes" 2>/dev/null || fail "cannot build the index"
before=$(check_index "$db" "$check")
chmod -R a+rX "$scratch"

# Run the indexer as someone who cannot write to $db.
if (($(id -u) == 0)); then
  command -v setpriv >/dev/null || skip "running as root without setpriv (util-linux): cannot drop the right to write"
  as_reader=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  # nobody must reach the binary through its folders.
  path=$(dirname "$(realpath "$index")")
  while [[ $path != / ]]; do
    [[ $(stat -c %A "$path") == d????????[xt] ]] || skip "$path is not searchable by nobody; cannot run the indexer as nobody"
    path=$(dirname "$path")
  done
else
  as_reader=()
  chmod -R a-w "$db"
  trap 'chmod -R u+w "$scratch"; rm -rf "$scratch"' EXIT
fi

# A changed note, so the run would have something to write.
echo "99. A paragraph added after the first run, on pension reform." >>"$(find "$notes" -name '*.txt' | sort | head -1)"
set +e
err=$("${as_reader[@]}" "$index" --db "$db" --progress never "$notes" 2>&1)
status=$?
set -e
((status == 1)) || fail "read-only index: exit $status, expected 1: $err"
[[ $err == "quorum-index: error: index folder '$db' is not writable (Permission denied); the index was not changed."* ]] ||
  fail "read-only index: unclear message: $err"
after=$(check_index "$db" "$check")
[[ $after == "$before" ]] || fail "read-only index: the notes changed"
"$search" --db "$db" --limit 1 pension >/dev/null || fail "read-only index: search failed"
[[ $("$search" --db "$db" --format json --limit 1 pension) == *'"matches":0,'* ]] ||
  fail "read-only index: the changed note was written"
echo "read-only index: exit 1, '${err%%$'\n'*}'; index intact"

# A file where the index folder should be, and a folder that cannot be made.
echo "not an index" >"$scratch/file.txt"
set +e
err=$("$index" --db "$scratch/file.txt" "$notes" 2>&1)
status=$?
set -e
((status == 1)) && [[ $err == *"'$scratch/file.txt' is a file, not an index folder"* ]] || fail "file as --db: exit $status: $err"
[[ $(cat "$scratch/file.txt") == "not an index" ]] || fail "file as --db: the file was changed"
set +e
err=$("$index" --db "$scratch/file.txt/db" "$notes" 2>&1)
status=$?
set -e
((status == 1)) && [[ $err == *"cannot create index folder"* ]] || fail "--db under a file: exit $status: $err"
echo "file as index folder: exit 1, clear message; file untouched"
