// SPDX-License-Identifier: MIT
// A search on a database that the indexer commits to meanwhile: Xapian
// throws DatabaseModifiedError once the revision a reader holds has been
// overwritten, and Search() must reopen and answer from the latest commit.
#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

#include "common/pipeline/pipeline.h"
#include "indexer/indexer.h"
#include "query/searcher.h"
#include "tests/indexer/scratch_dir.h"

namespace quorum {
namespace {

using testing_support::ScratchDir;

// A note of 40 paragraphs, all with "meeting", in words that vary with `n`.
Note MeetingNote(int n) {
  std::string text = "WG/T/2017/" + std::to_string(n) +
                     "\n\nWORKING GROUP ON TESTS\n\nCHAIRPERSON'S NOTE ON THE MEETING\n\nHELD ON 1 MAY 2017\n\n";
  for (int p = 1; p <= 40; ++p)
    text += std::to_string(p) + ". The meeting discussed item w" + std::to_string(n * 41 + p) + " and w" +
            std::to_string(p) + " of the agenda.\n\n";
  Note note = ParseNoteText(text);
  note.content_hash = std::to_string(n);
  return note;
}

// True once reading `reader` throws DatabaseModifiedError.
bool IsOutdated(const Xapian::Database& reader) {
  try {
    Xapian::Enquire enquire(reader);
    enquire.set_query(Xapian::Query("meeting"));
    const Xapian::MSet mset = enquire.get_mset(0, 100);
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) it.get_document().get_data();
    return false;
  } catch (const Xapian::DatabaseModifiedError&) {
    return true;
  }
}

TEST(ConcurrentSearchTest, SearchReopensWhenTheIndexerHasMovedOn) {
  ScratchDir dir;
  Indexer indexer(Xapian::WritableDatabase(dir.path("db"), Xapian::DB_CREATE_OR_OPEN));
  // Enough notes for B-trees of several levels: a reader keeps only a
  // table's root block in memory and reads the others from disk.
  int notes = 0;
  while (notes < 60) {
    ++notes;
    indexer.AddNote(MeetingNote(notes), "/notes/" + std::to_string(notes) + ".txt");
  }
  indexer.Commit();
  const Xapian::Database reader(dir.path("db"));
  // Commits that rewrite those blocks, until the revision the reader opened
  // is gone from disk: what a long search meets during indexing.
  int commits = 0;
  while (!IsOutdated(reader) && commits++ < 100) {
    ++notes;
    indexer.AddNote(MeetingNote(notes), "/notes/" + std::to_string(notes) + ".txt");
    indexer.Commit();
  }
  ASSERT_TRUE(IsOutdated(reader)) << "Xapian kept the old revision readable through " << commits << " commits";
  QueryConfig config;
  config.query = "meeting";
  config.exact_counts = true;
  try {
    const SearchResult result = Search(reader, config);
    EXPECT_EQ(result.matches, static_cast<size_t>(40 * notes));  // as last committed
  } catch (const Xapian::Error& e) {
    FAIL() << e.get_description();
  }
}

}  // namespace
}  // namespace quorum
