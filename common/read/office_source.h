// SPDX-License-Identifier: MIT
// Word (.docx, Office Open XML) and OpenDocument (.odt) files to note text
// (common/read/note_text_writer.h): the zip package is opened with libzip
// (zip_archive.h) and its XML read with libxml2, the parser the HTML reader
// uses too.
#pragma once

#include <string>
#include <string_view>

#include "common/read/document_source.h"
#include "common/read/note_text_writer.h"

namespace quorum {

/// kDocx if the package holds word/document.xml, kOdt if its mimetype
/// says OpenDocument text, else kRefused (neither).
DocumentFormat ZipDocumentFormat(std::string_view bytes);

/// Paragraphs with their heading styles and outline levels, automatic
/// numbering as printed numbers, footnotes and endnotes, tables as rows.
/// Page headers and footers and comments are left out with a diagnostic.
/// Never throws: a damaged, encrypted or oversized package gives an error.
ConvertedText ReadDocx(std::string_view bytes);
ConvertedText ReadOdt(std::string_view bytes);

}  // namespace quorum
