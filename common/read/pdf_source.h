// SPDX-License-Identifier: MIT
// Reads a PDF with poppler's C++ library and returns its text laid out as a
// note (see common/read/pdf_layout.h), or a diagnostic saying why it cannot.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"
#include "common/base/ocr_mode.h"

namespace quorum {

struct PdfText {
  bool ok = false;              // false: nothing usable; see diagnostics
  std::string text;             // UTF-8 note text, '\f' between pages
  std::vector<int> line_pages;  // 1-based page of each line of `text`
  int pages = 0;
  std::vector<Diagnostic> diagnostics;  // line 0: they concern the whole file
};

/// How pages without a text layer are read.
struct PdfReadOptions {
  OcrMode ocr = OcrMode::kAuto;  // which pages go through Tesseract (common/read/pdf_ocr.h)
  std::string language;          // the note's ISO 639-1 code if known: the OCR language
  // Called after each page read by OCR, on the reading thread: OCR takes
  // seconds a page, so a progress line counts pages, not only files.
  std::function<void()> on_ocr_page;
};

/// True if `bytes` are a PDF: "%PDF-" within the first kilobyte (readers
/// allow leading junk) and on the first line.
bool LooksLikePdf(std::string_view bytes);

/**
 * Extracts the text of every page; a page without a text layer (or every
 * page, with OcrMode::kAlways) is read by OCR, with a note giving its mean
 * confidence. Never throws and never prints: an encrypted, truncated or
 * damaged PDF, or an image-only one that OCR cannot read (--ocr never, the
 * language data missing, blank pages), gives ok == false and one error
 * naming the reason; a truncated one whose pages could still be read, or one
 * whose text pages were read but scanned pages not, gives ok == true and a
 * warning.
 */
PdfText ReadPdf(std::string_view bytes, const PdfReadOptions& options = {});

}  // namespace quorum
