#!/usr/bin/env bash
# Writes a one-page PDF note to FILE, with a correct cross-reference table;
# with "encrypted", the trailer names a Standard security handler whose
# password is not empty, as a password-protected PDF's does.
# Usage: make_pdf.sh FILE [plain|encrypted]
set -euo pipefail
export LC_ALL=C  # ${#...} must count bytes: they are PDF offsets
file=$1 kind=${2:-plain}
text="BT /F1 12 Tf 72 712 Td (1. The Working Group met in Geneva on 4 May 2017.) Tj ET"
objects=(
  "<< /Type /Catalog /Pages 2 0 R >>"
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
  "<< /Length ${#text} >>
stream
$text
endstream"
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
)
trailer="/Size $((${#objects[@]} + 1)) /Root 1 0 R"
if [[ $kind == encrypted ]]; then
  hex=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
  objects+=("<< /Filter /Standard /V 1 /R 2 /O <$hex> /U <$hex> /P -44 >>")
  trailer="/Size $((${#objects[@]} + 1)) /Root 1 0 R /Encrypt ${#objects[@]} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
fi
pdf=$'%PDF-1.4\n'
offsets=()
for i in "${!objects[@]}"; do
  offsets+=(${#pdf})
  pdf+="$((i + 1)) 0 obj
${objects[$i]}
endobj
"
done
xref=${#pdf}
pdf+="xref
0 $((${#objects[@]} + 1))
0000000000 65535 f 
"
for offset in "${offsets[@]}"; do pdf+=$(printf '%010d 00000 n \n' "$offset")$'\n'; done
pdf+="trailer
<< $trailer >>
startxref
$xref
%%EOF
"
printf '%s' "$pdf" >"$file"
