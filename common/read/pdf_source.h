// SPDX-License-Identifier: MIT
// Reads a PDF with poppler's C++ library and returns its text laid out as a
// note (see common/read/pdf_layout.h), or a diagnostic saying why it cannot.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum {

struct PdfText {
  bool ok = false;              // false: nothing usable; see diagnostics
  std::string text;             // UTF-8 note text, '\f' between pages
  std::vector<int> line_pages;  // 1-based page of each line of `text`
  int pages = 0;
  std::vector<Diagnostic> diagnostics;  // line 0: they concern the whole file
};

/// True if `bytes` are a PDF: "%PDF-" within the first kilobyte (readers
/// allow leading junk) and on the first line.
bool LooksLikePdf(std::string_view bytes);

/**
 * Extracts the text of every page. Never throws and never prints: an
 * encrypted, truncated, damaged or image-only PDF gives ok == false and one
 * error naming the reason; a truncated one whose pages could still be read
 * gives ok == true and a warning.
 */
PdfText ReadPdf(std::string_view bytes);

}  // namespace quorum
