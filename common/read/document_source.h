// SPDX-License-Identifier: MIT
// Which reader a file goes to, by its bytes first and its name second, and
// the structured-document readers behind one call.
#pragma once

#include <string>
#include <string_view>

#include "common/read/note_text_writer.h"

namespace quorum {

enum class DocumentFormat { kText, kPdf, kHtml, kMarkdown, kDocx, kOdt, kRefused };

/// The format of a file: a PDF, an HTML page, a zip holding a Word or
/// OpenDocument text, by content; Markdown by its name (.md, .markdown);
/// an OLE file (a legacy .doc, or a .docx with a password) is kRefused;
/// anything else is text.
DocumentFormat SniffFormat(const std::string& path, std::string_view bytes);

/// As Note::format spells it: "text", "pdf", "html", "markdown", "docx", "odt".
const char* FormatName(DocumentFormat format);

/// Reads an HTML, Markdown, Word or OpenDocument file, or explains a
/// refused one (kRefused: an error saying what to do). Never throws.
ConvertedText ReadDocument(DocumentFormat format, const std::string& path, std::string_view bytes);

}  // namespace quorum
