// SPDX-License-Identifier: MIT
// Line classification: one row per printed form.
#include "common/text/note_lines.h"

#include <gtest/gtest.h>

namespace quorum {
namespace {

std::string Describe(const Unit& unit) {
  static const char* kKinds[] = {"numbered", "item", "footnote", "heading", "page", "text"};
  return std::string(kKinds[static_cast<int>(unit.kind)]) + "[" + unit.label + "] " + unit.text;
}

TEST(NoteLinesTest, ClassifiesPrintedForms) {
  const struct {
    const char* line;
    const char* expected;
  } rows[] = {
      {"12. The Chairperson said", "numbered[12] The Chairperson said"},
      {"12 bis. Added later", "numbered[12 bis] Added later"},
      {"(3) Minutes style", "numbered[3] Minutes style"},
      {"3) Also minutes", "numbered[3] Also minutes"},
      {"110.2. Ratify OP-CAT (Estonia);", "numbered[110.2] Ratify OP-CAT (Estonia);"},
      {"(a) An update", "item[a] An update"},
      {"- (b) A brief", "item[b] A brief"},
      {"(iv) Fourth", "item[iv] Fourth"},
      {"(A)   DUDS N SUDS   2552 HUBBELL AVE", "item[A] DUDS N SUDS   2552 HUBBELL AVE"},
      {"b) Letter with one bracket", "item[b] Letter with one bracket"},
      {"\u2022 Mr. X, Ambassador", "item[] Mr. X, Ambassador"},
      {"\u00B9 Originally planned", "footnote[1] Originally planned"},
      {"* Previously issued", "footnote[*] Previously issued"},
      {"** Conclusions have not been edited.", "footnote[**] Conclusions have not been edited."},
      {"*Previously issued as A/HRC/WG.6/1/L.1.", "footnote[*] Previously issued as A/HRC/WG.6/1/L.1."},
      {"\u2217 The annex is circulated as received.", "footnote[*] The annex is circulated as received."},
      {"*emphasis* is not a footnote", "text[] *emphasis* is not a footnote"},
      {"*Appointed Nick Coghlan as BD.* Done.", "text[] *Appointed Nick Coghlan as BD.* Done."},
      {"2017 was a busy year", "text[] 2017 was a busy year"},                 // a year, not a number
      {"3.6 per cent of households", "numbered[3.6] per cent of households"},  // context decides
      {"IOM\u2019s future role", "text[] IOM\u2019s future role"},
      {"## Present", "heading[] Present"},  // Markdown headings, any level
      {"### Council operations ###", "heading[] Council operations"},
      {"#1234 is an issue", "text[] #1234 is an issue"},  // no space: not a heading
      {"- [ ] @bob draft the notes", "item[] [ ] @bob draft the notes"},
      {"P\u00e1gina 14", "page[] P\u00e1gina 14"},  // page furniture, left out and said
      {"Page 3 of 12", "page[] Page 3 of 12"},
      {"- 7 -", "page[] - 7 -"},
      {"Page 3 shows the budget", "text[] Page 3 shows the budget"},
  };
  for (const auto& row : rows) {
    const std::vector<Unit> units = SplitUnits(row.line);
    ASSERT_EQ(units.size(), 1u) << row.line;
    EXPECT_EQ(Describe(units[0]), row.expected);
  }
}

TEST(NoteLinesTest, StarLinesInARunAreBulletsAndALoneOneIsAFootnote) {
  // Markdown lists ("## Present" then "* Jane") against a star footnote.
  const std::vector<Unit> list = SplitUnits("## Present\n\n* Jane Doe (TSC)\n* Ali Khan\n\n* Previously issued\n");
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(Describe(list[0]), "heading[] Present");
  EXPECT_EQ(Describe(list[1]), "item[] Jane Doe (TSC)");
  EXPECT_EQ(Describe(list[2]), "item[] Ali Khan");
  EXPECT_EQ(Describe(list[3]), "item[] Previously issued");  // it follows a bullet: the run goes on
  const std::vector<Unit> lone = SplitUnits("The report.\n\n* Previously issued as A/1.\n");
  ASSERT_EQ(lone.size(), 2u);
  EXPECT_EQ(Describe(lone[1]), "footnote[*] Previously issued as A/1.");
  // A heading is one line: the line after it starts the next unit.
  const std::vector<Unit> heading = SplitUnits("# Minutes\nThe meeting opened.\n");
  ASSERT_EQ(heading.size(), 2u);
  EXPECT_EQ(heading[1].text, "The meeting opened.");
}

TEST(NoteLinesTest, BlankLinesAndMarkersSplitUnitsAndLinesKeepNumbers) {
  const std::vector<Unit> units = SplitUnits("1. One\ncontinued\n- (a) item\n\nHeading\n");
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0].text, "One continued");
  EXPECT_EQ(units[0].line_count, 2);
  EXPECT_EQ(units[1].line, 3);
  EXPECT_EQ(units[2].line, 5);
}

TEST(NoteLinesTest, TextSavedOneParagraphPerLineSplitsAtEveryLine) {
  std::string speech, wrapped;
  for (int i = 0; i < 10; ++i) {
    speech += "Sentence number " + std::to_string(i) + " of the speech ends here.\n";
    wrapped += i % 3 == 2 ? "and this line ends the sentence.\n" : "a wrapped line that goes on\n";
  }
  EXPECT_TRUE(ReadLineLayout(speech).line_per_paragraph);
  EXPECT_EQ(SplitUnits(speech).size(), 10u);
  EXPECT_FALSE(ReadLineLayout(wrapped).line_per_paragraph);
  EXPECT_EQ(ReadLineLayout(wrapped).short_line, 0u);  // narrower than any wrapped text
  EXPECT_EQ(SplitUnits(wrapped).size(), 1u);
  // Blank lines between paragraphs: the usual layout, lines still join.
  std::string spaced;
  for (int i = 0; i < 10; ++i) spaced += "One sentence.\nAnother one.\n\n";
  EXPECT_EQ(ReadLineLayout(spaced).short_line, 0u);
  EXPECT_FALSE(ReadLineLayout(spaced).line_per_paragraph);
  EXPECT_EQ(SplitUnits(spaced).size(), 10u);
  // Numbered paragraphs keep their continuation lines.
  std::string numbered;
  for (int i = 1; i <= 10; ++i) numbered += std::to_string(i) + ". Said this.\nAnd that.\n";
  EXPECT_FALSE(ReadLineLayout(numbered).line_per_paragraph);
  EXPECT_EQ(ReadLineLayout(numbered).short_line, 0u);
  EXPECT_FALSE(ReadLineLayout("One.\nTwo.\nThree.\n").line_per_paragraph);  // too short to tell
}

TEST(NoteLinesTest, WrappedTextWithoutBlankLinesEndsParagraphsAtShortSentenceEnds) {
  // Three paragraphs wrapped at about 60 characters, no blank lines: a
  // paragraph's last line ends a sentence well short of the width; a full
  // line that happens to end a sentence does not end the paragraph.
  const std::string text =
      "Allow me first of all, Sir, to associate myself with the\n"
      "congratulations already extended to you on your election to\n"
      "the high office of President.\n"
      "On behalf of the Government of the Republic, I should like\n"
      "to convey deep sympathy to the Government and the people.\n"
      "It is a loss for the whole region and for all its friends\n"
      "in the world.\n"
      "The international realities that form the background of the\n"
      "current session are a direct reflection of the development\n"
      "of contradictory tendencies.\n";
  const LineLayout layout = ReadLineLayout(text);
  EXPECT_FALSE(layout.line_per_paragraph);
  EXPECT_GT(layout.short_line, 0u);
  const std::vector<Unit> units = SplitUnits(text);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0].line_count, 3);
  EXPECT_EQ(units[1].line_count, 4);
  EXPECT_EQ(units[2].text.substr(0, 17), "The international");
}

TEST(NoteLinesTest, Helpers) {
  EXPECT_EQ(LooseKey("CHAIRPERSON\u2019S NOTE,  HELD"), LooseKey("Chairperson's note held"));
  EXPECT_TRUE(EndsSentence("It ended.\u201D"));
  EXPECT_TRUE(EndsSentence("(Canada);"));
  EXPECT_FALSE(EndsSentence("develop more policy"));
  EXPECT_TRUE(StartsLowercase("capability and"));
  EXPECT_TRUE(StartsLowercase("\u00E9t\u00E9"));
  EXPECT_FALSE(StartsLowercase("\u00C9t\u00E9"));
  std::string text = "in Mexico.\u00B9 Next\u00B2\u00B3 word \u00B9alone";
  EXPECT_EQ(StripFootnoteMarkers(&text), (std::vector<std::string>{"1", "23"}));
  EXPECT_EQ(text, "in Mexico. Next word \u00B9alone");
}

// es-ferro-carril-oeste-comision-directiva: blank lines between most
// paragraphs, none between some; there a paragraph's last line ends a
// sentence well short of the width, and the next starts with a capital.
TEST(NoteLinesTest, AShortLastLineEndsAParagraphInsideABlock) {
  std::string text;
  for (int i = 0; i < 4; ++i)
    text +=
        "Se explica la actual situacion financiera, en donde el Secretario y el Tesorero\n"
        "detallan el desequilibrio que se produjo por la caida de los ingresos y el\n"
        "aumento de los gastos del ultimo trimestre del ano.\n"
        "Se explica que aun no ha ingresado la segunda cuota por la venta del jugador de\n"
        "futbol por parte del club, que esta llevando a cabo el reclamo al club de Lisboa.\n"
        "Esta situacion ha provocado un desequilibrio financiero que deberia resolverse.\n\n";
  const LineLayout layout = ReadLineLayout(text);
  EXPECT_GT(layout.short_line_in_blocks, 0u);
  const std::vector<Unit> units = SplitUnits(text);
  ASSERT_EQ(units.size(), 8u);  // two a block: the full line ending "Lisboa." ends nothing
  EXPECT_EQ(units[1].text.substr(0, 26), "Se explica que aun no ha i");
  EXPECT_TRUE(units[1].after_short_line);
  EXPECT_FALSE(units[0].after_short_line);
}

TEST(NoteLinesTest, DirectoryEntriesAndInitials) {
  EXPECT_TRUE(OpensEntry("Water \u2013 Julius Ciaccia, Jr., Commissioner"));
  EXPECT_TRUE(OpensEntry("DEPT. OF LAW \u2013 Robert J. Triozzi, Director"));
  EXPECT_TRUE(OpensEntry("Res. No. 300-10\u2014Pastor Stephen M."));
  EXPECT_FALSE(OpensEntry("the members of the Council of the City of Cleveland \u2013 all of them"));
  EXPECT_FALSE(OpensEntry("Barry Withers, Executive Assistant for Administration"));
  EXPECT_TRUE(EndsWithInitial("Res. No. 300-10\u2014Pastor Stephen M."));
  EXPECT_FALSE(EndsWithInitial("the Council adopted it."));
  EXPECT_FALSE(EndsWithInitial("under Ord. No. 352-98."));
}

TEST(NoteLinesTest, ClauseOpenersAreMatchedWithTheirPunctuation) {
  for (const char* line : {"Whereas, the Council has determined", "WHEREAS the Board", "Be it ordained by the Council",
                           "Resolved, by Board of Control", "Section 2. That this resolution", "Yeas: Mayor Campbell",
                           "Yeas 19. Nays 0.", "Considérant que la modification", "Vu le Code de l’urbanisme,",
                           "Considerando que el", "Article 3 – La garantie", "Artículo 2.– Objeto"})
    EXPECT_TRUE(OpensClause(line)) << line;
  for (const char* line : {"Whereas we are reducing our dependence on coal", "whereas, in lower case",
                           "Section 9110 of the Aviation Safety Act", "Yeast production", "Vue d’ensemble",
                           "Article 5 of the Charter", "Resolved to act"})
    EXPECT_FALSE(OpensClause(line)) << line;
}

// Fields of a record (a label and a figure, a date or a name) against the
// headings that share their form (an agenda item's label, a theme and its
// object, a line that leads on with a dash).
TEST(NoteLinesTest, FieldLinesAreAFigureADateOrANameUnderALabel) {
  for (const char* field : {"Présents : 15", "Convocation : 15 mars 2011", "Secrétaire de séance : Philippe POULEAU",
                            "Absent sans pouvoir : Julien PONS", "PPN: 029-06-002", "Votantes: 350",
                            "In attendance: David, Dan, Tim, Hadley (you're even)", "Remote: Yves, Ralph",
                            "**Labels:** question, I-council-nominated"})
    EXPECT_TRUE(IsFieldLine(field)) << field;
  for (const char* heading :
       {"Item 4: Budget 2021", "Modification du Plan d'occupation des sols (P.O.S.) : Approbation",
        "Eau / Assainissement : Rapport 2011 sur le prix et la qualité des services de l'eau potable",
        "Finance Committee: 2:00 p.m.\u2014", "Release Management:", "Public comment: NASA ROVER",
        "Items: budget, parks and roads"})
    EXPECT_FALSE(IsFieldLine(heading)) << heading;
}

}  // namespace
}  // namespace quorum
