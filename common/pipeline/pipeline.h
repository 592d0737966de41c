// SPDX-License-Identifier: MIT
// The one place that chains the stages: read (common/read: bytes to text),
// lay out (common/layout: text to structure), tag (common/entities, then
// common/requests). quorum-index, --parse-only, the fuzzers and the tests
// reach the whole analysis through here.
#pragma once

#include <string>
#include <string_view>

#include "common/base/note.h"
#include "common/layout/note_parser.h"

namespace quorum {

/// Structure, then entities (after the meeting date is known: year-less
/// dates take the meeting's year), then requests (after the entities: due
/// points read the date entities). Never throws on bad input; see
/// ReadStructure() for what is left to the caller.
Note ParseNoteText(std::string_view text, const ParseOptions& options = {});

/// Reads, decodes and parses the file at `path`, filling every field. A
/// PDF ("%PDF-" on its first line) is read page by page (common/read/pdf_source.h;
/// format "pdf", paragraphs with their page, diagnostics by page); anything
/// an HTML page, a Markdown file (.md), a Word (.docx) or OpenDocument (.odt)
/// file through its reader (common/read/document_source.h; format "html",
/// "markdown", "docx", "odt"; paragraphs and diagnostics without a line);
/// else as text in any charset ICU recognises (common/read/text_source.h). An
/// unusable file (unreadable, empty, binary, encrypted or damaged PDF or
/// package, legacy .doc) gives a note with no paragraphs and one error
/// diagnostic saying why.
Note ParseNoteFile(const std::string& path, const ParseOptions& options = {});

}  // namespace quorum
