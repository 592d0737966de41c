// SPDX-License-Identifier: MIT
// Turns one paragraph of a parsed note into a Xapian document: the terms,
// values and stored data the schema (common/index/schema.h) defines.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>

#include "common/base/note.h"
#include "common/text/tokeniser.h"

namespace quorum {

class DocumentBuilder {
 public:
  DocumentBuilder() = default;

  /// Builds the document of `note.paragraphs[ordinal]`; `note_key` is
  /// schema::NoteKey() of the note's canonical path.
  Xapian::Document Build(const Note& note, size_t ordinal, const std::string& note_key);

 private:
  /// Adds the terms of `text` under `prefix` (and their stems, "Z" +
  /// prefix + stem) starting at `*position`, which it advances; the
  /// unstemmed terms get positions only if `positional`.
  void IndexText(std::string_view text, const std::string& prefix, Xapian::Document* doc, Xapian::termpos* position,
                 bool positional = true);
  const Xapian::Stem& StemmerFor(const std::string& language);
  /// stemmer_(word), from a cache of the current language's stems; empty
  /// for a stop word of the language, whose stem is not indexed.
  const std::string& Stemmed(const std::string& word);

  Tokeniser tokeniser_;
  std::string stem_language_;
  Xapian::Stem stemmer_;
  std::unordered_map<std::string, std::string> stems_;  // word -> stem, in stem_language_
};

}  // namespace quorum
