// SPDX-License-Identifier: MIT
// Field values found by their words at query time (query/value_words.h).
#include "query/value_words.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <set>
#include <string>

namespace quorum {
namespace {

class ValueWordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* term : {"XORGinternational organization for migration", "XORGworld health organization",
                             "XORGthe asian development bank", "XBworking group on iom-un relations", "XBYcommittee",
                             "XROLEdeputy director general"}) {
      Xapian::Document doc;
      doc.add_boolean_term(term);
      db_.add_document(doc);
    }
  }
  // The values whose terms the query for `words` in `field` ORs.
  std::set<std::string> Values(const schema::Field& field, const std::string& words) {
    const Xapian::Query query = ValuesWithWords(db_, field, words, "en");
    std::set<std::string> values;
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it)
      values.insert((*it).substr(field.prefix.size()));
    return values;
  }
  Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
};

TEST_F(ValueWordsTest, EveryWordInAnyOrderByItsStem) {
  EXPECT_EQ(Values(schema::kOrganization, "migration organization"),
            std::set<std::string>{"international organization for migration"});
  EXPECT_EQ(Values(schema::kOrganization, "organizations"),
            (std::set<std::string>{"international organization for migration", "world health organization"}));
  EXPECT_EQ(Values(schema::kRole, "Director General"), std::set<std::string>{"deputy director general"});
  EXPECT_TRUE(Values(schema::kOrganization, "migration bank").empty());
}

TEST_F(ValueWordsTest, WildcardsAndStopWords) {
  EXPECT_EQ(Values(schema::kOrganization, "develop*"), std::set<std::string>{"the asian development bank"});
  // "the" alone is left out: the query is "asian".
  EXPECT_EQ(Values(schema::kOrganization, "the asian"), std::set<std::string>{"the asian development bank"});
}

TEST_F(ValueWordsTest, AHyphenatedNameIsInOrder) {
  EXPECT_EQ(Values(schema::kBody, "IOM-UN"), std::set<std::string>{"working group on iom-un relations"});
  EXPECT_TRUE(Values(schema::kBody, "UN-IOM").empty());
}

TEST_F(ValueWordsTest, AnotherFieldsLongerPrefixIsNotAValue) {
  // "XBYcommittee" is a requester word, not a body "ycommittee".
  EXPECT_TRUE(Values(schema::kBody, "ycommittee").empty());
  EXPECT_TRUE(Values(schema::kBody, "committee").empty());
}

}  // namespace
}  // namespace quorum
