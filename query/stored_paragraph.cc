// SPDX-License-Identifier: MIT
// Paragraph data with its note's fields; see stored_paragraph.h.
#include "query/stored_paragraph.h"

#include <optional>

#include "common/base/note.h"
#include "common/index/schema.h"
#include "common/index/stored_entities.h"

namespace quorum {
namespace {

namespace d = schema::data;

nlohmann::json ParseData(const std::string& text) {
  nlohmann::json data = nlohmann::json::parse(text, nullptr, false);
  return data.is_object() ? data : nlohmann::json::object();
}

std::string Text(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

const nlohmann::json& StoredParagraphs::NoteFields(const std::string& note_key) {
  if (const auto it = notes_.find(note_key); it != notes_.end()) return it->second;
  nlohmann::json fields = nlohmann::json::object();
  // A note's paragraphs are added in reading order, so the first posting of
  // its term is its first paragraph, the one that carries its fields.
  const std::string note_term = schema::NoteTerm(note_key);
  if (Xapian::PostingIterator it = database_.postlist_begin(note_term); it != database_.postlist_end(note_term)) {
    nlohmann::json data = ParseData(codec_.Decode(database_.get_document(*it).get_data()));
    if (data.contains(d::kNote) && data[d::kNote].is_object()) fields = std::move(data[d::kNote]);
  }
  return notes_.emplace(note_key, std::move(fields)).first->second;
}

std::string StoredParagraphs::PrintedMeeting(const std::string& facet_value) {
  if (!schema::IsHashedMeeting(facet_value)) return facet_value;
  const std::string term = schema::FilterTerm(schema::kMeeting, facet_value);
  const Xapian::PostingIterator it = database_.postlist_begin(term);
  if (it == database_.postlist_end(term)) return facet_value;
  return Text(NoteFields(database_.get_document(*it).get_value(schema::kSlotNoteKey)), d::kMeeting);
}

nlohmann::json StoredParagraphs::Read(const Xapian::Document& document) {
  nlohmann::json data = ParseData(codec_.Decode(document.get_data()));
  if (data.empty()) return data;
  d::RestoreEntities(&data);
  const std::string note_key = document.get_value(schema::kSlotNoteKey);
  // A note's first paragraph carries its fields: kept, so that the note's
  // other paragraphs read after it need not look the first one up again.
  if (const auto own = data.find(d::kNote); own != data.end()) {
    if (own->is_object()) notes_.insert_or_assign(note_key, std::move(*own));
    data.erase(own);
  }
  const nlohmann::json& note = NoteFields(note_key);
  for (const char* key : {d::kPath, d::kMeeting, d::kLanguage})
    data[key] = note.contains(key) ? note[key] : nlohmann::json("");
  for (const char* key : {d::kBody, d::kType, d::kDate, d::kSymbol, d::kTitle})
    if (const std::string value = Text(note, key); !value.empty()) data[key] = value;
  std::optional<std::string> number;
  if (data.contains(d::kNumber) && data[d::kNumber].is_string()) number = data[d::kNumber].get<std::string>();
  if (!data.contains(d::kNumber)) data[d::kNumber] = nullptr;
  const auto ordinal = static_cast<size_t>(Xapian::sortable_unserialise(document.get_value(schema::kSlotOrdinal)));
  data[d::kOrdinal] = ordinal;
  data[d::kId] = Citation(Text(note, d::kMeeting), number, ordinal);
  if (data.contains(d::kAgendaLabel) && data[d::kAgendaLabel].is_string() && note.contains(d::kAgendaTitles))
    if (const std::string title = Text(note[d::kAgendaTitles], data[d::kAgendaLabel].get<std::string>().c_str());
        !title.empty())
      data[d::kAgendaTitle] = title;
  return data;
}

}  // namespace quorum
