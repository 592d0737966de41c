// SPDX-License-Identifier: MIT
// The layout stage's public contract: a note's text to the document model's
// structure (title block, agenda, headings, numbered paragraphs, sub-items,
// footnotes, speakers), with running headers and page-break debris repaired.
// No entity or request is tagged here: common/pipeline/pipeline.h chains
// this stage with the taggers.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "common/base/note.h"
#include "common/base/ocr_mode.h"

namespace quorum {

struct ParseOptions {
  std::string language;  // ISO 639-1 to force; empty: detect from the text
  // Read by the PDF reader (common/pipeline), not by the layout: which pages
  // go through OCR (common/read/pdf_ocr.h).
  OcrMode ocr = OcrMode::kAuto;
  std::function<void()> on_ocr_page;  // after each page read by OCR (PdfReadOptions)
};

/**
 * Reads the structure of one note's UTF-8 text. Never throws on bad input:
 * what cannot be understood is kept as unnumbered paragraphs and reported in
 * note.diagnostics with its line. Leaves path, content_hash, format and
 * encoding for the caller to fill, and entities and requests empty.
 */
Note ReadStructure(std::string_view text, const ParseOptions& options = {});

}  // namespace quorum
