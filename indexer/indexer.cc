// SPDX-License-Identifier: MIT
// Writes notes into Xapian. Each note, with its record, goes in one
// unflushed transaction, so whenever Xapian flushes (at our Commit() or at
// its own flush threshold) the database holds whole notes only.
#include "indexer/indexer.h"

#include <cctype>
#include <map>
#include <sstream>

#include "common/base/error.h"
#include "common/entities/entity_tagger.h"
#include "common/index/schema.h"

namespace quorum {
namespace {

// The paragraph's own words (unprefixed terms; prefixes are capitals) feed
// Xapian's spelling table. Numbers are no spellings.
bool IsSpellingWord(const std::string& term) {
  const auto first = static_cast<unsigned char>(term[0]);
  return !((first >= 'A' && first <= 'Z') || std::isdigit(first));
}

}  // namespace

BuiltNote BuildNote(const Note& note, const std::string& canonical_path, const std::string& stamp,
                    DocumentBuilder& builder) {
  BuiltNote built;
  built.key = schema::NoteKey(canonical_path);
  built.canonical_path = canonical_path;
  built.stamp = stamp.empty() ? note.content_hash : stamp;
  built.language = note.language;
  built.documents.reserve(note.paragraphs.size());
  // The spelling table suggests corrections for queries that find nothing.
  std::map<std::string, Xapian::termcount> spellings;
  for (size_t i = 0; i < note.paragraphs.size(); ++i) {
    built.documents.push_back(builder.Build(note, i, built.key));
    const Xapian::Document& doc = built.documents.back();
    for (Xapian::TermIterator it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
      const std::string& term = *it;
      if (IsSpellingWord(term)) spellings[term] += it.get_wdf();
    }
  }
  built.spellings.assign(spellings.begin(), spellings.end());
  // Acronyms a note defines are searched both ways across the whole index.
  built.synonyms = AcronymSynonyms(note);
  return built;
}

void Indexer::RemoveSpelling(const std::string& note_key, SpellingDeltas* deltas) {
  if (!spelling_) return;
  const std::string note_term = schema::NoteTerm(note_key);
  for (Xapian::PostingIterator doc = database_.postlist_begin(note_term); doc != database_.postlist_end(note_term);
       ++doc) {
    for (Xapian::TermIterator it = database_.termlist_begin(*doc); it != database_.termlist_end(*doc); ++it)
      if (IsSpellingWord(*it)) (*deltas)[*it] -= it.get_wdf();
  }
}

template <typename Iterator>
void Indexer::AddSpellingDeltas(Iterator begin, Iterator end) {
  // The words come sorted: each insertion starts from the last one's place.
  auto hint = spelling_deltas_.begin();
  for (Iterator it = begin; it != end; ++it) {
    hint = spelling_deltas_.try_emplace(hint, it->first, 0);
    hint->second += static_cast<long long>(it->second);
  }
}

void Indexer::ApplySpellings() {
  // A word's spelling frequency is its count in the paragraphs (the
  // database's collection frequency, changes not yet committed included),
  // and a word printed once in the whole index is left out: a correction
  // should lead to a word the notes use, and a word printed once is as
  // often a typing or recognition slip as a word (they were a third of the
  // table). The rule reads only the index's contents, so an index is the
  // same however its notes came and went; the table held by it before
  // these changes is known from the count before them.
  constexpr long long kMinSpellingCount = 2;
  auto held = [](long long count) { return count >= kMinSpellingCount ? count : 0; };
  try {
    for (const auto& [word, delta] : spelling_deltas_) {
      if (!spelling_) break;
      const auto count = static_cast<long long>(database_.get_collection_freq(word));
      const long long change = held(count) - held(count - delta);
      if (change > 0) database_.add_spelling(word, static_cast<Xapian::termcount>(change));
      if (change < 0) database_.remove_spelling(word, static_cast<Xapian::termcount>(-change));
    }
  } catch (const Xapian::UnimplementedError&) {
    spelling_ = false;  // the in-memory backend (tests) keeps no spelling table
  }
  spelling_deltas_.clear();
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
  std::istringstream synonyms(database_.get_metadata(std::string(schema::kSynonymsKey)));
  for (std::string line; std::getline(synonyms, line);)
    if (!line.empty()) synonyms_.insert(line);
  codec_ = DataCodec::Of(database_);
  dictionary_->Adopt(codec_);
}

void Indexer::ShareDictionary(std::shared_ptr<DataDictionary> dictionary) {
  dictionary->Adopt(codec_);
  dictionary_ = std::move(dictionary);
}

void Indexer::UseDictionaryIfTrained() {
  if (codec_.has_dictionary()) return;
  codec_ = dictionary_->codec();
  if (!codec_.has_dictionary()) return;
  database_.set_metadata(std::string(schema::kDataDictionaryKey), codec_.dictionary());
  // Only the data changes: Xapian rewrites the record, not the postings.
  for (const std::string& key : plain_notes_) {
    const std::string note_term = schema::NoteTerm(key);
    for (Xapian::PostingIterator it = database_.postlist_begin(note_term); it != database_.postlist_end(note_term);
         ++it) {
      Xapian::Document document = database_.get_document(*it);
      document.set_data(codec_.Encode(document.get_data()));
      database_.replace_document(*it, document);
    }
  }
  plain_notes_.clear();
}

template <typename Change>
void Indexer::Atomically(const Change& change) {
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
    change();
    if (transactions_) database_.commit_transaction();
  } catch (...) {
    if (transactions_) database_.cancel_transaction();
    throw;
  }
}

size_t Indexer::AddNote(const Note& note, const std::string& canonical_path, const std::string& stamp) {
  return AddBuilt(BuildNote(note, canonical_path, stamp, builder_));
}

size_t Indexer::AddBuilt(const BuiltNote& note) {
  UseDictionaryIfTrained();
  // The documents share their contents with `note`'s (Xapian documents are
  // handles); the note is written once, so compressing in place is safe.
  if (codec_.has_dictionary())
    for (Xapian::Document document : note.documents) document.set_data(codec_.Encode(document.get_data()));
  SpellingDeltas removed;
  Atomically([&] {
    if (note.may_exist) {
      RemoveSpelling(note.key, &removed);
      database_.delete_document(schema::NoteTerm(note.key));
    }
    // In reading order: a note's paragraphs get rising document ids, so the
    // first of its note term's postings is its first paragraph.
    for (const Xapian::Document& document : note.documents) database_.add_document(document);
    const NoteRecord record{note.stamp, note.documents.size(), note.canonical_path};
    database_.set_metadata(NoteRecordKey(note.key), EncodeNoteRecord(record));
  });
  // Counted once the note is in: a cancelled transaction changes nothing.
  AddSpellingDeltas(removed.begin(), removed.end());
  if (spelling_) AddSpellingDeltas(note.spellings.begin(), note.spellings.end());
  if (!note.documents.empty()) languages_.insert(note.language);
  for (const std::string& line : note.synonyms) synonyms_.insert(line);
  if (!codec_.has_dictionary() && !note.documents.empty()) {
    for (const Xapian::Document& document : note.documents) dictionary_->Sample(document.get_data());
    plain_notes_.push_back(note.key);
  }
  return note.documents.size();
}

size_t Indexer::RemoveNote(const std::string& note_key) {
  const std::string note_term = schema::NoteTerm(note_key);
  const size_t paragraphs = database_.get_termfreq(note_term);
  SpellingDeltas removed;
  Atomically([&] {
    RemoveSpelling(note_key, &removed);
    database_.delete_document(note_term);
    database_.set_metadata(NoteRecordKey(note_key), "");  // empty value: Xapian deletes the key
  });
  AddSpellingDeltas(removed.begin(), removed.end());
  return paragraphs;
}

std::optional<NoteRecord> Indexer::Record(const std::string& note_key) const {
  return DecodeNoteRecord(database_.get_metadata(NoteRecordKey(note_key)));
}

bool Indexer::HasDocuments(const std::string& note_key) const {
  return database_.term_exists(schema::NoteTerm(note_key));
}

std::vector<std::pair<std::string, NoteRecord>> Indexer::Records() const {
  std::vector<std::pair<std::string, NoteRecord>> records;
  const std::string prefix(schema::kNoteRecordPrefix);
  for (Xapian::TermIterator it = database_.metadata_keys_begin(prefix); it != database_.metadata_keys_end(prefix);
       ++it) {
    if (std::optional<NoteRecord> record = DecodeNoteRecord(database_.get_metadata(*it)))
      records.emplace_back((*it).substr(prefix.size()), std::move(*record));
  }
  return records;
}

void Indexer::Commit(bool last) {
  if (last) dictionary_->Finish();
  UseDictionaryIfTrained();
  std::string languages;
  for (const std::string& code : languages_) languages += (languages.empty() ? "" : " ") + code;
  database_.set_metadata(std::string(schema::kLanguagesKey), languages);
  std::string synonyms;
  for (const std::string& line : synonyms_) synonyms += line + '\n';
  database_.set_metadata(std::string(schema::kSynonymsKey), synonyms);
  ApplySpellings();
  database_.commit();
}

}  // namespace quorum
