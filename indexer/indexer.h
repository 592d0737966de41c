// SPDX-License-Identifier: MIT
// The only writer of a quorum database: stores each note's paragraphs, one
// Xapian document per paragraph, with the note's record (indexer/note_record.h),
// replacing what the note had before.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/base/note.h"
#include "common/index/data_codec.h"
#include "indexer/data_dictionary.h"
#include "indexer/document_builder.h"
#include "indexer/note_record.h"

namespace quorum {

/// A note turned into what the database stores, ready to write: built on a
/// worker thread (BuildNote), written by the one thread that owns the
/// database (Indexer::AddBuilt). Holds no reference to the Note.
struct BuiltNote {
  std::string key;  // schema::NoteKey() of canonical_path
  std::string canonical_path;
  std::string stamp;     // what the note record stores
  std::string language;  // the note's, recorded when it has paragraphs
  /// False when the database is known to hold nothing of this note (no
  /// record, no documents): its documents are then added, not looked up
  /// and replaced, which saves the writer a posting-list lookup each.
  bool may_exist = true;
  std::vector<Xapian::Document> documents;  // one per paragraph, in order
  std::vector<std::string> synonyms;        // acronym lines the note defines
  /// The paragraphs' own words and their summed wdf, for the spelling table:
  /// summed per note, so the writer adds each word once, not once per paragraph.
  std::vector<std::pair<std::string, Xapian::termcount>> spellings;
};

/// Builds `note`'s documents with `builder` (one per thread: builders are
/// not thread-safe) and everything else AddBuilt needs. `stamp` is
/// NoteStamp() of what was read; empty: note.content_hash.
BuiltNote BuildNote(const Note& note, const std::string& canonical_path, const std::string& stamp,
                    DocumentBuilder& builder);

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

  /// AddNote for a note already built (on another thread): the same
  /// atomic replacement. Returns the paragraphs stored.
  size_t AddBuilt(const BuiltNote& note);

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
  /// The run's last commit (`last`) also trains the data dictionary on what
  /// was gathered, if it is not trained yet; a commit along the way does not,
  /// so that the dictionary learns from as much as the run brings, up to
  /// DataDictionary::kTrainingBytes.
  void Commit(bool last = true);

  Xapian::WritableDatabase& database() { return database_; }

  /// Trains the database's data dictionary with `dictionary`, shared with
  /// the other shards of the run, instead of one of its own. A dictionary
  /// the database already holds is handed to it.
  void ShareDictionary(std::shared_ptr<DataDictionary> dictionary);

 private:
  /// Counts the words of the note's stored paragraphs out of the spelling
  /// table again (into `deltas`), so replacing or removing a note leaves no
  /// trace of it.
  using SpellingDeltas = std::map<std::string, long long>;
  void RemoveSpelling(const std::string& note_key, SpellingDeltas* deltas);
  /// Adds (word, delta) pairs, sorted by word, to spelling_deltas_.
  template <typename Iterator>
  void AddSpellingDeltas(Iterator begin, Iterator end);
  /// Writes the spelling changes gathered since the last commit.
  void ApplySpellings();
  /// Runs `change` in one unflushed transaction where the backend has them.
  template <typename Change>
  void Atomically(const Change& change);
  /// Once the run's dictionary exists: stores it, and compresses the data
  /// of the notes written plain before it.
  void UseDictionaryIfTrained();

  Xapian::WritableDatabase database_;
  DocumentBuilder builder_;
  DataCodec codec_;  // the database's; none until a dictionary is trained
  std::shared_ptr<DataDictionary> dictionary_ = std::make_shared<DataDictionary>();
  std::vector<std::string> plain_notes_;  // keys of notes written before it
  std::set<std::string> languages_;       // recorded in the metadata at Commit()
  std::set<std::string> synonyms_;        // acronym lines, recorded likewise
  bool transactions_ = true;              // false on a backend without them
  bool spelling_ = true;                  // likewise for the spelling table
  /// Spelling table changes not written yet, word -> frequency delta. They
  /// are summed over the notes of a commit and written just before it: the
  /// committed table is the same as with one change at a time, and a word
  /// common to many notes costs the writer one update, not one per note.
  SpellingDeltas spelling_deltas_;
};

}  // namespace quorum
