// SPDX-License-Identifier: MIT
// --batch (query/batch.h): one JSON line per input line, options per line,
// errors reported in their line without stopping the others.
#include "query/batch.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "common/base/note.h"
#include "indexer/indexer.h"
#include "query/searcher.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::MakeParagraph;

Note Meeting(const std::string& symbol, const std::string& date, std::vector<Paragraph> paragraphs) {
  Note note;
  note.path = "notes/" + date + ".txt";
  note.language = "en";
  note.body = "Working Group on Finance";
  note.type = "chairperson's note";
  note.date = date;
  note.symbol = symbol;
  note.title = "Chairperson's note";
  note.agenda = {{"a", "Other matters"}};
  note.paragraphs = std::move(paragraphs);
  return note;
}

Xapian::Database Corpus() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  try {
    Indexer indexer(db);
    for (const Note& note :
         {Meeting("WG/BGR/2017/5", "2017-09-18",
                  {MakeParagraph("1", "a", "The budget for basin data was adopted by resolution 71/1."),
                   MakeParagraph("2", "a", "Delegates asked for more basin data in Geneva.")}),
          Meeting("WG/BGR/2018/3", "2018-03-14",
                  {MakeParagraph("1", "a", "The budget outlook was presented to the Working Group."),
                   MakeParagraph("2", "a", "Migration data were missing from the budget.")})})
      indexer.AddNote(note, note.path);
    indexer.Commit();
  } catch (const Xapian::Error& e) {
    ADD_FAILURE() << "indexing failed: " << e.get_description();
  }
  return db;
}

class BatchTest : public ::testing::Test {
 protected:
  // Runs `input` through RunBatch; returns its lines as JSON.
  std::vector<nlohmann::json> Run(const std::string& input) {
    std::istringstream in(input);
    std::ostringstream out;
    failed_ = RunBatch(db_, base_, in, out, err_);
    std::vector<nlohmann::json> lines;
    std::istringstream read(out.str());
    for (std::string line; std::getline(read, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
  }

  static std::vector<std::string> Ids(const nlohmann::json& line) {
    std::vector<std::string> ids;
    for (const auto& hit : line["hits"]) ids.push_back(hit["id"]);
    return ids;
  }

  Xapian::Database db_ = Corpus();
  QueryConfig base_;
  std::ostringstream err_;
  size_t failed_ = 0;
};

TEST_F(BatchTest, OneResultLinePerQueryWithTheSearchersAnswer) {
  const auto lines = Run("budget\n{\"query\": \"basin data\", \"all\": true}\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(failed_, 0u);
  EXPECT_EQ(err_.str(), "");
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i]["type"], "batch");
    EXPECT_EQ(lines[i]["line"], i + 1);
    EXPECT_TRUE(lines[i]["elapsed_ms"].is_number());
    EXPECT_GE(lines[i]["elapsed_ms"].get<double>(), 0.0);
  }
  EXPECT_EQ(lines[0]["query"], "budget");
  // The same hits, scores and facets as one search with the same options.
  QueryConfig config = base_;
  config.query = "budget";
  const SearchResult expected = Search(db_, config);
  ASSERT_EQ(lines[0]["hits"].size(), expected.hits.size());
  EXPECT_EQ(lines[0]["matches"], expected.matches);
  for (size_t i = 0; i < expected.hits.size(); ++i) {
    EXPECT_EQ(lines[0]["hits"][i]["id"], expected.hits[i].data.value("id", ""));
    EXPECT_EQ(lines[0]["hits"][i]["rank"], expected.hits[i].rank);
    EXPECT_DOUBLE_EQ(lines[0]["hits"][i]["score"].get<double>(), expected.hits[i].score);
  }
  ASSERT_EQ(lines[0]["facets"].size(), expected.facets.size());
  EXPECT_EQ(lines[0]["facets"][0]["facet"], expected.facets[0].facet);
  EXPECT_EQ(lines[0]["facets"][0]["count"], expected.facets[0].count);
  // "all": every word, as --all.
  EXPECT_EQ(Ids(lines[1]), (std::vector<std::string>{"WG/BGR/2017/5 \u00B62", "WG/BGR/2017/5 \u00B61"}));
  EXPECT_NE(lines[1]["hits"][0]["snippet"].get<std::string>().find("**basin**"), std::string::npos);
}

TEST_F(BatchTest, BaseOptionsApplyToEveryLine) {
  base_.limit = 1;
  const auto lines = Run("budget\ndata\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["hits"].size(), 1u);
  EXPECT_EQ(lines[1]["hits"].size(), 1u);
}

TEST_F(BatchTest, JsonLinesSetFiltersAndLimitsForTheirQueryOnly) {
  const auto lines =
      Run("{\"query\":\"budget\",\"from\":\"2018\",\"limit\":1}\n"
          "{\"query\":\"budget\",\"meeting\":[\"WG/BGR/2017/5\"]}\n"
          "{\"meeting\":\"WG/BGR/2018/3\",\"sort\":\"oldest\"}\n"
          "budget\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(failed_, 0u) << err_.str();
  EXPECT_EQ(lines[0]["hits"].size(), 1u);
  EXPECT_EQ(lines[0]["matches"], 2);
  EXPECT_EQ(Ids(lines[1]), std::vector<std::string>{"WG/BGR/2017/5 \u00B61"});
  EXPECT_EQ(Ids(lines[2]), (std::vector<std::string>{"WG/BGR/2018/3 \u00B61", "WG/BGR/2018/3 \u00B62"}));
  EXPECT_EQ(lines[3]["matches"], 3);  // the filters of earlier lines are gone
}

TEST_F(BatchTest, BadLinesAreReportedAndTheOthersStillRun) {
  const auto lines =
      Run("budget AND\n"
          "{\"query\":\"budget\",\"limit\":0}\n"
          "{\"query\":\"budget\",\"colour\":\"red\"}\n"
          "{not json\n"
          "{\"query\":\"budget\",\"from\":\"2017-13\"}\n"
          "budget\n");
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(failed_, 5u);
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(lines[i]["type"], "error") << i;
    EXPECT_EQ(lines[i]["line"], i + 1);
  }
  EXPECT_NE(lines[0]["message"].get<std::string>().find("cannot parse query"), std::string::npos);
  EXPECT_NE(lines[1]["message"].get<std::string>().find("\"limit\" must be"), std::string::npos);
  EXPECT_NE(lines[2]["message"].get<std::string>().find("unknown key \"colour\""), std::string::npos);
  EXPECT_NE(lines[3]["message"].get<std::string>().find("not a JSON object"), std::string::npos);
  EXPECT_EQ(lines[5]["type"], "batch");
  EXPECT_NE(err_.str().find("quorum-search: error: line 1: "), std::string::npos);
  EXPECT_NE(err_.str().find("5 queries failed"), std::string::npos);
}

TEST_F(BatchTest, BlankLinesAreSkippedButCounted) {
  const auto lines = Run("\n  \nbudget\r\n\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["line"], 3);
  EXPECT_EQ(lines[0]["query"], "budget");
}

TEST_F(BatchTest, NoMatchesIsAnAnswerNotAnError) {
  const auto lines = Run("zyzzyvaqq\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(failed_, 0u);
  EXPECT_EQ(lines[0]["matches"], 0);
  EXPECT_TRUE(lines[0]["hits"].empty());
}

}  // namespace
}  // namespace quorum
