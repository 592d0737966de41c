// SPDX-License-Identifier: MIT
// PDF pages as positioned words, to the plain text the note parser reads:
// words grouped into lines, then running headers and footers, page numbers,
// print-job numbers, tables of contents and distribution blocks dropped,
// paragraphs rejoined across lines and pages, footnotes moved after the text
// of their page. Free of poppler, so it is tested on hand-placed words.
#pragma once

#include <string>
#include <vector>

namespace quorum {

/// One word as the PDF places it. Coordinates in points, y growing downward.
struct PdfWord {
  std::string text;  // UTF-8
  double left = 0, top = 0, right = 0, bottom = 0;
  double size = 0;  // font size in points
  bool bold = false;
};

/// One printed line: its words in reading order, joined.
struct PdfLine {
  std::string text;  // superscript footnote markers written as "¹²" or "*"
  double left = 0, right = 0, top = 0, bottom = 0;
  double center = 0;          // vertical centre of its main (full-size) words
  double size = 0;            // font size of most of its characters
  bool marker_start = false;  // opens with a small raised marker: a footnote's first line
};

struct PdfPage {
  double width = 0, height = 0;
  std::vector<PdfLine> lines;  // top to bottom
};

/// Note text recovered from the pages of one PDF.
struct PdfLaidOut {
  std::string text;             // UTF-8; '\f' before each page after the first
  std::vector<int> line_pages;  // 1-based page of each '\n'-separated line of `text`
};

/// Groups one page's words into lines, top to bottom. Words smaller than
/// three quarters of their line's type, made of digits or stars, are
/// footnote markers: written as superscript digits ("¹") or stars and glued
/// to the word before them.
std::vector<PdfLine> WordsToLines(std::vector<PdfWord> words);

/// Lays out a whole document (see the file comment). Paragraphs are
/// separated by blank lines; the lines of one paragraph by '\n', except
/// that a word hyphenated across two lines is rejoined on one.
PdfLaidOut LayOutPages(std::vector<PdfPage> pages);

}  // namespace quorum
