// SPDX-License-Identifier: MIT
// The name taggers (organisations, roles and attribution, places, events,
// amounts), one construct per row in the manner of Xapian's
// api_termgen.cc: input text, then every entity of those types it holds,
// written "type:value" (and "[text as printed]" when that differs).
#include <gtest/gtest.h>

#include "common/entities/entity_tagger.h"

namespace quorum {
namespace {

struct Row {
  const char* language;
  const char* text;
  const char* expected;
};

std::string Tag(const std::string& text, const std::string& language, EntityContext* context) {
  context->language = language;
  context->meeting_date = "2017-08-28";
  std::string shown;
  for (const Entity& e : TagEntities(text, context)) {
    if (e.type == "date" || e.type == "resolution" || e.type == "symbol") continue;  // tested elsewhere
    if (!shown.empty()) shown += ' ';
    shown += e.type + ":" + e.value + (e.value == e.text ? "" : "[" + e.text + "]");
  }
  return shown;
}

void Check(const Row* rows, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    EntityContext context;
    EXPECT_EQ(Tag(rows[i].text, rows[i].language, &context), rows[i].expected) << "input: " << rows[i].text;
  }
}

TEST(EntityNamesTest, Organizations) {
  static const Row kRows[] = {
      // A definition tags the name and the acronym, which takes the name as value.
      {"en", "With regard to the International Dialogue on Migration (IDM) workshop",
       "event:International Dialogue on Migration (IDM) workshop "
       "organization:International Dialogue on Migration "
       "organization:International Dialogue on Migration[IDM]"},
      // Letters that skip words: "United Nations" is not in OHCHR.
      {"en", "the Office of the United Nations High Commissioner for Human Rights (OHCHR)",
       "organization:Office of the United Nations High Commissioner for Human Rights "
       "organization:Office of the United Nations High Commissioner for Human Rights[OHCHR]"},
      // A well-known acronym without a definition.
      {"en", "prepared by OHCHR with UNICEF and the ILO",
       "organization:Office of the United Nations High Commissioner for Human Rights[OHCHR] "
       "organization:United Nations Children's Fund[UNICEF] "
       "organization:International Labour Organization[ILO]"},
      // Conventions, plans and the review process are not organisations.
      {"en", "the Convention on the Rights of the Child (CRC) and the National Human Rights Action Plan (NHRAP)", ""},
      {"en", "the Working Group on the Universal Periodic Review (UPR) and the extranet of the UPR",
       "organization:Working Group on the Universal Periodic Review"},
      // A generic "National …" institution, even when defined with an
      // acronym, is not (every State has one); a ministry is, by its head
      // (issue 13: organisations by form).
      {"en", "the National Human Rights Commission (NHRC) and the Ministry of Justice",
       "organization:Ministry of Justice"},
      // A non-State armed group named after its country is an organisation.
      {"en", "the Fuerzas Armadas Revolucionarias de Colombia (FARC) and the Ejército de Liberación Nacional (ELN)",
       "organization:Fuerzas Armadas Revolucionarias de Colombia "
       "organization:Fuerzas Armadas Revolucionarias de Colombia[FARC] "
       "organization:Ejército de Liberación Nacional organization:Ejército de Liberación Nacional[ELN]"},
      // A United Nations principal organ is named without the prefix.
      {"en", "a non-permanent member of the UN Security Council", "organization:Security Council[UN Security Council]"},
      // Hyphen and en dash between two acronyms.
      {"en", "IOM-UN Working Group; IOM\u2013UN relations",
       "organization:International Organization for Migration[IOM] organization:United Nations[UN] "
       "organization:International Organization for Migration[IOM] organization:United Nations[UN]"},
      // An agency named "United Nations ... Alliance"; a convention's "United Nations" is the UN.
      {"en", "the United Nations Alliance of Civilizations and the United Nations Convention against Corruption",
       "organization:United Nations Alliance of Civilizations organization:United Nations"},
      {"en", "at the United Nations and in the Council of Europe",
       "organization:United Nations organization:Council of Europe"},
      // Foundations and universities are named non-State organisations.
      {"en", "signed by the Central European University and the Foundation for the Prevention of Genocide.",
       "organization:Central European University organization:Foundation for the Prevention of Genocide"},
      // An office of a United Nations official, even misprinted.
      {"en", "the Office of the United Nations Commissioner for Human Rights (OHCHR)",
       "organization:Office of the United Nations Commissioner for Human Rights "
       "organization:Office of the United Nations Commissioner for Human Rights[OHCHR]"},
      // French and Spanish definitions: initials of lower-case words count too.
      {"fr", "l\u2019avenir de l\u2019Organisation internationale pour les bassins fluviaux (OIBF)",
       "organization:Organisation internationale pour les bassins fluviaux "
       "organization:Organisation internationale pour les bassins fluviaux[OIBF]"},
      {"es", "la Organización Internacional para las Cuencas Fluviales (OICF) (SCBF/23/INF/1)",
       "organization:Organización Internacional para las Cuencas Fluviales "
       "organization:Organización Internacional para las Cuencas Fluviales[OICF]"},
  };
  Check(kRows, std::size(kRows));
}

TEST(EntityNamesTest, AcronymsLearntCarryToLaterParagraphs) {
  EntityContext context;
  Tag("the International Dialogue on Migration (IDM) workshop", "en", &context);
  EXPECT_EQ(context.acronyms["IDM"], "International Dialogue on Migration");
  EXPECT_EQ(Tag("on the IDM section of the IOM website", "en", &context),
            "organization:International Dialogue on Migration[IDM] "
            "organization:International Organization for Migration[IOM]");
  // A note's own definition wins over the built-in one.
  Tag("the Office of the High Commissioner for Human Rights (OHCHR)", "en", &context);
  EXPECT_EQ(Tag("OHCHR", "en", &context), "organization:Office of the High Commissioner for Human Rights[OHCHR]");
}

TEST(EntityNamesTest, RolesAndAttribution) {
  static const Row kRows[] = {
      {"en", "the Senior Policy Adviser to the Director General said",
       "role:Senior Policy Adviser to the Director General"},
      // A list in the title, closed by "and"; a person's name after the comma is not.
      {"en", "headed by Hon. Mr. X, Minister for Defence, Justice and Security. At its",
       "role:Minister for Defence, Justice and Security"},
      {"en", "headed by the Vice- Minister for Foreign Affairs, Phongsavath Boupha.",
       "role:Vice-Minister for Foreign Affairs[Vice- Minister for Foreign Affairs]"},
      // The title stops where a place or an organisation begins.
      {"en", "headed by Mr. X, Vice-President of Colombia.", "role:Vice-President place:Colombia"},
      {"en", "Permanent Representative of Botswana to the United Nations Office at Geneva",
       "role:Permanent Representative place:Botswana organization:United Nations Office at Geneva"},
      {"en",
       "hosted the United Nations High Commissioner for Human Rights and the Special Rapporteur on the "
       "right to food",
       "organization:United Nations role:High Commissioner for Human Rights role:Special Rapporteur"},
      {"en", "the Minister and Secretary-General of the Presidency of Chile",
       "role:Minister and Secretary-General of the Presidency place:Chile"},
      {"en", "the Special Representative of the Secretary-General for International Migration",
       "role:Special Representative of the Secretary-General for International Migration"},
      // An office named in an organisation's name is not a mention of the office.
      {"en", "the Office of the President of the General Assembly",
       "organization:Office of the President of the General Assembly"},
      // Descriptions in lower case, ranks and honorifics are not offices.
      {"en", "the head of delegation, Lieutenant General Dr. Y, and Chief Z", ""},
      {"fr", "La Conseill\u00E8re principale a rendu compte", "role:Conseill\u00E8re principale"},
      // How many spoke.
      {"en", "One delegate requested; Several delegates noted; a number of delegations asked",
       "role:speakers:one[One delegate] role:speakers:some[Several delegates] "
       "role:speakers:some[a number of delegations]"},
      {"en", "A large number of delegations welcomed; Many delegations noted; most delegates agreed",
       "role:speakers:many[A large number of delegations] role:speakers:many[Many delegations] "
       "role:speakers:many[most delegates]"},
      {"en", "The delegates who took the floor unanimously welcomed it", "role:speakers:all[unanimously]"},
      // Unquantified, or about a vote rather than speakers.
      {"en", "Delegates took the floor. The law was adopted unanimously by the Parliament.", ""},
      {"fr",
       "Plusieurs d\u00E9l\u00E9gations ont salu\u00E9; De nombreuses d\u00E9l\u00E9gations ont "
       "soulign\u00E9; Un d\u00E9l\u00E9gu\u00E9 a estim\u00E9",
       "role:speakers:some[Plusieurs d\u00E9l\u00E9gations] role:speakers:many[De nombreuses "
       "d\u00E9l\u00E9gations] role:speakers:one[Un d\u00E9l\u00E9gu\u00E9]"},
      {"es", "Varias delegaciones acogieron; Una delegaci\u00F3n se\u00F1al\u00F3",
       "role:speakers:some[Varias delegaciones] role:speakers:one[Una delegaci\u00F3n]"},
  };
  Check(kRows, std::size(kRows));
}

TEST(EntityNamesTest, Places) {
  static const Row kRows[] = {
      {"en", "Three consultations had taken place, in Asia, the Middle East and sub-Saharan Africa.",
       "place:Asia place:Middle East place:sub-Saharan Africa"},
      // A formal name gives the State's usual name; a long form that is a name stays.
      {"en", "the Vice President of the Republic of Colombia and the Republic of Korea",
       "role:Vice President place:Colombia[Republic of Colombia] place:Republic of Korea"},
      {"en", "the State of Kuwait, Venezuela (Bolivarian Republic of) and the Bolivarian Republic of Venezuela",
       "place:Kuwait[State of Kuwait] place:Venezuela[Venezuela (Bolivarian Republic of)] "
       "place:Venezuela[Bolivarian Republic of Venezuela]"},
      // Typographic apostrophes are made straight in the value; a possessive is not part of the name.
      {"en",
       "the review of C\u00F4te d\u2019Ivoire; Kuwait\u2019s proposal; the Lao People\u2019s Democratic "
       "Republic",
       "place:C\u00F4te d'Ivoire[C\u00F4te d\u2019Ivoire] place:Kuwait "
       "place:Lao People's Democratic Republic[Lao People\u2019s Democratic Republic]"},
      // Inside a longer proper name a place is not a mention of the place;
      // a name with an organisational head is an organisation's.
      {"en", "through the Kuwait Fund for Economic Development, the Paris Principles and the Council of Europe",
       "organization:Kuwait Fund for Economic Development organization:Council of Europe"},
      {"en", "headed by Leila M. De Lima; the Colombian Congress; Roma communities", "organization:Colombian Congress"},
      {"en", "the Government of Turkey and the United Kingdom of Great Britain and Northern Ireland",
       "place:Turkey place:United Kingdom of Great Britain and Northern Ireland"},
      {"fr", "la deuxi\u00E8me consultation r\u00E9gionale, tenue \u00E0 Nairobi et \u00E0 Gen\u00E8ve",
       "event:deuxi\u00E8me consultation r\u00E9gionale place:Nairobi place:Gen\u00E8ve"},
  };
  Check(kRows, std::size(kRows));
}

TEST(EntityNamesTest, Events) {
  static const Row kRows[] = {
      // An ordinal, with the series the text gives ("of the global compact").
      {"en", "on the fourth informal thematic session of the global compact, on the theme of",
       "event:fourth informal thematic session of the global compact"},
      {"en", "held its third session from 1 to 15 December 2008 and the 14th meeting on 10 December",
       "event:third session event:14th meeting"},
      {"en", "to the seventeenth session of the Working Group on the Universal Periodic Review at the latest",
       "event:seventeenth session of the Working Group on the Universal Periodic Review "
       "organization:Working Group on the Universal Periodic Review"},
      {"en", "in conjunction with the sixth and final thematic session, and the next Working Group meeting",
       "event:sixth and final thematic session event:next Working Group meeting"},
      // A kind that names a series; what precedes it is not part of the name.
      {"en", "the upcoming stocktaking meeting scheduled in Mexico", "event:stocktaking meeting place:Mexico"},
      {"en", "the first multi-stakeholder hearing on the global compact", "event:first multi-stakeholder hearing"},
      // Proper names, with their own complement; a "Congress" only when numbered.
      {"en", "the World Conference on Human Rights and the Doha Forum",
       "event:World Conference on Human Rights event:Doha Forum"},
      {"en", "host the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice, in Doha",
       "event:Thirteenth United Nations Congress on Crime Prevention and Criminal Justice "
       "organization:United Nations place:Doha"},
      {"en", "the first Arab Economic Summit of 2009", "event:first Arab Economic Summit"},
      // Nothing singles these out: no event.
      {"en",
       "The meeting held on 3 July; its session; the four thematic sessions; two side events; every "
       "Council session",
       ""},
      // A body's name with "Forum" or "Conference" in it is an organisation.
      {"en",
       "between IOM and the Global Forum on Migration and Development and the Standing Conference of the "
       "Ministers",
       "organization:International Organization for Migration[IOM] "
       "organization:Global Forum on Migration and Development"},
      {"es", "la pr\u00F3xima reuni\u00F3n del Comit\u00E9", "event:pr\u00F3xima reuni\u00F3n"},
  };
  Check(kRows, std::size(kRows));
}

TEST(EntityNamesTest, Amounts) {
  static const Row kRows[] = {
      {"en", "around USD 5 million and about USD 140,000 from",
       "amount:USD 5000000[USD 5 million] "
       "amount:USD 140000[USD 140,000]"},
      {"en", "from $311 million to $1,092 million; $900 in 2009",
       "amount:USD 311000000[$311 million] amount:USD 1092000000[$1,092 million] amount:USD 900[$900]"},
      {"en", "some 5.5 billion dollars; nearly seven million dollars; a budget of US$ 40 million",
       "amount:USD 5500000000[5.5 billion dollars] amount:USD 7000000[seven million dollars] "
       "amount:USD 40000000[US$ 40 million]"},
      {"en", "EUR 2.5 million and 3 billion Qatar riyals (QR)",
       "amount:EUR 2500000[EUR 2.5 million] amount:QAR 3000000000[3 billion Qatar riyals]"},
      // Decimal commas and space-grouped thousands in French and Spanish.
      {"fr", "s\u2019\u00E9levaient \u00E0 environ 2,8 millions de dollars \u00C9.-U. et 1 200 000 euros",
       "amount:USD 2800000[2,8 millions de dollars \u00C9.-U.] amount:EUR 1200000[1 200 000 euros]"},
      {"es", "ascend\u00EDan a CHF 2,7 millones; de USD 5,1 millones; EUR 140 000",
       "amount:CHF 2700000[CHF 2,7 millones] amount:USD 5100000[USD 5,1 millones] "
       "amount:EUR 140000[EUR 140 000]"},
      // Numbers without a currency are not amounts.
      {"en", "created 2,166 new jobs; 45 per cent; 500 tons; 23 million people", ""},
  };
  Check(kRows, std::size(kRows));
}

}  // namespace
}  // namespace quorum
