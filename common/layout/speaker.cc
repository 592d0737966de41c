// SPDX-License-Identifier: MIT
// Speaker recognition: a short run of capitalised words (and the function
// words names contain), an optional bracketed delegation, an optional
// adverb, then a verb of saying from a table. Tables rather than a grammar:
// the forms are few and fixed by each body's house style.
#include "common/layout/speaker.h"

#include <algorithm>
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
constexpr std::string_view kNameGlue[] = {"of",  "the", "for", "on", "and", "to",  "de", "du", "des", "la", "le",
                                          "del", "y",   "i",   "et", "van", "von", "da", "di", "al",  "el"};

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

// A verbatim record names its speakers by a personal title, or by an
// article and an office ("The SPEAKER", "The President", "El señor
// PRESIDENTE"): data per language, like the tables above.
constexpr std::string_view kTitles[] = {"Mr",    "Mr.", "Mrs",  "Mrs.",  "Ms",    "Ms.",    "Dr",    "Dr.",   "Prof",
                                        "Prof.", "Hon", "Hon.", "HON",   "Sir",   "Dame",   "M.",    "Mme",   "Mme.",
                                        "Mlle",  "Sr.", "Sra.", "Srta.", "señor", "señora", "Señor", "Señora"};
constexpr std::string_view kOffices[] = {
    "President", "Acting",     "Chair",          "Chairperson",    "Chairman",   "Chairwoman", "Speaker",
    "Deputy",    "Secretary",  "Minister",       "Mayor",          "Clerk",      "Presidente", "Presidenta",
    "Président", "Présidente", "Vicepresidente", "Vicepresidenta", "Maire",      "Secrétaire", "Ministre",
    "Ministro",  "Ministra",   "Alcalde",        "Alcaldesa",      "Secretario", "Secretaria", "Co-Chair"};
constexpr std::string_view kLabelArticles[] = {"The", "An", "A", "El", "La", "Le", "Los", "Las", "Les"};
constexpr size_t kMaxLabelBytes = 80;

bool AllCapitals(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return letters >= 2;
}

// "Rufián Romero, Gabriel", "Tardà i Coma, Joan": surnames, a comma and
// given names, each part one to three capitalised words, no title; as a
// parliament's record labels a member's turn.
bool IsInvertedName(std::string_view name) {
  const size_t comma = name.find(',');
  if (comma == std::string_view::npos || name.find_first_of(",;", comma + 1) != std::string_view::npos) return false;
  for (std::string_view part : {name.substr(0, comma), name.substr(comma + 1)}) {
    part = Trim(part);
    const size_t words = WordCount(part);
    if (words == 0 || words > 3) return false;
    size_t i = 0;
    for (std::string_view word = NextWord(part, &i); !word.empty(); word = NextWord(part, &i))
      if ((!StartsUpper(word) && !In(word, kNameGlue)) || In(word, kTitles)) return false;
  }
  return !In(Trim(name.substr(0, name.find(' '))), kTitles);
}

// The label before a turn's colon, with at least `min_words` words said
// after it; empty when the text does not open so. A delegation or name in
// brackets closes a label ("(Pastor Julián)"); a label holds no figure.
std::string_view LabelBeforeColon(std::string_view text, size_t min_words) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > kMaxLabelBytes || WordCount(text.substr(colon + 1)) < min_words)
    return {};
  const std::string_view label = Trim(text.substr(0, colon));
  if (label.find('(') != std::string_view::npos && label.back() != ')') return {};
  if (std::any_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return {};
  return label;
}

}  // namespace

std::string TurnLabel(std::string_view text) {
  const std::string_view label = LabelBeforeColon(text, 1);
  if (label.empty()) return {};
  const std::string_view name = label.substr(0, label.find('('));
  // A name holds no comma: "Mr. Busso von Alvensleben, Ambassador, …:" heads a list entry.
  if (name.find(',') != std::string_view::npos || name.find(';') != std::string_view::npos) return {};
  size_t i = 0;
  std::string_view first = NextWord(name, &i);
  // "PRESIDENTA:" alone: an office in capitals, as a verbatim record prints it.
  if (i >= name.size() && AllCapitals(first)) {
    for (std::string_view office : kOffices)
      if (office.size() == first.size() && std::equal(office.begin(), office.end(), first.begin(), [](char a, char b) {
            return std::toupper(static_cast<unsigned char>(a)) == b;
          }))
        return std::string(label);
    return {};
  }
  const bool article = In(first, kLabelArticles);
  std::string_view second = NextWord(name, &i);
  if (second.empty()) return {};
  bool titled = In(first, kTitles);
  if (article) {
    // "El señor PRESIDENTE": the title after the article; "The SPEAKER",
    // "The Acting President": an office, by name or in capitals.
    titled = In(second, kTitles);
    if (!titled && !In(second, kOffices) && !AllCapitals(second)) return {};
  } else if (!titled) {
    return {};
  }
  // The rest of the name: capitalised words and initials, or the words
  // that join a name or an office ("MINISTER OF FINANCE").
  for (std::string_view word = titled ? second : NextWord(name, &i); !word.empty(); word = NextWord(name, &i))
    if (!StartsUpper(word) && !In(word, kNameGlue) && !In(word, kTitles)) return {};
  return std::string(label);
}

std::string InvertedNameLabel(std::string_view text) {
  const std::string_view label = LabelBeforeColon(text, 2);
  return !label.empty() && IsInvertedName(label.substr(0, label.find('('))) ? std::string(label) : std::string();
}

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
