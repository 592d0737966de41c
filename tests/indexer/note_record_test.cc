// SPDX-License-Identifier: MIT
// Note records: their encoding, and the check that an index holds whole
// notes only (what the SIGKILL test relies on to judge an index).
#include "indexer/note_record.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

#include "common/index/schema.h"
#include "indexer/indexer.h"
#include "tests/indexer/scratch_dir.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::MakeParagraph;

Note ThreeParagraphs() {
  Note note;
  note.language = "en";
  note.content_hash = "00112233445566778899aabbccddeeff";
  note.paragraphs = {MakeParagraph("1", nullptr, "The Council met in Geneva."),
                     MakeParagraph("2", nullptr, "Delegations discussed the budget."),
                     MakeParagraph("3", nullptr, "The meeting rose at noon.")};
  return note;
}

TEST(NoteRecordTest, RoundTripKeepsTabsInThePath) {
  const NoteRecord record{"abc/fr", 12, "/notes/a\tb.txt"};
  const std::optional<NoteRecord> decoded = DecodeNoteRecord(EncodeNoteRecord(record));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->stamp, "abc/fr");
  EXPECT_EQ(decoded->paragraphs, 12u);
  EXPECT_EQ(decoded->path, "/notes/a\tb.txt");
}

TEST(NoteRecordTest, MalformedValuesAreRejected) {
  for (const char* value : {"", "abc", "abc\t12", "abc\tx\t/p", "abc\t-1\t/p", "abc\t12\t", "abc\t\t/p"})
    EXPECT_FALSE(DecodeNoteRecord(value)) << value;
}

TEST(NoteRecordTest, StampNamesAForcedLanguage) {
  EXPECT_EQ(NoteStamp("abc", ""), "abc");
  EXPECT_EQ(NoteStamp("abc", "fr"), "abc/fr");
  EXPECT_EQ(NoteRecordKey("0123"), std::string(schema::kNoteRecordPrefix) + "0123");
}

class CheckNoteRecordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    indexer_.AddNote(ThreeParagraphs(), "/notes/a.txt");
    indexer_.AddNote(ThreeParagraphs(), "/notes/b.txt");
    indexer_.Commit();
  }
  Xapian::WritableDatabase& db() { return indexer_.database(); }

  // On disk: the in-memory backend cannot list metadata keys.
  testing_support::ScratchDir dir_;
  Indexer indexer_{Xapian::WritableDatabase(dir_.path("db"), Xapian::DB_CREATE | Xapian::DB_NO_SYNC)};
};

TEST_F(CheckNoteRecordsTest, WholeNotesAreConsistent) {
  EXPECT_TRUE(CheckNoteRecords(db()).empty());
  const std::optional<NoteRecord> record = indexer_.Record(schema::NoteKey("/notes/a.txt"));
  ASSERT_TRUE(record);
  EXPECT_EQ(record->stamp, "00112233445566778899aabbccddeeff");  // note.content_hash by default
  EXPECT_EQ(record->paragraphs, 3u);
  EXPECT_EQ(record->path, "/notes/a.txt");
}

// The document of paragraph `ordinal` of /notes/a.txt.
Xapian::docid ParagraphDocid(const Xapian::Database& db, size_t ordinal) {
  Xapian::Enquire enquire(db);
  enquire.set_query(schema::ParagraphQuery(schema::NoteKey("/notes/a.txt"), ordinal));
  const Xapian::MSet found = enquire.get_mset(0, 1);
  return found.empty() ? 0 : *found.begin();
}

TEST_F(CheckNoteRecordsTest, AMissingParagraphIsReported) {
  db().delete_document(ParagraphDocid(db(), 1));
  const std::vector<std::string> problems = CheckNoteRecords(db());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems[0].find("/notes/a.txt: 2 documents, record says 3"), std::string::npos) << problems[0];
}

TEST_F(CheckNoteRecordsTest, ADoubledParagraphIsReported) {
  const Xapian::docid second = ParagraphDocid(db(), 1);
  Xapian::Document doc = db().get_document(second);
  doc.add_value(schema::kSlotOrdinal, Xapian::sortable_serialise(0));
  db().replace_document(second, doc);
  const std::vector<std::string> problems = CheckNoteRecords(db());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("/notes/a.txt: a paragraph missing, doubled"), std::string::npos) << problems[0];
}

TEST_F(CheckNoteRecordsTest, DocumentsWithoutARecordAreReported) {
  db().set_metadata(NoteRecordKey(schema::NoteKey("/notes/b.txt")), "");
  const std::vector<std::string> problems = CheckNoteRecords(db());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems[0].find("3 documents but no record"), std::string::npos) << problems[0];
}

TEST_F(CheckNoteRecordsTest, ARecordUnderAnotherNotesKeyIsReported) {
  db().set_metadata(NoteRecordKey(schema::NoteKey("/notes/b.txt")), EncodeNoteRecord({"x", 3, "/notes/c.txt"}));
  EXPECT_FALSE(CheckNoteRecords(db()).empty());
}

TEST_F(CheckNoteRecordsTest, RemovedNoteLeavesNoTrace) {
  EXPECT_EQ(indexer_.RemoveNote(schema::NoteKey("/notes/a.txt")), 3u);
  indexer_.Commit();
  EXPECT_TRUE(CheckNoteRecords(db()).empty());
  EXPECT_EQ(db().get_doccount(), 3u);
  EXPECT_FALSE(indexer_.Record(schema::NoteKey("/notes/a.txt")));
  ASSERT_EQ(indexer_.Records().size(), 1u);
  EXPECT_EQ(indexer_.Records()[0].second.path, "/notes/b.txt");
}

}  // namespace
}  // namespace quorum
