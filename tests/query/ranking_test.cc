// SPDX-License-Identifier: MIT
// The default ranking (a soft AND), --all, --any, --explain's lifts and the
// --expand options, over the search tests' notes (searcher_fixture.h).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "query/query_builder.h"
#include "tests/query/searcher_fixture.h"

namespace quorum {
namespace {

// The search tests' notes under a suite name of its own (GoogleTest wants
// one fixture class per suite, and each test file has its own copy).
class RankingTest : public SearcherTest {};

TEST_F(RankingTest, FreeTextFindsTheParagraph) {
  for (const char* query : {"coordination agencies", "Coordination with UN Agencies",  // case and stop words
                            "delegations coordinate"}) {                               // stemmed
    QueryConfig all = Config(query);
    all.match_all = true;
    EXPECT_EQ(Ranked(all), Ids{kA27}) << query;
    const Ids ranked = Ranked(query);
    ASSERT_FALSE(ranked.empty()) << query;
    EXPECT_EQ(ranked.front(), kA27) << query;  // the one holding every word, first
  }
  EXPECT_TRUE(Ranked("zanzibar").empty());
}

TEST_F(RankingTest, SoftAndByDefaultAllWordsWithMatchAll) {
  // Any word matches; the paragraph holding both ranks first.
  const Ids ranked = Ranked("migration data");
  EXPECT_EQ(Sorted(ranked), Sorted({kA25, kB2}));
  ASSERT_FALSE(ranked.empty());
  EXPECT_EQ(ranked.front(), kB2);
  QueryConfig all = Config("migration data");
  all.match_all = true;
  EXPECT_EQ(Matching(all), Ids{kB2});
  QueryConfig any = Config("migration data");
  any.match_any = true;
  EXPECT_EQ(Matching(any), Sorted({kA25, kB2}));
}

TEST_F(RankingTest, OnlyParagraphsHoldingAllWordsAreLifted) {
  // The soft AND adds to plain BM25 only where every word is held.
  QueryConfig any = Config("coordination delegations migration");
  any.match_any = true;
  std::map<std::string, double> plain;
  for (const Hit& hit : Run(any).hits) plain[hit.data.value("id", "")] = hit.score;
  QueryConfig explained = Config("coordination delegations migration");
  explained.explain = true;
  const SearchResult soft = Run(explained);
  ASSERT_EQ(soft.hits.size(), plain.size());
  for (const Hit& hit : soft.hits) {
    const std::string id = hit.data.value("id", "");
    if (hit.lifted_by.empty()) {
      EXPECT_DOUBLE_EQ(hit.score, plain[id]) << id;
    } else {
      EXPECT_GT(hit.score, plain[id]) << id;
    }
  }
}

TEST_F(RankingTest, FeedbackReordersButAddsNoMatch) {
  QueryConfig feedback = Config("coordination technical");
  feedback.expand = "feedback";
  EXPECT_EQ(Matching(feedback), Matching("coordination technical"));
  QueryConfig filtered = Config("coordination type:minutes");
  filtered.expand = "feedback";
  for (const std::string& id : Matching(filtered)) EXPECT_EQ(id.rfind("WG/REL/2018/2", 0), 0u) << id;
}

TEST_F(RankingTest, ThesaurusAddsSynonymsOfPlainEnglishWordsOnly) {
  // WordNet gives "remuneration" for "salary"; a field or a quote keeps the
  // words as typed. Needs Debian's wordnet-base.
  if (!std::ifstream("/usr/share/wordnet/index.noun")) GTEST_SKIP() << "wordnet-base is not installed";
  QueryConfig thesaurus = Config("salary");
  thesaurus.expand = "thesaurus";
  EXPECT_NE(BuildQuery(db_, thesaurus).description.find("Zremuner"), std::string::npos);
  EXPECT_EQ(BuildQuery(db_, Config("salary")).description.find("Zremuner"), std::string::npos);
  QueryConfig field = Config("salary lang:en");
  field.expand = "thesaurus";
  EXPECT_EQ(BuildQuery(db_, field).description.find("Zremuner"), std::string::npos);
}

TEST_F(RankingTest, ExplainSaysWhichPartsLifted) {
  QueryConfig config = Config("coordination delegations");
  config.explain = true;
  const SearchResult result = Run(config);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits.front().data.value("id", ""), kA27);
  EXPECT_EQ(result.hits.front().lifted_by, (std::vector<std::string>{"all words"}));
  for (size_t i = 1; i < result.hits.size(); ++i) EXPECT_TRUE(result.hits[i].lifted_by.empty()) << i;
}

}  // namespace
}  // namespace quorum
