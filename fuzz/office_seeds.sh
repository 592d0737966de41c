#!/usr/bin/env bash
# Seeds of office_reader_fuzzer in folder $1 (printed): each fixture .docx
# and .odt whole (first byte 0 or 1) and its document XML alone (2 or 3),
# the first byte saying which, as the fuzzer reads it.
set -euo pipefail
out=$1
mkdir -p "$out"
for file in tests/read/fixtures/notes/*.docx tests/read/fixtures/notes/*.odt; do
  name=$(basename "$file")
  case $file in
    *.docx) whole='\x00' part='\x02' member=word/document.xml ;;
    *) whole='\x01' part='\x03' member=content.xml ;;
  esac
  { printf "$whole"; cat "$file"; } >"$out/$name"
  { printf "$part"; unzip -p "$file" "$member"; } >"$out/$name.xml"
done
echo "$out"
