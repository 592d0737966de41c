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

#include "common/text/tokeniser.h"

#include <unicode/brkiter.h>
#include <unicode/edits.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/base/error.h"
#include "common/text/unicode_text.h"

namespace quorum {
namespace {

using unicode_text::AsciiFoldInPlace;
using unicode_text::CharClass;
using unicode_text::CheckIcu;
using unicode_text::ClassAt;
using unicode_text::Classify;
using unicode_text::IsAscii;
using unicode_text::IsWordClass;
using unicode_text::JoinsInTerm;
using unicode_text::NextCodePoint;
using unicode_text::NfkcCasefold;
using unicode_text::NormaliseInto;
using unicode_text::PrevCodePoint;
using unicode_text::UnifyPunctuation;

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

// ICU's "AHLetter", the only thing its rules join with ' or a middle dot.
// Its rules count South-East Asian letters (Thai, Lao...) as letters too.
bool IsAhLetter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const int32_t wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  if (wb == U_WB_ALETTER || wb == U_WB_HEBREW_LETTER) return true;
  return wb == U_WB_OTHER && u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT;
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
      if (next != CharClass::kDigitInfix && !(IsAhLetter(base) && IsAhLetter(after_char))) {
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
  for (size_t next = i; i < next_start && IcuSkips(NextCodePoint(text, next));) {
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

  void AddWord(std::string_view word, size_t offset, bool bridged, int& position, std::vector<Token>& tokens);
  int SourceOffset(size_t normalised_offset);
};

int Tokeniser::Impl::SourceOffset(size_t normalised_offset) {
  if (!edits.hasChanges()) return static_cast<int>(normalised_offset);
  UErrorCode status = U_ZERO_ERROR;
  icu::Edits::Iterator it = edits.getFineIterator();
  const int32_t source = it.sourceIndexFromDestinationIndex(static_cast<int32_t>(normalised_offset), status);
  CheckIcu(status, "Edits::Iterator::sourceIndexFromDestinationIndex");
  return source;
}

// Normalises one (possibly bridged) ICU word found at `offset` in the text
// and appends its terms.
void Tokeniser::Impl::AddWord(std::string_view word, size_t offset, bool bridged, int& position,
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
    for (size_t at = copy.find("\xC2\xB4"); at != std::string::npos; at = copy.find("\xC2\xB4", at)) {
      copy.replace(at, 2, "\xCA\xBC");
    }
    NormaliseInto(NfkcCasefold(), copy, scratch, &edits);
  } else {
    NormaliseInto(NfkcCasefold(), word, scratch, &edits);
  }
  SplitLikeXapian(scratch, [&](size_t begin, size_t end) {
    Token& token = tokens.emplace_back();
    AppendTerm(std::string_view(scratch).substr(begin, end - begin), token.term);
    token.end = base + SourceOffset(end);
    token.start = std::min(token.end, base + SourceOffset(begin));
    if (token.start == token.end && token.end > base) {
      // One source character normalised into several ("ŉ" into "ʼn"): the
      // term starts inside it, so the token is that whole character.
      size_t back = static_cast<size_t>(token.end - base);
      PrevCodePoint(word, back);
      token.start = base + static_cast<int>(back);
    }
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

std::vector<Token> Tokeniser::Tokenise(std::string_view text, int first_position) {
  if (text.size() > static_cast<size_t>(INT32_MAX)) {  // offsets are 32-bit
    throw Error("text of " + std::to_string(text.size()) + " bytes is too long to tokenise");
  }
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  // A UTF-8 UText makes the iterator report byte offsets into `text`.
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
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
    impl_->AddWord(text.substr(word_begin, word_end - word_begin), word_begin, bridged, position, tokens);
  };
  int32_t begin = breaker.first();
  for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE; begin = end, end = breaker.next()) {
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

std::vector<std::string> Words(std::string_view text) {
  thread_local Tokeniser tokeniser;  // a Tokeniser is not thread-safe; callers run on several threads
  std::vector<std::string> words;
  for (const Token& token : tokeniser.Tokenise(text))
    if (!token.term.empty()) words.push_back(token.term);
  return words;
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

}  // namespace quorum
