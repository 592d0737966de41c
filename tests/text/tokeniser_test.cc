// SPDX-License-Identifier: MIT
// Tests for common/tokeniser: tables of input and expected terms, in the
// manner of Xapian's tests/api_termgen.cc.

#include "common/text/tokeniser.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "common/text/unicode_text.h"

namespace quorum {
namespace {

// Formats tokens as "term[position] term[position] ...".
std::string Describe(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& token : tokens) {
    if (!out.empty()) out += ' ';
    out += token.term + "[" + std::to_string(token.position) + "]";
  }
  return out;
}

struct Case {
  const char* input;
  const char* expected;
};

// Where Xapian's TermGenerator makes other terms, the row says so: the index
// must agree with Xapian's QueryParser reading NormaliseQuery's output,
// which the NormaliseQuery table below checks from the other side.
const Case kTokeniseCases[] = {
    // Plain English; punctuation is not indexed.
    {"The meeting was held in Geneva.", "the[1] meeting[2] was[3] held[4] in[5] geneva[6]"},
    // Abbreviation, hyphenated number and capitals.
    {"Res. 2024-17 ADOPTED", "res[1] 2024[2] 17[3] adopted[4]"},
    // Full case folding: ß becomes ss.
    {"Straße STRASSE", "strasse[1] strasse[2]"},
    // Greek: capital, small and final sigma all fold to σ.
    {"ΣΟΦΟΣ σοφος ΣΊΣΥΦΟΣ", "σοφοσ[1] σοφοσ[2] σίσυφοσ[3]"},
    // Accents are kept; a decomposed é is composed by NFKC.
    {"réunion RÉUNION Re\u0301union", "réunion[1] réunion[2] réunion[3]"},
    // French: guillemets, no-break spaces; ICU and Xapian both keep the
    // elided article on the word, and ’ gives the same term as '.
    {"« l’Organisation »\u00A0et l'Organisation\u00A0:", "l'organisation[1] et[2] l'organisation[3]"},
    {"L’OIM et l’Organisation internationale pour les migrations",
     "l'oim[1] et[2] l'organisation[3] internationale[4] pour[5] les[6] "
     "migrations[7]"},
    // A narrow no-break space splits a number, in Xapian too.
    {"5\u202F000 personnes", "5[1] 000[2] personnes[3]"},
    // Spanish.
    {"28 de agosto de 2017", "28[1] de[2] agosto[3] de[4] 2017[5]"},
    {"La reunión del Grupo de Trabajo", "la[1] reunión[2] del[3] grupo[4] de[5] trabajo[6]"},
    // Apostrophe variants all give iom's (grave and acute are re-joined;
    // ICU splits at them).
    {"IOM’s IOM's IOMʼs IOM‘s IOM＇s IOM`s IOM´s IOM‛s",
     "iom's[1] iom's[2] iom's[3] iom's[4] iom's[5] iom's[6] iom's[7] "
     "iom's[8]"},
    {"don’t rock'n'roll Member State´s", "don't[1] rock'n'roll[2] member[3] state's[4]"},
    {"IOM`s rock'n'roll don't", "iom's[1] rock'n'roll[2] don't[3]"},
    // A trailing or leading apostrophe is not part of the word.
    {"States’ rights IOMʼ ʼtis", "states[1] rights[2] iom[3] tis[4]"},
    // ICU splits an apostrophe after a digit; TermGenerator gives 1990's.
    // ʼ is a letter to ICU, so it is split here as ICU splits '.
    {"1990's 1990’s 1990ʼs", "1990[1] s[2] 1990[3] s[4] 1990[5] s[6]"},
    // ICU joins digits around an apostrophe; Xapian splits them.
    {"1'000", "1[1] 000[2]"},
    // En dash and hyphen both split.
    {"IOM–UN IOM-UN", "iom[1] un[2] iom[3] un[4]"},
    // Soft hyphen removed (TermGenerator would split: inter national).
    {"inter\u00ADnational", "international[1]"},
    // Resolution numbers.
    {"71/1", "71[1] 1[2]"},
    {"Resolution No. 1309", "resolution[1] no[2] 1309[3]"},
    {"Add.1 A/RES/71/1", "add[1] 1[2] a[3] res[4] 71[5] 1[6]"},
    // Document symbols: ICU already splits letter.digit ("WG.6", "L.10").
    {"A/HRC/WG.6/6/ALB/1", "a[1] hrc[2] wg[3] 6[4] 6[5] alb[6] 1[7]"},
    {"WG/REL/2017/6", "wg[1] rel[2] 2017[3] 6[4]"},
    {"E/CN.4/2005/L.10/Add.17", "e[1] cn[2] 4[3] 2005[4] l[5] 10[6] add[7] 17[8]"},
    // ICU joins letters around '.', Xapian splits (its QueryParser only
    // reads upper-case U.S.A. as one term, and queries are case-folded).
    {"U.S.A. e.g. www.iom.int/idm", "u[1] s[2] a[3] e[4] g[5] www[6] iom[7] int[8] idm[9]"},
    // Amounts and dates: both keep digits joined by , and .
    {"USD 140,000", "usd[1] 140,000[2]"},
    {"2.5 million", "2.5[1] million[2]"},
    {"30.5.2017 3.14abc 50%", "30.5.2017[1] 3.14abc[2] 50[3]"},
    // ICU splits at & (TermGenerator: r&d) and drops + and # (c++, c#).
    {"R&D C++ C#", "r[1] d[2] c[3] c[4]"},
    // Catalan middle dot is kept inside a word, as in Xapian.
    {"col·lecció", "col·lecció[1]"},
    // Underscores join but do not start a word.
    {"_ __ snake_case _x", "snake_case[1] x[2]"},
    // Compatibility forms: full-width, ligature; superscripts are not words.
    {"ＩＯＭ　２０１７ ﬁnance States¹ ½", "iom[1] 2017[2] finance[3] states[4]"},
    // Full-width letters around a full-width full stop.
    {"ｅ．ｇ", "e[1] g[2]"},
    // Turkish dotted capital I folds to i + combining dot.
    {"İstanbul", "i\u0307stanbul[1]"},
    // Arabic.
    {"مرحبا بالعالم", "مرحبا[1] بالعالم[2]"},
    // Latin, katakana and kanji are separate words.
    {"abcカタカナ漢字", "abc[1] カタカナ[2] 漢字[3]"},
    // Invalid UTF-8 separates words.
    {"abc\xFF\xFE"
     "def caf\xC3",
     "abc[1] def[2] caf[3]"},
    {"\xE2\x80 \xC0\xAF x \xED\xA0\x80 y", "x[1] y[2]"},
    // Nothing to index.
    {"", ""},
    {" \t\n ... -- «» ", ""},
};

TEST(TokeniserTest, Table) {
  Tokeniser tokeniser;
  for (const Case& c : kTokeniseCases) {
    EXPECT_EQ(Describe(tokeniser.Tokenise(c.input)), c.expected) << "input: " << c.input;
  }
}

// A soft hyphen changes no term but forces the ICU normaliser, so putting
// one after every ASCII letter and digit compares the ASCII fast path with
// the general one.
TEST(TokeniserTest, AsciiFastPathMatchesGeneralPath) {
  Tokeniser tokeniser;
  int checked = 0;
  for (const Case& c : kTokeniseCases) {
    const std::string input = c.input;
    bool ascii = true;
    std::string hyphenated;
    for (const char ch : input) {
      ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
      hyphenated += ch;
      if (std::isalnum(static_cast<unsigned char>(ch))) hyphenated += "\u00AD";
    }
    if (!ascii) continue;
    ++checked;
    EXPECT_EQ(Describe(tokeniser.Tokenise(hyphenated)), c.expected) << "input: " << hyphenated;
  }
  EXPECT_GE(checked, 15);
}

TEST(TokeniserTest, FirstPosition) {
  Tokeniser tokeniser;
  EXPECT_EQ(Describe(tokeniser.Tokenise("IOM–UN relations", 100)), "iom[100] un[101] relations[102]");
}

// Offsets are bytes into the input and cover the original spelling.
TEST(TokeniserTest, ByteOffsets) {
  const std::string input =
      "Réunion du Comité – IOM’s 国际移民 inter\u00ADnational "
      "ＩＯＭ ｅ．ｇ Re\u0301union Straße";
  const std::vector<std::string> originals = {
      "Réunion", "du", "Comité", "IOM’s",         "国际",  "移民", "inter\u00ADnational",
      "ＩＯＭ",  "ｅ", "ｇ",     "Re\u0301union", "Straße"};
  Tokeniser tokeniser;
  const std::vector<Token> tokens = tokeniser.Tokenise(input);
  ASSERT_EQ(tokens.size(), originals.size()) << Describe(tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    ASSERT_LE(0, token.start);
    ASSERT_LT(token.start, token.end);
    ASSERT_LE(static_cast<size_t>(token.end), input.size());
    EXPECT_EQ(input.substr(static_cast<size_t>(token.start), static_cast<size_t>(token.end - token.start)),
              originals[i])
        << "term " << token.term;
  }
}

// ICU cuts scripts written without spaces into dictionary words; the exact
// cut depends on ICU's dictionaries, so only its shape is checked.
TEST(TokeniserTest, UnspacedScripts) {
  Tokeniser tokeniser;
  for (const std::string input : {"国际移民组织", "ภาษาไทยง่ายนิดเดียว", "国際移住機関はジュネーブにあります"}) {
    const std::vector<Token> tokens = tokeniser.Tokenise(input);
    EXPECT_GT(tokens.size(), 1u) << input;
    std::string joined;
    for (size_t i = 0; i < tokens.size(); ++i) {
      EXPECT_FALSE(tokens[i].term.empty()) << input;
      EXPECT_EQ(tokens[i].position, static_cast<int>(i) + 1) << input;
      joined += tokens[i].term;
    }
    EXPECT_EQ(joined, input);
  }
}

// Malformed UTF-8 of every kind neither crashes nor yields empty terms.
TEST(TokeniserTest, InvalidUtf8) {
  Tokeniser tokeniser;
  std::string bytes;
  for (int b = 0; b < 256; ++b) {
    bytes += static_cast<char>(b);
    bytes += "a";
  }
  for (const std::string& input : {bytes, std::string("\xC3"), std::string("\xF4\x90\x80\x80z"),
                                   std::string("IOM\xE2\x80"), std::string("x\xC2\xB4\xC2")}) {
    for (const Token& token : tokeniser.Tokenise(input)) {
      EXPECT_FALSE(token.term.empty());
      EXPECT_LE(token.end, static_cast<int>(input.size()));
    }
  }
}

TEST(TokeniserTest, ReusableAcrossCalls) {
  Tokeniser tokeniser;
  EXPECT_FALSE(tokeniser.Tokenise("国际移民组织").empty());
  EXPECT_EQ(Describe(tokeniser.Tokenise("IOM’s")), "iom's[1]");
  Tokeniser other;
  EXPECT_EQ(Describe(other.Tokenise("IOM's")), "iom's[1]");
}

TEST(NormaliseWordTest, Table) {
  const Case cases[] = {
      {"IOM’s", "iom's"},                        // curly apostrophe
      {"IOM´s", "iom's"},                        // acute accent used as apostrophe
      {"IOM`s", "iom's"},                        // grave accent used as apostrophe
      {"Straße", "strasse"},                     // full case folding
      {"ΣΟΦΟΣ", "σοφοσ"},                        // final sigma
      {"Re\u0301union", "réunion"},              // composed by NFKC
      {"inter\u00ADnational", "international"},  // soft hyphen removed
      {"IOM–UN", "iom-un"},                      // en dash unified, not split
      {"ＡＢＣ１２", "abc12"},                   // full width
      {"ﬁnance", "finance"},                     // ligature
      {"ADOPTED", "adopted"},                    // ASCII fast path
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormaliseWord(c.input), c.expected) << "input: " << c.input;
  }
  // Invalid UTF-8 becomes U+FFFD rather than passing through.
  EXPECT_EQ(NormaliseWord("A\xFF"), "a\uFFFD");
}

TEST(NormaliseQueryTest, Table) {
  const Case cases[] = {
      // Operators stay upper case; curly quotes become ASCII.
      {"Migration AND “Global Compact”", "migration AND \"global compact\""},
      {"(Migration OR Refugees) NOT Asylum XOR Visa", "(migration OR refugees) NOT asylum XOR visa"},
      {"Migration NEAR/5 Compact ADJ/3 UN", "migration NEAR/5 compact ADJ/3 un"},
      // Only whole upper-case words are operators.
      {"And or Not ANDROID NEAR/x", "and or not android near/x"},
      // Field prefixes and QueryParser syntax pass through.
      {"agenda:\"Future Role\"", "agenda:\"future role\""},
      {"+IOM -UN", "+iom -un"},
      // Apostrophe, dash and quote variants.
      {"IOM’s", "iom's"},
      {"IOM`s State´s", "iom's state's"},
      {"IOM–UN", "iom-un"},
      {"«\u00A0Future Role\u00A0»", "\" future role \""},
      {"„Rolle“ ‹x›", "\"rolle\" \"x\""},
      // Full case folding and NFKC.
      {"Straße ＩＯＭ", "strasse iom"},
      {"inter\u00ADnational", "international"},
      // Where ICU splits but the QueryParser would not, a '-' makes a phrase.
      {"国际移民组织", "国际-移民-组织"},
      {"1990's R&D", "1990-s r-d"},
      // Characters the index skips become spaces.
      {"States¹ _x", "states   x"},
      // Unchanged: things both sides read alike.
      {"a/hrc/wg.6/6/alb/1 2.5 140,000 c++", "a/hrc/wg.6/6/alb/1 2.5 140,000 c++"},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormaliseQuery(c.input), c.expected) << "input: " << c.input;
  }
}

// NormaliseQuery only folds, unifies and re-punctuates: the tokeniser finds
// the same terms in its output as in the original text. (That the
// QueryParser finds them too was checked against Xapian 1.4.22 outside this
// test, which does not link Xapian.)
TEST(NormaliseQueryTest, KeepsTheTokenisersTerms) {
  Tokeniser tokeniser;
  for (const Case& c : kTokeniseCases) {
    EXPECT_EQ(Describe(tokeniser.Tokenise(NormaliseQuery(c.input))), c.expected) << "input: " << c.input;
  }
}

// The index side and the query side turn every apostrophe variant into the
// same term.
TEST(NormaliseQueryTest, AgreesWithTokeniserOnApostrophes) {
  Tokeniser tokeniser;
  for (const char* word : {"IOM’s", "IOM's", "IOMʼs", "IOM‘s", "IOM`s", "IOM´s", "l’Organisation"}) {
    const std::vector<Token> tokens = tokeniser.Tokenise(word);
    ASSERT_EQ(tokens.size(), 1u) << word;
    EXPECT_EQ(tokens[0].term, NormaliseQuery(word)) << word;
    EXPECT_EQ(tokens[0].term, NormaliseWord(word)) << word;
  }
}

// Accents and other combining marks go; letters without a decomposition
// stay as they are.
TEST(WithoutMarksTest, DropsAccentsKeepsLetters) {
  using unicode_text::WithoutMarks;
  EXPECT_EQ(WithoutMarks("Administración"), "Administracion");
  EXPECT_EQ(WithoutMarks("Ñuñoa, Île-de-France, Zürich"), "Nunoa, Ile-de-France, Zurich");
  EXPECT_EQ(WithoutMarks("łódź"), "łodz");
  EXPECT_EQ(WithoutMarks("plain"), "plain");
}

}  // namespace
}  // namespace quorum
