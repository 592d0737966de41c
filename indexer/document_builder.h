// SPDX-License-Identifier: MIT
// Turns one paragraph of a parsed note into a Xapian document: the terms,
// values and stored data the schema (common/schema.h) defines.
#pragma once

#include <string>

#include <xapian.h>

#include "common/note.h"
#include "common/tokeniser.h"

namespace quorum {

class DocumentBuilder {
 public:
  DocumentBuilder() = default;

  /// Builds the document of `note.paragraphs[ordinal]`; `note_key` is
  /// schema::NoteKey() of the note's canonical path.
  Xapian::Document Build(const Note& note, size_t ordinal, const std::string& note_key);

 private:
  /// Adds positional terms of `text` under `prefix` (and their stems,
  /// "Z" + prefix + stem) starting at `*position`, which it advances.
  void IndexText(std::string_view text, const std::string& prefix, Xapian::Document* doc,
                 Xapian::termpos* position);
  const Xapian::Stem& StemmerFor(const std::string& language);

  Tokeniser tokeniser_;
  std::string stem_language_;
  Xapian::Stem stemmer_;
};

}  // namespace quorum
