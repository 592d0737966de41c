// SPDX-License-Identifier: MIT
// What the Word and OpenDocument readers share: telling the two apart and
// reading one XML member safely.
#include "common/read/office_xml.h"

#include <libxml/parser.h>

#include <algorithm>
#include <climits>

#include "common/read/office_source.h"

namespace quorum {

DocumentFormat ZipDocumentFormat(std::string_view bytes) {
  ZipArchive archive(bytes);
  if (!archive.ok()) return DocumentFormat::kRefused;
  if (archive.Has("word/document.xml")) return DocumentFormat::kDocx;
  std::string mimetype;
  if (archive.Has("mimetype") && archive.Read("mimetype", &mimetype) &&
      mimetype.rfind("application/vnd.oasis.opendocument.text", 0) == 0)
    return DocumentFormat::kOdt;
  if (archive.Has("content.xml")) return DocumentFormat::kOdt;
  return DocumentFormat::kRefused;
}

XmlDocPtr ReadXmlMember(ZipArchive* archive, const char* name, std::string* error) {
  std::string xml;
  if (!archive->Read(name, &xml)) {
    *error = archive->error();
    return nullptr;
  }
  // No NOENT (entities stay unexpanded: no billion laughs, no external
  // files), NONET, and not HUGE: libxml2's depth and size limits stay on.
  XmlDocPtr doc(xmlReadMemory(xml.data(), static_cast<int>(std::min<size_t>(xml.size(), INT_MAX)), name, nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc || xmlDocGetRootElement(doc.get()) == nullptr) {
    *error = std::string(name) + " is not well-formed XML; the file is damaged (open and save it again)";
    return nullptr;
  }
  return doc;
}

ConvertedText ReadError(const std::string& message) {
  ConvertedText result;
  result.diagnostics.push_back({Severity::kError, 0, message});
  return result;
}

ConvertedText FinishWithWarnings(NoteTextWriter* writer, const std::vector<Diagnostic>& warnings) {
  ConvertedText result = writer->Finish();
  result.diagnostics.insert(result.diagnostics.begin(), warnings.begin(), warnings.end());
  return result;
}

}  // namespace quorum
