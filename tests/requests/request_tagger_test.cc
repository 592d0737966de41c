// SPDX-License-Identifier: MIT
// The request tagger, form by form (built paragraphs, one row each), on the
// sample corpus' requests, and on the seed note's seven requests, exact.
#include "common/requests/request_tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "common/entities/entity_tagger.h"
#include "common/pipeline/pipeline.h"
#include "tests/requests/request_rows.h"

namespace quorum {
namespace {

using testing_support::Describe;
using testing_support::Row;
using testing_support::Tag;

constexpr const char* kCommittee = "Standing Committee on Budget and Finance";
constexpr const char* kComite = "Comité Permanente de Presupuesto y Finanzas";
constexpr const char* kGroupe = "Groupe de travail sur la gouvernance des bassins et questions connexes";

const Row kForms[] = {
    // Active request, a quantifier as requester.
    {"A number of delegates requested the IOM Administration to produce an analysis of the possible roles for IOM.",
     "request|a number of delegates|IOM Administration|an analysis of the possible roles for IOM||"},
    // Passive without an agent: the body asked.
    {"IOM was also requested to produce a short briefing note on the migration data.",
     "request|Working Group|IOM|a short briefing note on the migration data||"},
    // The due point is cut out of the deliverable and valued from the date entity.
    {"The Committee requested the Administration to present, at its next session in October 2018, a report.",
     "request|Committee|Administration|a report|at its next session in October 2018|2018-10", kCommittee},
    // A coordinated verb shares the sentence's subject.
    {"Several delegates noted the need for more data, and requested IOM to provide further information on it.",
     "request|several delegates|IOM|further information on it||"},
    // Asking for something, not asking a question.
    {"Spain asked for information on recent measures. Canada asked about tangible steps taken.",
     "request|Spain||information on recent measures||"},
    // A lower-case addressee after "called on".
    {"Mauritius called on development partners to assist Botswana.",
     "request|Mauritius|development partners|assist Botswana||"},
    // "No." and "Mr." end no sentence; a bracketed delegation belongs to the name.
    {"Mr. ALVES (Brazil) requested the Secretariat to circulate the text of resolution No. 12.",
     "request|Mr. ALVES (Brazil)|Secretariat|the text of resolution No. 12||"},
    // Commitments: modal with a parenthesis, undertaking, "agreed to provide".
    {"In addition, the IOM Administration, through the Director General, would provide an oral update on relations.",
     "commitment||IOM Administration|an oral update on relations||"},
    {"The Deputy Director General undertook to keep the Working Group informed.",
     "commitment||Deputy Director General|keep the Working Group informed||"},
    {"The Administration agreed to provide a revised budget by the end of September.",
     "commitment||Administration|a revised budget|by the end of September|2017-09"},
    // A passive promise counts with a due point, and its speaker committed.
    {"The Senior Policy Adviser said that the reports would be circulated by the end of September.",
     "commitment||Senior Policy Adviser|the reports|by the end of September|2017-09"},
    {"The reports would be provided to the Special Representative.", ""},
    // A proposal counts when supported, or when the chair makes it.
    {"One delegate suggested that the Secretariat could be commissioned to provide an update in the near future. "
     "There was support for that proposal.",
     "request|one delegate|Secretariat|an update|in the near future|"},
    {"One delegate suggested that the Secretariat could be commissioned to provide an update.", ""},
    {"The Chairperson closed the debate. He proposed that there should be another update by the Director General or "
     "the Deputy Director General at the next meeting.",
     "request|Chairperson|Director General or Deputy Director General|another update|at the next meeting|"},
    // Decisions, and the requests a decision makes.
    {"The Council decided to approve the budget and to request the Standing Committee to review the reform at its "
     "next session.",
     "decision|Council|Council|approve the budget|| ;; request|Council|Standing Committee|review the reform|at its "
     "next session|",
     "Council of the International Organization for River Basins"},
    {"The Working Group agreed to hold its next meeting in March 2019.",
     "decision|Working Group|Working Group|hold its next meeting|in March 2019|2019-03"},
    {"The Assembly voted to extend the mandate.", "decision|Assembly|Assembly|extend the mandate||", "Assembly"},
    {"The Committee decided to recommend that the Council approve the report.",
     "decision|Committee|Council|recommend that the Council approve the report||", kCommittee},
    {"Many delegations agreed that the technical character should remain.", ""},
    // Housekeeping, participles and back-references decide and ask nothing.
    {"The Committee adopted its agenda (SCBF/22/1).", "", kCommittee},
    {"The briefing note requested at the meeting of 14 March 2018 was presented.", ""},
    {"Target 6.5, adopted by the General Assembly in resolution 70/1, calls for integrated management.", ""},
    {"IOM had been invited to moderate one of the sessions.", ""},
    // UN operative forms; encouragement is not a request.
    {"Requests the Secretary-General to report on its implementation at its seventy-third session;",
     "request|Assembly|Secretary-General|report on its implementation|at its seventy-third session|",
     "General Assembly"},
    {"Encourages Member States to contribute to the Fund;", "", "General Assembly"},
    // The State under review's answers to recommendations.
    {"The following recommendations will be examined by Qatar, which will provide responses in due course, but no "
     "later than the twenty-seventh session of the Human Rights Council in September 2014:",
     "commitment||Qatar|responses|in due course, but no later than the twenty-seventh session of the Human Rights "
     "Council in September 2014|2014-09"},
    {"The following recommendations will be examined by Norway, which will respond to them in due course, but no "
     "later than the twenty-seventh session of the Human Rights Council, in September 2014:",
     "commitment||Norway|respond to them|in due course, but no later than the twenty-seventh session of the Human "
     "Rights Council, in September 2014|2014-09"},
    {"The following recommendations did not enjoy the support of Qatar:",
     "decision|Qatar|Qatar|following recommendations||"},
    {"The recommendations below were noted by Luxembourg.",
     "decision|Luxembourg|Luxembourg|The recommendations below were noted by Luxembourg||"},
    // French and Spanish.
    {"Le Groupe de travail a prié l\u2019Administration de lui présenter, d\u2019ici à la fin de l\u2019année, une "
     "note sur le coût.",
     "request|Groupe de travail|Administration|une note sur le coût|d\u2019ici à la fin de l\u2019année|2017", kGroupe,
     "fr"},
    {"Se pidió a la Administración que preparara una nota sobre los costos.",
     "request|Comité|Administración|una nota sobre los costos||", kComite, "es"},
    {"El Comité decidió tomar nota del documento SCBF/23/INF/1.",
     "decision|Comité|Comité|tomar nota del documento SCBF/23/INF/1||", kComite, "es"},
};

TEST(RequestTaggerTest, EachForm) {
  for (const Row& row : kForms) EXPECT_EQ(Tag(row), row.expected) << row.text;
}

TEST(RequestTaggerTest, ColonListsTheParagraphsItems) {
  const Row row{"The Working Group requested the Administration to provide three short papers, namely:", ""};
  EXPECT_EQ(Tag(row, {{"a", "An update."}, {"b", "A brief."}}),
            "request|Working Group|Administration|three short papers|||items a,b");
}

TEST(RequestTaggerTest, OffsetsPointAtTheSentence) {
  Note note;
  note.body = "Working Group";
  Paragraph paragraph;
  paragraph.text = "Délégués were thanked. The Working Group requested the Administration to provide a note.";
  note.paragraphs.push_back(paragraph);
  TagRequests(&note);
  ASSERT_EQ(note.paragraphs[0].requests.size(), 1u);
  const Request& r = note.paragraphs[0].requests[0];
  EXPECT_EQ(r.sentence, "The Working Group requested the Administration to provide a note.");
  EXPECT_EQ(r.start, 23);  // code points: "é" counts once
  EXPECT_EQ(r.end, 23 + 65);
}

// Fragments and debris: no crash, and offsets stay inside the paragraph.
TEST(RequestTaggerTest, FragmentsAreSafe) {
  const char* kFragments[] = {"requested",
                              "Requests",
                              "(",
                              ")",
                              "would be",
                              "by",
                              ". . .",
                              "proposed that",
                              "He proposed that there should be by the end of",
                              "The Council decided to and to",
                              "enjoy the support of",
                              "were noted",
                              "asked for",
                              "Se pidió a",
                              "d\u2019ici à",
                              "The Working Group agreed that the note should cover:",
                              "No. Mr. (a) requested X to",
                              "in due course, but no",
                              "requested\xff\xfe the \xc3 Administration to provide"};
  for (const char* fragment : kFragments) {
    Note note;
    note.body = "Working Group";
    Paragraph paragraph;
    paragraph.text = fragment;
    paragraph.items = {{"a", "x"}};
    note.paragraphs.push_back(paragraph);
    TagRequests(&note);
    for (const Request& r : note.paragraphs[0].requests) {
      EXPECT_LE(0, r.start) << fragment;
      EXPECT_LE(r.start, r.end) << fragment;
      EXPECT_LE(static_cast<size_t>(r.end), std::string(fragment).size()) << fragment;
    }
  }
}

// One line of debris repeating a request (robustness.hostile.long-line):
// the records a paragraph yields are bounded, and a huge one is skipped.
TEST(RequestTaggerTest, LongParagraphsAreBounded) {
  for (const size_t copies : {1000u, 100000u}) {
    Note note;
    note.body = "Council";
    Paragraph paragraph;
    for (size_t i = 0; i < copies; ++i) paragraph.text += "the council requested coordination with agencies ";
    note.paragraphs.push_back(paragraph);
    TagRequests(&note);
    EXPECT_LE(note.paragraphs[0].requests.size(), 64u) << copies;
  }
}

// The sample corpus: every request its README lists, as read by hand.
std::string CorpusParagraph(const std::string& file, const std::string& number) {
  const Note note = ParseNoteFile(std::string(QUORUM_SOURCE_DIR) + "/corpus/" + file);
  for (const Paragraph& p : note.paragraphs)
    if (p.number == number) return Describe(p.requests);
  return "no paragraph " + number;
}

TEST(RequestTaggerTest, SampleCorpus) {
  EXPECT_EQ(CorpusParagraph("2017-09-18-wg-basin.txt", "12"),
            "request|Working Group|IORB Administration|three short papers|||items a,b,c");
  EXPECT_EQ(CorpusParagraph("2017-09-18-wg-basin.txt", "13"),
            "commitment||Administration|an oral update on the regional consultations|at the next meeting|");
  // The list under "The Working Group agreed that the note should cover:" is the passive request's.
  EXPECT_EQ(CorpusParagraph("2018-03-14-wg-basin.txt", "8"),
            "request|Working Group|Administration|a short briefing note on basin data|by the end of "
            "September|2018-09|items a,b,c");
  EXPECT_EQ(CorpusParagraph("2016-11-12-iorb-council.txt", "9"),
            "decision|Council|Council|approve the Programme and Budget for 2017|| ;; request|Council|Standing "
            "Committee on Budget and Finance|review the implementation of budget reform (Resolution No. 198)|at its "
            "next session|");
  EXPECT_EQ(CorpusParagraph("2018-06-12-harbour-council.txt", "6"),
            "decision|Council|Council|meet the overrun from the harbour reserve|| ;; request|Council|District "
            "Engineer|a final cost report|by the end of October 2018|2018-10");
  EXPECT_EQ(CorpusParagraph("2018-08-28-wg-basin-fr.txt", "11"),
            "request|Groupe de travail|Administration|une note sur le coût d\u2019un bureau de liaison de "
            "l\u2019OIBF à New York|d\u2019ici à la fin de l\u2019année|2018");
  EXPECT_EQ(CorpusParagraph("2018-10-10-scbf-es.txt", "8"),
            "request|Comité|Administración|una nota sobre los costos de las funciones básicas de la Sede|para la "
            "reunión del Consejo de noviembre de 2019|2019-11");
  EXPECT_EQ(CorpusParagraph("2018-10-10-scbf-es.txt", "7"),
            "decision|Comité|Consejo|recomendar al Consejo que alentara a los Estados Miembros a concertar acuerdos "
            "plurianuales de financiación no asignada||");
  // Adopting a resolution is a decision; what the resolution invites and requests are requests.
  const std::string resolution = CorpusParagraph("2018-11-28-iorb-council.txt", "7");
  EXPECT_EQ(resolution.substr(0, resolution.find(" ;; ")),
            "decision|Council|Council|Council Resolution No. 231 of 28 November 2018 on basin data||");
  EXPECT_NE(resolution.find(" ;; request|Council|Member States|share basin data through the BDP|| ;; "
                            "request|Council|Director General|report on its implementation|at the next session of "
                            "the Council|"),
            std::string::npos)
      << resolution;
}

// The seed note: paragraphs 16, 17, 18 (twice), 26, 27 and 28, exact.
TEST(RequestTaggerTest, SeedNoteRequests) {
  const std::string seed = std::string(QUORUM_SHARED_DIR) + "/seeds/000_9b11edca89149e22.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "seed note not found at " << seed << " (../shared absent)";
  const Note note = ParseNoteFile(seed);
  std::map<std::string, std::string> found;
  for (const Paragraph& p : note.paragraphs)
    if (p.number) found[*p.number] = Describe(p.requests);
  EXPECT_EQ(found["16"],
            "request|several delegates|IOM|further information on the tools and resources it required to do so, "
            "based on how IOM was currently providing support to Member States||");
  // The delegations' request; the Chairperson's supported proposal to commission
  // "such an update in the near future" gives it its due point.
  EXPECT_EQ(found["17"],
            "request|a number of delegations|IOM|information on experience in the field and at Headquarters in "
            "coordinating migration issues with other United Nations agencies, and on the type of support IOM would "
            "need from Member States to strengthen that coordination, if needed|in the near future|");
  EXPECT_EQ(found["18"],
            "request|a number of delegates|IOM Administration|an analysis of the possible roles for IOM in the "
            "follow-up to the global compact, including the financial implications thereof|| ;; request|a number of "
            "delegates|IOM|a short briefing note on the migration data it currently produced||");
  EXPECT_EQ(found["26"], "request|Working Group|IOM Administration|three short papers|||items a,b,c");
  EXPECT_EQ(found["27"],
            "commitment||IOM Administration|an oral update on the current state of IOM\u2013UN relations, including "
            "on the effectiveness of coordination between IOM and other United Nations agencies at field and "
            "Headquarters level||");
  EXPECT_EQ(found["28"],
            "request|Chairperson|Director General, Deputy Director General or Senior Policy Adviser|another update on "
            "the global compact on migration process|at the next Working Group meeting|");
  // Nowhere else, but for ¶10's "One delegate requested more information on the
  // contributions received from civil society organizations", a request too.
  std::string with_records;
  for (const auto& [number, records] : found)
    if (!records.empty()) with_records += number + " ";
  EXPECT_EQ(with_records, "10 16 17 18 26 27 28 ");
}

}  // namespace
}  // namespace quorum
