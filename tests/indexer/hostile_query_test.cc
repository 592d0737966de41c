// SPDX-License-Identifier: MIT
// Query text no search may choke on, sent through Search() (a NUL byte
// cannot reach quorum-search through its arguments): the answer is results
// or a UsageError (exit 2), never a crash or another exception.
#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

#include "common/base/error.h"
#include "common/pipeline/pipeline.h"
#include "indexer/indexer.h"
#include "query/searcher.h"
#include "tests/indexer/scratch_dir.h"

namespace quorum {
namespace {

using testing_support::ScratchDir;

class HostileQueryTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir;
    Indexer indexer(Xapian::WritableDatabase(dir_->path("db"), Xapian::DB_CREATE | Xapian::DB_NO_SYNC));
    indexer.AddNote(ParseNoteText("WG/T/2017/1\n\nWORKING GROUP ON TESTS\n\nCHAIRPERSON'S NOTE ON THE MEETING\n\n"
                                  "HELD ON 1 MAY 2017\n\n1. The meeting discussed migration policy.\n"),
                    "/notes/1.txt");
    indexer.Commit();
  }
  static void TearDownTestSuite() { delete dir_; }

  static ScratchDir* dir_;
};
ScratchDir* HostileQueryTest::dir_ = nullptr;

TEST_P(HostileQueryTest, AnswersOrRefusesAsUsage) {
  QueryConfig config;
  config.query = GetParam();
  try {
    Search(Xapian::Database(dir_->path("db")), config);
  } catch (const UsageError&) {
    // exit 2 with a message: acceptable
  } catch (const Xapian::Error& e) {
    FAIL() << e.get_description();
  }
}

std::string Repeat(const std::string& word, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += word + " ";
  return text;
}

INSTANTIATE_TEST_SUITE_P(Inputs, HostileQueryTest,
                         ::testing::Values(std::string("migration\0policy", 16), std::string("\0", 1),
                                           std::string("\"\0\"(\0)", 6), std::string("meeting:\0", 9),
                                           "caf\xE9 \xFF\xFE \xC3\x28 \xE2\x82", "\"migration policy", "((migration",
                                           "migration))", ")(", Repeat("policy OR (migration AND", 2500),
                                           std::string(20000, 'x')));

}  // namespace
}  // namespace quorum
