// SPDX-License-Identifier: MIT
// Inside the Word and OpenDocument readers: one XML member of a package,
// parsed with libxml2 safely (no entity expansion, no network).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>

#include "common/read/note_text_writer.h"
#include "common/read/zip_archive.h"

namespace quorum {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

/// Reads and parses member `name` of `archive`; null, with `*error` set to
/// a message naming the member, if it is missing, too big or not
/// well-formed XML. Entities are never expanded and nothing is fetched.
XmlDocPtr ReadXmlMember(ZipArchive* archive, const char* name, std::string* error);

/// A read that failed: no text, one error saying why.
ConvertedText ReadError(const std::string& message);

/// The writer's text, with the warnings met on the way before its own
/// diagnostics.
ConvertedText FinishWithWarnings(NoteTextWriter* writer, const std::vector<Diagnostic>& warnings);

}  // namespace quorum
