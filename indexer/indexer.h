// SPDX-License-Identifier: MIT
// The only writer of a quorum database: stores each note's paragraphs, one
// Xapian document per paragraph, with the note's record (indexer/note_record.h),
// replacing what the note had before.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "common/note.h"
#include "indexer/document_builder.h"
#include "indexer/note_record.h"

namespace quorum {

class Indexer {
 public:
  /// Takes a writable database (on disk, or in memory for tests) and stamps
  /// it with the schema version. Throws SchemaMismatchError if the database
  /// holds another schema version and is not empty.
  explicit Indexer(Xapian::WritableDatabase database);

  /// Replaces the paragraphs of the note whose canonical path is
  /// `canonical_path` by `note`'s, and its record, atomically: a commit sees
  /// the note's old paragraphs and record or its new ones, never a mix.
  /// `stamp` is NoteStamp() of what was read; empty: note.content_hash.
  /// Returns the paragraphs stored.
  size_t AddNote(const Note& note, const std::string& canonical_path, const std::string& stamp = "");

  /// Removes the paragraphs and the record of the note with `note_key`
  /// (schema::NoteKey()), atomically. Returns the paragraphs removed.
  size_t RemoveNote(const std::string& note_key);

  /// The record of the note with `note_key`, if it has one.
  std::optional<NoteRecord> Record(const std::string& note_key) const;

  /// True if documents of the note with `note_key` are stored (with or
  /// without a record: indexes made before records existed have none).
  bool HasDocuments(const std::string& note_key) const;

  /// Every note record, as (note key, record), in key order.
  std::vector<std::pair<std::string, NoteRecord>> Records() const;

  /// Makes everything added so far a committed state (one Xapian commit).
  void Commit();

  Xapian::WritableDatabase& database() { return database_; }

 private:
  /// Adds `doc`'s words to the spelling table; returns `doc`.
  Xapian::Document AddSpelling(Xapian::Document doc);
  /// Takes the words of the note's stored paragraphs out of the spelling
  /// table again, so replacing or removing a note leaves no trace of it.
  void RemoveSpelling(const std::string& note_key);
  /// Runs `change` in one unflushed transaction where the backend has them.
  template <typename Change>
  void Atomically(const Change& change);

  Xapian::WritableDatabase database_;
  DocumentBuilder builder_;
  std::set<std::string> languages_;  // recorded in the metadata at Commit()
  std::set<std::string> synonyms_;   // acronym lines, recorded likewise
  bool transactions_ = true;         // false on a backend without them
  bool spelling_ = true;             // likewise for the spelling table
};

}  // namespace quorum
