// SPDX-License-Identifier: MIT
// Encoding and checking of the per-note records; see indexer/note_record.h.
#include "indexer/note_record.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "common/index/schema.h"

namespace quorum {

std::string NoteStamp(std::string_view content_hash, std::string_view forced_language) {
  std::string stamp(content_hash);
  if (!forced_language.empty()) stamp.append("/").append(forced_language);
  return stamp;
}

std::string NoteRecordKey(std::string_view note_key) { return std::string(schema::kNoteRecordPrefix).append(note_key); }

std::string EncodeNoteRecord(const NoteRecord& record) {
  return record.stamp + '\t' + std::to_string(record.paragraphs) + '\t' + record.path;
}

std::optional<NoteRecord> DecodeNoteRecord(std::string_view value) {
  const size_t first = value.find('\t');
  if (first == std::string_view::npos) return std::nullopt;
  const size_t second = value.find('\t', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  NoteRecord record;
  record.stamp = value.substr(0, first);
  const std::string_view count = value.substr(first + 1, second - first - 1);
  const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), record.paragraphs);
  if (error != std::errc() || end != count.data() + count.size() || count.empty()) return std::nullopt;
  record.path = value.substr(second + 1);
  if (record.path.empty()) return std::nullopt;
  return record;
}

std::vector<std::string> CheckNoteRecords(const Xapian::Database& db) {
  std::vector<std::string> problems;
  const std::string prefix(schema::kNoteRecordPrefix);
  const std::string note_prefix(schema::kNotePrefix);
  Xapian::doccount recorded_documents = 0;
  size_t records = 0;
  for (Xapian::TermIterator it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    ++records;
    const std::string key = (*it).substr(prefix.size());
    const std::optional<NoteRecord> record = DecodeNoteRecord(db.get_metadata(*it));
    if (!record) {
      problems.push_back("note " + key + ": unreadable record");
      continue;
    }
    if (schema::NoteKey(record->path) != key)
      problems.push_back("note " + key + ": record names " + record->path + ", whose key differs");
    const Xapian::doccount documents = db.get_termfreq(note_prefix + key);
    if (documents != record->paragraphs)
      problems.push_back("note " + record->path + ": " + std::to_string(documents) + " documents, record says " +
                         std::to_string(record->paragraphs));
    // Each ordinal from 0 to the count once.
    std::vector<size_t> seen(record->paragraphs, 0);
    bool stray = false;
    const std::string note_term = schema::NoteTerm(key);
    for (Xapian::PostingIterator p = db.postlist_begin(note_term); p != db.postlist_end(note_term); ++p) {
      const double ordinal = Xapian::sortable_unserialise(db.get_document(*p).get_value(schema::kSlotOrdinal));
      if (ordinal >= 0 && ordinal < static_cast<double>(seen.size()))
        ++seen[static_cast<size_t>(ordinal)];
      else
        stray = true;
    }
    if (stray || std::count(seen.begin(), seen.end(), size_t{1}) != static_cast<std::ptrdiff_t>(seen.size()))
      problems.push_back("note " + record->path + ": a paragraph missing, doubled or out of range");
    recorded_documents += documents;
  }
  // Documents of notes that have no record (a half-written or stray note).
  for (Xapian::TermIterator it = db.allterms_begin(note_prefix); it != db.allterms_end(note_prefix); ++it) {
    if (db.get_metadata(NoteRecordKey((*it).substr(note_prefix.size()))).empty())
      problems.push_back("note " + (*it).substr(note_prefix.size()) + ": " + std::to_string(it.get_termfreq()) +
                         " documents but no record");
  }
  if (db.get_doccount() != recorded_documents)
    problems.push_back(std::to_string(db.get_doccount()) + " documents, " + std::to_string(recorded_documents) +
                       " in the " + std::to_string(records) + " recorded notes");
  return problems;
}

}  // namespace quorum
