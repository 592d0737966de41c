// SPDX-License-Identifier: MIT
// Resolutions, decisions and document symbols, and short forms resolved
// to the full citation seen earlier in the note.
#include <gtest/gtest.h>

#include "common/entities/entity_tagger.h"

namespace quorum {
namespace {

std::string Citations(const std::string& text, EntityContext* context) {
  std::vector<EntitySpan> spans;
  TagCitations(text, context, &spans);
  std::string out;
  for (const EntitySpan& span : spans)
    out += (out.empty() ? "" : " | ") + span.type + ":" + text.substr(span.start, span.end - span.start) + "=" +
           span.value;
  return out;
}

std::string Citations(const std::string& text) {
  EntityContext context;
  return Citations(text, &context);
}

TEST(CitationEntitiesTest, TableOfForms) {
  const struct {
    const char* text;
    const char* expected;
  } rows[] = {
      {"adopting Council Resolution No. 1309 of 24 November 2015, Member States",
       "resolution:Council Resolution No. 1309 of 24 November 2015=Council resolution 1309 (2015-11-24)"},
      {"General Assembly resolution 71/1",
       "resolution:General Assembly resolution 71/1=General Assembly resolution 71/1"},
      {"Human Rights Council resolution 5/1 of 18 June 2007",
       "resolution:Human Rights Council resolution 5/1 of 18 June 2007=Human Rights Council resolution 5/1 "
       "(2007-06-18)"},
      {"decision 1/CP.16", "resolution:decision 1/CP.16=decision 1/CP.16"},
      {"S/RES/2334 (2016)", "symbol:S/RES/2334=S/RES/2334 | resolution:S/RES/2334 (2016)=S/RES/2334 (2016)"},
      {"A/RES/73/195", "symbol:A/RES/73/195=A/RES/73/195 | resolution:A/RES/73/195=A/RES/73/195"},
      {"documents WG/REL/2017/6 and C/108/INF/1.",
       "symbol:WG/REL/2017/6=WG/REL/2017/6 | symbol:C/108/INF/1=C/108/INF/1"},
      {"(A/HRC/WG.6/6/ALB/1);", "symbol:A/HRC/WG.6/6/ALB/1=A/HRC/WG.6/6/ALB/1"},
      {"E/CN.4/2005/L.10/Add.17", "symbol:E/CN.4/2005/L.10/Add.17=E/CN.4/2005/L.10/ADD.17"},
      {"la r\u00E9solution du Conseil n\u00B0 214 du 12 novembre 2016",
       "resolution:r\u00E9solution du Conseil n\u00B0 214 du 12 novembre 2016=Council resolution 214 (2016-11-12)"},
      {"Resoluci\u00F3n del Consejo N.\u00BA 198, de 27 de noviembre de 2015",
       "resolution:Resoluci\u00F3n del Consejo N.\u00BA 198, de 27 de noviembre de 2015=Council resolution 198 "
       "(2015-11-27)"},
      // Symbols as other bodies and OCR print them (issue 13): a session
      // prefix, a space after a slash, a range, a revision after a space.
      {"documents 2 XC/3 and 11 HQ/5", "symbol:2 XC/3=2 XC/3 | symbol:11 HQ/5=11 HQ/5"},
      {"see FCCC/SBSTA/ 2002/L.24.", "symbol:FCCC/SBSTA/ 2002/L.24=FCCC/SBSTA/2002/L.24"},
      {"(FCCC/SB/2009/1-3)", "symbol:FCCC/SB/2009/1-3=FCCC/SB/2009/1-3"},
      {"FCCC/SBI/2002/L.6 Rev.1 and A/HRC/10/72 and Corr.1",
       "symbol:FCCC/SBI/2002/L.6 Rev.1=FCCC/SBI/2002/L.6/REV.1 | symbol:A/HRC/10/72=A/HRC/10/72"},
      // A State's acts by kind and number, in Spanish and French (issue 13):
      // one value whatever the spelling of the kind; the year-less date
      // takes the act's year.
      {"del Real Decreto-ley 15/2014, de 19 de diciembre, de modificaci\u00F3n",
       "resolution:Real Decreto-ley 15/2014, de 19 de diciembre=Real Decreto-ley 15/2014 (2014-12-19)"},
      {"REAL DECRETO-LEY 15/2014, DE 19 DE DICIEMBRE, DE MODIFICACI\u00D3N",
       "resolution:REAL DECRETO-LEY 15/2014, DE 19 DE DICIEMBRE=Real Decreto-ley 15/2014 (2014-12-19)"},
      {"la convalidaci\u00F3n del Real Decreto Ley 16/2014, por el que",
       "resolution:Real Decreto Ley 16/2014=Real Decreto-ley 16/2014"},
      {"la Ley Org\u00E1nica 3/2018, de 5 de diciembre de 2018",
       "resolution:Ley Org\u00E1nica 3/2018, de 5 de diciembre de 2018=Ley Org\u00E1nica 3/2018 (2018-12-05)"},
      {"la loi n\u00B0 2015-991 du 7 ao\u00FBt 2015 portant",
       "resolution:loi n\u00B0 2015-991 du 7 ao\u00FBt 2015=loi 2015-991 (2015-08-07)"},
      // A council's journal: numbers in a series after a dash, and its
      // abbreviations before a number sign.
      {"by Resolution No. 1101-09 adopted", "resolution:Resolution No. 1101-09=resolution 1101-09"},
      {"Ord. No. 352-98 and Res. No. 73-10",
       "resolution:Ord. No. 352-98=ordinance 352-98 | resolution:Res. No. 73-10=resolution 73-10"},
      {"Ordinance No. 2076-76 passed", "resolution:Ordinance No. 2076-76=ordinance 2076-76"},
      {"Ordinance No. 2076-76 passed October 25, 1976, the",
       "resolution:Ordinance No. 2076-76=ordinance 2076-76 (1976-10-25)"},
      {"the res. 12 and ord. 4", ""},
      // A parliament's file numbers are symbols.
      {"(N\u00FAmero de expediente 130/000062)", "symbol:130/000062=130/000062"},
      // Not acts nor file numbers: an act without its number, a gazette's
      // issue, a series' number, an English law number (the UN gold counts
      // none), a number that is no file's.
      {"el real decreto-ley de referencia ('BOE' n\u00FAm. 307), serie D, n\u00FAmero 13", ""},
      {"under Law 6/2010 and la ley 15 de 2014; N\u00FAmero de expediente 13", ""},
      // Not citations: slashed words, times, fractions.
      {"and/or 24/7 HIV/AIDS 3/4 of them", ""},
  };
  for (const auto& row : rows) EXPECT_EQ(Citations(row.text), row.expected) << row.text;
}

TEST(CitationEntitiesTest, ShortFormsResolveToTheFullCitation) {
  EntityContext context;
  Citations("adopting Council Resolution No. 1309 of 24 November 2015", &context);
  EXPECT_EQ(Citations("(Resolution No. 1309)", &context),
            "resolution:Resolution No. 1309=Council resolution 1309 (2015-11-24)");
  EXPECT_EQ(Citations("as set out in that resolution", &context),
            "resolution:that resolution=Council resolution 1309 (2015-11-24)");
  EXPECT_EQ(Citations("(Resolution No. 99)", &context), "resolution:Resolution No. 99=resolution 99");
}

}  // namespace
}  // namespace quorum

namespace quorum {
namespace {

TEST(AcronymSynonymsTest, DefinedAcronymsBecomeSynonymLines) {
  Note note;
  note.language = "en";
  Paragraph first;
  first.text = "The International Dialogue on Migration (IDM) workshop was held in Geneva.";
  Paragraph second;
  second.text = "Delegates praised the IDM and the United Nations.";
  note.paragraphs = {first, second};
  TagNote(&note);
  EXPECT_EQ(AcronymSynonyms(note), std::vector<std::string>{"IDM = International Dialogue on Migration"});
}

}  // namespace
}  // namespace quorum
