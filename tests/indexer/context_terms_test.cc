// SPDX-License-Identifier: MIT
// Searches on context words, which the indexer stores without positions:
// words still match at context weight, phrases on them find nothing and
// raise no error, and agenda and body words (positional) keep their phrases.
#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "indexer/indexer.h"
#include "query/searcher.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::EnglishMeeting;
using testing_support::FrenchMeeting;
using testing_support::MakeNote;
using testing_support::MakeParagraph;

Xapian::Database Indexed() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Note note = MakeNote(EnglishMeeting());
  note.agenda = {{"b", "IOM's future role"}};
  note.paragraphs = {MakeParagraph("26", "b", "The Chairperson presented her non-paper on the options."),
                     MakeParagraph("27", "b", "Several delegations stressed coordination with UN agencies.")};
  Indexer indexer(db);
  indexer.AddNote(note, note.path);
  indexer.Commit();
  return db;
}

size_t Matches(const Xapian::Database& db, const std::string& query, const std::string& agenda = "") {
  QueryConfig config;
  config.query = query;
  config.agenda = agenda;
  config.limit = 10;
  config.exact_counts = true;
  return Search(db, config).hits.size();
}

TEST(ContextTermsTest, WordsMatchButPhrasesDoNotAndNeverThrow) {
  const Xapian::Database db = Indexed();
  // "held" and "meeting" are in the note's title only: context of both.
  EXPECT_EQ(Matches(db, "meeting held"), 2u);
  EXPECT_EQ(Matches(db, "\"meeting held\""), 0u);
  // A phrase in the text still matches; its words in the context add nothing.
  EXPECT_EQ(Matches(db, "\"UN agencies\""), 1u);
  EXPECT_EQ(Matches(db, "\"chairperson presented\""), 1u);
}

TEST(ContextTermsTest, AgendaAndBodyWordsKeepTheirPhrases) {
  const Xapian::Database db = Indexed();
  EXPECT_EQ(Matches(db, "", "future role"), 2u);
  EXPECT_EQ(Matches(db, "agenda:\"future role\""), 2u);
  // A hyphenated name is a phrase to the query parser.
  EXPECT_EQ(Matches(db, "body:IOM-UN"), 2u);
  EXPECT_EQ(Matches(db, "body:UN-IOM"), 0u);
}

}  // namespace
}  // namespace quorum
