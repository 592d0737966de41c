// SPDX-License-Identifier: MIT
// The textual half of PDF layout: which printed lines are debris (page
// numbers, print-job numbers, contents, distribution lines) and how the
// lines of one paragraph are written back as note text.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/read/pdf_layout.h"

namespace quorum {

/// Key under which running headers are compared across pages: lower case,
/// every digit '#', so "A/HRC/15/9 page 3" matches "A/HRC/15/9 page 14".
std::string RepeatKey(std::string_view text);

/// "3", "- 3 -", "Page 3", "3/22", "iv": a page number alone on its line.
bool IsPageNumber(std::string_view text);

/// A print-job number ("GE.10-14942", "GE.10-14942 (E) 020710"), or a
/// barcode's text ("*1014942*").
bool IsJobNumber(std::string_view text);

/// "Contents", "Table of contents", "Table des matières", "Índice", ...
bool IsContentsTitle(std::string_view text);

/// A run of at least five leader dots (". . . . ." or "....." or "……").
bool HasDotLeaders(std::string_view text);

/// "Original: English", "English/French", "Spanish only": languages of issue.
bool IsOriginalLanguageLine(std::string_view text);

/// A date and nothing else: "6 July 2010".
bool IsDateOnly(std::string_view text);

/// A footnote printed with full-size stars: "* The annex ...", "** Late submission.".
bool IsStarNote(std::string_view text);

/// Lower-cased words of a document, to tell a hyphenated compound
/// ("non-conviction") from a word broken at a line end ("capa-bility").
using Vocabulary = std::set<std::string>;
Vocabulary CollectVocabulary(const std::vector<PdfPage>& pages);

/// Writes paragraphs as note text and keeps the page of every line.
class TextWriter {
 public:
  explicit TextWriter(const Vocabulary* vocabulary) : vocabulary_(vocabulary) {}

  /// One paragraph or footnote, set off by a blank line.
  void Paragraph(const std::vector<const PdfLine*>& lines, int page);
  /// The next line starts a new page.
  void PageBreak() { page_break_ = true; }
  PdfLaidOut Finish();

 private:
  void Push(std::string text, int page);

  const Vocabulary* vocabulary_;
  std::vector<std::pair<std::string, int>> lines_;
  bool page_break_ = false;
};

}  // namespace quorum
