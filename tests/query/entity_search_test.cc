// SPDX-License-Identifier: MIT
// Entity fields from query to index and back, on the sample corpus indexed
// in memory: resolution:, symbol:, date: (overlap), and --list entities.
#include <gtest/gtest.h>

#include "common/base/error.h"
#include "common/index/schema.h"
#include "common/pipeline/pipeline.h"
#include "indexer/indexer.h"
#include "query/listing.h"
#include "query/searcher.h"
#include "tests/support/corpus_index.h"

namespace quorum {
namespace {

class EntitySearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = testing_support::IndexCorpusNotes({"2016-11-12-iorb-council.txt", "2017-09-18-wg-basin.txt",
                                                   "2018-08-28-wg-basin-fr.txt", "2018-11-06-wg-basin.txt",
                                                   "2018-11-28-iorb-council.txt"});
  }
  static void TearDownTestSuite() { delete database_; }

  static std::vector<std::string> Ids(const std::string& query) {
    QueryConfig config;
    config.query = query;
    config.limit = 100;
    std::vector<std::string> ids;
    for (const Hit& hit : Search(*database_, config).hits) ids.push_back(hit.data.value("id", ""));
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  static Xapian::WritableDatabase* database_;
};

Xapian::WritableDatabase* EntitySearchTest::database_ = nullptr;

TEST_F(EntitySearchTest, ResolutionByNumberFindsFullAndShortFormsInEveryLanguage) {
  const std::vector<std::string> ids = Ids("resolution:214");
  // Cited in full and as "(Resolution No. 214)" in English, and in French.
  EXPECT_GE(ids.size(), 6u);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "WG/BGR/2017/5 \u00B69"), ids.end()) << "the short form";
  bool french = false;
  for (const std::string& id : ids) french = french || id.find("Groupe de travail") != std::string::npos;
  EXPECT_TRUE(french);
  EXPECT_EQ(Ids("resolution:214"), Ids("resolution:\"council resolution 214 (2016-11-12)\""));
}

TEST_F(EntitySearchTest, SymbolAndUnResolutionForms) {
  EXPECT_EQ(Ids("symbol:WG/BGR/2018/4"), std::vector<std::string>{"WG/BGR/2018/7 \u00B63"});
  EXPECT_FALSE(Ids("resolution:71/222").empty());
  EXPECT_EQ(Ids("symbol:A/RES/71/222"), Ids("resolution:A/RES/71/222"));
}

TEST_F(EntitySearchTest, DateMatchesMentionsOverlappingTheRange) {
  // ¶4 of WG/BGR/2017/5 mentions "4 to 6 December 2018".
  const std::vector<std::string> december = Ids("date:2018-12");
  EXPECT_NE(std::find(december.begin(), december.end(), "WG/BGR/2017/5 \u00B64"), december.end());
  EXPECT_EQ(std::find(december.begin(), december.end(), "WG/BGR/2017/5 \u00B61"), december.end())
      << "¶1 mentions only 18 September 2017";
  const std::vector<std::string> days = Ids("date:2018-12-05..2018-12-05");
  EXPECT_NE(std::find(days.begin(), days.end(), "WG/BGR/2017/5 \u00B64"), days.end()) << "inside the range";
  const std::vector<std::string> after = Ids("date:2018-12-07..2018-12-31");
  EXPECT_EQ(std::find(after.begin(), after.end(), "WG/BGR/2017/5 \u00B64"), after.end()) << "4-6 December is before";
}

TEST_F(EntitySearchTest, EntityTypeFacetCountsEachTypeOncePerParagraph) {
  QueryConfig config;
  config.query = "resolution:214";
  config.limit = 100;
  const SearchResult result = Search(*database_, config);
  ASSERT_FALSE(result.hits.empty());
  size_t resolution_count = 0, date_hits = 0;
  for (const FacetValue& facet : result.facets)
    if (facet.facet == "entity" && facet.value == "resolution") resolution_count = facet.count;
  for (const Hit& hit : result.hits) {
    bool has_date = false;
    for (const auto& entity : hit.data["entities"]) has_date = has_date || entity.value("type", "") == "date";
    date_hits += has_date;
  }
  EXPECT_EQ(resolution_count, result.hits.size());
  size_t date_count = 0;
  for (const FacetValue& facet : result.facets)
    if (facet.facet == "entity" && facet.value == "date") date_count = facet.count;
  EXPECT_EQ(date_count, date_hits);
}

TEST_F(EntitySearchTest, AcronymsDefinedInNotesAreSearchedBothWays) {
  const std::string learnt = database_->get_metadata(std::string(schema::kSynonymsKey));
  EXPECT_NE(learnt.find("IORB = International Organization for River Basins\n"), std::string::npos) << learnt;
  QueryConfig config;
  config.query = "IORB";
  config.limit = 200;
  const SearchResult acronym = Search(*database_, config);
  ASSERT_FALSE(acronym.expansions.empty());
  config.query = "\"International Organization for River Basins\"";
  const SearchResult full = Search(*database_, config);
  // Every paragraph naming it in full is among those the acronym finds.
  std::set<std::string> found;
  for (const Hit& hit : acronym.hits) found.insert(hit.data.value("id", ""));
  for (const Hit& hit : full.hits) EXPECT_TRUE(found.count(hit.data.value("id", ""))) << hit.data.value("id", "");
  EXPECT_FALSE(full.hits.empty());
}

TEST_F(EntitySearchTest, ListEntitiesCountsParagraphsAndMeetings) {
  const std::vector<ListedValue> values = List(*database_, "entities", "resolution", 3);
  ASSERT_FALSE(values.empty());
  EXPECT_EQ(values[0].value, "Council resolution 214 (2016-11-12)");
  EXPECT_EQ(values[0].paragraphs, Ids("resolution:\"council resolution 214 (2016-11-12)\"").size());
  EXPECT_GE(values[0].meetings, 4u);
  EXPECT_EQ(values[0].first, "2016-11-12");
  EXPECT_GE(values[0].last, "2018-11-28");
  EXPECT_THROW(List(*database_, "entities", "colour", 3), UsageError);
}

}  // namespace
}  // namespace quorum
