// SPDX-License-Identifier: MIT
// One test per family of layout that other bodies' notes use, each on a
// short excerpt of a real document of ../shared/corpus/bodies (named in the
// test; lines shortened where marked "…"). The parser decides each family
// from the whole text, so each excerpt holds enough of it to decide.
#include <gtest/gtest.h>

#include <algorithm>

#include "common/pipeline/pipeline.h"
#include "tests/support/test_support.h"

namespace quorum {
namespace {

using testing_support::Starting;

// nodejs-tsc/nodejs-tsc_2022-06-15.txt: Markdown minutes, a "* " list of
// who was present under a "##" heading.
TEST(LayoutFamiliesTest, MarkdownMinutesWithAListOfThosePresent) {
  const Note note = ParseNoteText(
      "# Node.js Technical Steering Committee (TSC) Meeting 2022-06-15\n\n"
      "## Links\n\n"
      "* **Recording**: <http://www.youtube.com/watch?v=0gCC4STUCL8>\n"
      "* **GitHub Issue**: <https://github.com/nodejs/TSC/issues/1242>\n\n"
      "## Present\n\n"
      "* Beth Griggs @BethGriggs (TSC)\n"
      "* Colin Ihrig @cjihrig (TSC)\n"
      "* Danielle Adams @danielleadams (TSC)\n\n"
      "## Agenda\n\n"
      "### Announcements\n\n"
      "* No announcements for this week\n");
  EXPECT_EQ(note.body, "Node.js Technical Steering Committee");
  EXPECT_EQ(note.date, "2022-06-15");
  const Paragraph* colin = Starting(note, "Colin Ihrig");
  ASSERT_NE(colin, nullptr);  // each person a paragraph, not a footnote
  EXPECT_EQ(colin->section, "Present");
  const Paragraph* none = Starting(note, "No announcements");
  ASSERT_NE(none, nullptr);
  EXPECT_EQ(none->section, "Agenda \u2014 Announcements");  // stacked headings
}

// us-fomc-minutes/fomc-minutes_2022-03-16.txt: text saved from a web page,
// one element per line; footnote markers on lines of their own; the notes
// at the end, each followed by "Return to text".
TEST(LayoutFamiliesTest, WebTextOneElementPerLineWithMarkerLines) {
  const Note note = ParseNoteText(
      "Minutes of the Federal Open Market Committee\n"
      "March 15-16, 2022\n"
      "A joint meeting of the Federal Open Market Committee and the Board of Governors of the Federal Reserve "
      "System was held in the offices of the Board of Governors on Tuesday, March 15, 2022, at 10:00 a.m. and "
      "continued on Wednesday, March 16, 2022, at 9:00 a.m.\n"
      "1\n"
      "Attendance\n"
      "Jerome H. Powell, Chair\n"
      "John C. Williams, Vice Chair\n"
      "Michelle W. Bowman\n"
      "Matthew J. Eichner,\n"
      "2\n"
      "Director, Division of Reserve Bank Operations and Payment Systems, Board; Michael S. Gibson, Director, "
      "Division of Supervision and Regulation, Board\n"
      "Developments in Financial Markets and Open Market Operations\n"
      "The manager turned first to a discussion of financial market developments over the intermeeting period, "
      "which were dominated by the Russian invasion of Ukraine and its effects on commodity markets. Prices of "
      "commodities that Russia exports, particularly oil and natural gas, soared.\n"
      "1. The Federal Open Market Committee is referenced as the \"FOMC\" and the \"Committee\" in these minutes.\n"
      "Return to text\n"
      "2. Attended through the discussion of plans for reducing the size of the balance sheet.\n"
      "Return to text\n");
  EXPECT_EQ(note.body, "Federal Open Market Committee");
  EXPECT_EQ(note.date, "2022-03-15");  // a meeting over two days: its first
  const Paragraph* chair = Starting(note, "Jerome H. Powell, Chair");
  ASSERT_NE(chair, nullptr);  // an attendance line is a paragraph, not a heading
  EXPECT_EQ(chair->section, "Attendance");
  const Paragraph* eichner = Starting(note, "Matthew J. Eichner,");
  ASSERT_NE(eichner, nullptr);  // the marker line does not cut the attendee's line
  EXPECT_NE(eichner->text.find("Director, Division of Reserve Bank"), std::string::npos);
  ASSERT_EQ(eichner->footnotes.size(), 1u);
  EXPECT_EQ(eichner->footnotes[0],
            "Attended through the discussion of plans for reducing the size of the balance sheet. "
            "Return to text");
  for (const Paragraph& p : note.paragraphs) EXPECT_FALSE(p.number.has_value()) << p.text;  // notes are not numbers
  const Paragraph* manager = Starting(note, "The manager turned first");
  ASSERT_NE(manager, nullptr);
  EXPECT_EQ(manager->section, "Developments in Financial Markets and Open Market Operations");
}

// es-congreso-diputados-diario-sesiones/congreso-ds-pleno_2015-01-20_CD150120.txt:
// a verbatim record with one paragraph a line, blank lines only between
// blocks, speaker labels on lines of their own and page numbers inside speeches.
TEST(LayoutFamiliesTest, VerbatimRecordWithSpeakerLinesAndPageNumbers) {
  const std::string filler = std::string(260, 'x');  // lines longer than anyone wraps
  const Note note = ParseNoteText(
      "CORTES GENERALES DIARIO DE SESIONES DEL CONGRESO DE LOS DIPUTADOS PLENO Y DIPUTACIÓN PERMANENTE\n\n"
      "Sesión plenaria núm. 237. Sesión extraordinaria\n\n"
      "celebrada el martes, 20 de enero de 2015\n\n"
      "PRESIDENTE:\n"
      "Se abre la sesión.\n"
      "Montoro Romero, Cristóbal Ricardo (MINISTRO DE HACIENDA Y ADMINISTRACIONES PÚBLICAS):\n"
      "Gracias, señor presidente.\n"
      "Señorías, el Gobierno trae hoy a esta Cámara la convalidación del real decreto-ley " +
      filler +
      " y\n"
      "Página 4\n"
      "mejora el Régimen Económico y Fiscal de Canarias.\n"
      "Antes de exponer ante sus señorías cuáles son las principales mejoras " +
      filler + ".\n");
  EXPECT_EQ(note.date, "2015-01-20");
  EXPECT_EQ(note.body, "Congreso de los Diputados");
  ASSERT_NE(Starting(note, "PRESIDENTE: Se abre la sesión."), nullptr);  // the label joins its speech
  const Paragraph* speech = Starting(note, "Señorías, el Gobierno");
  ASSERT_NE(speech, nullptr);
  EXPECT_NE(speech->text.find("y mejora el Régimen"), std::string::npos);  // across the page number
  EXPECT_NE(Starting(note, "Antes de exponer"), nullptr);                  // a full stop ends a paragraph
  EXPECT_EQ(note.left_out, std::vector<std::string>{"Página 4"});
}

// fr-aiglun-conseil-municipal/aiglun-cm-compte-rendu_2013-03-15.txt: numbered
// headings ("1.", "1.1") over unnumbered prose, and an attendance block of
// labelled lines.
TEST(LayoutFamiliesTest, NumberedHeadingsOverUnnumberedProse) {
  const Note note = ParseNoteText(
      "Conseil municipal du 15 mars 2013\n\n"
      "Présents : Daniel Jugy, Jean-Pierre Toulouse, Philippe Pouleau, Odile Mouzard.\n"
      "Public : 7 personnes.\n"
      "Secrétaire de séance : Philippe POULEAU\n\n"
      "    1. ÉLUS – Décision prise par le maire dans le cadre de sa délégation de pouvoir\n\n"
      "        1.1 RÉSEAUX – EAU – Travaux de régénération et de protection des forages\n\n"
      "Monsieur le maire informe le conseil municipal qu’un avenant de moins 300 € a été signé.\n\n"
      "    2. RÉSEAUX – EAU – Travaux de régénération, quatrième avenant\n\n"
      "Monsieur le maire informe le conseil municipal des travaux supplémentaires nécessaires.\n\n"
      "Vote FAVORABLE, à l’unanimité des membres présents et représentés.\n");
  EXPECT_EQ(note.date, "2013-03-15");
  EXPECT_EQ(note.body, "Conseil municipal");
  ASSERT_NE(Starting(note, "Public : 7 personnes."), nullptr);  // one paragraph a labelled line
  const Paragraph* avenant = Starting(note, "Monsieur le maire informe le conseil municipal qu");
  ASSERT_NE(avenant, nullptr);  // prose is not run on into the numbered heading
  EXPECT_FALSE(avenant->number.has_value());
  EXPECT_NE(avenant->section.find("1.1 RÉSEAUX"), std::string::npos);
  const Paragraph* vote = Starting(note, "Vote FAVORABLE");
  ASSERT_NE(vote, nullptr);
  EXPECT_NE(vote->section.find("2. RÉSEAUX"), std::string::npos);
}

// us-des-moines-city-council/dsm-council-meeting-report_2005-05-09.txt: a
// roll-call number before each item number, capital-letter items.
TEST(LayoutFamiliesTest, RollCallNumbersBeforeItemNumbers) {
  const Note note = ParseNoteText(
      "SUMMARY OF DES MOINES CITY COUNCIL MEETING\n\n"
      "May 9, 2005 4:30 P.M.\n\n"
      "05-1101 1. ROLL CALL: Present: Cownie, Coleman, Hensley, Kiernan, Mahaffey and Vlassis.\n\n"
      "05-1102 2. APPROVING AGENDA, AS PRESENTED AND/OR, AS AMENDED: Moved by Vlassis to adopt.\n\n"
      "05-1104 3. Approving alcoholic beverage applications for the following: Moved by Hensley to adopt.\n\n"
      "        (A)   DUDS N SUDS                 2552 HUBBELL AVE               B Beer\n"
      "        (B)   GARDEN                      112 SE 4TH ST                  C Liquor\n");
  EXPECT_EQ(note.date, "2005-05-09");
  EXPECT_EQ(note.body, "Des Moines City Council");
  const Paragraph* roll = Starting(note, "ROLL CALL");
  ASSERT_NE(roll, nullptr);
  EXPECT_EQ(roll->number, "1");
  EXPECT_EQ(roll->reference, "05-1101");
  const Paragraph* licences = Starting(note, "Approving alcoholic");
  ASSERT_NE(licences, nullptr);
  ASSERT_EQ(licences->items.size(), 2u);
  EXPECT_EQ(licences->items[0].label, "A");
}

// es-ferro-carril-oeste-comision-directiva/ferro-cd-acta_2018-03-15_p099-a006.txt:
// "1.- " numbering and a date in figures, day first.
TEST(LayoutFamiliesTest, DashedNumbersAndADateInFigures) {
  const Note note = ParseNoteText(
      "                     PERIODO 99° DE COMISION DIRECTIVA\n\n"
      "                               6° Sesión Ordinaria\n\n"
      "Siendo las 19 hs del día 15/03/2018 se lleva a cabo en la Sede Social la 6° sesión ordinaria de la\n"
      "Comisión Directiva del Club Ferro Carril Oeste, procediéndose a tratar los siguientes temas:\n\n"
      "1.- Se lee el acta anterior, la cual se aprueba por unanimidad.\n\n"
      "2.- Se explica la actual situación financiera.\n");
  EXPECT_EQ(note.date, "2018-03-15");
  const Paragraph* second = Starting(note, "Se explica");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->number, "2");
  // The title lines no field holds are front matter, searchable with the note.
  EXPECT_NE(std::find(note.front_matter.begin(), note.front_matter.end(), "6° Sesión Ordinaria"),
            note.front_matter.end());
}

// rust-leadership-council/rust-leadership-council_2023-08-14.txt and
// python-steering-council/python-sc-update_2024-10.txt: minutes as outlines.
TEST(LayoutFamiliesTest, OutlinesAndLabelsOverLists) {
  const Note rust = ParseNoteText(
      "# 2023-08-14\n\n## Minutes\n\n"
      "- Project Director Election Process Update (*Eric Holk* **Time**: 5 Minutes)\n"
      "  - **Goal**: Inform on current status and next steps.\n"
      "  - Eric Holk: We've started checkboxes (4 signoffs so far).\n"
      "- Private moderation team issue (*Ryan Levick* **Time**: 5 Minutes)\n"
      "  - Ryan: For moderation issue, Josh is the point of contact.\n");
  const Paragraph* holk = Starting(rust, "Eric Holk: We've started");
  ASSERT_NE(holk, nullptr);  // a sibling bullet is a paragraph of its own
  EXPECT_NE(holk->section.find("Project Director Election Process Update"), std::string::npos);
  const Paragraph* ryan = Starting(rust, "Ryan: For moderation");
  ASSERT_NE(ryan, nullptr);
  EXPECT_NE(ryan->section.find("Private moderation team issue"), std::string::npos);

  const Note python = ParseNoteText(
      "# Steering Council Updates for October 2024\n\n## 2024-10-02\n\n"
      "Release Management:\n\n"
      "- Preparations for next week's release underway\n"
      "- Performance discussions: mixed reports on speed compared to 3.12\n\n"
      "Core Developer Updates:\n\n"
      "- Increase in core developer numbers noted\n");
  EXPECT_EQ(python.body, "Steering Council");
  const Paragraph* increase = Starting(python, "Increase in core developer");
  ASSERT_NE(increase, nullptr);
  EXPECT_NE(increase->section.find("Core Developer Updates"), std::string::npos);
}

// fr-chemere-conseil-municipal/chemere-cm-compte-rendu_2005-05-17.txt:
// text saved from a word processor, one paragraph a line of every length,
// blank lines here and there.
TEST(LayoutFamiliesTest, WordProcessorTextOneParagraphALine) {
  const Note note = ParseNoteText(
      "COMPTE-RENDU\n"
      "CONSEIL MUNICIPAL DU 17 MAI 2005\n"
      "\n"
      "\n"
      "\tL'an deux mil cinq, le dix-sept mai, le Conseil Municipal de la Commune de CHEMERE, dûment convoqué, s'est "
      "réuni en session ordinaire, à la Mairie, sous la présidence de Monsieur Jean-Paul LERAY, Maire.\n"
      "\n"
      "Convocation : 10 mai 2005\n"
      "\n"
      "Conseillers Municipaux en exercice : 18\n"
      "\n"
      "Présents: M. MMES Marie-Jo BATARD, Régine CORMIER, Gérard BIGOT, Jacques CHEVALIER, Louis-Marie DRONEAU, "
      "Jean-Marie GATARD, Mithé GOUY, Michel GRAVOUIL, Alain GUILBAUD, Gérard GUILBAUD, Jacques JAUNATRE, Georges "
      "LECLEVE, Jean-Paul LERAY, Bernard PENNETIER, Jean RONDEAU, Pierre VOYAU.\n"
      "\n"
      "Absentes excusées : MMES Sonia BAILLY (ayant donné pouvoir à Madame Mithé GOUY), Karine MOSNIER.\n"
      "\n"
      "A été élu secrétaire de séance : M. Gérard BIGOT.\n"
      "\n"
      "Compte-rendu de la réunion du 20 avril 2005 : Pas d’observations. Le compte-rendu est adopté à l’unanimité.\n"
      "\n"
      "Ordre du jour\n"
      "Monsieur le Maire donne lecture de l’ordre du jour et propose au Conseil municipal d’y ajouter les points "
      "suivants :\n"
      "    • Institution d‘une participation pour non-réalisation d’aires de stationnement,\n"
      "    • Lotissement communal « Rue du Breil » : Travaux,\n"
      "    • Groupe scolaire « Armelle CHEVALIER » : Mise en place d’un réseau téléphonique,\n"
      "    • Aménagement du bourg : Problème d’écoulement des eaux pluviales.\n"
      "Le Conseil municipal donne son accord.\n"
      "\n"
      "\n"
      " Modification du Plan d’occupation des sols (P.O.S.) : Approbation\n"
      "\n"
      "Le Conseil municipal,\n"
      "Vu le Code de l’urbanisme,\n"
      "Vu la délibération du Conseil municipal en date du 18 décembre 2001 approuvant le Plan d’occupation des sols "
      "(P.O.S.),\n"
      "Vu la délibération du Conseil municipal n°2005/6 en date du 18 janvier 2005 approuvant le projet de "
      "modification du POS,\n"
      "Vu l’arrêté municipal n°2005/8 en date du 18 février 2005 soumettant la modification du POS à l’enquête "
      "publique du 14 mars 2005 au 15 avril 2005 inclus,\n"
      "Entendu les conclusions du commissaire-enquêteur qui émet un avis favorable,\n"
      "Considérant que les résultats de ladite enquête ne justifient aucun changement à la modification prévue,\n"
      "Considérant que la modification du P.O.S. telle qu’elle est présentée au Conseil municipal est prête à être "
      "approuvée, conformément à l’article L. 123-13 du Code de l’urbanisme,\n"
      "Entendu l’exposé de Monsieur le Maire,\n"
      "Après en avoir délibéré,\n"
      "Décide à l’unanimité des membres présents, d’approuver la modification du P.O.S. telle qu’elle est annexée à la "
      "présente, modification portant sur les points suivants :\n");
  EXPECT_EQ(note.date, "2005-05-17");
  ASSERT_NE(Starting(note, "Vu le Code de l\u2019urbanisme,"), nullptr);  // a line, a paragraph
  ASSERT_NE(Starting(note, "Entendu les conclusions"), nullptr);
  const Paragraph* code = Starting(note, "Vu le Code");
  EXPECT_EQ(code->text.find("Vu la délibération"), std::string::npos);
}

// w3c-tag/w3c-tag-minutes_2017-07-25_telcon-raw.txt: minutes typed live, a
// speaker's turn a line, with no blank line between turns.
TEST(LayoutFamiliesTest, SpeakerTurnsOneALine) {
  std::string text = "*Tuesday July 25th 2017\n\nIn attendance: David, Dan, Tim, Hadley, Travis, Peter\n\n# Agenda\n\n";
  for (const char* turn :
       {"Ralph: though I'm not entitled to represent the AB", "Dan: shortname should be design-principles",
        "Yves: We should be able to point to a registry", "Ralph: if the application has to know",
        "Travis: Fonts are linked to this", "Ralph: the problem here is that JSON is not",
        "Richard: it's not just JSON", "David: web app manifest has the same issue", "Alex: Up to now we have deferred",
        "Alex: What can the TAG do about it"})
    text += std::string(turn) + "\n";
  const Note note = ParseNoteText(text);
  EXPECT_EQ(note.date, "2017-07-25");
  ASSERT_NE(Starting(note, "Richard: it's not just JSON"), nullptr);
  const Paragraph* ralph = Starting(note, "Ralph: though");
  ASSERT_NE(ralph, nullptr);
  EXPECT_EQ(ralph->text.find("Dan:"), std::string::npos);
}

// za-national-assembly-hansard/za-na-hansard_2002-08-15.txt: the opening
// of a debate, down to a motion's "(2)".
const std::string kHansardOpening =
    "THURSDAY, 15 AUGUST 2002\n\n    PROCEEDINGS OF THE NATIONAL ASSEMBLY\n\n"
    "The House met at 14:02.\n\n"
    "The Deputy Speaker took the Chair and requested members to observe a moment of silence for prayers or "
    "meditation.\n\n"
    "                                   VACANCY\n\n"
    "The DEPUTY SPEAKER: Order! I have to announce that vacancies have arisen in the National Assembly owing "
    "to the resignation of three members.\n\n"
    "                                 NOTICES OF MOTION\n\n"
    "Mr J P CRONIN: Chairperson, I give notice that on the next sitting day of the House I shall move:\n\n"
    "That the House -\n\n"
    "(1) notes that 17 August marks the 20th anniversary of the assassination of Ruth First;\n\n"
    "(2) salutes the contribution made by Comrade Ruth First in the struggle for the liberation of our "
    "country.\n";

// za-national-assembly-hansard/za-na-hansard_2002-08-15.txt: a debate whose
// first printed number is a motion's "(1)" far into it; the headings before
// it head the debate, they are not title lines.
TEST(LayoutFamiliesTest, ANumberDeepInADebateDoesNotMakeItsStartATitleBlock) {
  const Note note = ParseNoteText(kHansardOpening);
  EXPECT_EQ(note.date, "2002-08-15");
  const Paragraph* order = Starting(note, "The DEPUTY SPEAKER: Order!");
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(order->section, "VACANCY");
  const Paragraph* cronin = Starting(note, "Mr J P CRONIN");
  ASSERT_NE(cronin, nullptr);
  EXPECT_EQ(cronin->section, "NOTICES OF MOTION");
}

// Lines repeated through a note: kept where they are what was said
// (za-national-assembly-hansard's "Agreed to."), left out and said where they
// stand at page breaks. Both excerpts are built on the pattern, not copied.
TEST(LayoutFamiliesTest, RepeatedLinesByWhereTheyStand) {
  std::string said, paged;
  for (int i = 0; i < 4; ++i) {
    said += "The SPEAKER: Is the motion agreed to?\n\nAgreed to.\n\n";
    for (int k = 0; k < i; ++k) said += "Mr X said the motion was long awaited and welcome.\n\n";
    paged += "The Council discussed the budget for part " + std::to_string(i) + ".\n\f";
    paged += "MINUTES OF THE FINANCE COMMITTEE MEETING\n\n";
  }
  const Note kept = ParseNoteText(said);
  EXPECT_EQ(std::count_if(kept.paragraphs.begin(), kept.paragraphs.end(),
                          [](const Paragraph& p) { return p.text == "Agreed to."; }),
            4);
  const Note furniture = ParseNoteText(paged);
  EXPECT_EQ(furniture.left_out.size(), 4u);
  EXPECT_TRUE(std::any_of(furniture.diagnostics.begin(), furniture.diagnostics.end(),
                          [](const Diagnostic& d) { return d.severity == Severity::kNote; }));
}

// "1 Text": numbers without a full stop, decided by their sequence (the
// layout of text converted from PDF that lost the tab after each number;
// built on that pattern). A lone "3 members voted" is not a number.
TEST(LayoutFamiliesTest, BareNumbersInSequence) {
  std::string text = "Minutes of the Monetary Policy Committee meeting ending on 2 November 2021\n\n";
  for (int n = 1; n <= 6; ++n)
    text += std::to_string(n) + " The Committee discussed item " + std::to_string(n) + ".\n\n";
  const Note numbered = ParseNoteText(text);
  ASSERT_GE(numbered.paragraphs.size(), 6u);
  EXPECT_EQ(numbered.paragraphs.back().number, "6");
  const Note prose = ParseNoteText("The Board met.\n\n3 Members voted against the motion.\n\nThe meeting closed.\n");
  for (const Paragraph& p : prose.paragraphs) EXPECT_FALSE(p.number.has_value()) << p.text;
}

// w3c-tag/w3c-tag-minutes_2017-07-25_telcon-raw.txt and a French council's
// record (pattern, not copied): fields of the record (who attended, who
// took notes, how many voted) are paragraphs, never the heading of what
// follows them.
TEST(LayoutFamiliesTest, FieldsOfTheRecordAreParagraphsNotHeadings) {
  const Note minutes = ParseNoteText(
      "In attendance: David, Dan, Tim, Hadley, Travis, Peter\n\nRemote: Yves, Ralph\n\n"
      "Morning Scribe: Travis\n\nAfternoon Scribe: Andrew\n\n"
      "Dan: We start with the review of the fetch specification, which is late.\n");
  for (const Paragraph& p : minutes.paragraphs) EXPECT_EQ(p.section.find(':'), std::string::npos) << p.section;
  ASSERT_NE(Starting(minutes, "Remote: Yves, Ralph"), nullptr);
  const Note record = ParseNoteText(
      "Conseil municipal du 15 mars 2013\n\n"
      "Le conseil municipal s’est réuni le 15 mars 2013 à 20 heures sous la présidence du maire, à la mairie.\n\n"
      "Présents : 15\n\nSecrétaire de séance : Philippe POULEAU\n\n"
      "Avant d’aborder l’ordre du jour, le maire annonce les délibérations prises lors du précédent conseil\n\n"
      "Le conseil approuve le compte rendu.\n");
  const Paragraph* secretary = Starting(record, "Secrétaire de séance");
  ASSERT_NE(secretary, nullptr);
  EXPECT_EQ(secretary->text, "Secrétaire de séance : Philippe POULEAU");
  for (const Paragraph& p : record.paragraphs) EXPECT_TRUE(p.section.empty()) << p.section;
}

// za-national-assembly-hansard (pattern, not copied): a motion's lead-in
// ends with a dash ("That the House -") and its parts follow; notes of what
// happened in the room ("[Applause.]") stand between speeches. Neither is a
// heading: what follows stays under the heading printed over the debate.
TEST(LayoutFamiliesTest, LeadInsAndNotesOfTheRoomAreNoHeadings) {
  const Note note =
      ParseNoteText(kHansardOpening +
                    "\n"
                    "[Applause.]\n\n"
                    "Mrs S M CAMERER: Chairperson, I give notice that I shall move on behalf of the DA:\n\n"
                    "That the House -\n\n"
                    "(1) congratulates Professor Margaret Orr on her courage;\n\n"
                    "(2) supports the decision by Unisa not to renew the contract.\n");
  const Paragraph* camerer = Starting(note, "Mrs S M CAMERER");
  ASSERT_NE(camerer, nullptr);
  EXPECT_EQ(camerer->section, "NOTICES OF MOTION");
  for (const Paragraph& p : note.paragraphs) EXPECT_EQ(p.section.find("That the House"), std::string::npos) << p.text;
  EXPECT_NE(Starting(note, "[Applause.]"), nullptr);
}

}  // namespace
}  // namespace quorum
