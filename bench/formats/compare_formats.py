#!/usr/bin/env python3
"""Compares the paragraphs of each format with those of the text version.

A paragraph of the text is recovered in a format if a paragraph of that
format has the same printed number (or none, as it has none) and the same
words (letters and digits, case folded: the Markdown marks pandoc reads,
"**" or "\\*", are not words). "Content kept" is looser: the paragraph's words stand, in order, somewhere
in the format's note (split or joined differently, as when the text reader
joins Markdown paragraphs across a "---" rule that pandoc reads as one).
Furniture: paragraphs of the HTML version
holding a phrase of tests/read/fixtures/site_template.html.

--links-as-text: several bodies' texts are Markdown in a .txt; the text
reader keeps a link's syntax, "[PEP 651](https://...)", as printed, so the
link target's words stand in the text's paragraph, while the HTML, Word and
OpenDocument versions show the link's text only (the target is an
attribute, not printed text). With this flag a Markdown inline link of the
text counts as its text: "[PEP 651](https://...)" as "PEP 651". Without it
(the first way of counting) such a paragraph is a miss although no printed
word of the note is lost.
Usage: compare_formats.py [--links-as-text] WORK_DIR FOLDER...
"""
import collections
import json
import os
import re
import sys

FORMATS = ["html", "md", "docx", "odt"]
FURNITURE = ["we use cookies", "accept all cookies", "governing bodies", "press releases", "privacy policy",
             "related documents", "tracking pixel", "search the site"]


LINKS_AS_TEXT = False
# "[text](target)" or "[text](target "title")": a target may hold one level of brackets.
MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")


def words(text):
    if LINKS_AS_TEXT:
        text = MARKDOWN_LINK.sub(r"\1", text)
    # Letters and digits: "_" is not one (Python's \w holds it), so that a
    # text's "__dka:__" (Markdown bold) and the format's "dka:" are one word.
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def load(path):
    notes = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            note = json.loads(line)
            stem, extension = os.path.splitext(note["path"])
            notes[(stem, extension[1:])] = note
    return notes


def main():
    global LINKS_AS_TEXT
    arguments = sys.argv[1:]
    if arguments and arguments[0] == "--links-as-text":
        LINKS_AS_TEXT = True
        arguments = arguments[1:]
    work, folders = arguments[0], arguments[1:]
    print("| folder | notes | paragraphs (text) | " + " | ".join(f"{f} recovered" for f in FORMATS) +
          " | content kept (all formats) | furniture in html |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in FORMATS) + " | ---: | ---: |")
    totals = collections.Counter()
    for folder in folders:
        name = os.path.basename(folder.rstrip("/"))
        notes = load(os.path.join(work, name + ".jsonl"))
        counts = collections.Counter()
        stems = sorted({stem for stem, extension in notes if extension == "txt"})
        for stem in stems:
            text = notes[(stem, "txt")]["paragraphs"]
            counts["paragraphs"] += len(text)
            counts["notes"] += 1
            for form in FORMATS:
                other = notes.get((stem, form), {"paragraphs": []})["paragraphs"]
                pool = collections.Counter((p.get("number"), words(p["text"])) for p in other)
                whole = " " + " ".join(words(p["text"] + " " + " ".join(p.get("footnotes", []))) for p in other) + " "
                for paragraph in text:
                    counts["kept"] += (" " + words(paragraph["text"]) + " ") in whole
                    key = (paragraph.get("number"), words(paragraph["text"]))
                    if pool[key] > 0:
                        pool[key] -= 1
                        counts[form] += 1
            html = notes.get((stem, "html"), {"paragraphs": []})["paragraphs"]
            counts["furniture"] += sum(any(f in p["text"].lower() for f in FURNITURE) for p in html)
        totals.update(counts)
        print(row(name, counts))
    print(row("**all**", totals))


def row(name, counts):
    total = max(counts["paragraphs"], 1)
    cells = [f"{100.0 * counts[f] / total:.1f} %" for f in FORMATS]
    kept = 100.0 * counts["kept"] / (total * len(FORMATS))
    return f"| {name} | {counts['notes']} | {counts['paragraphs']} | " + " | ".join(cells) + \
        f" | {kept:.1f} % | {counts['furniture']} |"


if __name__ == "__main__":
    main()
