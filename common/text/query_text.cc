// SPDX-License-Identifier: MIT
// NormaliseQuery: a query string rewritten so that Xapian's QueryParser
// makes from it exactly the terms the tokeniser made from the indexed text.
#include <unicode/uchar.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/text/tokeniser.h"
#include "common/text/unicode_text.h"

namespace quorum {
namespace {

using unicode_text::CharClass;
using unicode_text::ClassAt;
using unicode_text::Classify;
using unicode_text::IsWordClass;
using unicode_text::JoinsInTerm;
using unicode_text::NextCodePoint;
using unicode_text::Nfkc;
using unicode_text::NfkcCasefold;
using unicode_text::NormaliseInto;
using unicode_text::PrevCodePoint;
using unicode_text::UnifyPunctuation;

// Decodes the code point at s[i], moving i past it: is it white space?
bool SpaceAt(std::string_view s, size_t& i) { return u_isUWhiteSpace(NextCodePoint(s, i)); }

// Case-folds each whitespace-separated word of NFKC text but the operators.
std::string FoldExceptOperators(std::string_view nfkc) {
  std::string out;
  for (size_t i = 0; i < nfkc.size();) {
    const size_t start = i;
    const bool space = SpaceAt(nfkc, i);
    for (size_t next = i; i < nfkc.size() && SpaceAt(nfkc, next) == space;) {
      i = next;
    }
    const std::string_view run = nfkc.substr(start, i - start);
    if (space || IsQueryOperator(run)) {
      out.append(run);
    } else {
      NormaliseInto(NfkcCasefold(), run, out, nullptr);
    }
  }
  return out;
}

// Would the QueryParser read the words around text[gap_begin, gap_end) as
// one term (nothing, or one infix character, between word characters)?
bool QueryParserJoins(std::string_view text, size_t gap_begin, size_t gap_end) {
  if (gap_begin == gap_end) return true;
  UChar32 c = 0;
  size_t i = gap_begin;
  const CharClass infix = ClassAt(text, i, c);
  if (i != gap_end) return false;
  const CharClass after = ClassAt(text, i, c);
  size_t last = gap_begin;
  return JoinsInTerm(Classify(PrevCodePoint(text, last)), infix, after);
}

// Rewrites `query` so that the QueryParser finds exactly the tokeniser's
// terms in it: word characters the tokeniser skips (a lone "_", a stray
// accent) become spaces, and where ICU ends a word but the QueryParser would
// go on ("1990's", "R&D", CJK), a '-' makes it split into a phrase, which
// matches the consecutive positions of the index.
std::string AlignWithTokeniser(std::string_view query) {
  Tokeniser tokeniser;
  const std::vector<Token> tokens = tokeniser.Tokenise(query);
  std::string out;
  size_t gap_begin = 0;
  for (size_t k = 0; k <= tokens.size(); ++k) {
    const bool last = k == tokens.size();
    const auto gap_end = last ? query.size() : static_cast<size_t>(tokens[k].start);
    if (k > 0 && !last && QueryParserJoins(query, gap_begin, gap_end)) {
      out += '-';
    } else {
      UChar32 c = 0;
      for (size_t i = gap_begin; i < gap_end;) {
        const size_t start = i;
        const bool word_char = IsWordClass(ClassAt(query, i, c));
        out.append(word_char ? std::string_view(" ") : query.substr(start, i - start));
      }
    }
    if (last) break;
    gap_begin = static_cast<size_t>(tokens[k].end);
    out.append(query.substr(gap_end, gap_begin - gap_end));
  }
  return out;
}

}  // namespace

std::string NormaliseQuery(std::string_view query) {
  std::string nfkc;
  NormaliseInto(Nfkc(), UnifyPunctuation(query, true), nfkc, nullptr);
  // Unified again because NFKC makes U+2014 of some presentation forms.
  return AlignWithTokeniser(UnifyPunctuation(FoldExceptOperators(nfkc), true));
}

// AND OR NOT XOR NEAR ADJ, NEAR/n, ADJ/n: the QueryParser's operators.
bool IsQueryOperator(std::string_view word) {
  for (const std::string_view op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"}) {
    if (word == op) return true;
  }
  for (const std::string_view op : {"NEAR/", "ADJ/"}) {
    if (word.size() > op.size() && word.substr(0, op.size()) == op) {
      return word.find_first_not_of("0123456789", op.size()) == std::string_view::npos;
    }
  }
  return false;
}

}  // namespace quorum
