// SPDX-License-Identifier: MIT
#include "common/read/document_source.h"

#include <algorithm>

#include "common/read/html_source.h"
#include "common/read/markdown_source.h"
#include "common/read/office_source.h"
#include "common/read/pdf_source.h"
#include "common/read/zip_archive.h"

namespace quorum {
namespace {

std::string Extension(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string extension = path.substr(dot + 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// Compound File Binary: legacy .doc, and what Word writes for a .docx
// with a password (the encrypted package inside an OLE file).
bool LooksLikeOle(std::string_view bytes) { return bytes.substr(0, 4) == "\xD0\xCF\x11\xE0"; }

}  // namespace

DocumentFormat SniffFormat(const std::string& path, std::string_view bytes) {
  const std::string extension = Extension(path);
  if (LooksLikePdf(bytes)) return DocumentFormat::kPdf;
  if (LooksLikeOle(bytes)) return DocumentFormat::kRefused;
  if (LooksLikeZip(bytes)) {
    const DocumentFormat inside = ZipDocumentFormat(bytes);
    if (inside != DocumentFormat::kRefused) return inside;
    return extension == "odt" ? DocumentFormat::kOdt : DocumentFormat::kDocx;  // the reader says what is missing
  }
  if (extension == "docx") return DocumentFormat::kDocx;
  if (extension == "odt") return DocumentFormat::kOdt;
  if (extension == "doc") return DocumentFormat::kRefused;
  if (extension == "md" || extension == "markdown") return DocumentFormat::kMarkdown;
  if (extension == "html" || extension == "htm" || extension == "xhtml" || LooksLikeHtml(bytes))
    return DocumentFormat::kHtml;
  return DocumentFormat::kText;
}

const char* FormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kPdf:
      return "pdf";
    case DocumentFormat::kHtml:
      return "html";
    case DocumentFormat::kMarkdown:
      return "markdown";
    case DocumentFormat::kDocx:
      return "docx";
    case DocumentFormat::kOdt:
      return "odt";
    case DocumentFormat::kRefused:
    case DocumentFormat::kText:
      break;
  }
  return "text";
}

ConvertedText ReadDocument(DocumentFormat format, const std::string& path, std::string_view bytes) {
  switch (format) {
    case DocumentFormat::kHtml:
      return ReadHtml(bytes);
    case DocumentFormat::kMarkdown:
      return ReadMarkdown(bytes);
    case DocumentFormat::kDocx:
      return ReadDocx(bytes);
    case DocumentFormat::kOdt:
      return ReadOdt(bytes);
    default:
      break;
  }
  ConvertedText refused;
  const std::string extension = Extension(path);
  const bool docx = extension == "docx" || extension == "odt";
  refused.diagnostics.push_back(
      {Severity::kError, 0,
       docx ? "encrypted (password-protected) or legacy Word file, not a zip package; open it and save it as ." +
                  extension + " without a password"
            : "legacy binary Office file (.doc), which quorum does not read; convert it to .docx or .odt first "
              "(libreoffice --headless --convert-to docx FILE)"});
  return refused;
}

}  // namespace quorum
