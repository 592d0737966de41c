// SPDX-License-Identifier: MIT
// Language identification by counting function words. ICU has no language
// identifier, and for the working languages of the bodies we index (English,
// French, Spanish, German) the most frequent function words decide reliably
// on anything longer than a sentence; the same lists serve as stop lists.
#include "common/text/language.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace quorum {
namespace {

struct Language {
  std::string_view code;
  std::string_view stemmer;
  std::vector<std::string_view> stop_words;
};

const std::vector<Language>& Languages() {
  static const std::vector<Language> kLanguages = {
      {"en", "english", {"the",   "of",   "and",  "to",   "in",    "a",     "an",  "that", "is",   "was", "were",
                         "for",   "on",   "with", "as",   "by",    "it",    "its", "be",   "had",  "has", "have",
                         "which", "from", "at",   "this", "their", "would", "or",  "are",  "been", "not", "also"}},
      {"fr", "french", {"le",    "la",   "les",  "de",   "des", "du",  "et",  "à",    "en", "un",  "une",  "que",
                        "qui",   "dans", "pour", "sur",  "par", "au",  "aux", "est",  "a",  "été", "sont", "ce",
                        "cette", "ses",  "son",  "avec", "ne",  "pas", "il",  "elle", "l",  "d"}},
      {"es", "spanish", {"el",   "la",  "los", "las",  "de",  "del",   "y",     "en",   "que",  "un",
                         "una",  "por", "con", "para", "se",  "su",    "sus",   "al",   "es",   "lo",
                         "como", "más", "fue", "ha",   "han", "había", "sobre", "este", "esta", "no"}},
      {"de", "german", {"der",  "die", "das", "und",   "in",     "zu",  "den",   "von", "mit",  "des",
                        "im",   "für", "auf", "ist",   "sich",   "dem", "nicht", "ein", "eine", "als",
                        "auch", "es",  "an",  "wurde", "werden", "hat", "dass",  "bei"}},
  };
  return kLanguages;
}

const Language* Find(std::string_view code) {
  for (const Language& language : Languages())
    if (language.code == code) return &language;
  return nullptr;
}

}  // namespace

std::string DetectLanguage(std::string_view text, std::string_view fallback) {
  // Count each language's function words among the first ~20 KB of words.
  std::unordered_map<std::string_view, int> counts;
  std::string word;
  const size_t limit = std::min<size_t>(text.size(), 20000);
  auto count_word = [&] {
    if (word.empty()) return;
    for (const Language& language : Languages())
      if (std::find(language.stop_words.begin(), language.stop_words.end(), word) != language.stop_words.end())
        ++counts[language.code];
    word.clear();
  };
  for (size_t i = 0; i < limit; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // Accented letters (UTF-8 bytes >= 0x80) stay in the word so "à" and
    // "más" count; everything else non-alphabetic ends a word.
    if (std::isalpha(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else {
      count_word();
    }
  }
  count_word();
  std::string best(fallback);
  int best_count = 2;  // fewer than three function words is no evidence
  for (const Language& language : Languages()) {
    if (counts[language.code] > best_count) {
      best = language.code;
      best_count = counts[language.code];
    }
  }
  return best;
}

std::string StemmerName(std::string_view code) {
  const Language* language = Find(code);
  return language ? std::string(language->stemmer) : "none";
}

bool IsKnownLanguage(std::string_view code) { return Find(code) != nullptr; }

const std::vector<std::string>& KnownLanguages() {
  static const std::vector<std::string> kCodes = [] {
    std::vector<std::string> codes;
    for (const Language& language : Languages()) codes.emplace_back(language.code);
    return codes;
  }();
  return kCodes;
}

const std::vector<std::string_view>& StopWords(std::string_view code) {
  static const std::vector<std::string_view> kNone;
  const Language* language = Find(code);
  return language ? language->stop_words : kNone;
}

bool IsStopWord(std::string_view word, std::string_view code) {
  const auto& stop_words = StopWords(code);
  return std::find(stop_words.begin(), stop_words.end(), word) != stop_words.end();
}

bool IsStopWordOfAnyLanguage(std::string_view word) {
  for (const Language& language : Languages())
    if (std::find(language.stop_words.begin(), language.stop_words.end(), word) != language.stop_words.end())
      return true;
  return false;
}

}  // namespace quorum
