// SPDX-License-Identifier: MIT
// Sharded indexes through RunIndex: the same search results from one shard,
// three shards and the shards merged; re-runs and --prune per shard; the
// stub file that lets Xapian open the folder as one database.
#include "indexer/shards.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "common/base/error.h"
#include "common/index/schema.h"
#include "indexer/incremental.h"
#include "indexer/index_run.h"
#include "indexer/note_record.h"
#include "query/stored_paragraph.h"
#include "tests/indexer/scratch_dir.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

using testing_support::ScratchDir;

std::string NoteText(int i, const std::string& words) {
  return "WG/T/2017/" + std::to_string(i) +
         "\n\nWORKING GROUP ON TESTS\n\nCHAIRPERSON'S NOTE ON THE MEETING\n\nHELD ON 1 MAY 2017\n\n"
         "1. The Working Group discussed " +
         words +
         " of the Basin Data Partnership (BDP).\n\n"
         "2. The meeting rose at noon.\n";
}

class ShardsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 24; ++i)
      dir_.Write("notes/" + std::to_string(i) + ".txt", NoteText(i, i % 3 ? "budget transfers" : "water data"));
  }

  // One quorum-index run; returns its summary line and checks the exit code.
  std::string Index(IndexConfig config, ExitCode expected = ExitCode::kOk) {
    config.paths = config.merge && config.paths.empty() ? config.paths : std::vector<std::string>{notes()};
    config.quiet = true;
    config.progress = "never";
    std::ostringstream out, err;
    EXPECT_EQ(RunIndex(config, out, err), expected) << err.str();
    return err.str();
  }
  IndexConfig Config(const std::string& db, size_t shards = 0) {
    IndexConfig config;
    config.db = dir_.path(db);
    config.shards = shards;
    config.commit_every = 5;
    return config;
  }
  std::string notes() const { return dir_.path("notes"); }

  // The paragraph ids a search for `word` finds, as quorum-search would
  // open the folder (Xapian reads the stub file of a sharded one).
  static std::set<std::string> Found(const std::string& db, const std::string& word) {
    Xapian::Database database(db);
    Xapian::Enquire enquire(database);
    enquire.set_query(Xapian::Query(word));
    std::set<std::string> ids;
    const Xapian::MSet hits = enquire.get_mset(0, 1000);
    for (Xapian::MSetIterator hit = hits.begin(); hit != hits.end(); ++hit) {
      const Xapian::Document doc = hit.get_document();
      ids.insert(doc.get_value(schema::kSlotNoteKey) + '#' + doc.get_value(schema::kSlotOrdinal));
    }
    return ids;
  }

  ScratchDir dir_;
};

TEST_F(ShardsTest, ShardOfIsStable) {
  // Pinned: a re-run must find every note in the shard that holds it.
  EXPECT_EQ(ShardOf("0123456789abcdef", 1), 0u);
  const size_t shard = ShardOf("0123456789abcdef", 3);
  EXPECT_LT(shard, 3u);
  EXPECT_EQ(ShardOf("0123456789abcdef", 3), shard);
  std::set<size_t> used;
  for (int i = 0; i < 100; ++i) used.insert(ShardOf(std::to_string(i), 3));
  EXPECT_EQ(used.size(), 3u);
}

TEST_F(ShardsTest, OneShardThreeShardsAndMergedFindTheSame) {
  Index(Config("one"));
  Index(Config("three", 3));
  EXPECT_EQ(ShardCount(dir_.path("one")), 0u);
  EXPECT_EQ(ShardCount(dir_.path("three")), 3u);
  EXPECT_TRUE(fs::is_regular_file(dir_.path("three/XAPIANDB")));
  EXPECT_EQ(Xapian::Database(dir_.path("one")).get_doccount(), 48u);
  EXPECT_EQ(Xapian::Database(dir_.path("three")).get_doccount(), 48u);
  for (size_t i = 0; i < 3; ++i) {
    const Xapian::Database shard(ShardPath(dir_.path("three"), i));
    EXPECT_GT(shard.get_doccount(), 0u) << i;
    EXPECT_TRUE(CheckNoteRecords(shard).empty()) << i;
  }
  for (const char* word : {"budget", "water", "noon"})
    EXPECT_EQ(Found(dir_.path("three"), word), Found(dir_.path("one"), word)) << word;

  IndexConfig merge = Config("three");
  merge.merge = true;
  Index(merge);
  EXPECT_EQ(ShardCount(dir_.path("three")), 0u);
  EXPECT_TRUE(fs::exists(dir_.path("three/iamglass")));
  const Xapian::Database merged(dir_.path("three"));
  EXPECT_EQ(merged.get_doccount(), 48u);
  EXPECT_TRUE(CheckNoteRecords(merged).empty());
  for (const char* word : {"budget", "water", "noon"})
    EXPECT_EQ(Found(dir_.path("three"), word), Found(dir_.path("one"), word)) << word;
  // What sums up the notes of every shard is merged, not taken from one.
  const Xapian::Database one(dir_.path("one"));
  EXPECT_EQ(merged.get_metadata(std::string(schema::kLanguagesKey)),
            one.get_metadata(std::string(schema::kLanguagesKey)));
  EXPECT_EQ(merged.get_metadata(std::string(schema::kSynonymsKey)),
            one.get_metadata(std::string(schema::kSynonymsKey)));
  EXPECT_EQ(merged.get_spelling_suggestion("budgte"), "budget");
  // Merged, it is an ordinary index: a re-run finds every note unchanged.
  EXPECT_NE(Index(Config("three")).find("0 added, 0 changed, 24 unchanged"), std::string::npos);
}

// Enough text to train the data dictionary (indexer/data_dictionary.h):
// every shard holds the same one, every paragraph reads back through it,
// before and after the merge, and a re-run keeps it.
TEST_F(ShardsTest, EveryShardHoldsTheRunsOneDataDictionary) {
  static const char* const kWords[] = {"budget", "water",  "transfers", "members", "agreed", "report",
                                       "basin",  "review", "Committee", "session", "data",   "funds"};
  unsigned state = 5;
  for (int note = 0; note < 30; ++note) {
    std::string text = "WG/D/2017/" + std::to_string(note) + "\n\nWORKING GROUP ON DATA\n\nHELD ON 2 MAY 2017\n\n";
    for (int paragraph = 1; paragraph <= 20; ++paragraph) {
      text += std::to_string(paragraph) + ". The Working Group";
      for (int w = 0; w < 40; ++w) {
        state = state * 1103515245u + 12345u;
        text += std::string(" ") + kWords[(state >> 16) % 12];
      }
      text += ".\n\n";
    }
    dir_.Write("big/" + std::to_string(note) + ".txt", text);
  }
  IndexConfig config = Config("dict", 3);
  config.paths = {dir_.path("big")};
  config.quiet = true;
  config.progress = "never";
  std::ostringstream out, err;
  ASSERT_EQ(RunIndex(config, out, err), ExitCode::kOk) << err.str();
  const std::string dictionary =
      Xapian::Database(ShardPath(dir_.path("dict"), 0)).get_metadata(std::string(schema::kDataDictionaryKey));
  ASSERT_FALSE(dictionary.empty());
  for (size_t i = 1; i < 3; ++i)
    EXPECT_EQ(Xapian::Database(ShardPath(dir_.path("dict"), i)).get_metadata(std::string(schema::kDataDictionaryKey)),
              dictionary)
        << i;
  auto check_every_paragraph = [](const std::string& db) {
    const Xapian::Database database(db);
    StoredParagraphs stored(database);
    size_t compressed = 0;
    for (Xapian::PostingIterator it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
      const Xapian::docid id = *it;
      const Xapian::Document document = database.get_document(id);
      compressed += document.get_data().rfind('{', 0) != 0;
      const nlohmann::json data = stored.Read(document);
      EXPECT_NE(data.value("text", "").find("The Working Group"), std::string::npos) << db << " #" << id;
      EXPECT_EQ(data.value("meeting", "").rfind("WG/D/2017/", 0), 0u) << db << " #" << id;
    }
    // Paragraphs written before the dictionary existed were compressed too.
    EXPECT_EQ(compressed, database.get_doccount()) << db;
  };
  check_every_paragraph(dir_.path("dict"));
  IndexConfig merge = Config("dict");
  merge.merge = true;
  Index(merge);
  EXPECT_EQ(Xapian::Database(dir_.path("dict")).get_metadata(std::string(schema::kDataDictionaryKey)), dictionary);
  check_every_paragraph(dir_.path("dict"));
}

TEST_F(ShardsTest, ReRunsRouteEachNoteToItsShard) {
  Index(Config("db", 3));
  dir_.Write("notes/5.txt", NoteText(5, "pension reform"));
  fs::remove(dir_.path("notes/7.txt"));
  IndexConfig again = Config("db");  // no --shards: the index's own three
  again.prune = true;
  const std::string summary = Index(again);
  EXPECT_NE(summary.find("0 added, 1 changed, 22 unchanged, 1 removed"), std::string::npos) << summary;
  EXPECT_EQ(ShardCount(dir_.path("db")), 3u);
  const Xapian::Database db(dir_.path("db"));
  EXPECT_EQ(db.get_doccount(), 46u);
  EXPECT_EQ(Found(dir_.path("db"), "pension").size(), 1u);
  // The changed note is in one shard only, with its record.
  const std::string key = schema::NoteKey(CanonicalPath(dir_.path("notes/5.txt")));
  size_t holders = 0;
  for (size_t i = 0; i < 3; ++i) {
    const Xapian::Database shard(ShardPath(dir_.path("db"), i));
    holders += shard.term_exists(schema::NoteTerm(key));
    EXPECT_TRUE(CheckNoteRecords(shard).empty()) << i;
  }
  EXPECT_EQ(holders, 1u);
  EXPECT_NE(Index(Config("db", 3)).find("0 changed, 23 unchanged"), std::string::npos);
}

TEST_F(ShardsTest, AnotherLayoutIsRefused) {
  Index(Config("sharded", 3));
  EXPECT_THROW(Index(Config("sharded", 2)), Error);
  Index(Config("single"));
  EXPECT_THROW(Index(Config("single", 2)), Error);
  IndexConfig merge = Config("single");
  merge.merge = true;
  merge.paths.clear();
  EXPECT_THROW(Index(merge), Error);
}

TEST_F(ShardsTest, OverwriteRebuildsEveryShard) {
  Index(Config("db", 2));
  fs::remove(dir_.path("notes/0.txt"));
  IndexConfig overwrite = Config("db", 2);
  overwrite.overwrite = true;
  EXPECT_NE(Index(overwrite).find("23 added, 0 changed"), std::string::npos);
  EXPECT_EQ(Xapian::Database(dir_.path("db")).get_doccount(), 46u);
}

}  // namespace
}  // namespace quorum
