// SPDX-License-Identifier: MIT
// Indexer and DocumentBuilder on an in-memory Xapian database: documents,
// terms, values and stored data per the schema (common/index/schema.h).
#include "indexer/indexer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/base/error.h"
#include "common/base/note.h"
#include "common/index/schema.h"
#include "common/pipeline/pipeline.h"
#include "query/stored_paragraph.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::EnglishMeeting;
using testing_support::FrenchMeeting;
using testing_support::MakeNote;
using testing_support::MakeParagraph;

constexpr const char* kPath = "notes/2017-08-28-wg-rel.txt";

Xapian::WritableDatabase MemoryDatabase() {
  return Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
}

// An English chairperson's note with agenda items a and b.
Note EnglishNote() {
  Note note = MakeNote(EnglishMeeting());  // at kPath
  note.agenda = {{"a", "Update on the global compact for migration"}, {"b", "IOM's future role"}};
  note.paragraphs = {
      MakeParagraph("25", "a", "The Director General reported on the consultations on migration."),
      MakeParagraph("26", "b", "The Chairperson presented her non-paper on the options for the Organization."),
      MakeParagraph("27", "b", "Several delegations stressed coordination with UN agencies."),
  };
  return note;
}

Note FrenchNote() {
  Note note = MakeNote(FrenchMeeting());
  note.paragraphs = {MakeParagraph("1", nullptr, "Les réunions régionales ont eu lieu à Genève.")};
  return note;
}

// Indexer::AddNote, with a Xapian error reported readably (Xapian::Error is
// no std::exception, so GoogleTest would only say "Unknown C++ exception").
size_t Add(Indexer& indexer, const Note& note, const std::string& canonical_path) {
  try {
    return indexer.AddNote(note, canonical_path);
  } catch (const Xapian::Error& e) {
    ADD_FAILURE() << "AddNote(\"" << canonical_path << "\") threw " << e.get_description();
    return 0;
  }
}

bool HasTerm(const Xapian::Database& db, const std::string& term) { return db.term_exists(term); }

// How many documents are the paragraph at `ordinal` of the note `key`.
Xapian::doccount ParagraphCount(const Xapian::Database& db, const std::string& key, size_t ordinal) {
  Xapian::Enquire enquire(db);
  enquire.set_query(schema::ParagraphQuery(key, ordinal));
  return enquire.get_mset(0, 10).size();
}

// The paragraph at `ordinal` of the note `key`; fails the test if there is
// not exactly one.
Xapian::Document OnlyParagraph(const Xapian::Database& db, const std::string& key, size_t ordinal) {
  Xapian::Enquire enquire(db);
  enquire.set_query(schema::ParagraphQuery(key, ordinal));
  const Xapian::MSet found = enquire.get_mset(0, 10);
  EXPECT_EQ(found.size(), 1u) << key << " #" << ordinal;
  return found.empty() ? Xapian::Document() : found.begin().get_document();
}

// Terms of `doc` (sorted, as Xapian lists them).
std::vector<std::string> TermsOf(const Xapian::Document& doc) {
  std::vector<std::string> terms;
  for (Xapian::TermIterator it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.push_back(*it);
  return terms;
}

bool DocHasTerm(const Xapian::Document& doc, const std::string& term) {
  Xapian::TermIterator it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

std::vector<Xapian::termpos> Positions(const Xapian::Document& doc, const std::string& term) {
  std::vector<Xapian::termpos> positions;
  Xapian::TermIterator it = doc.termlist_begin();
  it.skip_to(term);
  if (it == doc.termlist_end() || *it != term) return positions;
  for (Xapian::PositionIterator p = it.positionlist_begin(); p != it.positionlist_end(); ++p) positions.push_back(*p);
  return positions;
}

const std::string kKey = schema::NoteKey(kPath);

// Bug (fixed): AddNote wrapped each note in begin_transaction(), which
// Xapian 1.4's in-memory backend does not implement ("UnimplementedError:
// This backend doesn't implement transactions"), although indexer.h promises
// that in-memory databases work, and the house style tests only on them.
TEST(IndexerTest, AddNoteWorksOnAnInMemoryDatabase) {
  Indexer indexer(MemoryDatabase());
  try {
    EXPECT_EQ(indexer.AddNote(EnglishNote(), kPath), 3u);
  } catch (const Xapian::Error& e) {
    FAIL() << e.get_description();
  }
  EXPECT_EQ(indexer.database().get_doccount(), 3u);
}

TEST(IndexerTest, OneDocumentPerParagraphNamedByNoteAndOrdinal) {
  Indexer indexer(MemoryDatabase());
  EXPECT_EQ(Add(indexer, EnglishNote(), kPath), 3u);
  indexer.Commit();
  const Xapian::Database& db = indexer.database();
  EXPECT_EQ(db.get_doccount(), 3u);
  Xapian::docid previous = 0;
  for (size_t i = 0; i < 4; ++i) {
    Xapian::Enquire enquire(db);
    enquire.set_query(schema::ParagraphQuery(kKey, i));
    const Xapian::MSet found = enquire.get_mset(0, 10);
    EXPECT_EQ(found.size(), i < 3 ? 1u : 0u) << i;
    if (found.empty()) continue;
    EXPECT_GT(*found.begin(), previous) << "paragraphs in reading order";
    previous = *found.begin();
  }
  EXPECT_EQ(db.get_termfreq(schema::NoteTerm(kKey)), 3u);
}

TEST(IndexerTest, ReaddingTheSameNoteAddsNoDuplicates) {
  Indexer indexer(MemoryDatabase());
  Add(indexer, EnglishNote(), kPath);
  indexer.Commit();
  EXPECT_EQ(Add(indexer, EnglishNote(), kPath), 3u);
  indexer.Commit();
  EXPECT_EQ(indexer.database().get_doccount(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(ParagraphCount(indexer.database(), kKey, i), 1u) << i;
}

TEST(IndexerTest, ReaddingWithFewerParagraphsRemovesTheRest) {
  Indexer indexer(MemoryDatabase());
  Add(indexer, EnglishNote(), kPath);
  indexer.Commit();
  Note shorter = EnglishNote();
  shorter.paragraphs.resize(1);
  shorter.paragraphs[0].text = "A single replacement paragraph about finances.";
  EXPECT_EQ(Add(indexer, shorter, kPath), 1u);
  indexer.Commit();
  const Xapian::Database& db = indexer.database();
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(ParagraphCount(db, kKey, 0), 1u);
  EXPECT_EQ(ParagraphCount(db, kKey, 1), 0u);
  EXPECT_EQ(ParagraphCount(db, kKey, 2), 0u);
  EXPECT_TRUE(HasTerm(db, "finances"));
  EXPECT_FALSE(HasTerm(db, "delegations"));  // from the removed paragraph 27
  EXPECT_FALSE(HasTerm(db, "director"));     // from the replaced paragraph 25
}

TEST(IndexerTest, ReaddingWithNoParagraphsRemovesTheNote) {
  Indexer indexer(MemoryDatabase());
  Add(indexer, EnglishNote(), kPath);
  Note empty = EnglishNote();
  empty.paragraphs.clear();
  EXPECT_EQ(Add(indexer, empty, kPath), 0u);
  indexer.Commit();
  EXPECT_EQ(indexer.database().get_doccount(), 0u);
}

TEST(IndexerTest, NotesWithDifferentPathsCoexist) {
  Indexer indexer(MemoryDatabase());
  Add(indexer, EnglishNote(), kPath);
  // The same note under another canonical path is another note.
  Add(indexer, EnglishNote(), "/elsewhere/copy.txt");
  Add(indexer, FrenchNote(), "notes/2018-06-12-gt-rel-fr.txt");
  indexer.Commit();
  const Xapian::Database& db = indexer.database();
  EXPECT_EQ(db.get_doccount(), 7u);
  const std::string other_key = schema::NoteKey("/elsewhere/copy.txt");
  EXPECT_NE(other_key, kKey);
  EXPECT_EQ(db.get_termfreq(schema::NoteTerm(kKey)), 3u);
  EXPECT_EQ(db.get_termfreq(schema::NoteTerm(other_key)), 3u);
  EXPECT_EQ(db.get_termfreq(schema::NoteTerm(schema::NoteKey("notes/2018-06-12-gt-rel-fr.txt"))), 1u);
  // Re-adding one leaves the other alone.
  Note shorter = EnglishNote();
  shorter.paragraphs.resize(2);
  Add(indexer, shorter, "/elsewhere/copy.txt");
  indexer.Commit();
  EXPECT_EQ(db.get_doccount(), 6u);
  EXPECT_EQ(db.get_termfreq(schema::NoteTerm(kKey)), 3u);
}

TEST(IndexerTest, CommitRecordsSchemaVersionAndLanguages) {
  Indexer indexer(MemoryDatabase());
  Add(indexer, FrenchNote(), "fr.txt");
  Add(indexer, EnglishNote(), kPath);
  indexer.Commit();
  const Xapian::Database& db = indexer.database();
  EXPECT_EQ(db.get_metadata(std::string(schema::kVersionKey)), std::to_string(schema::kVersion));
  EXPECT_EQ(db.get_metadata(std::string(schema::kLanguagesKey)), "en fr");
}

TEST(IndexerTest, LanguagesAccumulateAcrossIndexers) {
  Xapian::WritableDatabase db = MemoryDatabase();
  {
    Indexer indexer(db);
    Add(indexer, EnglishNote(), kPath);
    indexer.Commit();
  }
  EXPECT_EQ(db.get_metadata(std::string(schema::kLanguagesKey)), "en");
  {
    Indexer indexer(db);
    Add(indexer, FrenchNote(), "fr.txt");
    indexer.Commit();
  }
  EXPECT_EQ(db.get_metadata(std::string(schema::kLanguagesKey)), "en fr");
}

TEST(IndexerTest, NoteWithoutParagraphsAddsNoLanguage) {
  Indexer indexer(MemoryDatabase());
  Note empty = FrenchNote();
  empty.paragraphs.clear();
  Add(indexer, empty, "fr.txt");
  Add(indexer, EnglishNote(), kPath);
  indexer.Commit();
  EXPECT_EQ(indexer.database().get_metadata(std::string(schema::kLanguagesKey)), "en");
}

TEST(IndexerTest, OtherSchemaVersionWithDocumentsThrows) {
  Xapian::WritableDatabase db = MemoryDatabase();
  db.set_metadata(std::string(schema::kVersionKey), std::to_string(schema::kVersion + 1));
  db.add_document(Xapian::Document());
  db.commit();
  EXPECT_THROW(Indexer indexer(db), SchemaMismatchError);
}

TEST(IndexerTest, OtherSchemaVersionOnEmptyDatabaseIsRestamped) {
  Xapian::WritableDatabase db = MemoryDatabase();
  db.set_metadata(std::string(schema::kVersionKey), "0");
  Indexer indexer(db);
  indexer.Commit();
  EXPECT_EQ(db.get_metadata(std::string(schema::kVersionKey)), std::to_string(schema::kVersion));
}

TEST(IndexerTest, SameSchemaVersionReopens) {
  Xapian::WritableDatabase db = MemoryDatabase();
  {
    Indexer indexer(db);
    Add(indexer, EnglishNote(), kPath);
    indexer.Commit();
  }
  EXPECT_NO_THROW(Indexer again(db));
  EXPECT_EQ(db.get_doccount(), 3u);
}

class DocumentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Add(indexer_, EnglishNote(), kPath);
    indexer_.Commit();
    doc_ = OnlyParagraph(indexer_.database(), kKey, 1);  // paragraph 26
  }

  Indexer indexer_{MemoryDatabase()};
  Xapian::Document doc_;
};

TEST_F(DocumentTest, Values) {
  EXPECT_EQ(doc_.get_value(schema::kSlotDate), "20170828");
  EXPECT_EQ(doc_.get_value(schema::kSlotMeeting), "WG/REL/2017/7");
  EXPECT_EQ(Xapian::sortable_unserialise(doc_.get_value(schema::kSlotOrdinal)), 1.0);
  EXPECT_EQ(doc_.get_value(schema::kSlotNoteKey), kKey);
  const schema::FacetValues facets = schema::DecodeFacets(doc_.get_value(schema::kSlotFacets));
  EXPECT_EQ(facets.agenda, "(b) IOM's future role");
  EXPECT_EQ(facets.body, "Working Group on IOM\u2013UN Relations and Related Issues");
  EXPECT_EQ(facets.year, "2017");
  EXPECT_EQ(doc_.get_value(schema::kSlotPage), "");  // page unknown
}

TEST_F(DocumentTest, OrdinalValueSortsInReadingOrder) {
  const Xapian::Database& db = indexer_.database();
  std::string previous;
  for (size_t i = 0; i < 3; ++i) {
    const std::string value = OnlyParagraph(db, kKey, i).get_value(schema::kSlotOrdinal);
    EXPECT_EQ(Xapian::sortable_unserialise(value), static_cast<double>(i));
    if (i > 0) {
      EXPECT_LT(previous, value);
    }
    previous = value;
  }
}

TEST_F(DocumentTest, FilterTerms) {
  for (const std::string& term : {
           schema::FilterTerm(schema::kMeeting, "WG/REL/2017/7"),
           schema::FilterTerm(schema::kMeeting, "2017-08-28"),
           schema::FilterTerm(schema::kAgenda, "b"),
           schema::FilterTerm(schema::kYear, "2017"),
           schema::FilterTerm(schema::kParagraph, "26"),
           schema::FilterTerm(schema::kType, "chairperson's note"),
           schema::FilterTerm(schema::kBody, "Working Group on IOM\u2013UN Relations and Related Issues"),
           schema::NoteTerm(kKey),
       })
    EXPECT_TRUE(DocHasTerm(doc_, term)) << term;
  EXPECT_FALSE(DocHasTerm(doc_, schema::FilterTerm(schema::kAgenda, "a")));
  EXPECT_FALSE(DocHasTerm(doc_, schema::FilterTerm(schema::kParagraph, "25")));
  // English, the unmarked language, has no term; lang:en finds it as "no other".
  EXPECT_FALSE(DocHasTerm(doc_, schema::FilterTerm(schema::kLanguage, "en")));
}

TEST_F(DocumentTest, FilterTermsAreCaseInsensitive) {
  EXPECT_EQ(schema::FilterTerm(schema::kMeeting, "wg/rel/2017/7"),
            schema::FilterTerm(schema::kMeeting, "WG/REL/2017/7"));
  EXPECT_TRUE(DocHasTerm(doc_, schema::FilterTerm(schema::kMeeting, "wg/rel/2017/7")));
}

TEST_F(DocumentTest, StoredDataHoldsTheParagraphAndTheFirstParagraphTheNote) {
  const nlohmann::json data = nlohmann::json::parse(doc_.get_data());
  EXPECT_EQ(data.at("paragraph"), "26");
  EXPECT_FALSE(data.contains("ordinal")) << "it is in its value slot";
  EXPECT_EQ(data.at("agenda"), "b");
  EXPECT_EQ(data.at("text"), "The Chairperson presented her non-paper on the options for the Organization.");
  EXPECT_EQ(doc_.get_data().find('\n'), std::string::npos);
  // What is the same for every paragraph is stored once, on the first.
  for (const char* key : {"note", "id", "path", "meeting", "date", "symbol", "language", "agenda_title"})
    EXPECT_FALSE(data.contains(key)) << key;
  const nlohmann::json first = nlohmann::json::parse(OnlyParagraph(indexer_.database(), kKey, 0).get_data());
  const nlohmann::json& note = first.at("note");
  EXPECT_EQ(note.at("path"), kPath);
  EXPECT_EQ(note.at("meeting"), "WG/REL/2017/7");
  EXPECT_EQ(note.at("date"), "2017-08-28");
  EXPECT_EQ(note.at("symbol"), "WG/REL/2017/7");
  EXPECT_EQ(note.at("language"), "en");
  EXPECT_EQ(note.at("agenda_titles").at("b"), "IOM's future role");
}

TEST(IndexerTest, UnnumberedParagraphIsCitedByOrdinal) {
  Indexer indexer(MemoryDatabase());
  Note note = EnglishNote();
  note.paragraphs.push_back(MakeParagraph(nullptr, nullptr, "An unnumbered closing remark."));
  Add(indexer, note, kPath);
  const Xapian::Document doc = OnlyParagraph(indexer.database(), kKey, 3);
  const nlohmann::json data = StoredParagraphs(indexer.database()).Read(doc);
  EXPECT_EQ(data.at("id"), "WG/REL/2017/7 \u00B6#4");
  EXPECT_TRUE(data.at("paragraph").is_null());
  EXPECT_FALSE(data.contains("agenda"));
  EXPECT_EQ(schema::DecodeFacets(doc.get_value(schema::kSlotFacets)).agenda, "");
  for (const std::string& term : TermsOf(doc)) {
    EXPECT_NE(term.rfind(std::string(schema::kParagraph.prefix), 0), 0u) << term;
  }
}

TEST_F(DocumentTest, UnstemmedTermsHavePositionsAndStemsDoNot) {
  // "The Chairperson presented her non-paper on the options for the Organization."
  EXPECT_EQ(Positions(doc_, "the"), (std::vector<Xapian::termpos>{1, 8, 11}));
  EXPECT_EQ(Positions(doc_, "chairperson"), std::vector<Xapian::termpos>{2});
  EXPECT_EQ(Positions(doc_, "presented"), std::vector<Xapian::termpos>{3});
  EXPECT_EQ(Positions(doc_, "organization"), std::vector<Xapian::termpos>{12});
  // "non-paper" is two words at consecutive positions.
  EXPECT_EQ(Positions(doc_, "non"), std::vector<Xapian::termpos>{5});
  EXPECT_EQ(Positions(doc_, "paper"), std::vector<Xapian::termpos>{6});
  EXPECT_TRUE(DocHasTerm(doc_, "Zpresent"));
  EXPECT_TRUE(DocHasTerm(doc_, "Zoption"));
  EXPECT_TRUE(Positions(doc_, "Zpresent").empty());
  EXPECT_FALSE(DocHasTerm(doc_, "Presented"));  // case folded
}

TEST(IndexerTest, StemmedTermsUseTheNoteLanguage) {
  Indexer indexer(MemoryDatabase());
  Add(indexer, EnglishNote(), kPath);
  Add(indexer, FrenchNote(), "fr.txt");
  const Xapian::Database& db = indexer.database();
  const Xapian::Document english = OnlyParagraph(db, kKey, 0);
  EXPECT_TRUE(DocHasTerm(english, "migration"));
  EXPECT_TRUE(DocHasTerm(english, "Zmigrat"));
  EXPECT_TRUE(DocHasTerm(english, "Zconsult"));
  const Xapian::Document french = OnlyParagraph(db, schema::NoteKey("fr.txt"), 0);
  EXPECT_TRUE(DocHasTerm(french, "réunions"));
  EXPECT_TRUE(DocHasTerm(french, "Zréunion"));
  EXPECT_TRUE(DocHasTerm(french, "Zrégional"));
}

// Stop words keep their positions (phrases need them) but not their stems:
// queries drop stop words, so a stem of "the" was never searched for.
TEST(IndexerTest, StopWordsAreIndexedUnstemmedOnly) {
  Indexer indexer(MemoryDatabase());
  Add(indexer, EnglishNote(), kPath);
  Add(indexer, FrenchNote(), "fr.txt");
  const Xapian::Database& db = indexer.database();
  const Xapian::Document english = OnlyParagraph(db, kKey, 0);
  EXPECT_TRUE(DocHasTerm(english, "the"));
  EXPECT_TRUE(DocHasTerm(english, "on"));
  EXPECT_FALSE(DocHasTerm(english, "Zthe"));
  EXPECT_FALSE(DocHasTerm(english, "Zon"));
  EXPECT_TRUE(DocHasTerm(english, "Zreport"));
  const Xapian::Document french = OnlyParagraph(db, schema::NoteKey("fr.txt"), 0);
  EXPECT_TRUE(DocHasTerm(french, "les"));
  EXPECT_FALSE(DocHasTerm(french, "Zle"));
  EXPECT_FALSE(DocHasTerm(french, "Zles"));
}

TEST(IndexerTest, NumbersAreNotStemmed) {
  Indexer indexer(MemoryDatabase());
  Note note = EnglishNote();
  note.paragraphs = {MakeParagraph("1", nullptr, "Resolution 2017 was adopted by 41 States.")};
  Add(indexer, note, kPath);
  const Xapian::Document doc = OnlyParagraph(indexer.database(), kKey, 0);
  EXPECT_TRUE(DocHasTerm(doc, "2017"));
  EXPECT_TRUE(DocHasTerm(doc, "41"));
  EXPECT_FALSE(DocHasTerm(doc, "Z2017"));
  EXPECT_FALSE(DocHasTerm(doc, "Z41"));
  EXPECT_TRUE(DocHasTerm(doc, "Zadopt"));
}

TEST_F(DocumentTest, ContextTermsCarryTitleBodyAndAgendaWords) {
  const std::string zxc = "Z" + std::string(schema::kContextPrefix);
  // Note title: "Chairperson's note on the meeting held on 28 August 2017",
  // by stems alone, numbers too; no stop words.
  EXPECT_TRUE(DocHasTerm(doc_, zxc + "meet"));
  EXPECT_TRUE(DocHasTerm(doc_, zxc + "august"));
  EXPECT_TRUE(DocHasTerm(doc_, zxc + "2017"));
  EXPECT_FALSE(DocHasTerm(doc_, zxc + "the"));
  EXPECT_FALSE(DocHasTerm(doc_, std::string(schema::kContextPrefix) + "meeting")) << "not as written";
  // Body and agenda item title.
  EXPECT_TRUE(DocHasTerm(doc_, zxc + "relat"));
  EXPECT_TRUE(DocHasTerm(doc_, zxc + "futur"));
  // Title words are context only, not text.
  EXPECT_FALSE(DocHasTerm(doc_, "august"));
  EXPECT_FALSE(DocHasTerm(doc_, "meeting"));
  // Paragraph text is not context.
  EXPECT_FALSE(DocHasTerm(doc_, zxc + "present"));
}

TEST_F(DocumentTest, AgendaTitleTermsAndOneBodyTerm) {
  const std::string at(schema::kAgendaTitlePrefix);
  // Agenda item b: "IOM's future role".
  EXPECT_EQ(Positions(doc_, at + "iom's"), std::vector<Xapian::termpos>{1});
  EXPECT_EQ(Positions(doc_, at + "future"), std::vector<Xapian::termpos>{2});
  EXPECT_TRUE(DocHasTerm(doc_, "Z" + at + "futur"));
  EXPECT_FALSE(DocHasTerm(doc_, at + "migration"));  // item a's title
  // Body: "Working Group on IOM–UN Relations and Related Issues", one
  // filter term; body:words reads its words from it (query/value_words.h).
  EXPECT_TRUE(
      DocHasTerm(doc_, schema::FilterTerm(schema::kBody, "Working Group on IOM–UN Relations and Related Issues")));
  for (const std::string& term : TermsOf(doc_)) EXPECT_NE(term.rfind("XBT", 0), 0u) << term;
}

TEST(IndexerTest, PhraseNeverSpansTwoParts) {
  // Text, sub-items and footnotes are indexed with a gap so a phrase cannot
  // join the last word of one to the first word of the next.
  Indexer indexer(MemoryDatabase());
  Note note = EnglishNote();
  Paragraph paragraph = MakeParagraph("1", nullptr, "It ended with staff");
  paragraph.items = {{"a", "costs were reviewed"}};
  paragraph.footnotes = {"See annex."};
  note.paragraphs = {paragraph};
  Add(indexer, note, kPath);
  const Xapian::Document doc = OnlyParagraph(indexer.database(), kKey, 0);
  const std::vector<Xapian::termpos> staff = Positions(doc, "staff");
  const std::vector<Xapian::termpos> costs = Positions(doc, "costs");
  const std::vector<Xapian::termpos> annex = Positions(doc, "annex");
  ASSERT_EQ(staff.size(), 1u);
  ASSERT_EQ(costs.size(), 1u);
  ASSERT_EQ(annex.size(), 1u);
  EXPECT_GT(costs[0], staff[0] + 1);
  EXPECT_GT(annex[0], costs[0] + 3);
}

TEST(IndexerTest, ParsedNoteIsIndexedWithItsCitations) {
  const Note note = ParseNoteText(
      "WG/REL/2017/7\n\n"
      "WORKING GROUP ON IOM\u2013UN RELATIONS AND RELATED ISSUES\n\n"
      "CHAIRPERSON'S NOTE ON THE MEETING HELD ON 28 AUGUST 2017\n\n"
      "25. The Chairperson opened the meeting and welcomed the delegations.\n\n"
      "26. The delegations discussed migration data and coordination with UN agencies.\n");
  ASSERT_EQ(note.paragraphs.size(), 2u);
  ASSERT_EQ(note.symbol, "WG/REL/2017/7");
  Indexer indexer(MemoryDatabase());
  EXPECT_EQ(Add(indexer, note, "parsed.txt"), 2u);
  const Xapian::Document doc = OnlyParagraph(indexer.database(), schema::NoteKey("parsed.txt"), 1);
  EXPECT_EQ(StoredParagraphs(indexer.database()).Read(doc).at("id"), "WG/REL/2017/7 \u00B626");
  EXPECT_TRUE(DocHasTerm(doc, "Zmigrat"));
  EXPECT_EQ(doc.get_value(schema::kSlotDate), "20170828");
}

}  // namespace
}  // namespace quorum
