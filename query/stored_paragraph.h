// SPDX-License-Identifier: MIT
// A paragraph's stored data as every reader wants it: the paragraph's own
// fields with its note's merged back in. The index stores what is the same
// for every paragraph of a note once, on the note's first paragraph
// (schema::data::kNote); this is the one place that puts it together again.
#pragma once

#include <xapian.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "common/index/data_codec.h"

namespace quorum {

class StoredParagraphs {
 public:
  explicit StoredParagraphs(const Xapian::Database& database) : database_(database), codec_(DataCodec::Of(database)) {}

  /// The stored data of `document` (a paragraph of `database`) with the
  /// note's path, meeting, language, body, type, date, symbol and title, the
  /// paragraph's citation ("id") and its agenda item's title
  /// ("agenda_title"), keys as schema::data names them, empty ones left out
  /// as the indexer leaves them out. An empty object when the data is not
  /// JSON. Each note's fields are read once per StoredParagraphs.
  nlohmann::json Read(const Xapian::Document& document);

  /// The meeting id a meeting facet value stands for: the value itself, or,
  /// for a digest (schema::MeetingFacetValue), the meeting of a paragraph
  /// holding its filter term.
  std::string PrintedMeeting(const std::string& facet_value);

 private:
  // The note's fields, from its first paragraph; an empty object if that
  // paragraph is missing (a note half-replaced under a reader: the
  // paragraph still reads, without them).
  const nlohmann::json& NoteFields(const std::string& note_key);

  Xapian::Database database_;
  DataCodec codec_;                              // the stored data's compression
  std::map<std::string, nlohmann::json> notes_;  // note key -> its fields
};

}  // namespace quorum
