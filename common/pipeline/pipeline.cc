// SPDX-License-Identifier: MIT
// A note file to the document model: the bytes are read once, then a PDF
// goes through poppler (common/read/pdf_source.h), an HTML, Markdown, Word or
// OpenDocument file through its reader (common/read/document_source.h), and
// anything else through the charset decoder (common/read/text_source.h); all
// through ParseNoteText.
#include "common/pipeline/pipeline.h"

#include <string>

#include "common/base/hash.h"
#include "common/entities/entity_tagger.h"
#include "common/read/document_source.h"
#include "common/read/pdf_source.h"
#include "common/read/text_source.h"
#include "common/requests/request_tagger.h"

namespace quorum {
namespace {

// A PDF's text is parsed as a note's; what the parser reports by line of
// that text is reported by page, the only position a reader of the PDF has.
Note ParsePdf(std::string_view bytes, const ParseOptions& options) {
  PdfText pdf = ReadPdf(bytes, PdfReadOptions{options.ocr, options.language, options.on_ocr_page});
  Note note;
  if (pdf.ok) note = ParseNoteText(pdf.text, options);
  for (Paragraph& paragraph : note.paragraphs) {
    if (paragraph.line > 0 && static_cast<size_t>(paragraph.line) <= pdf.line_pages.size())
      paragraph.page = pdf.line_pages[static_cast<size_t>(paragraph.line) - 1];
    paragraph.line = 0;
  }
  for (Diagnostic& d : note.diagnostics) {
    if (d.line > 0 && static_cast<size_t>(d.line) <= pdf.line_pages.size())
      d.message = "page " + std::to_string(pdf.line_pages[static_cast<size_t>(d.line) - 1]) + ": " + d.message;
    d.line = 0;
  }
  note.diagnostics.insert(note.diagnostics.begin(), pdf.diagnostics.begin(), pdf.diagnostics.end());
  note.format = "pdf";
  return note;
}

// An HTML, Markdown, Word or OpenDocument file's note text is parsed as a
// note's. Lines of that text are nowhere in the file, so what the parser
// reports by line is reported for the whole file.
Note ParseDocument(DocumentFormat format, const std::string& path, std::string_view bytes,
                   const ParseOptions& options) {
  ConvertedText converted = ReadDocument(format, path, bytes);
  Note note;
  if (converted.ok) note = ParseNoteText(converted.text, options);
  for (Paragraph& paragraph : note.paragraphs) paragraph.line = 0;
  for (Diagnostic& d : note.diagnostics) d.line = 0;
  note.diagnostics.insert(note.diagnostics.begin(), converted.diagnostics.begin(), converted.diagnostics.end());
  note.format = FormatName(format);
  note.encoding = converted.encoding;
  return note;
}

}  // namespace

Note ParseNoteText(std::string_view text, const ParseOptions& options) {
  Note note = ReadStructure(text, options);
  TagNote(&note);      // after the date is known: year-less dates take the meeting's year
  TagRequests(&note);  // after the entities: due points read the date entities
  return note;
}

Note ParseNoteFile(const std::string& path, const ParseOptions& options) {
  std::string bytes;
  Note note;
  if (!ReadFileBytes(path, &bytes, &note.diagnostics)) {
    note.path = path;
    note.format = "text";
    return note;
  }
  const DocumentFormat format = SniffFormat(path, bytes);
  if (format == DocumentFormat::kPdf) {
    note = ParsePdf(bytes, options);
    note.content_hash = ContentHash(bytes);
  } else if (format != DocumentFormat::kText) {
    note = ParseDocument(format, path, bytes, options);
    note.content_hash = ContentHash(bytes);
  } else {
    DecodedText decoded = DecodeBytes(bytes);
    if (decoded.ok) note = ParseNoteText(decoded.text, options);
    note.content_hash = decoded.content_hash;
    note.format = "text";
    note.encoding = decoded.encoding;
    note.diagnostics.insert(note.diagnostics.begin(), decoded.diagnostics.begin(), decoded.diagnostics.end());
  }
  note.path = path;
  return note;
}

}  // namespace quorum
