// SPDX-License-Identifier: MIT
// Language identification for notes and the per-language word lists and
// stemmers both tools use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quorum {

/// ISO 639-1 code of the language `text` is most likely written in, among
/// those quorum knows (en, fr, es, de); `fallback` when no evidence.
std::string DetectLanguage(std::string_view text, std::string_view fallback = "en");

/// Snowball stemmer name for an ISO 639-1 code ("en" -> "english"); "none"
/// for an unknown code, which Xapian::Stem takes as no stemming.
std::string StemmerName(std::string_view code);

/// True for codes DetectLanguage can return and --lang accepts.
bool IsKnownLanguage(std::string_view code);

/// The known codes, for --help and error messages.
const std::vector<std::string>& KnownLanguages();

/// Function words of a language (lower case): the evidence DetectLanguage
/// counts, and the stop list the query parser ignores between words.
const std::vector<std::string_view>& StopWords(std::string_view code);

/// True if `word` (lower case) is a function word of the language `code`.
bool IsStopWord(std::string_view word, std::string_view code);

/// True if `word` (lower case) is a function word of any known language:
/// for text whose language is not known (party names, headings, terms).
bool IsStopWordOfAnyLanguage(std::string_view word);

}  // namespace quorum
