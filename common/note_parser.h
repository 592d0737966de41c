// SPDX-License-Identifier: MIT
// Note text to the document model: title block, agenda, headings, numbered
// paragraphs, sub-items, footnotes; running headers and page-break debris
// repaired. Used by quorum-index, for indexing and for --parse-only.
#pragma once

#include <string>
#include <string_view>

#include "common/note.h"

namespace quorum {

struct ParseOptions {
  std::string language;  // ISO 639-1 to force; empty: detect from the text
};

/**
 * Parses one note's UTF-8 text. Never throws on bad input: what cannot be
 * understood is kept as unnumbered paragraphs and reported in
 * note.diagnostics with its line. Leaves path, content_hash, format and
 * encoding for the caller to fill.
 */
Note ParseNoteText(std::string_view text, const ParseOptions& options = {});

/// Reads, decodes and parses the file at `path`, filling every field. A
/// PDF ("%PDF-" on its first line) is read page by page (common/pdf_source.h;
/// format "pdf", paragraphs with their page, diagnostics by page); anything
/// else as text in any charset ICU recognises (common/text_source.h). An
/// unusable file (unreadable, empty, binary, encrypted or damaged PDF) gives
/// a note with no paragraphs and one error diagnostic saying why.
Note ParseNoteFile(const std::string& path, const ParseOptions& options = {});

}  // namespace quorum
