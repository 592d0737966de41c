// SPDX-License-Identifier: MIT
// Writes notes into Xapian. Each note goes in one unflushed transaction, so
// whenever Xapian flushes (at our Commit() or at its own flush threshold)
// the database holds whole notes only.
#include "indexer/indexer.h"

#include <sstream>

#include "common/error.h"
#include "common/schema.h"

namespace quorum {

Xapian::WritableDatabase OpenWritableDatabase(const std::string& path, bool overwrite) {
  try {
    return Xapian::WritableDatabase(path, overwrite ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    throw Error("database '" + path + "' is locked by another writer (" + e.get_msg() +
                "); wait for the other quorum-index to finish");
  } catch (const Xapian::Error& e) {
    throw Error("cannot open database '" + path + "' for writing: " + e.get_description());
  }
}

Indexer::Indexer(Xapian::WritableDatabase database) : database_(std::move(database)) {
  const std::string stored = database_.get_metadata(std::string(schema::kVersionKey));
  const std::string expected = std::to_string(schema::kVersion);
  if (!stored.empty() && stored != expected && database_.get_doccount() > 0)
    throw SchemaMismatchError("database has schema version " + stored + ", this program writes " + expected +
                              "; re-run quorum-index with --overwrite");
  database_.set_metadata(std::string(schema::kVersionKey), expected);
  std::istringstream languages(database_.get_metadata(std::string(schema::kLanguagesKey)));
  for (std::string code; languages >> code;) languages_.insert(code);
}

size_t Indexer::AddNote(const Note& note, const std::string& canonical_path) {
  const std::string key = schema::NoteKey(canonical_path);
  if (transactions_) {
    try {
      database_.begin_transaction(false);
    } catch (const Xapian::UnimplementedError&) {
      // The in-memory backend (tests) has no transactions; it has no
      // commits to protect either.
      transactions_ = false;
    }
  }
  try {
    database_.delete_document(std::string(schema::kNotePrefix) + key);
    for (size_t i = 0; i < note.paragraphs.size(); ++i)
      database_.replace_document(schema::IdTerm(key, i), builder_.Build(note, i, key));
    if (transactions_) database_.commit_transaction();
  } catch (...) {
    if (transactions_) database_.cancel_transaction();
    throw;
  }
  if (!note.paragraphs.empty()) languages_.insert(note.language);
  return note.paragraphs.size();
}

void Indexer::Commit() {
  std::string languages;
  for (const std::string& code : languages_) languages += (languages.empty() ? "" : " ") + code;
  database_.set_metadata(std::string(schema::kLanguagesKey), languages);
  database_.commit();
}

}  // namespace quorum
