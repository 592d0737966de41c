// SPDX-License-Identifier: MIT
// Speaker recognition: a short run of capitalised words (and the function
// words names contain), an optional bracketed delegation, an optional
// adverb, then a verb of saying from a table. Tables rather than a grammar:
// the forms are few and fixed by each body's house style.
#include "common/layout/speaker.h"

#include <cctype>

#include "common/text/note_lines.h"

namespace quorum {
namespace {

// How long the parts of a speaker's label may run before it is prose instead.
constexpr size_t kMaxNameWords = 9;         // "Mr. SMITH" .. "The ACTING DIRECTOR-GENERAL OF …"
constexpr size_t kMaxDelegationBytes = 90;  // "(United Kingdom of Great Britain and Northern Ireland)"
constexpr size_t kMaxAsideBytes = 120;      // ", speaking on behalf of the Group of 77,"

constexpr std::string_view kArticles[] = {"The ", "the ", "Le ", "La ", "L\u2019", "L'", "El ", "Los "};

// Lower-case words allowed inside a name or role: "Director of the Department".
constexpr std::string_view kNameGlue[] = {"of", "the", "for", "on", "and", "to",  "de", "du", "des", "la",
                                          "le", "del", "y",   "et", "van", "von", "da", "di", "al",  "el"};

// Adverbs and the auxiliaries of French and Spanish past tenses ("Le
// Président a rappelé", "El Presidente ha señalado").
constexpr std::string_view kAdverbs[] = {
    "also",    "further",      "then",        "again", "finally", "subsequently", "aussi",
    "también", "additionally", "furthermore", "a",     "ha",      "également"};

constexpr std::string_view kSpeechVerbs[] = {
    "said",       "stated",     "noted",       "asked",      "replied",    "reported",      "recalled",
    "explained",  "introduced", "announced",   "informed",   "welcomed",   "thanked",       "expressed",
    "emphasized", "emphasised", "stressed",    "underlined", "proposed",   "suggested",     "agreed",
    "observed",   "responded",  "added",       "urged",      "commended",  "concluded",     "opened",
    "closed",     "presented",  "highlighted", "indicated",  "confirmed",  "acknowledged",  "recommended",
    "inquired",   "enquired",   "pointed",     "drew",       "referred",   "congratulated", "appreciated",
    "praised",    "encouraged", "reiterated",  "called",     "described",  "mentioned",     "dit",
    "déclare",    "indique",    "souligne",    "rappelle",   "demande",    "remercie",      "propose",
    "note",       "fait",       "dice",        "señala",     "pregunta",   "agradece",      "propone",
    "indica",     "destaca",    "recuerda",    "declara",    "rappelé",    "souligné",      "indiqué",
    "déclaré",    "demandé",    "remercié",    "proposé",    "noté",       "salué",         "annoncé",
    "présenté",   "dicho",      "señalado",    "preguntado", "agradecido", "propuesto",     "indicado",
    "destacado",  "recordado",  "anunciado",   "presentado"};

// Openings that count speakers rather than name one, pronouns, and the
// prepositions and conjunctions a sentence may open with.
constexpr std::string_view kCounts[] = {
    "Several",   "Many",      "Some",     "One",       "A",           "All",       "Most",    "Other",
    "Two",       "Three",     "Various",  "Numerous",  "Delegations", "Delegates", "Members", "Participants",
    "Plusieurs", "Certaines", "Varias",   "Algunas",   "Muchas",      "It",        "They",    "He",
    "She",       "This",      "That",     "These",     "As",          "In",        "Under",   "At",
    "On",        "During",    "After",    "Following", "With",        "For",       "Since",   "When",
    "While",     "If",        "Although", "By",        "En",          "Dans",      "Como"};

template <size_t N>
bool In(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list)
    if (word == w) return true;
  return false;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  const auto c = static_cast<unsigned char>(word[0]);
  return std::isupper(c) || (c >= 0xC3 && !StartsLowercase(word));  // "É", "Ö"…
}

// The word at text[*i] (up to a space), advancing *i past it and its spaces.
std::string_view NextWord(std::string_view text, size_t* i) {
  const size_t start = *i;
  size_t end = text.find(' ', start);
  if (end == std::string_view::npos) end = text.size();
  *i = end;
  while (*i < text.size() && text[*i] == ' ') ++*i;
  return text.substr(start, end - start);
}

}  // namespace

std::string FindSpeaker(std::string_view text) {
  text = Trim(text.substr(0, 300));
  size_t name_start = 0;
  for (std::string_view article : kArticles) {
    if (text.substr(0, article.size()) == article) {
      name_start = article.size();
      break;
    }
  }
  size_t i = name_start, name_end = name_start;
  size_t words = 0;
  while (i < text.size() && words < kMaxNameWords) {
    const size_t word_start = i;
    std::string_view word = NextWord(text, &i);
    if (word.empty()) break;
    if (word.front() == '(') {
      // The delegation: "(United Kingdom of Great Britain and Northern Ireland)".
      const size_t close = text.find(')', word_start);
      if (close == std::string_view::npos || words == 0 || close - word_start > kMaxDelegationBytes) return {};
      name_end = close + 1;
      i = close + 1;
      // ", speaking on behalf of the Group of 77, said …": skip the aside.
      if (i < text.size() && text[i] == ',') {
        const size_t aside_end = text.find(',', i + 1);
        if (aside_end == std::string_view::npos || aside_end - i > kMaxAsideBytes) return {};
        i = aside_end + 1;
      }
      while (i < text.size() && text[i] == ' ') ++i;
      word = NextWord(text, &i);
      while (In(word, kAdverbs)) word = NextWord(text, &i);
      return In(word, kSpeechVerbs) ? std::string(text.substr(name_start, name_end - name_start)) : std::string();
    }
    if (words == 0 && name_start == 0 && In(word, kCounts)) return {};
    if (StartsUpper(word) && word.back() != ',' && word.back() != ';' && word.back() != ':') {
      name_end = word_start + word.size();
      ++words;
      continue;
    }
    if (words > 0 && In(word, kNameGlue)) continue;
    // The first word that is not part of the name: an adverb, then the verb.
    while (In(word, kAdverbs)) word = NextWord(text, &i);
    if (words > 0 && In(word, kSpeechVerbs)) return std::string(text.substr(name_start, name_end - name_start));
    return {};
  }
  return {};
}

}  // namespace quorum
