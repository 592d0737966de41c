// SPDX-License-Identifier: MIT
// Synonym files and the query rewriting that searches them both ways.
#include "query/synonyms.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <sstream>
#include <string>
#include <vector>

#include "common/base/error.h"
#include "common/index/schema.h"
#include "common/text/tokeniser.h"

namespace quorum {
namespace {

const SynonymGroups kGroups = ParseSynonyms(
    "# acronyms\n"
    "IOM = International Organization for Migration\n"
    "OHCHR = Office of the High Commissioner for Human Rights = High Commissioner's Office\n",
    "test");

std::string Expand(const std::string& query) { return ExpandSynonyms(NormaliseQuery(query), kGroups, nullptr); }

TEST(SynonymsTest, ParsesGroupsAndComments) {
  ASSERT_EQ(kGroups.size(), 2u);
  EXPECT_EQ(kGroups[0], (std::vector<std::string>{"iom", "international organization for migration"}));
  EXPECT_EQ(kGroups[1].size(), 3u);
  EXPECT_EQ(kGroups[1][2], "high commissioner's office");
}

TEST(SynonymsTest, BadLineNamesTheSourceAndLine) {
  try {
    ParseSynonyms("IOM = X\nno equals sign here\n", "syn.txt");
    FAIL() << "no error";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("syn.txt:2: ", 0), 0u) << e.what();
  }
}

TEST(SynonymsTest, ExpandsBothWays) {
  const struct {
    const char* query;
    const char* expected;
  } rows[] = {
      {"IOM budget", "(iom OR \"international organization for migration\") budget"},
      {"International Organization for Migration budget",
       "(\"international organization for migration\" OR iom) budget"},
      // The longest expression wins.
      {"OHCHR", "(ohchr OR \"office of the high commissioner for human rights\" OR \"high commissioner's office\")"},
      // Quoted phrases and field values are left alone.
      {"\"IOM budget\" agenda:IOM", "\"iom budget\" agenda:iom"},
      // Operators stay.
      {"IOM AND staff", "(iom OR \"international organization for migration\") AND staff"},
      // Part of a longer word is no match.
      {"IOMs", "ioms"},
  };
  for (const auto& row : rows) EXPECT_EQ(Expand(row.query), row.expected) << row.query;
}

TEST(SynonymsTest, ReportsWhatWasApplied) {
  std::vector<std::string> applied;
  ExpandSynonyms("iom", kGroups, &applied);
  ASSERT_EQ(applied.size(), 1u);
  EXPECT_EQ(applied[0], "iom \u2192 \"international organization for migration\"");
}

// ParseSynonyms normalises all lines in one call; each expression must
// come out as it would alone, whatever stands in the lines around it.
TEST(SynonymsTest, EachExpressionIsNormalisedAsAlone) {
  const std::string text =
      "U.N. = United Nations\nR&D = research and development\n1990's = the nineties\n"
      "Caf\u00E9 = CAFE\n\uFF21\uFF22\uFF23 = full width\nAND = OR words\n\u00BD share = half";
  const SynonymGroups groups = ParseSynonyms(text, "test");
  SynonymGroups alone;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> group;
    std::istringstream parts(line);
    for (std::string part; std::getline(parts, part, '=');) {
      std::string normal = NormaliseQuery(part);
      normal.erase(0, normal.find_first_not_of(' '));
      normal.erase(normal.find_last_not_of(' ') + 1);
      group.push_back(normal);
    }
    alone.push_back(group);
  }
  EXPECT_EQ(groups, alone);
}

// A search normalises only the database's lines that may hold one of its
// words; what it expands must be what all the lines would give.
TEST(SynonymsTest, OnlyLinesThatMayMatchAreLoadedAndNoneIsMissed) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  db.set_metadata(
      std::string(schema::kSynonymsKey),
      "IOM = International Organization for Migration\n"
      "U.N. = United Nations\n"
      "OIM = Organisation internationale pour les migrations\n"
      "\u0395\u0395 = \u0395\u03C5\u03C1\u03C9\u03C0\u03B1\u03CA\u03BA\u03AE \u0388\u03BD\u03C9\u03C3\u03B7\n");
  const SynonymGroups all = ParseSynonyms(db.get_metadata(std::string(schema::kSynonymsKey)), "database");
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(LoadSynonyms(db, "", "iom funding").size(), 1u);
  EXPECT_GE(LoadSynonyms(db, "", "org:IOM").size(), 1u);      // "org" keeps the Organization lines too
  EXPECT_EQ(LoadSynonyms(db, "", "un agencies").size(), 1u);  // "U.N." read as "un"
  EXPECT_EQ(LoadSynonyms(db, "", "ORGANISATION").size(), 1u);
  EXPECT_TRUE(LoadSynonyms(db, "", "budget AND audit").empty());
  EXPECT_TRUE(LoadSynonyms(db, "", "").empty());
  EXPECT_EQ(LoadSynonyms(db, "", "\u0395\u0395").size(), all.size());  // no ASCII letter: every line
  for (const std::string query : {"iom funding", "un agencies", "\"international organization for migration\""}) {
    std::vector<std::string> from_all, from_some;
    EXPECT_EQ(ExpandSynonyms(NormaliseQuery(query), LoadSynonyms(db, "", query), &from_some),
              ExpandSynonyms(NormaliseQuery(query), all, &from_all))
        << query;
  }
}

}  // namespace
}  // namespace quorum
