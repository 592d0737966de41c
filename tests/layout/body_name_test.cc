// SPDX-License-Identifier: MIT
// Body names read from a note's opening paragraph when no title block names
// one (common/layout/body_name.h, FindBodyInText), as speeches and letters
// name the body they address.
#include "common/layout/body_name.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "common/pipeline/pipeline.h"

namespace quorum {
namespace {

struct Case {
  const char* text;
  const char* body;
};

// Title lines: a head noun with its name around it, or a body's acronym
// right before the word that says what the document is.
TEST(BodyNameTest, TitleLinesNameTheBodyByForm) {
  const Case cases[] = {
      {"Node.js Technical Steering Committee (TSC) Meeting 2022-06-15", "Node.js Technical Steering Committee"},
      {"Node Foundation TSC Meeting 2017-10-18", "Node Foundation TSC"},
      {"TAG Teleconference", "TAG"},
      {"TAG Minutes Doc - week-of 1 April 2024", "TAG"},
      {"SUMMARY OF DES MOINES CITY COUNCIL MEETING", "DES MOINES CITY COUNCIL"},
      // No body: a bare head, a line all in capitals, no document word.
      {"Council meeting 2025-04-11", ""},
      {"ANNUAL MEETING 2019", ""},
      {"TAG and the web platform", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(BodyByForm(c.text, "en"), c.body) << c.text;
}

TEST(BodyNameTest, FindBodyInTextStopsWhereTheNameEnds) {
  const Case cases[] = {
      {"The Working Group on the Universal Periodic Review, established in accordance with resolution 5/1",
       "Working Group on the Universal Periodic Review"},
      // A complement may hold function words between its capitalised words.
      {"before the Commission on Science and Technology for Development today",
       "Commission on Science and Technology for Development"},
      // A possessive, a colon, a question mark, a dash or a missing space end it.
      {"the high week of the General Assembly's commemorative session", "General Assembly"},
      {"the General Assembly\u2019s commemorative session", "General Assembly"},
      {"the seventy-third session of the General Assembly: \u201cDialogue\u201d", "General Assembly"},
      {"what is the General Assembly? It is", "General Assembly"},
      {"before the General Assembly\u2014and the world", "General Assembly"},
      {"I address the General Assembly.We are", "General Assembly"},
      // After the head, another thing starts: a room, a second body, a person.
      {"to gather in this fine General Assembly Hall to discuss", "General Assembly"},
      {"the General Assembly and the Security Council agreed", "General Assembly"},
      {"the General Assembly H.E. Mr. Abdulla Shahid", "General Assembly"},
      {"the President of the General Assembly of Mr. Kutesa", "General Assembly"},
      // French and Spanish heads take an adjective after them.
      {"Le Conseil Municipal s'est r\u00e9uni", "Conseil Municipal"},
      {"La Comisi\u00f3n Directiva en la Sede Social resolvi\u00f3", "Comisi\u00f3n Directiva"},
      // A bare head names nothing in particular.
      {"The Council met.", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(FindBodyInText(c.text), c.body) << c.text;
}

// A speech's salutation in capitals addresses a person; a speech printed
// all in capitals has no title lines to read a body from.
TEST(BodyNameTest, SalutationsAndSpeechesInCapitalsNameNoBody) {
  const Note salutation = ParseNoteText(
      "MR. PRESIDENT OF THE GENERAL ASSEMBLY,\n\n"
      "Allow me to congratulate you on your election as President of the General Assembly at its session.\n\n"
      "My country stands ready to work with all delegations on the agenda before us this year.\n");
  EXPECT_EQ(salutation.body, "General Assembly");
  const Note capitals = ParseNoteText(
      "MR PRESIDENT, I WISH TO CONGRATULATE YOU ON YOUR ELECTION TO THE OFFICE OF PRESIDENT OF THE 79TH\n"
      "SESSION OF THE GENERAL ASSEMBLY. I AM CONFIDENT THAT WITH YOUR EXPERIENCE YOU WILL GUIDE US WELL.\n\n"
      "WE FACE MANY CHALLENGES TOGETHER AND MUST ACT ON THEM WITHOUT DELAY FOR OUR PEOPLES.\n");
  EXPECT_EQ(capitals.body.find("I Am"), std::string::npos) << capitals.body;
}

// A council's journal names its body in the enacting formulas of the acts
// it prints; a body the title block found that enacts some of them stays.
TEST(BodyNameTest, EnactingFormulasNameTheBody) {
  const std::string acts =
      "Be it ordained by the Council of the City of Cleveland:\nSection 1. That …\n"
      "Be it resolved by the Council of\nthe City of Cleveland:\nSection 1. That …\n"
      "Be it resolved by the Board of Control of the City of Cleveland that the bid is accepted.\n";
  EXPECT_EQ(FindEnactingBody(acts, "City Council\u2013Legislative"), "Council of the City of Cleveland");
  EXPECT_EQ(FindEnactingBody(acts, "Board of Control of the City of Cleveland"), "");
  EXPECT_EQ(FindEnactingBody("Be it ordained by the Council of the City of Cleveland:", ""), "");  // one is not enough
  // In a note: the title block's body gives way, and its words stay searchable as front matter.
  const Note note = ParseNoteText("CITY COUNCIL \u2013 LEGISLATIVE\n\nMonday, March 2, 1998\n\n" + acts +
                                  "\nThe meeting was adjourned at the close of business of the day, as announced.\n");
  EXPECT_EQ(note.body, "Council of the City of Cleveland");
  const bool kept = std::any_of(note.front_matter.begin(), note.front_matter.end(), [](const std::string& line) {
    return line.find("Legislative") != std::string::npos || line.find("LEGISLATIVE") != std::string::npos;
  });
  EXPECT_TRUE(kept) << "the replaced body line is not kept";
}

}  // namespace
}  // namespace quorum
