// SPDX-License-Identifier: MIT
// The requests ledger over Markdown minutes of a technical committee, read
// as quorum-index reads them (the Markdown reader, the parser, the taggers)
// and indexed into an in-memory database: action items in their usual
// layouts, a decision and a vote are listed, and --to, --by and --open
// find them. The note is written in corpus/ style (fictional body and
// people) and kept here rather than in corpus/, whose notes the end-to-end
// goldens count.
#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/pipeline/pipeline.h"
#include "indexer/indexer.h"
#include "query/ledger.h"

namespace fs = std::filesystem;

namespace quorum {
namespace {

constexpr const char* kMinutes = R"(# Harbour Data Technical Committee Meeting 2024-05-02

## Present

* Ana Ortiz (chair)
* Bob Lindqvist
* Chen Wei

## Minutes

### Sensor firmware

The Committee agreed that the firmware freeze moves to 15 May 2024.

ACTION: Ana to circulate the revised release calendar by 10 May 2024.

AI: Chen will prepare a draft decision on sensor calibration for the next meeting.

### Open data portal

Discussion of the portal's licence.

- [ ] @bob draft the licence notice for the portal

Action item (Bob Lindqvist, 31 May 2024): review the portal's access logs.

The motion to adopt the data retention policy carried 3-0.

### Done since the last meeting

- [x] @chen publish the sensor list on the portal
)";

class LedgerMinutesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const fs::path folder = fs::temp_directory_path() / ("quorum-ledger-minutes-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const fs::path path = folder / "2024-05-02-harbour-tech.md";
    std::ofstream(path) << kMinutes;
    note_ = new Note(ParseNoteFile(path.string()));
    fs::remove_all(folder);
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Indexer indexer(db);
    indexer.AddNote(*note_, "notes/2024-05-02-harbour-tech.md");
    indexer.Commit();
    db_ = new Xapian::Database(db);
  }
  static void TearDownTestSuite() {
    delete db_;
    delete note_;
  }
  // "kind addressee | deliverable | due" of each record the ledger lists.
  static std::vector<std::string> Listed(const std::string& to, const std::string& by, bool open_only = false) {
    QueryConfig config;
    config.requests = true;
    config.limit = 100;
    config.addressee = to;
    config.requester = by;
    config.open_only = open_only;
    std::vector<std::string> listed;
    for (const LedgerRecord& record : CollectLedger(*db_, config).records) {
      const auto& r = record.source.request;
      listed.push_back(r.value("kind", "") + " " + r.value("addressee", "") + " | " + r.value("deliverable", "") +
                       " | " + (r["due"].is_string() ? r["due"].get<std::string>() : std::string()));
    }
    return listed;
  }
  static Note* note_;
  static Xapian::Database* db_;
};
Note* LedgerMinutesTest::note_ = nullptr;
Xapian::Database* LedgerMinutesTest::db_ = nullptr;

TEST_F(LedgerMinutesTest, MarkdownKeepsTheTaskBoxForTheTagger) {
  bool seen = false;
  for (const Paragraph& p : note_->paragraphs) seen = seen || p.text.rfind("[ ] @bob draft", 0) == 0;
  EXPECT_TRUE(seen) << "the Markdown reader no longer gives a task-list item as \"[ ] @bob …\"";
}

TEST_F(LedgerMinutesTest, ListsActionItemsDecisionAndVote) {
  EXPECT_EQ(Listed("", ""),
            (std::vector<std::string>{
                "decision Committee | the firmware freeze moves to 15 May 2024 | ",
                "commitment Ana | circulate the revised release calendar | by 10 May 2024",
                "commitment Chen | prepare a draft decision on sensor calibration | for the next meeting",
                "commitment bob | draft the licence notice for the portal | ",
                "commitment Bob Lindqvist | review the portal's access logs | 31 May 2024",
                "decision Committee | adopt the data retention policy | ",
                "commitment chen | publish the sensor list on the portal | ",
            }));
}

TEST_F(LedgerMinutesTest, ToByAndOpenFindThem) {
  EXPECT_EQ(Listed("bob", "").size(), 2u);  // the handle and the name in brackets
  EXPECT_EQ(Listed("Ana", "").size(), 1u);
  EXPECT_EQ(Listed("", "committee").size(), 7u);  // the body asked for each action item
  EXPECT_EQ(Listed("chen", "committee").size(), 2u);
  EXPECT_EQ(Listed("chen", "committee", /*open_only=*/true).size(), 1u);  // not the checked "[x] @chen publish …"
}

// A checked task box is an action item done: listed as answered by itself,
// not as open; an unchecked one stays open.
TEST_F(LedgerMinutesTest, CheckedTaskIsAnsweredNotOpen) {
  QueryConfig config;
  config.requests = true;
  config.limit = 100;
  const Ledger ledger = CollectLedger(*db_, config);
  bool checked_seen = false, unchecked_seen = false;
  for (const LedgerRecord& record : ledger.records) {
    const std::string deliverable = record.source.request.value("deliverable", "");
    if (deliverable == "publish the sensor list on the portal") {
      checked_seen = true;
      EXPECT_FALSE(record.open());
      ASSERT_EQ(record.answers.size(), 1u);
      EXPECT_EQ(record.answers[0].how, "checked");
      EXPECT_EQ(record.answers[0].date, "2024-05-02");
    }
    if (deliverable == "draft the licence notice for the portal") {
      unchecked_seen = true;
      EXPECT_TRUE(record.open());
    }
  }
  EXPECT_TRUE(checked_seen && unchecked_seen);
  EXPECT_EQ(ledger.open, ledger.total - 1);
  for (const std::string& line : Listed("", "", /*open_only=*/true))
    EXPECT_EQ(line.find("publish the sensor list"), std::string::npos) << line;
}

}  // namespace
}  // namespace quorum
