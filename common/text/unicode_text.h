// SPDX-License-Identifier: MIT
// Character-level Unicode helpers shared by the tokeniser and the query
// normaliser (common/text/tokeniser.cc, common/text/query_text.cc): code points,
// normalisers, punctuation variants and how Xapian's term scanner sees a
// character. Internal to common/; nothing outside it includes this.
#pragma once

#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/umachine.h>
#include <unicode/utypes.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace quorum::unicode_text {

/// Throws quorum::Error naming `what` and ICU's error when `status` failed.
void CheckIcu(UErrorCode status, const char* what);

/// ICU's NFKC_Casefold and NFKC normalisers (looked up once).
const icu::Normalizer2& NfkcCasefold();
const icu::Normalizer2& Nfkc();

/// Decodes the code point at s[i] and moves i past it; invalid UTF-8 gives -1.
UChar32 NextCodePoint(std::string_view s, size_t& i);
/// Decodes the code point ending at s[i] (i > 0) and moves i to its start.
UChar32 PrevCodePoint(std::string_view s, size_t& i);

/// Copies `in` with variants of ' and - (and " when `for_query`) replaced by
/// ASCII and invalid UTF-8 by U+FFFD.
std::string UnifyPunctuation(std::string_view in, bool for_query);
/// Appends `normaliser`'s form of `in` to `out`, recording `edits` if given.
void NormaliseInto(const icu::Normalizer2& normaliser, std::string_view in, std::string& out, icu::Edits* edits);
bool IsAscii(std::string_view s);
/// `in` without its accents and other combining marks ("Administración" ->
/// "Administracion", "Ñuñoa" -> "Nunoa"): canonical decomposition, marks
/// dropped, recomposed.
std::string WithoutMarks(std::string_view in);
/// NFKC_Casefold for ASCII, plus the one ASCII apostrophe variant.
void AsciiFoldInPlace(std::string& s);

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

CharClass Classify(UChar32 c);
/// Classifies the code point at s[i], storing it in `c` and moving i past it.
CharClass ClassAt(std::string_view s, size_t& i, UChar32& c);
bool IsWordClass(CharClass c);
/// Would the QueryParser keep `infix` in a term between these characters?
bool JoinsInTerm(CharClass before, CharClass infix, CharClass after);
/// Is `c` one of the apostrophe variants?
bool IsApostrophe(UChar32 c);

}  // namespace quorum::unicode_text
