// SPDX-License-Identifier: MIT
// Character-level Unicode helpers; see common/text/unicode_text.h.
#include "common/text/unicode_text.h"

#include <unicode/bytestream.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "common/base/error.h"

namespace quorum::unicode_text {
namespace {

// ICU owns its normalisers; looking them up once keeps that off the
// per-word path.
const icu::Normalizer2& LoadNormaliser(const icu::Normalizer2* (*get_instance)(UErrorCode&), const char* what) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normaliser = get_instance(status);
  CheckIcu(status, what);
  return *normaliser;
}

// Typographic variants of ', -, " and characters Xapian joins words with.
constexpr std::u32string_view kApostrophes = U"'`\u00B4\u02BC\u2018\u2019\u201B\uFF07";
constexpr std::u32string_view kDashes =
    U"\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE31\uFE32\uFE58\uFE63"
    U"\uFF0D";
constexpr std::u32string_view kQuotes = U"\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A\uFF02";
constexpr std::u32string_view kInfixes = U"&\u00B7\u05F4\u2027";
constexpr std::u32string_view kDigitInfixes = U",.;\u037E\u0589\u060D\u07F8\u2044\uFE10\uFE13\uFE14";

bool OneOf(std::u32string_view set, UChar32 c) { return c >= 0 && set.find(static_cast<char32_t>(c)) != set.npos; }

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
  return u_charType(c) == U_OTHER_NUMBER || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

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

}  // namespace

void CheckIcu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(std::string("ICU ") + what + " failed: " + u_errorName(status));
  }
}

const icu::Normalizer2& NfkcCasefold() {
  static const icu::Normalizer2& instance =
      LoadNormaliser(&icu::Normalizer2::getNFKCCasefoldInstance, "getNFKCCasefoldInstance");
  return instance;
}

std::string WithoutMarks(std::string_view in) {
  if (IsAscii(in)) return std::string(in);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  CheckIcu(status, "getNFDInstance/getNFCInstance");
  const icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size()))), status);
  CheckIcu(status, "NFD normalisation");
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (!(U_GET_GC_MASK(c) & U_GC_M_MASK)) bare.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  nfc->normalize(bare, status).toUTF8String(out);
  CheckIcu(status, "NFC normalisation");
  return out;
}

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2& instance = LoadNormaliser(&icu::Normalizer2::getNFKCInstance, "getNFKCInstance");
  return instance;
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
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  size_t next = start;
  const UChar32 c = NextCodePoint(s, next);
  i = start;
  return next == end ? c : -1;
}

// Copies `in` with variants of ' - " replaced by ASCII and invalid UTF-8 by
// U+FFFD. Runs before NFKC, which would make U+00B4 a space and an accent.
std::string UnifyPunctuation(std::string_view in, bool for_query) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    // Most of the text is ASCII, where only the backquote has a stand-in
    // (ASCII holds no dash or quote variant and nothing NFKC hides): copy
    // it without decoding or searching the variant lists.
    if (const auto byte = static_cast<unsigned char>(in[i]); byte < 0x80) {
      out += byte == '`' ? '\'' : static_cast<char>(byte);
      ++i;
      continue;
    }
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

void NormaliseInto(const icu::Normalizer2& normaliser, std::string_view in, std::string& out, icu::Edits* edits) {
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  normaliser.normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink, edits, status);
  CheckIcu(status, "Normalizer2::normalizeUTF8");
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

// NFKC_Casefold for ASCII, plus the one ASCII apostrophe variant.
void AsciiFoldInPlace(std::string& s) {
  for (char& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch == '`') ch = '\'';
  }
}

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
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark || c == CharClass::kConnector;
}

// Would the QueryParser keep `infix` in a term between these characters?
bool JoinsInTerm(CharClass before, CharClass infix, CharClass after) {
  if (!IsWordClass(after)) return false;
  if (before == CharClass::kDigit && after == CharClass::kDigit) {
    return infix == CharClass::kDigitInfix;
  }
  return infix == CharClass::kApostrophe || infix == CharClass::kInfix;
}

bool IsApostrophe(UChar32 c) { return OneOf(kApostrophes, c); }

}  // namespace quorum::unicode_text
