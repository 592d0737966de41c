// SPDX-License-Identifier: MIT
// HashFile: the streamed hash equals the one the parser records, and files
// that must not be read whole (too large, FIFOs) are refused at once.
#include "indexer/file_hash.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "common/base/hash.h"
#include "tests/indexer/scratch_dir.h"

namespace quorum {
namespace {

using testing_support::ScratchDir;

TEST(FileHashTest, EqualsTheContentHashOfTheBytes) {
  ScratchDir dir;
  std::string bytes;
  for (int i = 0; i < 20000; ++i) bytes += "paragraph " + std::to_string(i) + "\n";  // several read blocks
  const FileHash hash = HashFile(dir.Write("a.txt", bytes));
  ASSERT_EQ(hash.status, FileHash::kOk) << hash.reason;
  EXPECT_EQ(hash.content_hash, ContentHash(bytes));
  EXPECT_EQ(HashFile(dir.Write("empty.txt", "")).content_hash, ContentHash(""));
}

TEST(FileHashTest, AMissingFileHasVanished) {
  ScratchDir dir;
  EXPECT_EQ(HashFile(dir.path("gone.txt")).status, FileHash::kVanished);
}

TEST(FileHashTest, ATextFileOverTheLimitIsRefusedAfterOneBlock) {
  ScratchDir dir;
  const std::string path = dir.Write("huge.txt", "1. A note.\n");
  // Sparse: takes no disk space.
  ASSERT_EQ(truncate(path.c_str(), static_cast<off_t>(kMaxTextNoteBytes + 1)), 0);
  const FileHash hash = HashFile(path);
  EXPECT_EQ(hash.status, FileHash::kTooLarge);
  EXPECT_EQ(hash.reason, "file too large (64 MiB; text notes over 64 MiB are skipped)");
}

TEST(FileHashTest, APdfMayBeLargerThanAText) {
  ScratchDir dir;
  const std::string path = dir.Write("big.pdf", "%PDF-1.4\n");
  ASSERT_EQ(truncate(path.c_str(), static_cast<off_t>(kMaxTextNoteBytes + 1)), 0);
  EXPECT_EQ(HashFile(path).status, FileHash::kOk);
  ASSERT_EQ(truncate(path.c_str(), static_cast<off_t>(kMaxPdfNoteBytes + 1)), 0);
  EXPECT_EQ(HashFile(path).reason, "file too large (512 MiB; PDFs over 512 MiB are skipped)");
}

TEST(FileHashTest, AFifoIsRefusedWithoutBlocking) {
  ScratchDir dir;
  ASSERT_EQ(mkfifo(dir.path("pipe.txt").c_str(), 0600), 0);
  const FileHash hash = HashFile(dir.path("pipe.txt"));
  EXPECT_EQ(hash.status, FileHash::kUnreadable);
  EXPECT_EQ(hash.reason, "not a regular file");
}

}  // namespace
}  // namespace quorum
