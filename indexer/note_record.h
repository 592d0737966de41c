// SPDX-License-Identifier: MIT
// The per-note record kept in the database metadata (schema::kNoteRecordPrefix):
// what incremental indexing compares against, and what the consistency
// check of an index holds the documents to.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quorum {

struct NoteRecord {
  std::string stamp;      // NoteStamp() of the bytes that were indexed
  size_t paragraphs = 0;  // documents the note has: ids 0 .. paragraphs-1
  std::string path;       // canonical path
};

/// What decides whether a note must be indexed again: its content hash,
/// plus "/<lang>" when the language was forced (the same bytes parsed in
/// another language make other terms).
std::string NoteStamp(std::string_view content_hash, std::string_view forced_language);

/// The metadata key of the note with `note_key` (schema::NoteKey()).
std::string NoteRecordKey(std::string_view note_key);

/// "<stamp>\t<paragraphs>\t<path>"; the path goes last, so it may hold tabs.
std::string EncodeNoteRecord(const NoteRecord& record);

/// The record encoded in `value`, or nullopt if it is not one.
std::optional<NoteRecord> DecodeNoteRecord(std::string_view value);

/// Checks that `db` holds whole notes only: every record's paragraphs are
/// all there (one document per id term, as many as recorded), every
/// document belongs to a recorded note, and each record sits under the key
/// of its own path. Returns one line per problem; empty when consistent.
std::vector<std::string> CheckNoteRecords(const Xapian::Database& db);

}  // namespace quorum
