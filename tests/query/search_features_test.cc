// SPDX-License-Identifier: MIT
// The researcher's features on the sample corpus, indexed in memory:
// show, --like, --context, --sort, --collapse, held:, --explain and the
// export formats.
#include <gtest/gtest.h>

#include <sstream>

#include "common/base/error.h"
#include "common/pipeline/pipeline.h"
#include "indexer/indexer.h"
#include "query/result_printer.h"
#include "query/searcher.h"
#include "tests/support/corpus_index.h"

namespace quorum {
namespace {

class SearchFeaturesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = testing_support::IndexCorpusNotes({"2017-09-18-wg-basin.txt", "2018-03-14-wg-basin.txt",
                                                   "2018-11-06-wg-basin.txt", "2019-03-20-wg-basin.txt",
                                                   "2018-04-24-scbf.txt"});
  }
  static void TearDownTestSuite() { delete database_; }

  static QueryConfig Config(const std::string& query) {
    QueryConfig config;
    config.query = query;
    return config;
  }
  static std::vector<std::string> Ids(const SearchResult& result) {
    std::vector<std::string> ids;
    for (const Hit& hit : result.hits) ids.push_back(hit.data.value("id", ""));
    return ids;
  }

  static Xapian::WritableDatabase* database_;
};

Xapian::WritableDatabase* SearchFeaturesTest::database_ = nullptr;

TEST_F(SearchFeaturesTest, ShowParagraphAndMeeting) {
  const SearchResult one = Show(*database_, "WG/BGR/2017/5 \u00B612");
  ASSERT_EQ(Ids(one), std::vector<std::string>{"WG/BGR/2017/5 \u00B612"});
  EXPECT_NE(one.hits[0].snippet.find("three short papers"), std::string::npos);
  const SearchResult meeting = Show(*database_, "WG/BGR/2017/5");
  ASSERT_EQ(meeting.hits.size(), 14u);
  EXPECT_EQ(meeting.hits.front().data.value("id", ""), "WG/BGR/2017/5 \u00B61");
  EXPECT_EQ(meeting.hits.back().data.value("id", ""), "WG/BGR/2017/5 \u00B614");
  EXPECT_THROW(Show(*database_, "WG/BGR/1999/1 \u00B61"), UsageError);
}

TEST_F(SearchFeaturesTest, LikeFindsPrecedentInOtherMeetings) {
  // ¶12 requested three papers; the follow-up note reports two of them.
  QueryConfig config;
  config.like = "WG/BGR/2017/5 \u00B612";
  const SearchResult result = Search(*database_, config);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits[0].data.value("id", ""), "WG/BGR/2018/3 \u00B62");
  for (const Hit& hit : result.hits) EXPECT_NE(hit.data.value("meeting", ""), "WG/BGR/2017/5");
  config.like = "WG/BGR/2017/5";
  EXPECT_THROW(Search(*database_, config), UsageError) << "a meeting is not one paragraph";
}

TEST_F(SearchFeaturesTest, ContextParagraphsAroundEachHit) {
  QueryConfig config = Config("\"three short papers\"");
  config.meetings = {"WG/BGR/2017/5"};
  config.context = 1;
  const SearchResult result = Search(*database_, config);
  ASSERT_EQ(Ids(result), std::vector<std::string>{"WG/BGR/2017/5 \u00B612"});
  ASSERT_EQ(result.hits[0].before.size(), 1u);
  ASSERT_EQ(result.hits[0].after.size(), 1u);
  EXPECT_EQ(result.hits[0].before[0].value("id", ""), "WG/BGR/2017/5 \u00B611");
  EXPECT_EQ(result.hits[0].after[0].value("id", ""), "WG/BGR/2017/5 \u00B613");
}

TEST_F(SearchFeaturesTest, SortByDateAndCollapseByMeeting) {
  QueryConfig config = Config("basin data");
  config.limit = 50;
  config.sort = "newest";
  const SearchResult newest = Search(*database_, config);
  ASSERT_GT(newest.hits.size(), 3u);
  for (size_t i = 1; i < newest.hits.size(); ++i)
    EXPECT_GE(newest.hits[i - 1].data.value("date", ""), newest.hits[i].data.value("date", ""));
  config.sort = "oldest";
  const SearchResult oldest = Search(*database_, config);
  EXPECT_EQ(oldest.hits.front().data.value("date", ""), "2017-09-18");
  config.sort = "relevance";
  config.collapse = "meeting";
  const SearchResult collapsed = Search(*database_, config);
  std::set<std::string> meetings;
  for (const Hit& hit : collapsed.hits) EXPECT_TRUE(meetings.insert(hit.data.value("meeting", "")).second);
  EXPECT_GT(meetings.size(), 1u);
}

TEST_F(SearchFeaturesTest, HeldRangeFiltersTheMeetingDate) {
  const SearchResult result = Search(*database_, Config("basin held:2018-01..\"30 June 2018\""));
  ASSERT_FALSE(result.hits.empty());
  for (const Hit& hit : result.hits) {
    EXPECT_GE(hit.data.value("date", ""), "2018-01-01");
    EXPECT_LE(hit.data.value("date", ""), "2018-06-30");
  }
}

TEST_F(SearchFeaturesTest, ExplainListsMatchedTerms) {
  QueryConfig config = Config("unearmarked funding");
  config.explain = true;
  const SearchResult result = Search(*database_, config);
  ASSERT_FALSE(result.hits.empty());
  const auto& terms = result.hits[0].matched_terms;
  EXPECT_NE(std::find(terms.begin(), terms.end(), "Zunearmark"), terms.end());
  std::ostringstream out;
  PrintText(result, false, out, true);
  EXPECT_NE(out.str().find("parsed: Query("), std::string::npos);
  EXPECT_NE(out.str().find("matched: "), std::string::npos);
}

TEST_F(SearchFeaturesTest, EveryExportFormat) {
  QueryConfig config = Config("\"policy capability\"");
  config.limit = 2;
  const SearchResult result = Search(*database_, config);
  ASSERT_EQ(result.hits.size(), 2u);
  std::ostringstream csv, markdown, trec;
  PrintCsv(result, csv);
  PrintMarkdown(result, markdown);
  PrintTrec(result, "7", "run1", trec);
  EXPECT_EQ(csv.str().rfind("rank,score,id,meeting,body,date,agenda,paragraph,page,path,text\r\n", 0), 0u);
  EXPECT_NE(csv.str().find("\r\n2,"), std::string::npos);
  EXPECT_NE(csv.str().find(",\"" + result.hits[0].data.value("id", "") + "\","), std::string::npos);
  EXPECT_EQ(markdown.str().rfind("- **" + result.hits[0].data.value("id", "") + "** (", 0), 0u);
  EXPECT_NE(markdown.str().find("**policy capability**"), std::string::npos);
  std::istringstream lines(trec.str());
  std::string topic, q0, docno, tag;
  size_t rank = 0;
  double score = 0;
  lines >> topic >> q0 >> docno >> rank >> score >> tag;
  EXPECT_EQ(topic, "7");
  EXPECT_EQ(q0, "Q0");
  EXPECT_EQ(docno.find(' '), std::string::npos);
  EXPECT_EQ(rank, 1u);
  EXPECT_NEAR(score, result.hits[0].score, 1e-5);
  EXPECT_EQ(tag, "run1");
}

// A query that finds paragraphs gets no spelling suggestion (the in-memory
// backend has no spelling table; tests/cli checks the suggestion itself).
TEST_F(SearchFeaturesTest, NoSpellingSuggestionWhenSomethingMatched) {
  const SearchResult some = Search(*database_, Config("goverance OR governance"));
  EXPECT_FALSE(some.hits.empty());
  EXPECT_EQ(some.suggestion, "");
}

}  // namespace
}  // namespace quorum
