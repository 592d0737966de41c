// SPDX-License-Identifier: MIT
// WritableIndex: the lock message names the holder's pid, --wait waits,
// --overwrite swaps in a new index whole, and bad --db folders are refused
// with the fix in the message.
#include "indexer/writable_index.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <csignal>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>

#include "common/index/schema.h"
#include "indexer/interrupt.h"
#include "tests/indexer/scratch_dir.h"

namespace quorum {
namespace {

using testing_support::ScratchDir;

// The message of the quorum::Error that opening `path` throws.
std::string OpenError(const std::string& path, const WriteOptions& options = {}) {
  std::ostringstream err;
  try {
    WritableIndex::Open(path, options, err);
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "no error opening " << path;
  return {};
}

TEST(WritableIndexTest, ANewIndexIsStampedAndUnsynced) {
  ScratchDir dir;
  std::ostringstream err;
  const WritableIndex index = WritableIndex::Open(dir.path("db"), {}, err);
  EXPECT_TRUE(index.unsynced());
  // A reader sees a stamped, empty index from the start.
  const Xapian::Database reader(dir.path("db"));
  EXPECT_EQ(reader.get_metadata(std::string(schema::kVersionKey)), std::to_string(schema::kVersion));
  EXPECT_NO_THROW(index.Sync());
}

TEST(WritableIndexTest, AnExistingIndexIsSyncedAtEveryCommit) {
  ScratchDir dir;
  std::ostringstream err;
  { WritableIndex::Open(dir.path("db"), {}, err); }
  EXPECT_FALSE(WritableIndex::Open(dir.path("db"), {}, err).unsynced());
}

TEST(WritableIndexTest, ASecondWriterIsToldWhoHoldsTheLock) {
  ScratchDir dir;
  std::ostringstream err;
  const WritableIndex first = WritableIndex::Open(dir.path("db"), {}, err);
  EXPECT_EQ(LockHolder(dir.path("db")), getpid());
  EXPECT_EQ(OpenError(dir.path("db")), "index '" + dir.path("db") + "' is locked by another quorum-index (pid " +
                                           std::to_string(getpid()) + "); wait for it to finish, or pass --wait");
}

TEST(WritableIndexTest, TheLockInfoGoesWithTheWriter) {
  ScratchDir dir;
  std::ostringstream err;
  { WritableIndex::Open(dir.path("db"), {}, err); }
  EXPECT_FALSE(std::filesystem::exists(dir.path("db/") + kLockInfoFile));
  EXPECT_EQ(LockHolder(dir.path("db")), 0);
}

TEST(WritableIndexTest, AStaleLockInfoNamesNobody) {
  ScratchDir dir;
  std::ostringstream err;
  { WritableIndex::Open(dir.path("db"), {}, err); }
  // What a killed run leaves: a pid that no process has.
  dir.Write(std::string("db/") + kLockInfoFile, "999999999\n");
  EXPECT_EQ(LockHolder(dir.path("db")), 0);
  EXPECT_NO_THROW(WritableIndex::Open(dir.path("db"), {}, err));
}

TEST(WritableIndexTest, WaitGetsTheLockOnceItIsFree) {
  ScratchDir dir;
  std::ostringstream err;
  std::optional<WritableIndex> first(WritableIndex::Open(dir.path("db"), {}, err));
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    first.reset();
  });
  std::ostringstream wait_err;
  EXPECT_NO_THROW(WritableIndex::Open(dir.path("db"), WriteOptions{false, true}, wait_err));
  release.join();
  EXPECT_NE(wait_err.str().find("is locked by another quorum-index (pid " + std::to_string(getpid()) +
                                "); waiting for it to finish"),
            std::string::npos)
      << wait_err.str();
}

TEST(WritableIndexTest, ASignalEndsTheWait) {
  ScratchDir dir;
  std::ostringstream err;
  const WritableIndex first = WritableIndex::Open(dir.path("db"), {}, err);
  InstallInterruptHandlers();
  std::raise(SIGTERM);
  EXPECT_THROW(WritableIndex::Open(dir.path("db"), WriteOptions{false, true}, err), WaitInterrupted);
  ClearInterrupt();
  std::signal(SIGTERM, SIG_DFL);
  std::signal(SIGINT, SIG_DFL);
}

TEST(WritableIndexTest, OverwriteReplacesTheIndexWhole) {
  ScratchDir dir;
  std::ostringstream err;
  {
    WritableIndex index = WritableIndex::Open(dir.path("db"), {}, err);
    index.database().add_document(Xapian::Document());
    index.database().commit();
  }
  const WritableIndex index = WritableIndex::Open(dir.path("db"), WriteOptions{true, false}, err);
  EXPECT_TRUE(index.unsynced());
  EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 0u);
  // No temporary folder is left beside it.
  size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) entries += entry.exists() ? 1u : 0u;
  EXPECT_EQ(entries, 1u);
}

TEST(WritableIndexTest, LeftoversOfAKilledOverwriteAreRemoved) {
  ScratchDir dir;
  std::ostringstream err;
  const std::string leftover = dir.path(".db.quorum-new-999999999");
  { Xapian::WritableDatabase(leftover, Xapian::DB_CREATE); }
  dir.Write(".db.quorum-new-999999999/quorum-index.pid", "999999999\n");
  WritableIndex::Open(dir.path("db"), {}, err);
  EXPECT_FALSE(std::filesystem::exists(leftover));
}

TEST(WritableIndexTest, AFileIsNoIndexFolder) {
  ScratchDir dir;
  const std::string file = dir.Write("notes.txt", "1. Not an index.\n");
  EXPECT_EQ(OpenError(file),
            "'" + file + "' is a file, not an index folder; give --db a folder (it is created if missing)");
}

TEST(WritableIndexTest, AFolderOfOtherFilesIsNotOverwritten) {
  ScratchDir dir;
  const std::string note = dir.Write("corpus/a.txt", "1. A note.\n");
  EXPECT_NE(OpenError(dir.path("corpus"), WriteOptions{true, false}).find("is a folder with other files in it"),
            std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(note));
}

TEST(WritableIndexTest, AMissingParentIsReported) {
  ScratchDir dir;
  EXPECT_NE(OpenError(dir.path("no/such/db")).find("cannot create index folder"), std::string::npos);
}

}  // namespace
}  // namespace quorum
