#!/usr/bin/env bash
# Paragraph recovery of the HTML, Markdown, Word and OpenDocument readers:
# text notes converted to each format with pandoc (into a temporary folder,
# never into the repository), every version parsed by quorum-index
# --parse-only, and the paragraphs of each format compared with those of
# the text. See docs/QUALITY.md, "Formats". Not part of ctest (slow; needs
# pandoc and ../shared).
# Usage: bench/formats/measure_formats.sh [BUILD_DIR] [FOLDER...]
#   FOLDER: folders of .txt notes; default: corpus/ (development), each body
#   of ../shared/corpus/bodies/ and 20 UN reports of ../shared/corpus/real/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$repo/build}
shift || true
index=$build/indexer/quorum-index
command -v pandoc >/dev/null || { echo "measure_formats: pandoc not installed; skipped" >&2; exit 0; }
[[ -x $index ]] || { echo "measure_formats: $index not built" >&2; exit 1; }
folders=("$@")
if ((${#folders[@]} == 0)); then
  folders=("$repo/corpus")
  shared=$repo/../shared/corpus
  if [[ -d $shared ]]; then
    for body in "$shared"/bodies/*/; do folders+=("${body%/}"); done
    folders+=("$shared/real/un-hrc-upr-working-group-reports")
  else
    echo "measure_formats: ../shared absent; development figures only" >&2
  fi
fi
work=$(mktemp -d /tmp/quorum-formats.XXXXXX)
trap 'rm -rf "$work"' EXIT
fixtures=$repo/tests/read/fixtures
for folder in "${folders[@]}"; do
  name=$(basename "$folder")
  mkdir -p "$work/$name"
  # At most 20 notes a folder, in name order: the UN reports are 250.
  # (A process substitution: `head` closing the pipe early must not stop the script.)
  mapfile -t notes < <(find "$folder" -maxdepth 1 -name '*.txt' | sort | head -20)
  for note in "${notes[@]}"; do
    base=$work/$name/$(basename "$note" .txt)
    cp "$note" "$base.txt"
    python3 "$fixtures/text_to_markdown.py" "$note" >"$base.md"
    pandoc -f markdown-smart+hard_line_breaks -t html5 -s --template "$fixtures/site_template.html" \
      --metadata pagetitle="$(basename "$note")" "$base.md" -o "$base.html" 2>/dev/null
    pandoc -f markdown-smart+hard_line_breaks "$base.md" -o "$base.docx" 2>/dev/null
    pandoc -f markdown-smart+hard_line_breaks "$base.md" -o "$base.odt" 2>/dev/null
  done
  "$index" --parse-only --format json "$work/$name" >"$work/$name.jsonl" 2>/dev/null || true
done
echo "Words as printed (the first way of counting):"
python3 "$(dirname "$0")/compare_formats.py" "$work" "${folders[@]}"
echo
echo "Markdown links of the texts counted as their text (--links-as-text):"
python3 "$(dirname "$0")/compare_formats.py" --links-as-text "$work" "${folders[@]}"
