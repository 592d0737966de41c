#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Page furniture on the UN General Debate corpus (../shared/corpus/large/):
how much of it quorum's parser leaves in the text, takes for headings, or
leaves out and says, and whether what it leaves out is furniture.

    eval/furniture.py [--quorum-index build/indexer/quorum-index] [--work DIR]

Unpacks the archive into DIR (default /tmp/quorum-furniture) once, parses
every speech with `quorum-index --parse-only --format json` and prints:
- speeches with a section named by figures alone ("19", "06-52737 14"): a
  page number or footer read as a heading;
- verbatim-record furniture still inside paragraph text ("15-29425 31/34",
  "A/70/PV.15 28/09/2015"), counted where it stands;
- speeches with a section that is an address to the chair ("Mr. President");
- lines left out, by shape (digits as #), the most frequent first: every one
  should be furniture; an address or a sentence among them is a fault.
A development measure: these speeches were read while the rules were written.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FURNITURE = re.compile(r"\b\d{1,3}/\d{1,3} \d{2}-\d{5}\b|\b\d{2}-\d{5} \d{1,3}/\d{1,3}\b|"
                       r"A/\d+/PV\.\d+ \d\d/\d\d/\d{4}|\d\d/\d\d/\d{4} A/\d+/PV\.\d+")
FIGURES = re.compile(r"[\d /-]+")
ADDRESS = re.compile(r"President|Excellenc|Gentlemen")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quorum-index", default=os.path.join(ROOT, "build/indexer/quorum-index"))
    parser.add_argument("--work", default="/tmp/quorum-furniture")
    parser.add_argument("--shared", default=os.environ.get("QUORUM_SHARED_DIR", os.path.join(ROOT, "../shared")))
    args = parser.parse_args()
    archive = os.path.join(args.shared, "corpus/large/un-general-debate-corpus-1946-2024.tar.zst")
    if not os.path.exists(archive):
        sys.exit(f"eval/furniture.py: error: {archive} not found (set QUORUM_SHARED_DIR)")
    corpus = os.path.join(args.work, "ungdc")
    if not os.path.isdir(corpus):
        os.makedirs(args.work, exist_ok=True)
        subprocess.run(f"zstd -dc '{archive}' | tar -xf - -C '{args.work}'", shell=True, check=True)
    parsed = subprocess.run([args.quorum_index, "--parse-only", "--format", "json", corpus],
                            capture_output=True, text=True, check=True).stdout

    notes = figure_sections = address_sections = 0
    in_text = 0
    left_out = collections.Counter()
    for line in filter(None, parsed.split("\n")):  # not splitlines(): U+2028 may stand in a string
        note = json.loads(line)
        notes += 1
        sections = {p["section"] for p in note["paragraphs"] if p.get("section")}
        figure_sections += any(FIGURES.fullmatch(s) for s in sections)
        address_sections += any(ADDRESS.search(s) and len(s) < 60 for s in sections)
        in_text += sum(len(FURNITURE.findall(p["text"])) for p in note["paragraphs"])
        left_out.update(re.sub(r"\d", "#", text)[:50] for text in note["left_out"])
    print(f"speeches: {notes}")
    print(f"speeches with a section of figures alone: {figure_sections}")
    print(f"verbatim-record furniture left in paragraph text: {in_text}")
    print(f"speeches with an address to the chair as a section: {address_sections}")
    print(f"lines left out: {sum(left_out.values())}, by shape:")
    for shape, count in left_out.most_common(30):
        print(f"  {count:6d}  {shape}")


if __name__ == "__main__":
    main()
