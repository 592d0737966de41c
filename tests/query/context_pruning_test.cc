// SPDX-License-Identifier: MIT
// Branches over context words taken out of parsed queries: phrases, which
// never match, and words in most paragraphs' context (query/context_pruning.h).
#include "query/context_pruning.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace quorum {
namespace {

using Q = Xapian::Query;

Q Phrase(const std::vector<std::string>& words) {
  return Q(Q::OP_PHRASE, words.begin(), words.end(), static_cast<Xapian::termcount>(words.size()));
}

TEST(ContextPruningTest, APhraseOfContextWordsLeavesAnOr) {
  const Q query(Q::OP_OR, Q("Zpeac"), Phrase({"XCgeneral", "XCassembly"}));
  EXPECT_EQ(WithoutContextPhrases(query).get_description(), Q("Zpeac").get_description());
}

TEST(ContextPruningTest, AnAndNeedingOneMatchesNothing) {
  const Q query(Q::OP_AND, Q("ZXCpeac"), Phrase({"XCgeneral", "XCassembly"}));
  EXPECT_EQ(WithoutContextPhrases(query).get_type(), Q::LEAF_MATCH_NOTHING);
  // ... and an OR above that AND keeps its other branch.
  const Q above(Q::OP_OR, Q("Zsecur"), query);
  EXPECT_EQ(WithoutContextPhrases(above).get_description(), Q("Zsecur").get_description());
}

TEST(ContextPruningTest, ANotOfOneIsDropped) {
  const Q query(Q::OP_AND_NOT, Q("ZXCnuclear"), Phrase({"XCatomic", "XCenergy"}));
  EXPECT_EQ(WithoutContextPhrases(query).get_description(), Q("ZXCnuclear").get_description());
  const Q first_dead(Q::OP_AND_NOT, Phrase({"XCatomic", "XCenergy"}), Q("ZXCnuclear"));
  EXPECT_EQ(WithoutContextPhrases(first_dead).get_type(), Q::LEAF_MATCH_NOTHING);
}

TEST(ContextPruningTest, TextPhrasesAndOtherFieldsStay) {
  const Q text(Q::OP_OR, Phrase({"general", "assembly"}), Phrase({"XBTgeneral", "XBTassembly"}));
  EXPECT_EQ(WithoutContextPhrases(text).get_description(), text.get_description());
  // A NEAR group of context words is as dead as a phrase.
  const std::vector<std::string> near = {"XCsea", "XClaw"};
  const Q with_near(Q::OP_OR, Q("Zsea"), Q(Q::OP_NEAR, near.begin(), near.end(), 8));
  EXPECT_EQ(WithoutContextPhrases(with_near).get_description(), Q("Zsea").get_description());
}

TEST(ContextPruningTest, ContextWordsOfMostParagraphsLeaveTheLift) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < 4; ++i) {
    Xapian::Document doc;
    doc.add_term("XCgeneral");                       // in every paragraph's context
    if (i == 0) doc.add_term("XCpeace");             // in one
    doc.add_term(i < 2 ? "XCsecurity" : "general");  // in exactly half: kept
    db.add_document(doc);
  }
  const Q general(Q::OP_OR, Q("general"), Q("XCgeneral"));
  const Q peace(Q::OP_OR, Q("peace"), Q("XCpeace"));
  const Q security(Q::OP_OR, Q("security"), Q("XCsecurity"));
  EXPECT_EQ(WithoutCommonContextTerms(Q(Q::OP_AND, general, peace), db).get_description(),
            Q(Q::OP_AND, Q("general"), peace).get_description());
  EXPECT_EQ(WithoutCommonContextTerms(Q(Q::OP_AND, peace, security), db).get_description(),
            Q(Q::OP_AND, peace, security).get_description());
  // A word only in the context, and in most of it, leaves nothing to lift.
  EXPECT_EQ(WithoutCommonContextTerms(Q(Q::OP_AND, Q("XCgeneral"), peace), db).get_type(), Q::LEAF_MATCH_NOTHING);
}

}  // namespace
}  // namespace quorum
