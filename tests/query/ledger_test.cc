// SPDX-License-Identifier: MIT
// The requests ledger over two hand-built notes whose paragraphs carry
// requests, indexed by the real Indexer into an in-memory database: filters,
// order, paging, follow-up links, printers, and type:request in a search.
#include "query/ledger.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "common/base/error.h"
#include "indexer/indexer.h"
#include "query/searcher.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::MakeNote;
using testing_support::MakeParagraph;
using Ids = std::vector<std::string>;

Request MakeRequest(const char* kind, const char* requester, const char* addressee, const char* deliverable,
                    const char* sentence) {
  Request request;
  request.kind = kind;
  request.requester = requester;
  request.addressee = addressee;
  request.deliverable = deliverable;
  request.sentence = sentence;
  return request;
}

// 2017: a request for three papers (items a-c) and an undertaking.
Note Earlier() {
  Note note = MakeNote({.path = "notes/2017-09-18-wg.txt",
                        .language = "en",
                        .body = "Working Group on Basin Governance",
                        .type = "chairperson's note",
                        .date = "2017-09-18",
                        .symbol = "WG/X/2017/5"});
  Paragraph p12 = MakeParagraph(
      "12", nullptr, "The Working Group requested the IORB Administration to provide three short papers, namely:");
  p12.items = {{"a", "An update on IORB's work on basin data, including its partners;"},
               {"b", "A brief on IORB's existing policy capability;"},
               {"c", "An overview of coordination with UN agencies at field level."}};
  p12.requests = {
      MakeRequest("request", "Working Group", "IORB Administration", "three short papers", p12.text.c_str())};
  p12.requests[0].items = {"a", "b", "c"};
  Paragraph p13 = MakeParagraph(
      "13", nullptr,
      "The Administration would provide an oral update on the regional consultations at the next meeting.");
  p13.requests = {MakeRequest("commitment", "", "Administration", "an oral update on the regional consultations",
                              p13.text.c_str())};
  note.paragraphs = {MakeParagraph("11", nullptr, "Delegates discussed basin data."), p12, p13};
  return note;
}

// 2018: answers to both (by citation, and by "the previous meeting"), and a new request.
Note Later() {
  Note note = MakeNote({.path = "notes/2018-03-14-wg.txt",
                        .language = "en",
                        .body = "Working Group on Basin Governance",
                        .type = "chairperson's note",
                        .date = "2018-03-14",
                        .symbol = "WG/X/2018/3"});
  Paragraph p2 = MakeParagraph("2", nullptr,
                               "The Senior Policy Adviser introduced two of the papers requested by the Working Group "
                               "(WG/X/2017/5, paragraph 12): the update on IORB's work on basin data and the brief on "
                               "IORB's existing policy capability. The overview would be circulated in April.");
  p2.entities = {{"symbol", "WG/X/2017/5", "WG/X/2017/5", 100, 111, "", 0}};
  Paragraph p3 = MakeParagraph("3", nullptr,
                               "As undertaken at the previous meeting, the Senior Policy Adviser gave an oral update "
                               "on the regional consultations.");
  Paragraph p4 = MakeParagraph(
      "4", nullptr, "The Working Group requested the Director General to circulate a note on liaison offices.");
  p4.requests = {
      MakeRequest("request", "Working Group", "Director General", "a note on liaison offices", p4.text.c_str())};
  p4.requests[0].due = "by the end of June";
  p4.requests[0].due_value = "2018-06";
  Paragraph p5 = MakeParagraph("5", nullptr, "One delegate recalled the papers requested at the previous meeting.");
  note.paragraphs = {p2, p3, p4, p5};
  return note;
}

class LedgerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Indexer indexer(db);
    for (const Note& note : {Earlier(), Later()}) indexer.AddNote(note, note.path);
    indexer.Commit();
    db_ = db;
  }
  static QueryConfig Config() {
    QueryConfig config;
    config.requests = true;
    config.limit = 100;
    return config;
  }
  Ids RecordIds(const QueryConfig& config) {
    Ids ids;
    for (const LedgerRecord& record : CollectLedger(db_, config).records) ids.push_back(RecordCitation(record.source));
    return ids;
  }
  LedgerRecord Find(const std::string& id) {
    for (LedgerRecord& record : CollectLedger(db_, Config()).records)
      if (record.source.paragraph.value("id", "") == id) return record;
    ADD_FAILURE() << "no record for " << id;
    return {};
  }
  Xapian::Database db_;
};

TEST_F(LedgerTest, ListsOneRecordPerRequestNewestMeetingFirstThenInReadingOrder) {
  EXPECT_EQ(RecordIds(Config()), (Ids{"WG/X/2018/3 \u00B64", "WG/X/2017/5 \u00B612(a)-(c)", "WG/X/2017/5 \u00B613"}));
}

TEST_F(LedgerTest, AddresseeAndRequesterMatchWordsOfTheName) {
  QueryConfig config = Config();
  config.addressee = "the administration";  // function words do not count
  EXPECT_EQ(RecordIds(config), (Ids{"WG/X/2017/5 \u00B612(a)-(c)", "WG/X/2017/5 \u00B613"}));
  config.addressee = "Director General";
  EXPECT_EQ(RecordIds(config), (Ids{"WG/X/2018/3 \u00B64"}));
  config = Config();
  config.requester = "working group";
  EXPECT_EQ(RecordIds(config), (Ids{"WG/X/2018/3 \u00B64", "WG/X/2017/5 \u00B612(a)-(c)"}));
  config.requester = "council";
  EXPECT_TRUE(RecordIds(config).empty());
}

TEST_F(LedgerTest, DatesQueryWordsAndPaging) {
  QueryConfig config = Config();
  config.from = "20180101";
  EXPECT_EQ(RecordIds(config), (Ids{"WG/X/2018/3 \u00B64"}));
  config = Config();
  config.to = "20171231";
  EXPECT_EQ(RecordIds(config), (Ids{"WG/X/2017/5 \u00B612(a)-(c)", "WG/X/2017/5 \u00B613"}));
  config = Config();
  config.query = "oral update";
  EXPECT_EQ(RecordIds(config), (Ids{"WG/X/2017/5 \u00B613"}));
  config = Config();
  config.limit = 1;
  config.offset = 1;
  const Ledger page = CollectLedger(db_, config);
  EXPECT_EQ(page.total, 3u);
  EXPECT_EQ(page.first, 2u);
  ASSERT_EQ(page.records.size(), 1u);
  EXPECT_EQ(RecordCitation(page.records[0].source), "WG/X/2017/5 \u00B612(a)-(c)");
}

TEST_F(LedgerTest, LaterParagraphsThatCiteOrReferBackAnswer) {
  const LedgerRecord papers = Find("WG/X/2017/5 \u00B612");
  ASSERT_EQ(papers.answers.size(), 1u);
  EXPECT_EQ(papers.answers[0].id, "WG/X/2018/3 \u00B62");
  EXPECT_EQ(papers.answers[0].how, "cited");
  // (c) "would be circulated": promised again, not delivered.
  EXPECT_EQ(papers.answers[0].items, (Ids{"a", "b"}));
  const LedgerRecord update = Find("WG/X/2017/5 \u00B613");
  ASSERT_EQ(update.answers.size(), 1u);
  EXPECT_EQ(update.answers[0].id, "WG/X/2018/3 \u00B63");
  EXPECT_EQ(update.answers[0].how, "back-reference");
  EXPECT_EQ(update.answers[0].date, "2018-03-14");
  // ¶5 only recalls the papers: no delivery verb, no answer.
  EXPECT_TRUE(Find("WG/X/2018/3 \u00B64").open());
}

TEST_F(LedgerTest, OpenKeepsUnansweredRecordsAndCountsThem) {
  QueryConfig config = Config();
  EXPECT_EQ(CollectLedger(db_, config).open, 1u);
  config.open_only = true;
  const Ledger ledger = CollectLedger(db_, config);
  EXPECT_EQ(ledger.total, 1u);
  ASSERT_EQ(ledger.records.size(), 1u);
  EXPECT_EQ(RecordCitation(ledger.records[0].source), "WG/X/2018/3 \u00B64");
}

TEST_F(LedgerTest, JsonLinesFollowTheContract) {
  QueryConfig config = Config();
  config.format = "json";
  std::ostringstream out;
  RunLedger(db_, config, false, out);
  std::istringstream lines(out.str());
  std::vector<nlohmann::json> parsed;
  for (std::string line; std::getline(lines, line);) parsed.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(parsed.size(), 4u);
  const nlohmann::json& papers = parsed[1];
  EXPECT_EQ(papers["v"], 1);
  EXPECT_EQ(papers["type"], "request");
  EXPECT_EQ(papers["id"], "WG/X/2017/5 \u00B612");
  EXPECT_EQ(papers["kind"], "request");
  EXPECT_EQ(papers["addressee"], "IORB Administration");
  EXPECT_EQ(papers["items"][2], "(c) An overview of coordination with UN agencies at field level.");
  EXPECT_EQ(papers["date"], "2017-09-18");
  EXPECT_EQ(papers["status"], "answered");
  EXPECT_EQ(papers["answered_by"][0]["id"], "WG/X/2018/3 \u00B62");
  EXPECT_EQ(parsed[0]["due_value"], "2018-06");
  EXPECT_EQ(parsed[0]["status"], "open");
  EXPECT_EQ(parsed[2]["requester"], nullptr);
  EXPECT_EQ(parsed[3], nlohmann::json::parse(R"({"v":1,"type":"summary","requests":3,"open":1,"returned":3})"));
}

TEST_F(LedgerTest, TextShowsCitationPartiesStatusAndSentence) {
  QueryConfig config = Config();
  config.color = "never";
  std::ostringstream out;
  RunLedger(db_, config, true, out);
  const std::string text = out.str();
  EXPECT_NE(text.find("WG/X/2017/5 \u00B612(a)-(c)  2017-09-18  request\n"
                      "   Working Group \u2192 IORB Administration\n"
                      "   three short papers\n"
                      "   answered: WG/X/2018/3 \u00B62 (2018-03-14) (a) (b)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("   due by the end of June (2018-06)\n   open\n"), std::string::npos) << text;
  EXPECT_NE(text.find("3 requests, 1 open, showing 1-3\n"), std::string::npos) << text;
  EXPECT_EQ(text.find('\033'), std::string::npos);
  config.format = "trec";
  EXPECT_THROW(RunLedger(db_, config, false, out), UsageError);
}

TEST_F(LedgerTest, TypeRequestNarrowsASearchAndKindsAreEntityFacets) {
  QueryConfig config;
  config.query = "type:request";
  config.limit = 10;
  config.exact_counts = true;
  Ids ids;
  const SearchResult result = Search(db_, config);
  for (const Hit& hit : result.hits) ids.push_back(hit.data.value("id", ""));
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (Ids{"WG/X/2017/5 \u00B612", "WG/X/2018/3 \u00B64"}));
  config.query = "update type:commitment";
  ASSERT_EQ(Search(db_, config).hits.size(), 1u);
  config.query = "papers";
  size_t requests = 0;
  for (const FacetValue& facet : Search(db_, config).facets)
    if (facet.facet == "entity" && facet.value == "request") requests = facet.count;
  EXPECT_EQ(requests, 1u);  // of ¶12, ¶2 and ¶5 (2018), only ¶12 holds a request
}

}  // namespace
}  // namespace quorum

namespace quorum {
namespace {

// Issue 14: "--to administration" did not find "Administración" (the 250 UN
// reports' Spanish records); party words now compare accent- and
// language-insensitively.
TEST(LedgerPartyTest, AddresseeWordsFoldAccentsAndSpanishEndings) {
  EXPECT_EQ(FoldPartyWord("administración"), "administration");
  EXPECT_EQ(FoldPartyWord("administration"), "administration");
  EXPECT_EQ(FoldPartyWord("comité"), "comite");
  EXPECT_EQ(FoldPartyWord("delegaciones"), "delegations");
  EXPECT_NE(FoldPartyWord("council"), FoldPartyWord("counsel"));
}

}  // namespace
}  // namespace quorum
