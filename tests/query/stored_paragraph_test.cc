// SPDX-License-Identifier: MIT
// Every paragraph reads with its note's fields, stored once on the note's
// first paragraph (query/stored_paragraph.h).
#include "query/stored_paragraph.h"

#include <gtest/gtest.h>

#include "common/index/schema.h"
#include "common/pipeline/pipeline.h"
#include "indexer/indexer.h"

namespace quorum {
namespace {

constexpr const char* kNoteText =
    "WG/REL/2017/7\n\n"
    "WORKING GROUP ON IOM\u2013UN RELATIONS AND RELATED ISSUES\n\n"
    "CHAIRPERSON'S NOTE ON THE MEETING HELD ON 28 AUGUST 2017\n\n"
    "25. The Chairperson opened the meeting and welcomed the delegations.\n\n"
    "26. The delegations discussed migration data and coordination with UN agencies.\n";

class StoredParagraphsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    note_ = ParseNoteText(kNoteText);
    note_.path = "wg.txt";
    ASSERT_EQ(note_.paragraphs.size(), 2u);
    // An agenda item and an unnumbered paragraph, whatever the parser makes of a layout.
    note_.agenda = {{"b", "IOM's future role"}};
    note_.paragraphs[1].agenda = "b";
    quorum::Paragraph closing;
    closing.text = "The meeting closed at noon.";
    note_.paragraphs.push_back(closing);
    indexer_.AddNote(note_, "wg.txt");
    Note other = ParseNoteText("Minutes of the Board, 3 May 2019\n\nThe Board met.\n");
    other.path = "board.txt";
    indexer_.AddNote(other, "board.txt");
    indexer_.Commit();
  }

  Xapian::Document ParagraphDocument(const std::string& path, size_t ordinal) {
    Xapian::Enquire enquire(indexer_.database());
    enquire.set_query(schema::ParagraphQuery(schema::NoteKey(path), ordinal));
    return enquire.get_mset(0, 1).begin().get_document();
  }

  Note note_;
  Indexer indexer_{Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY)};
};

TEST_F(StoredParagraphsTest, EveryParagraphReadsWithItsNoteFieldsAndCitation) {
  StoredParagraphs stored(indexer_.database());
  for (size_t i = 0; i < note_.paragraphs.size(); ++i) {
    const nlohmann::json data = stored.Read(ParagraphDocument("wg.txt", i));
    EXPECT_EQ(data.at("id"), note_.Citation(note_.paragraphs[i], i)) << i;
    EXPECT_EQ(data.at("path"), note_.path) << i;
    EXPECT_EQ(data.at("meeting"), "WG/REL/2017/7") << i;
    EXPECT_EQ(data.at("symbol"), "WG/REL/2017/7") << i;
    EXPECT_EQ(data.at("date"), "2017-08-28") << i;
    EXPECT_EQ(data.at("language"), "en") << i;
    EXPECT_EQ(data.at("body"), note_.body) << i;
    EXPECT_EQ(data.at("text"), note_.paragraphs[i].text) << i;
    EXPECT_FALSE(data.contains("note")) << i;
  }
  EXPECT_EQ(stored.Read(ParagraphDocument("wg.txt", 1)).at("id"), "WG/REL/2017/7 \u00B626");
  EXPECT_EQ(stored.Read(ParagraphDocument("wg.txt", 2)).at("id"), "WG/REL/2017/7 \u00B6#3");
  EXPECT_EQ(stored.Read(ParagraphDocument("wg.txt", 1)).at("agenda_title"), "IOM's future role");
}

TEST_F(StoredParagraphsTest, ParagraphsOfTwoNotesKeepTheirOwnNote) {
  StoredParagraphs stored(indexer_.database());
  // Read in turns, so a cached note cannot leak into the other's paragraphs.
  EXPECT_EQ(stored.Read(ParagraphDocument("wg.txt", 1)).at("path"), "wg.txt");
  EXPECT_EQ(stored.Read(ParagraphDocument("board.txt", 0)).at("path"), "board.txt");
  EXPECT_EQ(stored.Read(ParagraphDocument("wg.txt", 2)).at("path"), "wg.txt");
  EXPECT_FALSE(stored.Read(ParagraphDocument("board.txt", 0)).contains("symbol"));
}

TEST_F(StoredParagraphsTest, AParagraphWhoseFirstIsGoneStillReads) {
  const Xapian::Document second = ParagraphDocument("wg.txt", 1);
  Xapian::WritableDatabase db = indexer_.database();
  Xapian::Enquire enquire(db);
  enquire.set_query(schema::ParagraphQuery(schema::NoteKey("wg.txt"), 0));
  db.delete_document(*enquire.get_mset(0, 1).begin());
  const nlohmann::json data = StoredParagraphs(db).Read(second);
  EXPECT_EQ(data.at("text"), note_.paragraphs[1].text);
  EXPECT_EQ(data.at("path"), "");
}

}  // namespace
}  // namespace quorum
