// SPDX-License-Identifier: MIT
// The WordNet reader on a small WordNet written here in WordNet's own file
// formats (so the test needs no package), and on Debian's when installed.
#include "query/thesaurus.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace quorum {
namespace {

// Writes index.noun and data.noun: data lines at the byte offsets the index
// lines give, the index sorted, both with WordNet's licence header.
std::string WriteWordNet() {
  char folder[] = "/tmp/quorum-wordnet-XXXXXX";
  if (!mkdtemp(folder)) return {};
  const std::string header = "  1 This software and database is being provided to you, the LICENSEE\n";
  const std::vector<std::pair<std::string, std::string>> synsets = {
      {"n 04 garbage 0 refuse 0 food_waste 0 scraps 0 001 @ 14856263 n 0000", "| food that is discarded"},
      {"n 02 drivel 0 garbage 0 000", "| a worthless message"},
      {"n 05 wage 0 pay 1 earnings 0 remuneration 0 salary 0 000", "| something that remunerates"},
  };
  std::string data = header;
  std::vector<std::string> offsets;
  for (const auto& [members, gloss] : synsets) {
    char offset[16];
    std::snprintf(offset, sizeof offset, "%08zu", data.size());
    offsets.push_back(offset);
    data += std::string(offset) + " 21 " + members + " " + gloss + "  \n";
  }
  std::ofstream(std::string(folder) + "/data.noun") << data;
  std::ofstream(std::string(folder) + "/index.noun")
      << header << "drivel n 1 1 @ 1 0 " << offsets[1] << "  \n"
      << "garbage n 2 1 @ 2 1 " << offsets[0] << " " << offsets[1] << "  \n"
      << "salary n 1 1 @ 1 1 " << offsets[2] << "  \n"
      << "wage n 1 1 @ 1 1 " << offsets[2] << "  \n";
  return folder;
}

class ThesaurusTest : public ::testing::Test {
 protected:
  void TearDown() override { std::filesystem::remove_all(folder_); }
  std::string folder_ = WriteWordNet();
};

TEST_F(ThesaurusTest, TheMostFrequentSenseGivesTheSynonyms) {
  const Thesaurus thesaurus(folder_);
  ASSERT_TRUE(thesaurus.available());
  // garbage's first sense is the food one; "drivel" (its second) is not offered.
  EXPECT_EQ(thesaurus.Synonyms("garbage", 5), (std::vector<std::string>{"refuse", "food waste", "scraps"}));
  EXPECT_EQ(thesaurus.Synonyms("salary", 2), (std::vector<std::string>{"wage", "pay"}));
}

TEST_F(ThesaurusTest, FirstAndLastEntriesAndMissingWords) {
  const Thesaurus thesaurus(folder_);
  EXPECT_EQ(thesaurus.Synonyms("drivel", 5), (std::vector<std::string>{"garbage"}));
  EXPECT_EQ(thesaurus.Synonyms("wage", 1), (std::vector<std::string>{"pay"}));
  EXPECT_TRUE(thesaurus.Synonyms("aardvark", 5).empty());
  EXPECT_TRUE(thesaurus.Synonyms("zymurgy", 5).empty());
  EXPECT_TRUE(thesaurus.Synonyms("", 5).empty());
}

TEST_F(ThesaurusTest, PluralsAreLookedUpByTheirBaseForm) {
  const Thesaurus thesaurus(folder_);
  EXPECT_EQ(thesaurus.Synonyms("salaries", 5), thesaurus.Synonyms("salary", 5));
  EXPECT_EQ(thesaurus.Synonyms("wages", 5), thesaurus.Synonyms("wage", 5));
}

TEST(ThesaurusAbsentTest, NoWordNetNoSynonyms) {
  const Thesaurus thesaurus("/nonexistent/wordnet");
  EXPECT_FALSE(thesaurus.available());
  EXPECT_TRUE(thesaurus.Synonyms("salary", 5).empty());
}

TEST(DebianWordNetTest, ReadsTheInstalledDatabase) {
  const Thesaurus thesaurus("/usr/share/wordnet");
  if (!thesaurus.available()) GTEST_SKIP() << "wordnet-base is not installed (apt-get install wordnet-base)";
  const std::vector<std::string> salary = thesaurus.Synonyms("salary", 10);
  EXPECT_NE(std::find(salary.begin(), salary.end(), "remuneration"), salary.end());
}

}  // namespace
}  // namespace quorum
