// SPDX-License-Identifier: MIT
// Splits text into words with ICU, re-cut so that index terms are exactly the
// terms Xapian's QueryParser later makes from NormaliseQuery's output.
//
// ICU and Xapian disagree on where words end. ICU joins "e.g", "1'000" and
// "IOMʼ" where Xapian splits, so each ICU word is re-cut with Xapian's own
// in-word rules (SplitLikeXapian, after Xapian 1.4's QueryParser parse_term
// and TermGenerator). Xapian joins "1990's", "R&D" and whole runs of CJK or
// Thai where ICU splits, so NormaliseQuery puts a '-' (a phrase-maker for the
// QueryParser) at each such ICU break. One difference is left to the caller:
// the QueryParser reads "C++" as "c++" unless set_database() shows it that
// the index has "c" and not "c++".

#include "common/tokeniser.h"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "common/error.h"

namespace quorum {
namespace {

void CheckIcu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(std::string("ICU ") + what + " failed: " + u_errorName(status));
  }
}

// ICU owns its normalisers; looking them up once keeps that off the
// per-word path.
const icu::Normalizer2& LoadNormaliser(
    const icu::Normalizer2* (*get_instance)(UErrorCode&), const char* what) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normaliser = get_instance(status);
  CheckIcu(status, what);
  return *normaliser;
}

const icu::Normalizer2& NfkcCasefold() {
  static const icu::Normalizer2& instance = LoadNormaliser(
      &icu::Normalizer2::getNFKCCasefoldInstance, "getNFKCCasefoldInstance");
  return instance;
}

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2& instance =
      LoadNormaliser(&icu::Normalizer2::getNFKCInstance, "getNFKCInstance");
  return instance;
}

// Loading the rules and dictionaries is the costly part of making a break
// iterator, so it happens once and each Tokeniser clones the prototype.
const icu::BreakIterator& WordBreakPrototype() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    CheckIcu(status, "BreakIterator::createWordInstance");
    return iterator;
  }();
  return *prototype;
}

// Decodes the code point at s[i] and moves i past it; invalid UTF-8 gives -1.
UChar32 NextCodePoint(std::string_view s, size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  auto pos = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(bytes, pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(pos);
  return c;
}

// Decodes the code point ending at s[i] (i > 0) and moves i to its start.
UChar32 PrevCodePoint(std::string_view s, size_t& i) {
  const size_t end = i;
  size_t start = end - 1;
  while (start > 0 && end - start < 4 &&
         (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  size_t next = start;
  const UChar32 c = NextCodePoint(s, next);
  i = start;
  return next == end ? c : -1;
}

// Typographic variants of ', -, " and characters Xapian joins words with.
constexpr std::u32string_view kApostrophes =
    U"'`\u00B4\u02BC\u2018\u2019\u201B\uFF07";
constexpr std::u32string_view kDashes =
    U"\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE31\uFE32\uFE58\uFE63"
    U"\uFF0D";
constexpr std::u32string_view kQuotes =
    U"\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A\uFF02";
constexpr std::u32string_view kInfixes = U"&\u00B7\u05F4\u2027";
constexpr std::u32string_view kDigitInfixes =
    U",.;\u037E\u0589\u060D\u07F8\u2044\uFE10\uFE13\uFE14";

bool OneOf(std::u32string_view set, UChar32 c) {
  return c >= 0 && set.find(static_cast<char32_t>(c)) != set.npos;
}

// The ASCII stand-in for a variant of ' - or " (quotes only for queries).
char AsciiStandIn(UChar32 c, bool for_query) {
  if (OneOf(kApostrophes, c)) return '\'';
  if (OneOf(kDashes, c)) return '-';
  if (for_query && OneOf(kQuotes, c)) return '"';
  return '\0';
}

// Is `c` a place where ICU ends a word but which NFKC_Casefold turns into
// word characters ("¹", "½") or deletes (U+200B)? Index text is broken
// before it is normalised, so a query must keep such a break as a space.
bool NfkcHidesIcuBreak(UChar32 c) {
  if (u_getIntPropertyValue(c, UCHAR_WORD_BREAK) != U_WB_OTHER) return false;
  return u_charType(c) == U_OTHER_NUMBER ||
         u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

// Copies `in` with variants of ' - " replaced by ASCII and invalid UTF-8 by
// U+FFFD. Runs before NFKC, which would make U+00B4 a space and an accent.
std::string UnifyPunctuation(std::string_view in, bool for_query) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    const size_t start = i;
    const UChar32 c = NextCodePoint(in, i);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else if (for_query && NfkcHidesIcuBreak(c)) {
      out += ' ';
    } else if (const char ascii = AsciiStandIn(c, for_query); ascii != '\0') {
      out += ascii;
    } else {
      out.append(in, start, i - start);
    }
  }
  return out;
}

void NormaliseInto(const icu::Normalizer2& normaliser, std::string_view in,
                   std::string& out, icu::Edits* edits) {
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  normaliser.normalizeUTF8(
      0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink,
      edits, status);
  CheckIcu(status, "Normalizer2::normalizeUTF8");
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) {
    return static_cast<unsigned char>(ch) < 0x80;
  });
}

// NFKC_Casefold for ASCII, plus the one ASCII apostrophe variant.
void AsciiFoldInPlace(std::string& s) {
  for (char& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch == '`') ch = '\'';
  }
}

// How Xapian's term scanner sees a character of normalised text.
enum class CharClass : uint8_t {
  kOther,       // ends a term
  kLetter,      // letter, or number other than a decimal digit
  kDigit,       // decimal digit (Nd)
  kMark,        // combining mark: continues a word but cannot start one
  kConnector,   // '_' and kin: likewise, as ICU's words never start with one
  kApostrophe,  // joins two word characters unless both are digits
  kInfix,       // '&' and middle dots: likewise
  kDigitInfix,  // , . ; and kin: join two digits only
};

constexpr std::array<CharClass, 128> kAsciiClasses = [] {
  std::array<CharClass, 128> classes{};
  for (size_t c = 'a'; c <= 'z'; ++c) {
    classes[c] = classes[c - 'a' + 'A'] = CharClass::kLetter;
  }
  for (size_t c = '0'; c <= '9'; ++c) classes[c] = CharClass::kDigit;
  classes['_'] = CharClass::kConnector;
  classes['\''] = classes['`'] = CharClass::kApostrophe;
  classes['&'] = CharClass::kInfix;
  classes[','] = classes['.'] = classes[';'] = CharClass::kDigitInfix;
  return classes;
}();

CharClass Classify(UChar32 c) {
  if (c < 0) return CharClass::kOther;
  if (c < 0x80) return kAsciiClasses[static_cast<size_t>(c)];
  if (OneOf(kApostrophes, c)) return CharClass::kApostrophe;
  if (OneOf(kInfixes, c)) return CharClass::kInfix;
  if (OneOf(kDigitInfixes, c)) return CharClass::kDigitInfix;
  // Xapian's Unicode::is_wordchar: letters, marks, numbers, connectors.
  const uint32_t mask = U_GET_GC_MASK(c);
  if (mask & U_GC_ND_MASK) return CharClass::kDigit;
  if (mask & U_GC_M_MASK) return CharClass::kMark;
  if (mask & U_GC_PC_MASK) return CharClass::kConnector;
  constexpr uint32_t kLetterMask = U_GC_L_MASK | U_GC_NL_MASK | U_GC_NO_MASK;
  return (mask & kLetterMask) ? CharClass::kLetter : CharClass::kOther;
}

CharClass ClassAt(std::string_view s, size_t& i, UChar32& c) {
  c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return kAsciiClasses[static_cast<size_t>(c)];
  }
  c = NextCodePoint(s, i);
  return Classify(c);
}

bool IsWordClass(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit ||
         c == CharClass::kMark || c == CharClass::kConnector;
}

// Would the QueryParser keep `infix` in a term between these characters?
bool JoinsInTerm(CharClass before, CharClass infix, CharClass after) {
  if (!IsWordClass(after)) return false;
  if (before == CharClass::kDigit && after == CharClass::kDigit) {
    return infix == CharClass::kDigitInfix;
  }
  return infix == CharClass::kApostrophe || infix == CharClass::kInfix;
}

// ICU's "AHLetter", the only thing its rules join with ' or a middle dot.
// Its rules count South-East Asian letters (Thai, Lao...) as letters too.
bool IsAhLetter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const int32_t wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  if (wb == U_WB_ALETTER || wb == U_WB_HEBREW_LETTER) return true;
  return wb == U_WB_OTHER &&
         u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT;
}

// Calls emit(begin, end) for each term in the normalised word `s`: a run
// of word characters, joined across single infix characters where both
// Xapian and ICU would join ("iom's", "2.5", "col·lecció" but not "1990's",
// where ICU splits, nor "e.g", "1'000", where Xapian does).
template <typename Emit>
void SplitLikeXapian(std::string_view s, Emit emit) {
  size_t i = 0;
  UChar32 c = 0;
  while (i < s.size()) {
    const size_t begin = i;
    CharClass last = ClassAt(s, i, c);
    if (last != CharClass::kLetter && last != CharClass::kDigit) continue;
    UChar32 base = c;  // last non-mark, which ICU's letter test looks at
    size_t end = i;
    while (i < s.size()) {
      const CharClass next = ClassAt(s, i, c);
      if (IsWordClass(next)) {
        if (next != CharClass::kMark) base = c;
        last = next;
        end = i;
        continue;
      }
      if (i >= s.size()) break;
      UChar32 after_char = 0;
      size_t after_end = i;
      const CharClass after = ClassAt(s, after_end, after_char);
      if (!JoinsInTerm(last, next, after)) break;
      if (next != CharClass::kDigitInfix &&
          !(IsAhLetter(base) && IsAhLetter(after_char))) {
        break;
      }
      last = after;
      base = after_char;
      i = end = after_end;
    }
    emit(begin, end);
    i = end;
  }
}

// Appends a term's text with apostrophe variants as ASCII '.
void AppendTerm(std::string_view piece, std::string& out) {
  for (size_t i = 0; i < piece.size();) {
    const size_t start = i;
    if (Classify(NextCodePoint(piece, i)) == CharClass::kApostrophe) {
      out += '\'';
    } else {
      out.append(piece, start, i - start);
    }
  }
}

// ICU's rules look through these as if they were not there.
bool IcuSkips(UChar32 c) {
  const int32_t wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  return wb == U_WB_EXTEND || wb == U_WB_FORMAT || wb == U_WB_ZWJ;
}

// ICU splits "IOM`s", "State´s" and "IOM‛s", which the query side reads as
// "iom's", so the words either side of one of these are joined again where
// ICU would have joined them around a plain ' (letters on both sides).
bool BridgesWords(std::string_view text, size_t prev_end, size_t next_start) {
  size_t i = prev_end;
  const UChar32 bridge = NextCodePoint(text, i);
  if (bridge != 0x60 && bridge != 0xB4 && bridge != 0x201B) return false;
  for (size_t next = i;
       i < next_start && IcuSkips(NextCodePoint(text, next));) {
    i = next;
  }
  if (i != next_start) return false;
  UChar32 before = -1;
  for (size_t back = prev_end; back > 0;) {
    before = PrevCodePoint(text, back);
    if (!IcuSkips(before)) break;
  }
  return IsAhLetter(before) && IsAhLetter(NextCodePoint(text, i));
}

}  // namespace

struct Tokeniser::Impl {
  std::unique_ptr<icu::BreakIterator> breaker;
  icu::Edits edits;     // maps the current word's normalised offsets back
  std::string scratch;  // the current word, normalised

  void AddWord(std::string_view word, size_t offset, bool bridged,
               int& position, std::vector<Token>& tokens);
  int SourceOffset(size_t normalised_offset);
};

int Tokeniser::Impl::SourceOffset(size_t normalised_offset) {
  if (!edits.hasChanges()) return static_cast<int>(normalised_offset);
  UErrorCode status = U_ZERO_ERROR;
  icu::Edits::Iterator it = edits.getFineIterator();
  const int32_t source = it.sourceIndexFromDestinationIndex(
      static_cast<int32_t>(normalised_offset), status);
  CheckIcu(status, "Edits::Iterator::sourceIndexFromDestinationIndex");
  return source;
}

// Normalises one (possibly bridged) ICU word found at `offset` in the text
// and appends its terms.
void Tokeniser::Impl::AddWord(std::string_view word, size_t offset,
                              bool bridged, int& position,
                              std::vector<Token>& tokens) {
  const int base = static_cast<int>(offset);
  if (IsAscii(word)) {
    // Most governance text is ASCII, where NFKC_Casefold is just lower case
    // and the offsets need no mapping.
    SplitLikeXapian(word, [&](size_t begin, size_t end) {
      Token& token = tokens.emplace_back();
      token.term.assign(word.substr(begin, end - begin));
      AsciiFoldInPlace(token.term);
      token.start = base + static_cast<int>(begin);
      token.end = base + static_cast<int>(end);
      token.position = position++;
    });
    return;
  }
  scratch.clear();
  if (bridged) {
    // NFKC would make U+00B4 a space and an accent; U+02BC has the same
    // UTF-8 length, so offsets still line up.
    std::string copy(word);
    for (size_t at = copy.find("\xC2\xB4"); at != std::string::npos;
         at = copy.find("\xC2\xB4", at)) {
      copy.replace(at, 2, "\xCA\xBC");
    }
    NormaliseInto(NfkcCasefold(), copy, scratch, &edits);
  } else {
    NormaliseInto(NfkcCasefold(), word, scratch, &edits);
  }
  SplitLikeXapian(scratch, [&](size_t begin, size_t end) {
    Token& token = tokens.emplace_back();
    AppendTerm(std::string_view(scratch).substr(begin, end - begin),
               token.term);
    token.end = base + SourceOffset(end);
    token.start = std::min(token.end, base + SourceOffset(begin));
    token.position = position++;
  });
}

Tokeniser::Tokeniser() : impl_(std::make_unique<Impl>()) {
  impl_->breaker.reset(WordBreakPrototype().clone());
  if (!impl_->breaker) {
    CheckIcu(U_MEMORY_ALLOCATION_ERROR, "BreakIterator::clone");
  }
}

Tokeniser::~Tokeniser() = default;

std::vector<Token> Tokeniser::Tokenise(std::string_view text,
                                       int first_position) {
  if (text.size() > static_cast<size_t>(INT32_MAX)) {  // offsets are 32-bit
    throw Error("text of " + std::to_string(text.size()) +
                " bytes is too long to tokenise");
  }
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  // A UTF-8 UText makes the iterator report byte offsets into `text`.
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()),
                 &status);
  CheckIcu(status, "utext_openUTF8");
  struct Closer {
    UText* utext;
    ~Closer() { utext_close(utext); }
  } closer{&utext};
  icu::BreakIterator& breaker = *impl_->breaker;
  breaker.setText(&utext, status);
  CheckIcu(status, "BreakIterator::setText");

  std::vector<Token> tokens;
  tokens.reserve(text.size() / 8 + 1);  // English has a word per ~6 bytes
  int position = first_position;
  size_t word_begin = 0;
  size_t word_end = 0;  // word_begin == word_end: no word pending
  bool bridged = false;
  auto flush = [&] {
    if (word_begin == word_end) return;
    impl_->AddWord(text.substr(word_begin, word_end - word_begin), word_begin,
                   bridged, position, tokens);
  };
  int32_t begin = breaker.first();
  for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker.next()) {
    // Statuses below UBRK_WORD_NONE_LIMIT mark spaces and punctuation.
    if (breaker.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
    const auto b = static_cast<size_t>(begin);
    if (word_begin != word_end && BridgesWords(text, word_end, b)) {
      bridged = true;
    } else {
      flush();
      word_begin = b;
      bridged = false;
    }
    word_end = static_cast<size_t>(end);
  }
  flush();
  return tokens;
}

std::string NormaliseWord(std::string_view word) {
  std::string out;
  if (IsAscii(word)) {
    out.assign(word);
    AsciiFoldInPlace(out);
  } else {
    NormaliseInto(NfkcCasefold(), UnifyPunctuation(word, false), out, nullptr);
  }
  return out;
}

namespace {

// AND OR NOT XOR NEAR ADJ, NEAR/n, ADJ/n: the QueryParser's operators.
bool IsQueryOperator(std::string_view word) {
  for (const std::string_view op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"}) {
    if (word == op) return true;
  }
  for (const std::string_view op : {"NEAR/", "ADJ/"}) {
    if (word.size() > op.size() && word.substr(0, op.size()) == op) {
      return word.find_first_not_of("0123456789", op.size()) ==
             std::string_view::npos;
    }
  }
  return false;
}

// Decodes the code point at s[i], moving i past it: is it white space?
bool SpaceAt(std::string_view s, size_t& i) {
  return u_isUWhiteSpace(NextCodePoint(s, i));
}

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
    const auto gap_end =
        last ? query.size() : static_cast<size_t>(tokens[k].start);
    if (k > 0 && !last && QueryParserJoins(query, gap_begin, gap_end)) {
      out += '-';
    } else {
      UChar32 c = 0;
      for (size_t i = gap_begin; i < gap_end;) {
        const size_t start = i;
        const bool word_char = IsWordClass(ClassAt(query, i, c));
        out.append(word_char ? std::string_view(" ")
                             : query.substr(start, i - start));
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

}  // namespace quorum
