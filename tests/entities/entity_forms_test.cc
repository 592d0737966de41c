// SPDX-License-Identifier: MIT
// Entities read by their form rather than from a list (issue 13): bodies
// named on an organisational head, references back to them, acronyms where
// a body stands; offices in any case; numbered sessions and monthly
// publications; localities; symbols are in citation_entities_test.cc.
// One construct per row: input, then "type:value[text as printed]".
#include <gtest/gtest.h>

#include "common/entities/entity_tagger.h"

namespace quorum {
namespace {

std::string Tag(const std::string& text, const std::string& language, EntityContext* context) {
  context->language = language;
  std::string shown;
  for (const Entity& e : TagEntities(text, context)) {
    if (e.type == "date" || e.type == "resolution" || e.type == "symbol") continue;
    if (!shown.empty()) shown += ' ';
    shown += e.type + ":" + e.value + (e.value == e.text ? "" : "[" + e.text + "]");
  }
  return shown;
}

struct Row {
  const char* language;
  const char* text;
  const char* expected;
};

void Check(const Row* rows, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    EntityContext context;
    EXPECT_EQ(Tag(rows[i].text, rows[i].language, &context), rows[i].expected) << "input: " << rows[i].text;
  }
}

TEST(EntityFormsTest, OrganizationsByTheirHead) {
  static const Row kRows[] = {
      // A place inside a body's name is not a mention of the place.
      {"en", "swap lines with the Bank of Canada and the Swiss National Bank",
       "organization:Bank of Canada organization:Swiss National Bank"},
      {"en", "the Portfolio Committee on Trade and Industry conducted hearings",
       "organization:Portfolio Committee on Trade and Industry"},
      // A head that qualifies another noun names no body.
      {"en", "the passage of the Mutual Banks Act", ""},
      // A plural head shared out over a list of places.
      {"en", "Jeffrey R. Schmid, Presidents of the Federal Reserve Banks of Boston, St. Louis, and Kansas City",
       "role:Presidents organization:Federal Reserve Banks"},
      // French names, head first, their complements in lower case.
      {"fr", "devant le Tribunal de grande instance de Digne-les-Bains n\u2019a abouti",
       "organization:Tribunal de grande instance de Digne-les-Bains"},
      {"fr", "SANT\u00C9 \u2013 Ligue contre le cancer : 500 \u20AC r\u00E9colt\u00E9s",
       "organization:Ligue contre le cancer amount:EUR 500[500 \u20AC]"},
      {"fr", "Centre de loisirs L\u00E9o Lagrange \u00E9t\u00E9 2012",
       "organization:Centre de loisirs L\u00E9o Lagrange"},
      // A definition whose name opens with an acronym.
      {"en", "the SA Broadcasting Corporation (SABC) Board",
       "organization:SA Broadcasting Corporation organization:SA Broadcasting Corporation[SABC]"},
      // An acronym where a body stands, and where it does not.
      {"en", "the SABC is meeting with me", "organization:SABC"},
      {"fr", "pris en charge par le CNFPT et l\u2019entreprise COSEPI", "organization:CNFPT organization:COSEPI"},
      {"en", "the UDM agrees; the HIV rate; the SPEAKER", "organization:UDM role:Speaker[SPEAKER]"},
      // States and groups of States acting in a summary record's capitals;
      // a State as a location stays a place.
      {"en", "JAPAN said that SAUDI ARABIA, for the G-77/CHINA, had met in Japan",
       "organization:Japan[JAPAN] organization:Saudi Arabia[SAUDI ARABIA] "
       "organization:Group of 77 and China[G-77/CHINA] place:Japan"},
      // A kind of body is no name: "the Working Group" alone.
      {"en", "the Working Group noted", ""},
  };
  Check(kRows, std::size(kRows));
}

TEST(EntityFormsTest, HeadsReferBackToTheBodyOrTheLastName) {
  EntityContext context;
  context.body = "Federal Open Market Committee";
  EXPECT_EQ(Tag("The Committee directs the Selected Bank to report to the Committee.", "en", &context),
            "organization:Federal Open Market Committee[Committee] organization:Selected Bank "
            "organization:Federal Open Market Committee[Committee]");
  Tag("the Board of Governors of the Federal Reserve System voted", "en", &context);
  EXPECT_EQ(
      Tag("Michele Cavallo, Special Adviser to the Board, Division of Board Members, Board", "en", &context),
      "role:Special Adviser organization:Board of Governors of the Federal Reserve System[Board] "
      "organization:Division of Board Members organization:Board of Governors of the Federal Reserve System[Board]");
  // Without an antecedent a head refers to nothing the tagger can name.
  EntityContext fresh;
  EXPECT_EQ(Tag("the Bank raised its rate", "en", &fresh), "");
  // A French council in lower case, as French writes it: the note's body.
  EntityContext council;
  council.body = "Conseil municipal";
  EXPECT_EQ(Tag("Monsieur le maire propose au conseil municipal", "fr", &council),
            "role:maire organization:Conseil municipal[conseil municipal]");
}

TEST(EntityFormsTest, ParliamentaryGroupsPartiesAndChambers) {
  static const Row kRows[] = {
      // A group's name takes its party in brackets and its chamber.
      {"es", "del Grupo Parlamentario Vasco (EAJ-PNV); Anchuelo, del Grupo Parlamentario Popular en el Congreso.",
       "organization:Grupo Parlamentario Vasco (EAJ-PNV)[Grupo Parlamentario Vasco (EAJ-PNV] "
       "organization:Grupo Parlamentario Popular en el Congreso"},
      {"es", "del Grupo Parlamentario VOX, puestos en pie", "organization:Grupo Parlamentario VOX"},
      // A coalition's group: its parties' acronyms, then its own name.
      {"es", "del Grupo Parlamentario de IU, ICV-EUiA, CHA: La Izquierda Plural; Anchuelo",
       "organization:Grupo Parlamentario de IU, ICV-EUiA, CHA: La Izquierda Plural"},
      {"es", "del Grupo Parlamentario de Uni\u00F3n Progreso y Democracia",
       "organization:Grupo Parlamentario de Uni\u00F3n Progreso y Democracia"},
      {"es", "el Gobierno del Partido Popular", "organization:Partido Popular"},
      // A stage direction in brackets is no party.
      {"es", "del Grupo Parlamentario Mixto (Aplausos.)", "organization:Grupo Parlamentario Mixto"},
      // Well-known party acronyms; a regime's or a zone's acronym, spelled
      // by a name without an organisational head, is no body.
      {"es", "el PSOE y el PP",
       "organization:Partido Socialista Obrero Espa\u00F1ol[PSOE] organization:Partido Popular[PP]"},
      {"es", "el R\u00E9gimen Econ\u00F3mico y Fiscal: el REF; la ZEC, la Zona Especial Canaria", ""},
  };
  Check(kRows, std::size(kRows));
  // "Grupo Mixto" after "Grupo Parlamentario Mixto": the full name.
  EntityContext context;
  context.body = "Congreso de los Diputados";
  Tag("del Grupo Parlamentario Mixto;", "es", &context);
  EXPECT_EQ(Tag("por el Grupo Mixto tiene la palabra", "es", &context),
            "organization:Grupo Parlamentario Mixto[Grupo Mixto]");
  // A parliament's record names itself "la Cámara", the other chamber by name.
  EXPECT_EQ(Tag("expone a la C\u00E1mara y a esta C\u00E1mara; el Senado", "es", &context),
            "organization:Congreso de los Diputados[C\u00E1mara] organization:Congreso de los Diputados[C\u00E1mara] "
            "organization:Senado");
  // Not where the body is no parliament.
  EntityContext council;
  council.body = "Conseil municipal";
  EXPECT_EQ(Tag("la Chambre a vot\u00E9", "fr", &council), "");
}

TEST(EntityFormsTest, AcronymsOfWebStandardsBodies) {
  static const Row kRows[] = {
      {"en", "the W3C and the WHATWG met the IETF",
       "organization:World Wide Web Consortium[W3C] "
       "organization:Web Hypertext Application Technology Working Group[WHATWG] "
       "organization:Internet Engineering Task Force[IETF]"},
      // Chat minutes write them in lower case; not inside an address, and
      // short words are words ("who").
      {"en", "who runs specifiction? w3c? see spec.whatwg.org and github.com/w3c/x",
       "organization:World Wide Web Consortium[w3c]"},
      // Formats, protocols and a kind of group said short are no bodies.
      {"en", "the HTML5 parser, the DOM spec, the WG", ""},
  };
  Check(kRows, std::size(kRows));
  // A known body's organs by acronym, once the note has used the body's.
  EntityContext fresh;
  EXPECT_EQ(Tag("the TAG and the AB", "en", &fresh), "organization:TAG organization:AB");
  EntityContext w3c;
  EXPECT_EQ(Tag("the W3C process", "en", &w3c), "organization:World Wide Web Consortium[W3C]");
  EXPECT_EQ(Tag("the TAG and the AB", "en", &w3c),
            "organization:Technical Architecture Group[TAG] organization:Advisory Board[AB]");
  // A misprint of a known acronym the note has used; not of one it has not.
  EXPECT_EQ(Tag("the WHATWG and the WATWG; the UNESCA", "en", &w3c),
            "organization:Web Hypertext Application Technology Working Group[WHATWG] "
            "organization:Web Hypertext Application Technology Working Group[WATWG] organization:UNESCA");
}

TEST(EntityFormsTest, OfficesInAnyCase) {
  static const Row kRows[] = {
      {"en", "The CHAIRPERSON OF COMMITTEES: Order!", "role:Chairperson of Committees[CHAIRPERSON OF COMMITTEES]"},
      {"en", "The ACTING DIRECTOR-GENERAL said", "role:Acting Director-General[ACTING DIRECTOR-GENERAL]"},
      {"en", "The MINISTER OF COMMUNICATIONS Hon member,",
       "role:Minister of Communications[MINISTER OF COMMUNICATIONS]"},
      {"en", "the Vice-Presidents and the Co-Chairs", "role:Vice-Presidents role:Co-Chairs"},
      {"en", "Mary C. Daly, Alternate Members", "role:Alternate Members"},
      {"en", "Andrew T. Foerster, Senior Research Advisor, Federal Reserve Bank of San Francisco",
       "role:Senior Research Advisor organization:Federal Reserve Bank of San Francisco"},
      {"en", "Richard Ostrander, Deputy General Counsel", "role:Deputy General Counsel"},
      {"en", "Mr Joe Foster is the chairperson of the board", "role:chairperson"},
      {"en", "the Treasury representative and the Chair", "role:Treasury representative role:Chair"},
      {"en", "Joyee Cheung @joyeecheung (voting member); Jane Doe (observer)", "role:voting member role:observer"},
      {"fr", "le 2\u00E8me adjoint et Jean-Pierre TOULOUSE, conseiller municipal",
       "role:2\u00E8me adjoint role:conseiller municipal"},
      // Member States are States; how a vote went is no attribution.
      {"en", "a number of Member States", ""},
      {"en", "the Board voted unanimously to approve", ""},
      // How many spoke.
      {"en", "Another member has mentioned redlining. Most members agreed.",
       "role:speakers:one[Another member] role:speakers:many[Most members]"},
      {"fr", "plusieurs conseillers ont demand\u00E9", "role:speakers:some[plusieurs conseillers]"},
      // Spanish and French offices in lower case, after an honorific or an
      // article, with the portfolio; a speaker label's in lower case.
      {"es", "El se\u00F1or ministro de Hacienda y Administraciones P\u00FAblicas (Montoro Romero) expone",
       "role:ministro de Hacienda y Administraciones P\u00FAblicas"},
      {"es",
       "Gracias, se\u00F1or presidente. La se\u00F1ora ministra del Interior y el secretario de Estado de Hacienda",
       "role:presidente role:ministra del Interior role:secretario de Estado de Hacienda"},
      {"es", "el primer secretario general del PSOE; la portavoz",
       "role:secretario general organization:Partido Socialista Obrero Espa\u00F1ol[PSOE] role:portavoz"},
      {"es", "del candidato a la Presidencia del Gobierno", "role:candidato a la Presidencia del Gobierno"},
      {"es", "a don C\u00E1ndido Reguera D\u00EDaz, diputado del Grupo", "role:diputado"},
      {"es", "PRESIDENTE: Se abre la sesi\u00F3n.", "role:presidente[PRESIDENTE]"},
      {"es", "el propio presidente Rajoy y ministro Montoro", "role:presidente role:ministro"},
      {"es", "dijo el presidente a Oscar", "role:presidente"},
      {"fr", "le ministre de l\u2019Int\u00E9rieur et la pr\u00E9sidente",
       "role:ministre de l'Int\u00E9rieur[ministre de l\u2019Int\u00E9rieur] role:pr\u00E9sidente"},
      // Plurals, an interjection from the benches, a title of no one.
      {"es", "los diputados y los ministros; (Una se\u00F1ora diputada: Ilegal); su presidente", ""},
      // The labels of a minutes' header, in the singular.
      {"en", "*Chairs:* Daniel Appelquist, Peter Linss", "role:Chair[Chairs]"},
      {"en", "Morning Scribe: Travis", "role:Scribe"},
      {"en", "the scribe noted", ""},
  };
  Check(kRows, std::size(kRows));
}

TEST(EntityFormsTest, SessionsPublicationsAndLocalities) {
  static const Row kRows[] = {
      {"en", "at COP 13 and COP-4, and at SB 24", "event:COP 13 event:COP 4[COP-4] event:SB 24"},
      {"en", "the May Inflation Report showed", "event:May Inflation Report"},
      {"en", "at the seventy-fifth session and the first multi-stakeholder hearing",
       "event:seventy-fifth session event:first multi-stakeholder hearing"},
      {"en", "ISO 9001, COVID-19 and Article 5", ""},
      {"fr", "la commune de Mallemoisson et Digne-les-Bains", "place:Mallemoisson place:Digne-les-Bains"},
      // Country names from ICU's locale data, in French and Spanish.
      {"fr", "la Nouvelle-Z\u00E9lande et l\u2019Estonie", "place:Nouvelle-Z\u00E9lande place:Estonie"},
      {"es", "con Nueva Zelanda", "place:Nueva Zelanda"},
      // A region of a continent by a compass adjective after it.
      {"es", "en \u00C1frica occidental y en Europa", "place:\u00C1frica occidental place:Europa"},
      // A place closing a regime's or a zone's name is part of it; one
      // after a government or a community is a place.
      {"es", "el R\u00E9gimen Econ\u00F3mico y Fiscal de Canarias y la Reserva para Inversiones en Canarias", ""},
      {"es", "los Gobiernos de Espa\u00F1a y de Canarias", "place:Espa\u00F1a place:Canarias"},
      // "en" before a single capitalised word: a place, unless the word
      // heads a body or opens a title.
      {"es", "en Catalu\u00F1a y en Tenerife o en Pasaia", "place:Catalu\u00F1a place:Tenerife place:Pasaia"},
      {"es", "en Comisi\u00F3n, en La Vanguardia, en Santa Pola", ""},
      // ICU's short names of some countries.
      {"en", "the US and the UK government", "place:US place:UK"},
      // A journal's dateline and an address: the town and its region
      // before a date or a postal code; a city named as such; its wards.
      {"en", "Cleveland, Ohio March 2, 1998.", "place:Cleveland place:Ohio"},
      {"en", "Cleveland, Ohio Monday, March 1, 2010 The meeting", "place:Cleveland place:Ohio"},
      // Offices of a city: its clerk, its councilmen, its officers.
      {"en", "the City Clerk, Councilmen present and the Chief Operating Officer",
       "role:City Clerk role:Councilmen role:Chief Operating Officer"},
      {"en", "at 625 East 140th Street, Cleveland, Ohio 44110", "place:Cleveland place:Ohio"},
      {"en", "the member of Council from Ward 3 and the City of Lakewood", "place:Ward 3 place:Lakewood"},
      {"en", "Smith, Jones and Brown voted; Finance, Health committees", ""},
  };
  Check(kRows, std::size(kRows));
}

}  // namespace
}  // namespace quorum
