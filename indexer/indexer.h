// SPDX-License-Identifier: MIT
// The only writer of a quorum database: stores each note's paragraphs, one
// Xapian document per paragraph, replacing what the note had before.
#pragma once

#include <set>
#include <string>

#include <xapian.h>

#include "common/note.h"
#include "indexer/document_builder.h"

namespace quorum {

class Indexer {
 public:
  /// Takes a writable database (on disk, or in memory for tests) and stamps
  /// it with the schema version. Throws SchemaMismatchError if the database
  /// holds another schema version and is not empty.
  explicit Indexer(Xapian::WritableDatabase database);

  /// Replaces the paragraphs of the note whose canonical path is
  /// `canonical_path` by `note`'s, atomically: a commit sees the note's old
  /// paragraphs or its new ones, never a mix. Returns the paragraphs stored.
  size_t AddNote(const Note& note, const std::string& canonical_path);

  /// Makes everything added so far durable (one Xapian commit).
  void Commit();

  Xapian::WritableDatabase& database() { return database_; }

 private:
  Xapian::WritableDatabase database_;
  DocumentBuilder builder_;
  std::set<std::string> languages_;  // recorded in the metadata at Commit()
  bool transactions_ = true;         // false on a backend without them
};

/// Opens (creating if needed) the database folder for writing. Throws
/// quorum::Error with the database path and Xapian's reason, and a hint for
/// a locked database.
Xapian::WritableDatabase OpenWritableDatabase(const std::string& path, bool overwrite);

}  // namespace quorum
