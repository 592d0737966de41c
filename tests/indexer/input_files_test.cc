// SPDX-License-Identifier: MIT
// FindInputFiles on awkward folders: link loops, broken links, FIFOs,
// names with spaces, quotes and non-ASCII characters.
#include "indexer/input_files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "tests/indexer/scratch_dir.h"

namespace quorum {
namespace {

using testing_support::ScratchDir;
namespace fs = std::filesystem;

bool Contains(const std::vector<std::string>& lines, const std::string& text) {
  for (const std::string& line : lines)
    if (line.find(text) != std::string::npos) return true;
  return false;
}

// The formats a folder walk picks up, by name; a repository's README.md
// beside its Markdown minutes is not a note.
TEST(InputFilesTest, NoteFileNamesByFormat) {
  for (const char* name : {"a.txt", "b.PDF", "c.html", "d.htm", "2021-05-03.md", "e.markdown", "f.docx", "g.odt"})
    EXPECT_TRUE(IsNoteFileName(name)) << name;
  for (const char* name : {"README.md", "CODE_OF_CONDUCT.md", "MANIFEST.markdown", ".hidden.md", "a.doc", "b.json"})
    EXPECT_FALSE(IsNoteFileName(name)) << name;
}

TEST(InputFilesTest, ALinkLoopNeitherTrapsNorStopsTheWalk) {
  ScratchDir dir;
  dir.Write("notes/a.txt", "1. A.\n");
  dir.Write("notes/sub/z.txt", "1. Z.\n");
  fs::create_directory_symlink("..", dir.path("notes/sub/up"));  // a folder loop
  fs::create_symlink("loop2.txt", dir.path("notes/loop1.txt"));  // a file loop
  fs::create_symlink("loop1.txt", dir.path("notes/loop2.txt"));
  fs::create_symlink("missing.txt", dir.path("notes/broken.txt"));  // dangling
  const InputFiles inputs = FindInputFiles({dir.path("notes")});
  EXPECT_EQ(inputs.files, (std::vector<std::string>{dir.path("notes/a.txt"), dir.path("notes/sub/z.txt")}));
  EXPECT_TRUE(Contains(inputs.errors, "loop1.txt: broken or looping symbolic link; skipped"));
  EXPECT_TRUE(Contains(inputs.errors, "broken.txt: broken or looping symbolic link; skipped"));
}

TEST(InputFilesTest, AFifoOrDeviceNamedIsRefused) {
  ScratchDir dir;
  ASSERT_EQ(mkfifo(dir.path("pipe.txt").c_str(), 0600), 0);
  const InputFiles inputs = FindInputFiles({dir.path("pipe.txt"), "/dev/zero"});
  EXPECT_TRUE(inputs.files.empty());
  EXPECT_TRUE(Contains(inputs.errors, "pipe.txt: not a regular file or folder; skipped"));
  EXPECT_TRUE(Contains(inputs.errors, "/dev/zero: not a regular file or folder; skipped"));
}

TEST(InputFilesTest, AFifoInAFolderIsNotANote) {
  ScratchDir dir;
  dir.Write("notes/a.txt", "1. A.\n");
  ASSERT_EQ(mkfifo(dir.path("notes/pipe.txt").c_str(), 0600), 0);
  const InputFiles inputs = FindInputFiles({dir.path("notes")});
  EXPECT_EQ(inputs.files, std::vector<std::string>{dir.path("notes/a.txt")});
}

TEST(InputFilesTest, AwkwardNamesAreKeptAsTheyAre) {
  ScratchDir dir;
  for (const char* name : {"with space.txt", "quote's \"double\".txt", "r\xC3\xA9union \xE4\xBC\x9A.txt"})
    dir.Write(std::string("notes/") + name, "1. A.\n");
  const InputFiles inputs = FindInputFiles({dir.path("notes")});
  EXPECT_EQ(inputs.files.size(), 3u);
  EXPECT_TRUE(inputs.errors.empty());
  EXPECT_TRUE(Contains(inputs.files, "quote's \"double\".txt"));
}

TEST(InputFilesTest, ADanglingLinkNamedIsNotMissing) {
  ScratchDir dir;
  fs::create_symlink("nowhere.txt", dir.path("link.txt"));
  const InputFiles inputs = FindInputFiles({dir.path("link.txt"), dir.path("absent.txt")});
  EXPECT_TRUE(Contains(inputs.errors, "link.txt: broken or looping symbolic link"));
  EXPECT_TRUE(Contains(inputs.errors, "absent.txt: no such file or folder"));
}

}  // namespace
}  // namespace quorum
