#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Carries a judged set's grades to the citations of a new parse.

A paragraph without a printed number is cited by its place in the note
(`Meeting_¶#12`), so a parse that splits, joins or newly finds one
paragraph moves the citation of every paragraph after it, and a grade
would then name the wrong text. Given the parse the grades were made on
and the new one (both `quorum-index --parse-only --format json`), this
rewrites a qrels file by text, note by note:

- a new paragraph with the same text as a graded one takes its grade;
- a new paragraph that holds graded ones whole (a join) takes the highest
  of their grades;
- a graded paragraph now split in parts gives none of them a grade (the
  grade said nothing of either part): they are left to grade by reading;
- a grade whose citation the old parse does not hold was stale already
  and is dropped.

Usage: eval/carry_grades.py OLD.jsonl NEW.jsonl QRELS > NEW_QRELS
What moved is summed up on stderr.
"""
import json
import re
import sys


def docno(meeting, number, ordinal):
    # As quorum-eval's Docno (eval/convert.cc): spaces and tabs as '_'.
    cited = meeting + " \u00b6" + (number if isinstance(number, str) else "#" + str(ordinal + 1))
    return cited.replace(" ", "_").replace("\t", "_")


def paragraphs(path):
    """{note path: [(docno, text)]} of a parse, the text with its items."""
    notes = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                note = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"carry_grades: {path}:{number}: not JSON ({error}); expected quorum-index --parse-only --format json")
            cited = []
            for ordinal, paragraph in enumerate(note.get("paragraphs", [])):
                parts = [paragraph.get("text", "")]
                for item in paragraph.get("items", []):
                    if isinstance(item, dict):
                        parts += [item.get("label") or "", item.get("text", "")]
                # Words alone: an item's label read apart from its text
                # ("(F) Indira …" as item F) is the same text.
                text = " ".join(re.findall(r"\w+", " ".join(parts).lower()))
                cited.append((docno(note["meeting"], paragraph.get("number"), ordinal), text))
            notes[note["path"]] = cited
    return notes


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[-2])
    old, new = paragraphs(sys.argv[1]), paragraphs(sys.argv[2])
    where = {cited: (path, place, text) for path, listed in old.items() for place, (cited, text) in enumerate(listed)}
    counts = {"same": 0, "moved": 0, "joined": 0, "split": 0, "stale": 0, "gone": 0}
    grades = {}  # (topic, new docno) -> grade, in first-seen order
    with open(sys.argv[3], encoding="utf-8") as qrels:
        for line in qrels:
            fields = line.split()
            if len(fields) != 4:
                continue
            topic, _, cited, grade = fields
            if cited not in where:
                counts["stale"] += 1
                continue
            path, place, text = where[cited]
            listed = list(enumerate(new.get(path, [])))
            equal = [(i, c) for i, (c, t) in listed if t == text]
            holding = [(i, c) for i, (c, t) in listed if t != text and text and f" {text} " in f" {t} "]
            parts = [c for _, (c, t) in listed if t and t != text and f" {t} " in f" {text} "]
            if not equal and not holding:
                counts["split" if parts else "gone"] += 1
                continue
            # A text printed more than once in a note ("Agreed to.") is
            # carried to the paragraph nearest the graded one's place.
            _, target = min(equal or holding, key=lambda found: abs(found[0] - place))
            counts["same" if target == cited else "moved" if equal else "joined"] += 1
            key = (topic, target)
            grades[key] = max(grades.get(key, 0), int(grade))
    for (topic, cited), grade in grades.items():
        print(f"{topic} 0 {cited} {grade}")
    print("carry_grades: " + ", ".join(f"{n} {k}" for k, n in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
