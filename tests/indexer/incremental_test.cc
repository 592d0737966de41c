// SPDX-License-Identifier: MIT
// Incremental indexing: what a re-run redoes, --force, --prune, commits at a
// steady cadence, and that the same input gives the same index contents.
#include "indexer/incremental.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "common/index/schema.h"
#include "indexer/indexer.h"
#include "indexer/note_record.h"
#include "tests/indexer/scratch_dir.h"

namespace quorum {
namespace {

using testing_support::ScratchDir;

std::string NoteText(const std::string& symbol, const std::string& words) {
  return symbol +
         "\n\nWORKING GROUP ON TESTS\n\nCHAIRPERSON'S NOTE ON THE MEETING\n\nHELD ON 1 MAY 2017\n\n"
         "1. The Working Group discussed " +
         words + ".\n\n2. The meeting rose at noon.\n";
}

class IncrementalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    a_ = dir_.Write("notes/a.txt", NoteText("WG/T/2017/1", "budget transfers"));
    b_ = dir_.Write("notes/b.txt", NoteText("WG/T/2017/2", "migration data"));
  }

  // One run over `files` with `config`; returns its counts.
  IndexCounts Run(const std::vector<std::string>& files, const IndexConfig& config = {}) {
    config_ = config;
    err_.str("");
    IncrementalIndexer run(indexer_, config_, err_);
    for (const std::string& file : files) run.IndexFile(file);
    run.Commit();
    return run.counts();
  }
  Xapian::WritableDatabase& db() { return indexer_.database(); }

  ScratchDir dir_;
  std::string a_, b_;
  // On disk: the in-memory backend cannot list metadata keys, which
  // --prune and the record checks walk.
  Indexer indexer_{Xapian::WritableDatabase(dir_.path("db"), Xapian::DB_CREATE | Xapian::DB_NO_SYNC)};
  IndexConfig config_;
  std::ostringstream err_;
};

TEST_F(IncrementalTest, ASecondRunWritesNothing) {
  IndexCounts first = Run({a_, b_});
  EXPECT_EQ(first.added, 2u);
  EXPECT_EQ(first.written, 2u);
  EXPECT_EQ(first.paragraphs, 4u);
  const Xapian::docid last = db().get_lastdocid();
  IndexCounts second = Run({a_, b_});
  EXPECT_EQ(second.unchanged, 2u);
  EXPECT_EQ(second.added + second.changed + second.written + second.paragraphs, 0u);
  EXPECT_EQ(db().get_lastdocid(), last);  // not a single document rewritten
}

TEST_F(IncrementalTest, AChangedNoteIsReindexed) {
  Run({a_, b_});
  dir_.Write("notes/a.txt", NoteText("WG/T/2017/1", "pension reform"));
  IndexCounts counts = Run({a_, b_});
  EXPECT_EQ(counts.changed, 1u);
  EXPECT_EQ(counts.unchanged, 1u);
  EXPECT_TRUE(db().term_exists("pension"));
  EXPECT_FALSE(db().term_exists("transfers"));
  EXPECT_EQ(db().get_doccount(), 4u);
}

TEST_F(IncrementalTest, AnotherForcedLanguageChangesEveryNote) {
  Run({a_, b_});
  IndexConfig french;
  french.language = "fr";
  EXPECT_EQ(Run({a_, b_}, french).changed, 2u);
  EXPECT_EQ(Run({a_, b_}, french).unchanged, 2u);
}

TEST_F(IncrementalTest, ForceRewritesUnchangedNotes) {
  Run({a_, b_});
  IndexConfig force;
  force.force = true;
  const Xapian::docid last = db().get_lastdocid();
  IndexCounts counts = Run({a_, b_}, force);
  EXPECT_EQ(counts.unchanged, 2u);
  EXPECT_EQ(counts.written, 2u);
  EXPECT_GT(db().get_lastdocid(), last);
}

TEST_F(IncrementalTest, PruneRemovesOnlyDeletedNotesUnderTheGivenPaths) {
  const std::string c = dir_.Write("other/c.txt", NoteText("WG/T/2017/3", "water"));
  Run({a_, b_, c});
  std::filesystem::remove(a_);
  std::filesystem::remove(c);  // deleted, but not under the path pruned
  config_.prune = true;
  IncrementalIndexer run(indexer_, config_, err_);
  run.IndexFile(b_);
  run.Prune({dir_.path("notes")});
  run.Commit();
  EXPECT_EQ(run.counts().removed, 1u);
  EXPECT_FALSE(indexer_.Record(schema::NoteKey(CanonicalPath(a_))));
  EXPECT_TRUE(indexer_.Record(schema::NoteKey(CanonicalPath(b_))));
  EXPECT_TRUE(indexer_.Record(schema::NoteKey(CanonicalPath(c))));
  EXPECT_EQ(db().get_doccount(), 4u);
  EXPECT_NE(err_.str().find("removed " + CanonicalPath(a_)), std::string::npos) << err_.str();
}

TEST_F(IncrementalTest, PruneOfAFolderThatIsGoneRemovesItsNotes) {
  Run({a_, b_});
  std::filesystem::remove_all(dir_.path("notes"));
  IncrementalIndexer run(indexer_, config_, err_);
  run.Prune({dir_.path("notes")});
  run.Commit();
  EXPECT_EQ(run.counts().removed, 2u);
  EXPECT_EQ(db().get_doccount(), 0u);
}

TEST_F(IncrementalTest, AFileThatVanishedIsAWarning) {
  IndexCounts counts = Run({dir_.path("notes/gone.txt"), a_});
  EXPECT_EQ(counts.warnings, 1u);
  EXPECT_EQ(counts.failed, 0u);
  EXPECT_EQ(counts.added, 1u);
  EXPECT_NE(err_.str().find("gone.txt: warning: deleted while the run was going on; skipped"), std::string::npos)
      << err_.str();
}

TEST_F(IncrementalTest, TheSameFileNamedTwiceIsOneNote) {
  IndexCounts counts = Run({a_, dir_.path("notes/./a.txt"), dir_.path("notes/../notes/a.txt")});
  EXPECT_EQ(counts.added, 1u);
  EXPECT_EQ(counts.written, 1u);
  EXPECT_EQ(db().get_doccount(), 2u);
}

TEST_F(IncrementalTest, ABrokenNewVersionKeepsTheOldParagraphs) {
  Run({a_});
  dir_.Write("notes/a.txt", std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x00\x00\x00\x00", 12));
  IndexCounts counts = Run({a_});
  EXPECT_EQ(counts.failed, 1u);
  EXPECT_EQ(counts.unchanged + counts.changed, 0u);
  EXPECT_TRUE(db().term_exists("transfers"));
  EXPECT_NE(err_.str().find("a.txt: error: binary file"), std::string::npos) << err_.str();
  // Every later run tries again, and reports it again.
  EXPECT_EQ(Run({a_}).failed, 1u);
}

TEST_F(IncrementalTest, AnEmptyFileIsReportedAndSkipped) {
  const std::string empty = dir_.Write("notes/empty.txt", "");
  IndexCounts counts = Run({empty});
  EXPECT_EQ(counts.failed, 1u);
  EXPECT_NE(err_.str().find("empty.txt: error: empty file"), std::string::npos) << err_.str();
}

TEST_F(IncrementalTest, NotesIndexedBeforeRecordsExistedCountAsChanged) {
  Run({a_});
  db().set_metadata(NoteRecordKey(schema::NoteKey(CanonicalPath(a_))), "");
  IndexCounts counts = Run({a_});
  EXPECT_EQ(counts.changed, 1u);
  EXPECT_EQ(db().get_doccount(), 2u);
}

// Everything a search can see in `db`, keyed by paragraph id rather than
// by document number (which a rewrite changes).
std::string Snapshot(const Xapian::Database& db) {
  std::map<std::string, std::string> documents;
  for (Xapian::PostingIterator it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    std::ostringstream text;
    const std::string id = doc.get_value(schema::kSlotNoteKey) + '#' + doc.get_value(schema::kSlotOrdinal);
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      text << *t << ':' << t.get_wdf();
      for (Xapian::PositionIterator p = t.positionlist_begin(); p != t.positionlist_end(); ++p) text << ',' << *p;
      text << ' ';
    }
    for (Xapian::ValueIterator v = doc.values_begin(); v != doc.values_end(); ++v)
      text << '[' << v.get_valueno() << '=' << *v << ']';
    documents[id] = text.str() + doc.get_data();
  }
  std::ostringstream out;
  for (const auto& [id, text] : documents) out << id << ' ' << text << '\n';
  for (Xapian::TermIterator k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
    out << "meta " << *k << '=' << db.get_metadata(*k) << '\n';
  for (Xapian::TermIterator s = db.spellings_begin(); s != db.spellings_end(); ++s)
    out << "spelling " << *s << '=' << s.get_termfreq() << '\n';
  return out.str();
}

TEST(IncrementalDiskTest, TheSameInputGivesTheSameIndexContents) {
  ScratchDir dir;
  const std::string a = dir.Write("notes/a.txt", NoteText("WG/T/2017/1", "budget transfers and staff transfers"));
  const std::string b = dir.Write("notes/b.txt", NoteText("WG/T/2017/2", "migration data"));
  IndexConfig config;
  std::ostringstream err;
  auto run = [&](const std::string& db_path, const std::vector<std::string>& files, bool prune) {
    Indexer indexer(Xapian::WritableDatabase(db_path, Xapian::DB_CREATE_OR_OPEN));
    IncrementalIndexer incremental(indexer, config, err);
    for (const std::string& file : files) incremental.IndexFile(file);
    if (prune) incremental.Prune({dir.path("notes")});
    incremental.Commit();
  };
  run(dir.path("direct"), {a, b}, false);
  // The other index sees a changed, b deleted, then both as they were.
  const std::string detour = dir.path("detour");
  run(detour, {a, b}, false);
  dir.Write("notes/a.txt", NoteText("WG/T/2017/1", "pension reform and actuarial tables"));
  std::filesystem::remove(b);
  run(detour, {a}, true);
  dir.Write("notes/a.txt", NoteText("WG/T/2017/1", "budget transfers and staff transfers"));
  dir.Write("notes/b.txt", NoteText("WG/T/2017/2", "migration data"));
  run(detour, {a, b}, false);
  const std::string direct_snapshot = Snapshot(Xapian::Database(dir.path("direct")));
  // The spelling table holds the words printed twice or more, with their counts.
  EXPECT_NE(direct_snapshot.find("spelling transfers=2"), std::string::npos);
  EXPECT_EQ(direct_snapshot.find("spelling budget="), std::string::npos) << "printed once";
  EXPECT_NE(direct_snapshot.find("spelling discussed=2"), std::string::npos) << "once in each note";
  EXPECT_EQ(Snapshot(Xapian::Database(detour)), direct_snapshot);
}

TEST(IncrementalDiskTest, CommitsEveryNNotesWritten) {
  ScratchDir dir;
  std::vector<std::string> files;
  for (int i = 1; i <= 5; ++i)
    files.push_back(dir.Write("notes/" + std::to_string(i) + ".txt",
                              NoteText("WG/T/2017/" + std::to_string(i), "item " + std::to_string(i))));
  IndexConfig config;
  config.commit_every = 2;
  std::ostringstream err;
  Indexer indexer(Xapian::WritableDatabase(dir.path("db"), Xapian::DB_CREATE_OR_OPEN));
  IncrementalIndexer incremental(indexer, config, err);
  for (int i = 0; i < 5; ++i) incremental.IndexFile(files[static_cast<size_t>(i)]);
  // A reader sees the last commit: four whole notes, not the fifth.
  EXPECT_EQ(incremental.committed(), 4u);
  EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 8u);
  EXPECT_TRUE(CheckNoteRecords(Xapian::Database(dir.path("db"))).empty());
  incremental.Commit();
  EXPECT_EQ(incremental.committed(), 5u);
  EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 10u);
}

}  // namespace
}  // namespace quorum
