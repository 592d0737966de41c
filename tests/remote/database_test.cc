// SPDX-License-Identifier: MIT
// OpenReadableDatabase (common/index/database.h) on stub files and sharded
// folders: shards combined, metadata merged, each shard's schema checked,
// and a clear message for each line that cannot be opened.
#include "common/index/database.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <string>

#include "common/base/error.h"
#include "common/base/note.h"
#include "common/index/schema.h"
#include "indexer/indexer.h"
#include "tests/indexer/scratch_dir.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::MakeParagraph;
using testing_support::ScratchDir;

// Indexes one note of one paragraph in `language` into the folder `path`.
void Build(const std::string& path, const std::string& language, const std::string& symbol, const char* text) {
  Note note;
  note.path = "notes/" + language + ".txt";
  note.language = language;
  note.body = "Working Group";
  note.type = "minutes";
  note.date = "2018-03-14";
  note.symbol = symbol;
  note.title = "Minutes";
  note.paragraphs = {MakeParagraph("1", nullptr, text)};
  std::filesystem::create_directories(path);
  Indexer indexer(Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OVERWRITE));
  indexer.AddNote(note, note.path);
  indexer.Commit();
}

class StubDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Build(dir_.path("a"), "en", "WG/1", "The budget was adopted.");
    Build(dir_.path("b"), "fr", "GT/1", "Le budget a été adopté.");
  }

  // The message OpenReadableDatabase throws for `paths` ("" if none).
  static std::string OpenError(const std::vector<std::string>& paths) {
    try {
      OpenReadableDatabase(paths);
    } catch (const Error& e) {
      return e.what();
    } catch (const Xapian::Error& e) {
      return "Xapian::Error " + e.get_description();
    }
    return "";
  }

  ScratchDir dir_;
};

TEST_F(StubDatabaseTest, StubFileCombinesShardsAndMergesTheirMetadata) {
  const std::string stub = dir_.Write("all.stub", "# two shards\nauto a\n\nauto " + dir_.path("b") + "\n");
  const Xapian::Database db = OpenReadableDatabase({stub});
  EXPECT_EQ(db.get_doccount(), 2u);
  // Xapian reads metadata from the first shard only; quorum's merged shard
  // answers with both shards' languages.
  EXPECT_EQ(db.get_metadata(std::string(schema::kLanguagesKey)), "en fr");
  EXPECT_EQ(db.get_metadata(std::string(schema::kVersionKey)), std::to_string(schema::kVersion));
}

TEST_F(StubDatabaseTest, SeveralDbPathsAndShardedFoldersCombine) {
  EXPECT_EQ(OpenReadableDatabase({dir_.path("a"), dir_.path("b")}).get_doccount(), 2u);
  // quorum-index --shards writes DIR/shard-NN and DIR/XAPIANDB.
  Build(dir_.path("sharded/shard-00"), "en", "WG/2", "Migration data.");
  Build(dir_.path("sharded/shard-01"), "en", "WG/3", "Basin data.");
  dir_.Write("sharded/XAPIANDB", "auto shard-00\nauto shard-01\n");
  const Xapian::Database db = OpenReadableDatabase({dir_.path("sharded")});
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_EQ(db.get_termfreq("data"), 2u);
}

TEST_F(StubDatabaseTest, OneIndexOpensAsItIs) {
  const Xapian::Database db = OpenReadableDatabase({dir_.path("a")});
  EXPECT_EQ(db.size(), 1u);
  EXPECT_EQ(db.get_metadata(std::string(schema::kLanguagesKey)), "en");
}

TEST_F(StubDatabaseTest, EachBadLineIsNamedWithWhatToDo) {
  const std::string bad_type = dir_.Write("bad-type", "auto a\nbogus b\n");
  EXPECT_NE(OpenError({bad_type}).find("stub file '" + bad_type + "' line 2: cannot read 'bogus b' as a shard"),
            std::string::npos)
      << OpenError({bad_type});
  EXPECT_NE(OpenError({bad_type}).find("'remote HOST:PORT' (xapian-tcpsrv)"), std::string::npos);

  const std::string missing = dir_.Write("missing", "auto no-such-shard\n");
  EXPECT_NE(OpenError({missing}).find("line 1: cannot open database '" + dir_.path("no-such-shard") + "'"),
            std::string::npos)
      << OpenError({missing});

  const std::string bad_port = dir_.Write("bad-port", "remote 127.0.0.1:99999\n");
  EXPECT_NE(OpenError({bad_port}).find("line 1: 'remote 127.0.0.1:99999' needs a host and a port"), std::string::npos)
      << OpenError({bad_port});

  const std::string empty = dir_.Write("empty", "# nothing yet\n");
  EXPECT_NE(OpenError({empty}).find("lists no shards"), std::string::npos) << OpenError({empty});

  const std::string loop = dir_.Write("loop", "auto loop\n");
  EXPECT_NE(OpenError({loop}).find("nests stub files"), std::string::npos) << OpenError({loop});
}

TEST_F(StubDatabaseTest, UnreachableServerSaysWhichLineAndHowToStartIt) {
  // Port 1 (tcpmux) is closed on any test machine: the connection is refused at once.
  const std::string stub = dir_.Write("remote", "auto a\nremote 127.0.0.1:1\n");
  const std::string message = OpenError({stub});
  EXPECT_NE(message.find("line 2: cannot reach xapian-tcpsrv at 127.0.0.1:1: "), std::string::npos) << message;
  EXPECT_NE(message.find("xapian-tcpsrv --interface 127.0.0.1 --port 1 INDEX"), std::string::npos) << message;
}

TEST_F(StubDatabaseTest, EveryShardsSchemaVersionIsChecked) {
  {
    Xapian::WritableDatabase old(dir_.path("b"), Xapian::DB_OPEN);
    old.set_metadata(std::string(schema::kVersionKey), "0");
    old.commit();
  }
  const std::string stub = dir_.Write("all.stub", "auto a\nauto b\n");
  try {
    OpenReadableDatabase({stub});
    FAIL() << "no error";
  } catch (const SchemaMismatchError& e) {
    EXPECT_NE(std::string(e.what()).find("line 2: shard '" + dir_.path("b") + "' has schema version 0"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace quorum
