// SPDX-License-Identifier: MIT
// A meeting named by a long id (a speech's file path: no symbol, no date) is
// stored as a digest in its filter term and facet value
// (schema::MeetingFacetValue); everything a user sees or types still names
// it by its id.
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/index/schema.h"
#include "indexer/indexer.h"
#include "query/listing.h"
#include "query/paragraph_lookup.h"
#include "query/searcher.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::MakeNote;
using testing_support::MakeParagraph;

const std::string kLongPath = "/archive/general-debate/session_70_2015/a-rather-long-speech-file.txt";
const std::string kOtherPath = "/archive/general-debate/session_70_2015/another-long-speech-file.txt";

Note Speech(const std::string& path, const char* words) {
  Note note = MakeNote({.path = path, .language = "en", .body = "General Assembly"});
  note.paragraphs = {MakeParagraph(nullptr, nullptr, words), MakeParagraph(nullptr, nullptr, "Peace and security.")};
  return note;
}

class MeetingFacetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    indexer_.AddNote(Speech(kLongPath, "Climate finance matters."), kLongPath);
    indexer_.AddNote(Speech(kOtherPath, "Climate adaptation matters."), kOtherPath);
    indexer_.Commit();
  }
  std::vector<std::string> Meetings(const std::string& query) {
    QueryConfig config;
    config.query = query;
    std::vector<std::string> meetings;
    for (const FacetValue& facet : Search(indexer_.database(), config).facets)
      if (facet.facet == "meeting") meetings.push_back(facet.value + " " + std::to_string(facet.count));
    std::sort(meetings.begin(), meetings.end());  // equal counts come in the digests' order
    return meetings;
  }
  Indexer indexer_{Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY)};
};

TEST_F(MeetingFacetTest, TheIdIsStoredAsADigest) {
  const std::string term = schema::FilterTerm(schema::kMeeting, kLongPath);
  EXPECT_LT(term.size(), kLongPath.size());
  EXPECT_EQ(term, schema::FilterTerm(schema::kMeeting, schema::MeetingFacetValue(kLongPath)));
  EXPECT_EQ(indexer_.database().get_termfreq(term), 2u);
  // A short id stays as it is, in both.
  EXPECT_EQ(schema::MeetingFacetValue("WG/REL/2017/7"), "WG/REL/2017/7");
  EXPECT_EQ(schema::FilterTerm(schema::kMeeting, "WG/REL/2017/7"), "XMwg/rel/2017/7");
}

TEST_F(MeetingFacetTest, TheFacetPrintsTheId) {
  EXPECT_EQ(Meetings("climate"), (std::vector<std::string>{kLongPath + " 1", kOtherPath + " 1"}));
  EXPECT_EQ(Meetings("finance"), (std::vector<std::string>{kLongPath + " 1"}));
}

TEST_F(MeetingFacetTest, TheIdSelectsItsMeeting) {
  QueryConfig config;
  config.query = "peace meeting:\"" + kLongPath + "\"";
  const SearchResult result = Search(indexer_.database(), config);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].data.value("meeting", ""), kLongPath);
  EXPECT_EQ(LookUpId(indexer_.database(), kLongPath + " \u00B6#2").size(), 1u);
}

TEST_F(MeetingFacetTest, ListingMeetingsPrintsTheIds) {
  std::vector<std::string> listed;
  for (const ListedValue& value : List(indexer_.database(), "meetings", "", 10)) listed.push_back(value.value);
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(listed, (std::vector<std::string>{kLongPath, kOtherPath}));
}

}  // namespace
}  // namespace quorum
