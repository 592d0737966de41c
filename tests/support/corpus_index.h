// SPDX-License-Identifier: MIT
// Sample-corpus notes indexed into an in-memory database, for tests of the
// search side that want real notes without touching the disk.
#pragma once

#include <xapian.h>

#include <initializer_list>
#include <string>

#include "common/pipeline/pipeline.h"
#include "indexer/indexer.h"

namespace quorum::testing_support {

/// A new in-memory database holding the named files of corpus/, committed.
inline Xapian::WritableDatabase* IndexCorpusNotes(std::initializer_list<const char*> names) {
  auto* database = new Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Indexer indexer(*database);
  for (const char* name : names) {
    const std::string path = std::string(QUORUM_SOURCE_DIR) + "/corpus/" + name;
    indexer.AddNote(ParseNoteFile(path), path);
  }
  indexer.Commit();
  return database;
}

}  // namespace quorum::testing_support
