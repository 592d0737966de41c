#!/usr/bin/env bash
# Scanned PDFs (issue 16's target: >= 90 % of numbered paragraphs recovered
# with their numbers). Each text PDF is printed to grey page images at DPI
# with pdftoppm and rebuilt as an image-only PDF with img2pdf, in a scratch
# folder (never in the repository); quorum-index --parse-only reads both,
# and a numbered paragraph of the text PDF counts as recovered when the
# scan's note has a paragraph with the same number (each number used once).
# Needs poppler-utils and img2pdf. Usage:
#   measure_ocr.sh BUILD_DIR DPI PDF...
set -euo pipefail
build=$1 dpi=$2
shift 2
index="$build/indexer/quorum-index"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/text" "$work/scan"
for pdf in "$@"; do
  name=$(basename "$pdf" .pdf)
  cp "$pdf" "$work/text/$name.pdf"
  pdftoppm -r "$dpi" -gray -png "$pdf" "$work/$name"
  img2pdf "$work/$name"-*.png -o "$work/scan/$name.pdf"
  rm "$work/$name"-*.png
done
"$index" --parse-only --format json --ocr never "$work/text" >"$work/text.jsonl"
start=$(date +%s)
"$index" --parse-only --format json "$work/scan" >"$work/scan.jsonl" 2>"$work/scan.err" || true
echo "OCR of $# PDFs at $dpi dpi: $(($(date +%s) - start)) s" >&2
grep -h "read by OCR" "$work/scan.err" | head -3 >&2 || true
/usr/bin/python3 - "$work" <<'PY'
import collections, json, os, sys
work = sys.argv[1]
def load(name):
    notes = {}
    for line in open(os.path.join(work, name)):
        note = json.loads(line)
        notes[os.path.basename(note["path"])] = [p.get("number") for p in note["paragraphs"] if p.get("number")]
    return notes
text, scan = load("text.jsonl"), load("scan.jsonl")
total = found = 0
for name, numbers in sorted(text.items()):
    pool = collections.Counter(scan.get(name, []))
    hit = 0
    for number in numbers:
        if pool[number] > 0:
            pool[number] -= 1
            hit += 1
    total += len(numbers); found += hit
    print(f"{name}: {hit} of {len(numbers)} numbered paragraphs ({100.0 * hit / max(len(numbers), 1):.1f} %)")
print(f"all: {found} of {total} ({100.0 * found / max(total, 1):.1f} %)")
PY
