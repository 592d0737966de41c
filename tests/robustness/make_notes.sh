#!/usr/bin/env bash
# Writes COUNT synthetic governance notes (deterministic, laid out like
# corpus/: symbol, body, title, date, numbered paragraphs) into DIR, for the
# robustness tests that need a run lasting a second or two.
# Usage: make_notes.sh DIR COUNT [PARAGRAPHS]
set -euo pipefail
dir=$1 count=$2 paragraphs=${3:-40}
mkdir -p "$dir"
awk -v dir="$dir" -v count="$count" -v paragraphs="$paragraphs" 'BEGIN {
  srand(7)
  n = split("council committee delegation delegations migration policy coordination agencies " \
            "report budget resolution requested administration working group basin governance " \
            "data partnership transboundary commission secretariat programme member states " \
            "consultations dialogue review mandate strategy cooperation water sustainable " \
            "development funding unearmarked capacity proposal paper update session", words, " ")
  split("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER", months, " ")
  for (i = 1; i <= count; i++) {
    file = sprintf("%s/note-%05d.txt", dir, i)
    year = 2000 + i % 20
    printf "WG/TST/%d/%d\n\nWORKING GROUP ON TEST GOVERNANCE AND RELATED ISSUES\n\n", year, i > file
    printf "CHAIRPERSON\047S NOTE ON THE MEETING\n\nHELD ON %d %s %d\n\n", 1 + i % 28, months[1 + i % 12], year > file
    for (p = 1; p <= paragraphs; p++) {
      text = sprintf("%d. The meeting %d heard item %d:", p, i, p)
      for (w = 0; w < 25; w++) text = text " " words[1 + int(rand() * n)]
      print text ".\n" > file
    }
    close(file)
  }
}'
