// SPDX-License-Identifier: MIT
// Follow-up links on the sample corpus, against corpus/README.md ("Follow-up
// notes" and "Requests left open"): exactly the documented links, and the
// open requests stay open. Prints the links' precision and recall.
#include "query/follow_up.h"

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <utility>

#include "query/ledger.h"
#include "tests/support/corpus_index.h"

namespace quorum {
namespace {

using Link = std::pair<std::string, std::string>;  // request's paragraph -> answering paragraph

const std::string kFrench = "Groupe de travail sur la gouvernance des bassins et questions connexes 2018-08-28";

// corpus/README.md, "Follow-up notes".
const std::set<Link> kExpectedLinks = {
    {"WG/BGR/2017/5 \u00B612", "WG/BGR/2018/3 \u00B62"},  // papers (a) and (b), cited by symbol and paragraph
    {"WG/BGR/2017/5 \u00B612", "WG/BGR/2018/7 \u00B65"},  // paper (c), "requested at the meeting held on …"
    {"WG/BGR/2017/5 \u00B613", "WG/BGR/2018/3 \u00B63"},  // oral update, "as undertaken at the previous meeting"
    {"WG/BGR/2017/5 \u00B66", "WG/BGR/2018/3 \u00B63"},   // the reports, circulated late
    {"WG/BGR/2018/3 \u00B62", "WG/BGR/2018/7 \u00B65"},   // the overview promised again in 2018, delivered
    {"WG/BGR/2018/3 \u00B68", "WG/BGR/2018/7 \u00B63"},   // the briefing note on basin data
    {"SCBF/22/SR/1 \u00B68", "SCBF/23/6 \u00B64"},        // Spanish: "(SCBF/22/SR/1, párrafo 8)"
    {"SCBF/22/SR/1 \u00B69", "SCBF/23/6 \u00B65"},        // Spanish: "lo anunciado en la reunión anterior"
    {kFrench + " \u00B610", "WG/BGR/2018/7 \u00B66"},  // French commitment, "as announced at the meeting held on …"
};

// corpus/README.md, "Requests left open".
const std::set<std::string> kOpen = {
    "C/107/SR/3 \u00B69",
    "WG/BGR/2018/3 \u00B69",
    "Harbour District Council 2018-06-12 \u00B66",
    kFrench + " \u00B611",
    "SCBF/23/6 \u00B68",
    "WG/BGR/2018/7 \u00B68",
    "Council of the International Organization for River Basins 2018-11-28 \u00B67",
    "Working Group on Basin Governance and Related Issues 2019-03-20 \u00B65",
    "Working Group on Basin Governance and Related Issues 2019-03-20 \u00B610",
    "SCBF/24/SR/1 \u00B67",
    "SCBF/24/SR/1 \u00B68",
};

class FollowUpCorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_.reset(testing_support::IndexCorpusNotes(
        {"2016-11-12-iorb-council.txt", "2017-09-18-wg-basin.txt", "2018-03-14-wg-basin.txt", "2018-04-24-scbf.txt",
         "2018-06-12-harbour-council.txt", "2018-08-28-wg-basin-fr.txt", "2018-10-10-scbf-es.txt",
         "2018-11-06-wg-basin.txt", "2018-11-28-iorb-council.txt", "2019-03-20-wg-basin.txt", "2019-05-15-scbf.txt",
         "2019-11-14-scbf-sr.txt"}));
    QueryConfig config;
    config.requests = true;
    config.limit = 10000;
    ledger_ = new Ledger(CollectLedger(*database_, config));
  }
  static void TearDownTestSuite() {
    delete ledger_;
    database_.reset();
  }
  static std::unique_ptr<Xapian::WritableDatabase> database_;
  static Ledger* ledger_;
};
std::unique_ptr<Xapian::WritableDatabase> FollowUpCorpusTest::database_;
Ledger* FollowUpCorpusTest::ledger_ = nullptr;

TEST_F(FollowUpCorpusTest, LinksAreExactlyTheDocumentedOnes) {
  std::set<Link> found;
  for (const LedgerRecord& record : ledger_->records)
    for (const Answer& answer : record.answers) found.emplace(record.source.paragraph.value("id", ""), answer.id);
  size_t correct = 0;
  for (const Link& link : found) {
    if (kExpectedLinks.contains(link)) {
      ++correct;
    } else {
      ADD_FAILURE() << "unexpected link " << link.first << " -> " << link.second;
    }
  }
  for (const Link& link : kExpectedLinks)
    if (!found.contains(link)) ADD_FAILURE() << "missing link " << link.first << " -> " << link.second;
  const double precision = found.empty() ? 0 : static_cast<double>(correct) / static_cast<double>(found.size());
  const double recall = static_cast<double>(correct) / static_cast<double>(kExpectedLinks.size());
  std::printf("follow-up links on corpus/: %zu found, %zu expected, precision %.2f, recall %.2f\n", found.size(),
              kExpectedLinks.size(), precision, recall);
}

TEST_F(FollowUpCorpusTest, RequestsLeftOpenStayOpen) {
  std::set<std::string> seen;
  for (const LedgerRecord& record : ledger_->records) {
    const std::string id = record.source.paragraph.value("id", "");
    if (!kOpen.contains(id)) continue;
    seen.insert(id);
    EXPECT_TRUE(record.open()) << id << " answered by " << record.answers.front().id;
  }
  for (const std::string& id : kOpen) EXPECT_TRUE(seen.contains(id)) << "no request read in " << id;
}

TEST_F(FollowUpCorpusTest, ItemsDeliveredAreToldApart) {
  for (const LedgerRecord& record : ledger_->records) {
    if (record.source.paragraph.value("id", "") != "WG/BGR/2017/5 \u00B612") continue;
    ASSERT_EQ(record.answers.size(), 2u);
    EXPECT_EQ(record.answers[0].items, (std::vector<std::string>{"a", "b"}));  // (c) "would be circulated"
    EXPECT_EQ(record.answers[1].items, (std::vector<std::string>{"c"}));
    return;
  }
  ADD_FAILURE() << "no request read in WG/BGR/2017/5 \u00B612";
}

}  // namespace
}  // namespace quorum
