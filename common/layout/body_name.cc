// SPDX-License-Identifier: MIT
// Body names by form; see body_name.h. The word lists are data, per
// language; the logic is one scan around the head noun.
#include "common/layout/body_name.h"

#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "common/layout/body_words.h"
#include "common/layout/note_header.h"
#include "common/text/date.h"
#include "common/text/note_lines.h"
#include "common/text/tokeniser.h"

namespace quorum {
namespace {

// Head nouns of bodies (normalised words), English, French, Spanish.
constexpr std::array<std::string_view, 38> kHeads = {
    "committee",   "council",    "board",      "commission", "assembly",    "group",      "conference",   "parliament",
    "senate",      "congress",   "bank",       "fund",       "secretariat", "panel",      "subcommittee", "cabinet",
    "comité",      "conseil",    "commission", "assemblée",  "groupe",      "conférence", "parlement",    "sénat",
    "bureau",      "comisión",   "consejo",    "junta",      "asamblea",    "congreso",   "senado",       "grupo",
    "conferencia", "parlamento", "cámara",     "directorio", "comision",    "tribunal"};

// Connectors a name may hold after its head ("Committee on Tests",
// "Congreso de los Diputados", "Conseil municipal d'Aiglun").
constexpr std::array<std::string_view, 16> kConnectors = {"of", "on", "for", "and", "the", "de",  "del", "des",
                                                          "du", "la", "los", "las", "le",  "les", "d",   "y"};

// Words that say what the document is, not who met: a name stops there,
// and a line without one is a letterhead, not a title.
constexpr std::array<std::string_view, 24> kDocumentWords = {
    "minutes", "meeting",    "summary",   "report",         "update",  "notes",        "record", "compte",
    "rendu",   "réunion",    "séance",    "procès",         "verbal",  "acta",         "sesión", "reunión",
    "diario",  "highlights", "summaries", "teleconference", "telecon", "face-to-face", "f2f",    "telcon"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// A document word, singular or plural ("Updates").
bool IsDocumentWord(const std::string& folded) {
  return In(kDocumentWords, folded) || (folded.size() > 3 && folded.back() == 's' &&
                                        In(kDocumentWords, std::string_view(folded).substr(0, folded.size() - 1)));
}

struct Word {
  std::string_view printed;  // as printed, trailing punctuation trimmed
  std::string folded;        // normalised
  bool capital = false;      // starts with a capital letter or is an acronym
};

std::vector<Word> SplitWords(std::string_view line) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    std::string_view printed = line.substr(i, j - i);
    while (!printed.empty() && (printed.back() == ',' || printed.back() == ':' || printed.back() == ';'))
      printed.remove_suffix(1);
    if (!printed.empty()) {
      const std::vector<std::string> normal = Words(printed);
      const unsigned char first = static_cast<unsigned char>(printed.front());
      words.push_back(
          {printed, normal.empty() ? std::string() : normal.front(), (first >= 'A' && first <= 'Z') || first >= 0xC3});
    }
    i = j;
  }
  return words;
}

// Connectors of one language: before the head, only these end a name, so
// that "SUMMARY OF DES MOINES CITY COUNCIL" keeps "DES" in English.
bool IsConnectorOf(std::string_view language, const std::string& folded) {
  if (language == "en")
    return folded == "of" || folded == "on" || folded == "for" || folded == "and" || folded == "the";
  return In(kConnectors, folded);
}

// A word a name can hold before its head: capitalised, not a connector,
// not a document word, not a number or a date.
bool Modifier(const Word& word, std::string_view language) {
  return word.capital && !word.folded.empty() && !IsConnectorOf(language, word.folded) &&
         !IsDocumentWord(word.folded) && !std::isdigit(static_cast<unsigned char>(word.printed.front()));
}

// Words that open a body name's complement ("Committee on …"); inside one,
// function words join capitalised words ("… on Science and Technology"),
// but right after the head "and", "in" or a capitalised word start another
// thing ("General Assembly and the Security Council", "… Assembly Hall").
constexpr std::string_view kComplementOpeners[] = {"of",  "on",  "for",  "de",    "du",  "des",
                                                   "del", "sur", "pour", "sobre", "para"};

// "TSC", "TAG", "TC": a body's acronym, capitals and no vowel-free noise.
constexpr size_t kMinAcronym = 2, kMaxAcronym = 6;
bool IsAcronym(const Word& word) {
  const std::string_view w = word.printed;
  return w.size() >= kMinAcronym && w.size() <= kMaxAcronym &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "Node Foundation TSC Meeting 2017-10-18", "TAG Teleconference": a body
// named by its acronym, right before the word that says what the document
// is, with the capitalised words before it. Not in a line all in capitals
// ("ANNUAL MEETING"), where an acronym cannot be told from a word.
std::string BodyByAcronym(const std::vector<Word>& words, std::string_view language) {
  if (std::none_of(words.begin(), words.end(), [](const Word& w) {
        return std::any_of(w.printed.begin(), w.printed.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      }))
    return {};
  for (size_t at = 0; at + 1 < words.size(); ++at) {
    if (!IsAcronym(words[at]) || !IsDocumentWord(words[at + 1].folded)) continue;
    size_t first = at;
    while (first > 0 && Modifier(words[first - 1], language)) --first;
    const char* begin = words[first].printed.data();
    const char* end = words[at].printed.data() + words[at].printed.size();
    return std::string(begin, static_cast<size_t>(end - begin));
  }
  return {};
}

constexpr size_t kMaxEnactingBytes = 120;  // the name after "Be it ordained by the "
constexpr int kMinEnactingFormulas = 2;

}  // namespace

std::string BodyByForm(std::string_view line, std::string_view language) {
  const std::vector<Word> words = SplitWords(line);
  // A title line says what the document is, or when the meeting was
  // ("Conseil municipal du 15 mars 2013"); a letterhead does neither.
  if (std::none_of(words.begin(), words.end(), [](const Word& w) { return IsDocumentWord(w.folded); }) &&
      !FindDate(line))
    return {};
  const bool adjective_after = language == "fr" || language == "es";
  for (size_t head = 0; head < words.size(); ++head) {
    if (!In(kHeads, words[head].folded) || !words[head].capital) continue;
    size_t first = head, last = head;
    while (first > 0 && Modifier(words[first - 1], language)) --first;
    // After the head: connectors followed by capitalised words, or
    // lower-case adjectives in French and Spanish ("Conseil municipal").
    for (size_t k = head + 1; k < words.size(); ++k) {
      const Word& word = words[k];
      if (word.folded.empty() || IsDocumentWord(word.folded) || word.printed.front() == '(' ||
          std::isdigit(static_cast<unsigned char>(word.printed.front())))
        break;
      if (In(kConnectors, word.folded)) continue;
      const bool adjective = adjective_after && k == head + 1 && word.folded.size() > 3;
      if (word.capital && !adjective && !In(kConnectors, words[k - 1].folded)) break;  // "Assembly Distr."
      if (!word.capital && !adjective) break;
      last = k;
    }
    if (last == first) continue;  // a bare head ("Council") names nothing in particular
    const char* begin = words[first].printed.data();
    const char* end = words[last].printed.data() + words[last].printed.size();
    return std::string(Trim(std::string_view(begin, static_cast<size_t>(end - begin))));
  }
  return BodyByAcronym(words, language);
}

std::string FindBodyInText(std::string_view text) {
  static constexpr std::array<std::string_view, 6> kHonorifics = {"mr", "mrs", "ms", "dr", "h", "sir"};
  // A capitalised body word, then its complement: capitalised words and the
  // function words between them, up to the first word that is neither.
  for (size_t at = 0; at < text.size() && at < 400; ++at) {
    if ((at > 0 && text[at - 1] != ' ') || !std::isupper(static_cast<unsigned char>(text[at]))) continue;
    const std::string folded = Folded(text.substr(at, 24));
    size_t head_words = 0;
    for (std::string_view w : body_words::kBodyWords)
      if (folded.rfind(w, 0) == 0) head_words = std::max<size_t>(head_words, WordCount(w));
    if (head_words == 0) continue;
    // French and Spanish heads take an adjective ("Conseil municipal").
    bool adjective_after = false;
    for (std::string_view w : {"conseil", "comité", "consejo", "comisión", "groupe de travail", "grupo de trabajo"})
      adjective_after = adjective_after || folded.rfind(w, 0) == 0;
    size_t end = at, good_end = at, word_index = 0;
    bool in_complement = false;
    while (end < text.size()) {
      const size_t next = std::min(text.find(' ', end), text.size());
      std::string_view word = text.substr(end, next - end);
      bool stop = false;
      // Punctuation ends the name, also where a missing space glued the next
      // sentence on ("Assembly.We"), and so does a possessive ("Assembly's").
      for (std::string_view mark :
           {".", ",", ";", ":", "?", "!", ")", "\"", "\u201D", "\u2014", "\u2013", "\u2019s", "'s"})
        if (const size_t cut = word.find(mark); cut != std::string_view::npos && cut > 0) {
          word = word.substr(0, cut);
          stop = true;
        }
      while (!word.empty() && word.back() == '-') {
        word.remove_suffix(1);
        stop = true;
      }
      const bool capital = !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
      const std::string lower = Folded(word);
      if (In(kHonorifics, lower)) break;  // "the General Assembly of Mr. X": a person, after the name
      const bool opener = std::find(std::begin(kComplementOpeners), std::end(kComplementOpeners), lower) !=
                          std::end(kComplementOpeners);
      const bool adjective = adjective_after && word_index == head_words && !opener && word.size() > 3;
      if (word_index >= head_words && !in_complement && !opener && !adjective) break;
      if (!capital && !adjective && !body_words::IsLowerWord(lower)) break;
      if (word_index >= head_words && opener) in_complement = true;
      if (capital || adjective) good_end = end + word.size();
      if (stop) break;
      end = next + 1;
      ++word_index;
    }
    if (WordCount(text.substr(at, good_end - at)) >= 2) return std::string(text.substr(at, good_end - at));
  }
  return {};
}

std::string FindEnactingBody(std::string_view text, std::string_view current) {
  const std::string lower = AsciiLower(text);
  std::map<std::string, int> named;
  int formulas = 0;
  for (std::string_view formula : {"be it ordained by the ", "be it resolved by the ", "be it enacted by the "})
    for (size_t at = lower.find(formula); at != std::string::npos; at = lower.find(formula, at + 1)) {
      ++formulas;
      const size_t from = at + formula.size();
      // The name may wrap ("… by the Council of" / "the City of Cleveland:").
      std::string name(text.substr(from, std::min<size_t>(kMaxEnactingBytes, text.size() - from)));
      std::replace(name.begin(), name.end(), '\n', ' ');
      const std::string body = FindBodyInText(name);
      if (!body.empty() && name.rfind(body, 0) == 0) ++named[body];
    }
  const auto most =
      std::max_element(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  // A journal prints the acts of several bodies: a body the title block
  // found that enacts some of them stays.
  if (named.count(std::string(current)) > 0) return {};
  if (most == named.end() || most->second < kMinEnactingFormulas || most->second * 2 <= formulas) return {};
  return most->first;
}

}  // namespace quorum
