// SPDX-License-Identifier: MIT
// The pieces the request forms are read from: a paragraph's words and
// sentences, noun phrases (who asked, who must act), names as the ledger
// shows them, and due points ("by the end of September").
#include <algorithm>
#include <cctype>

#include "common/requests/request_internal.h"

namespace quorum::requests {
namespace {

unsigned char Byte(std::string_view s, size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; }

bool IsUpperAt(std::string_view s, size_t i) {
  const unsigned char c = Byte(s, i);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals À-Þ (É in "État", "Él") are 0xC3 0x80-0x9E in UTF-8.
  return c == 0xC3 && Byte(s, i + 1) >= 0x80 && Byte(s, i + 1) <= 0x9E && Byte(s, i + 1) != 0x97;
}

// Curly quotes, guillemets, superscript digits and NBSP separate words but
// are not words themselves. Returns their byte length at i, or 0.
size_t SkippableAt(std::string_view s, size_t i) {
  const unsigned char c = Byte(s, i);
  if (c == 0xC2 && (Byte(s, i + 1) == 0xAB || Byte(s, i + 1) == 0xBB || Byte(s, i + 1) == 0xA0 ||
                    Byte(s, i + 1) == 0xB9 || Byte(s, i + 1) == 0xB2 || Byte(s, i + 1) == 0xB3))
    return 2;
  if (c == 0xE2 && Byte(s, i + 1) == 0x80 && (Byte(s, i + 2) == 0x9C || Byte(s, i + 2) == 0x9D)) return 3;
  if (c == 0xE2 && Byte(s, i + 1) == 0x81 && Byte(s, i + 2) >= 0xB0 && Byte(s, i + 2) <= 0xB9) return 3;
  return 0;
}

bool IsWordByte(std::string_view s, size_t i) {
  const unsigned char c = Byte(s, i);
  if (c == 0) return false;
  if (std::isalnum(c)) return true;
  return c >= 0x80 && SkippableAt(s, i) == 0;
}

// Abbreviations whose full stop ends no sentence ("resolution No. 1309",
// "Mr. ALVES", "para. 12"). A general sentence breaker splits after them
// before a capital; these documents cite numbers and people constantly.
constexpr std::string_view kAbbreviations[] = {"mr",  "mrs", "ms",   "dr",  "no",  "nos", "para", "paras", "art",
                                               "p",   "pp",  "corr", "rev", "add", "vol", "st",   "cf",    "vs",
                                               "h.e", "hon", "prof", "sr",  "sra", "e.g", "i.e",  "n",     "gen"};

bool IsAbbreviation(std::string_view lower, bool capital) {
  if (lower.size() == 1 && capital) return true;  // an initial: "J. Smith"
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), lower) != std::end(kAbbreviations);
}

}  // namespace

bool Text::IsAny(size_t w, std::initializer_list<std::string_view> options) const {
  if (w >= words.size()) return false;
  for (std::string_view option : options)
    if (words[w].lower == option) return true;
  return false;
}

// One pass over the bytes: words (with internal '.', '/', '-', apostrophes
// and dashes: "A/HRC/10/69", "IOM–UN", "IORB’s" stay whole), the marks the
// readers need as words, and sentence ends: '.', '?' or '!' before a
// capital, unless the word before is an abbreviation.
void Text::Load(std::string_view paragraph_text) {
  text = paragraph_text;
  lowered.assign(text);
  for (char& c : lowered)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  words.clear();
  sentences.clear();
  sentence_bytes.clear();
  size_t sentence_begin = 0;
  sentence_bytes.push_back(0);
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
      words.push_back({i, i + 1, std::string_view(lowered).substr(i, 1), false, c});
      ++i;
      continue;
    }
    if (c == '.' || c == '?' || c == '!') {
      size_t next = i + 1;
      while (next < text.size()) {
        if (text[next] == ' ' || text[next] == '"' || text[next] == '\'') {
          ++next;
        } else if (const size_t skip = SkippableAt(text, next)) {
          next += skip;
        } else {
          break;
        }
      }
      const bool before_capital = next > i + 1 && IsUpperAt(text, next);
      const bool abbreviation = c == '.' && !words.empty() && words.back().punct == 0 && words.back().end == i &&
                                IsAbbreviation(words.back().lower, words.back().capital);
      if (before_capital && !abbreviation && words.size() > sentence_begin) {
        sentences.push_back({sentence_begin, words.size()});
        sentence_begin = words.size();
        sentence_bytes.push_back(next);
      }
      i = next > i + 1 ? next : i + 1;
      continue;
    }
    if (!IsWordByte(text, i)) {
      const size_t skip = SkippableAt(text, i);
      i += skip ? skip : 1;
      continue;
    }
    const size_t start = i;
    while (i < text.size()) {
      if (IsWordByte(text, i)) {
        ++i;
      } else if ((text[i] == '.' || text[i] == '/' || text[i] == '-' || text[i] == '\'') && IsWordByte(text, i + 1) &&
                 std::isalnum(Byte(text, i + 1))) {
        ++i;  // internal mark: "71/222", "12.40", "multi-year"
      } else {
        break;
      }
    }
    words.push_back({start, i, std::string_view(lowered).substr(start, i - start), IsUpperAt(text, start), 0});
  }
  if (words.size() > sentence_begin) sentences.push_back({sentence_begin, words.size()});
  if (sentence_bytes.size() > sentences.size()) sentence_bytes.resize(sentences.size());
}

namespace {

// Lower-case words a subject or an addressee may contain: determiners,
// quantifiers, the nouns of groups of people, and the joints of titles
// ("Senior Policy Adviser to the Director General"), in three languages.
constexpr std::string_view kPhraseWords[] = {"the",          "a",
                                             "an",           "of",
                                             "for",          "on",
                                             "and",          "to",
                                             "number",       "several",
                                             "many",         "some",
                                             "one",          "two",
                                             "three",        "other",
                                             "others",       "most",
                                             "all",          "delegates",
                                             "delegations",  "delegation",
                                             "members",      "member",
                                             "states",       "residents",
                                             "councillors",  "participants",
                                             "countries",    "speakers",
                                             "de",           "du",
                                             "des",          "la",
                                             "le",           "les",
                                             "el",           "los",
                                             "las",          "del",
                                             "travail",      "délégations",
                                             "delegaciones", "plusieurs",
                                             "varias",       "varios",
                                             "nombreuses",   "y",
                                             "et",           "in",
                                             "arrears",      "group",
                                             "committee",    "council",
                                             "conference",   "administration",
                                             "secretariat",  "under",
                                             "delegate",     "councillor",
                                             "speaker",      "representative"};
// Joints that may not start or end a phrase.
constexpr std::string_view kJoints[] = {"of", "for", "on", "and", "to",   "de",    "du",  "des",  "del",
                                        "y",  "et",  "in", "by",  "that", "which", "who", "under"};

bool InList(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  return std::find(begin, end, word) != end;
}
bool IsPhraseWord(const Word& w) {
  if (w.punct) return false;
  if (w.capital || std::isdigit(static_cast<unsigned char>(w.lower[0]))) return true;
  // "l’Administration": an elided article glued to a capitalised noun.
  if ((w.lower.substr(0, 4) == "l\u2019" || w.lower.substr(0, 2) == "l'") && w.lower.size() > 4) return true;
  return InList(w.lower, std::begin(kPhraseWords), std::end(kPhraseWords));
}
bool IsJoint(const Word& w) { return InList(w.lower, std::begin(kJoints), std::end(kJoints)); }

Range Trim(const Text& t, Range r) {
  // A phrase never starts with a bare number ("… novembre 2016 avait") nor
  // ends with an article or an auxiliary ("Le Président a").
  while (!r.empty() &&
         (IsJoint(t.words[r.begin]) || std::isdigit(static_cast<unsigned char>(t.words[r.begin].lower[0]))))
    ++r.begin;
  while (!r.empty() &&
         (IsJoint(t.words[r.end - 1]) || t.IsAny(r.end - 1, {"a", "an", "the", "ont", "le", "la", "les"})))
    --r.end;
  return r;
}

constexpr size_t kMaxPhraseWords = 16;

}  // namespace

Range NounPhraseBefore(const Text& t, size_t floor, size_t end) {
  size_t i = end;
  while (i > floor && end - i < kMaxPhraseWords) {
    const Word& w = t.words[i - 1];
    if (w.punct == ')') {
      // "Mr. ALVES (Brazil)": a bracketed delegation belongs to the name.
      size_t open = i - 1;
      while (open > floor && t.words[open].punct != '(') --open;
      if (t.words[open].punct != '(' || open == floor) break;
      i = open;
      continue;
    }
    if (!IsPhraseWord(w)) break;
    --i;
  }
  return Trim(t, {i, end});
}

Range NounPhraseAfter(const Text& t, size_t begin, size_t limit) {
  size_t i = begin;
  while (i < limit && i - begin < kMaxPhraseWords) {
    const Word& w = t.words[i];
    if (w.punct == '(') {
      size_t close = i;
      while (close < limit && t.words[close].punct != ')') ++close;
      if (close >= limit) break;
      i = close + 1;
      continue;
    }
    if (!IsPhraseWord(w)) break;
    ++i;
  }
  return Trim(t, {begin, i});
}

bool IsPronoun(const Text& t, Range r) {
  return r.end == r.begin + 1 &&
         t.IsAny(r.begin, {"he", "she", "it", "they", "il", "elle", "ils", "elles", "él", "ella"});
}

bool NamesBody(const Text& t, Range r) {
  for (size_t i = r.begin; i < r.end; ++i)
    if (t.IsAny(i, {"group",       "committee", "council",  "board",    "commission",   "assembly",
                    "conference",  "meeting",   "bureau",   "comité",   "consejo",      "conseil",
                    "comisión",    "groupe",    "plenary",  "parties",  "subcommittee", "conférence",
                    "conferencia", "junta",     "asamblea", "assemblée"}))
      return true;
  return false;
}

std::string CleanName(std::string_view phrase) {
  while (!phrase.empty() && (phrase.front() == ' ' || phrase.front() == ',')) phrase.remove_prefix(1);
  while (!phrase.empty() && (phrase.back() == ' ' || phrase.back() == ',')) phrase.remove_suffix(1);
  for (std::string_view article : {"the ", "The ", "le ",  "Le ",  "la ", "La ",   "les ",    "Les ",    "el ", "El ",
                                   "los ", "Los ", "las ", "Las ", "al ", "a la ", "l\u2019", "L\u2019", "l'",  "L'"}) {
    if (phrase.substr(0, article.size()) == article && phrase.size() > article.size()) {
      phrase.remove_prefix(article.size());
      break;
    }
  }
  std::string name(phrase);
  // A quantifier or a plain noun capitalised only because it opens the
  // sentence: "A number of delegates", "Several delegations", "Residents".
  const size_t space = name.find(' ');
  const std::string first = name.substr(0, space);
  static constexpr std::string_view kCommon[] = {
      "A",       "An",           "Several",     "Many",      "Some",       "One",         "Other",
      "Others",  "Most",         "All",         "Numerous",  "Delegates",  "Delegations", "Residents",
      "Members", "Participants", "Councillors", "Plusieurs", "Nombreuses", "De",          "Varias",
      "Varios",  "Algunas",      "Un",          "Une",       "Una"};
  if (std::find(std::begin(kCommon), std::end(kCommon), first) != std::end(kCommon))
    name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
  return name;
}

std::string BodyShortName(const std::string& body) {
  // Names whose second word is part of the name: "Comisión Directiva" is the club's board, a "Comisión" is any.
  for (std::string_view head : {"Working Group", "Groupe de travail", "Grupo de Trabajo", "Comisión Directiva",
                                "Junta Directiva", "Consejo Directivo"})
    if (body.find(head) != std::string::npos) return std::string(head);
  for (std::string_view head : {"Committee", "Council", "Board", "Commission", "Assembly", "Conference", "Comité",
                                "Consejo", "Conseil", "Comisión", "Bureau"}) {
    // "Council of the International Organization…": the first head named.
    if (body.find(head) != std::string::npos) return std::string(head);
  }
  return body;
}

std::string TextWithout(const Text& t, Range range, Range cut) {
  if (range.empty()) return {};
  const size_t from = t.words[range.begin].start, to = t.words[range.end - 1].end;
  std::string out;
  if (!cut.empty() && t.words[cut.begin].start >= from && t.words[cut.end - 1].end <= to) {
    out.append(t.text.substr(from, t.words[cut.begin].start - from));
    out.append(t.text.substr(t.words[cut.end - 1].end, to - t.words[cut.end - 1].end));
  } else {
    out.append(t.text.substr(from, to - from));
  }
  // Tidy what the cut left: ", ," and " ," and a dangling "namely:".
  std::string tidy;
  tidy.reserve(out.size());
  for (char c : out) {
    if (c == ' ' && !tidy.empty() && tidy.back() == ' ') continue;
    if (c == ',' && !tidy.empty() && tidy.back() == ' ') tidy.pop_back();
    if (c == ',' && !tidy.empty() && tidy.back() == ',') continue;
    tidy.push_back(c);
  }
  for (bool changed = true; changed;) {
    changed = false;
    while (!tidy.empty() && (tidy.back() == ' ' || tidy.back() == ',' || tidy.back() == ':' || tidy.back() == ';' ||
                             tidy.back() == '.')) {
      tidy.pop_back();
      changed = true;
    }
    while (!tidy.empty() && (tidy.front() == ' ' || tidy.front() == ',' || tidy.front() == ':')) {
      tidy.erase(0, 1);
      changed = true;
    }
    for (std::string_view tail : {" namely", " as follows", " notamment", " a saber", " to wit"}) {
      if (tidy.size() > tail.size() && tidy.compare(tidy.size() - tail.size(), tail.size(), tail) == 0) {
        tidy.resize(tidy.size() - tail.size());
        changed = true;
      }
    }
  }
  return tidy;
}

}  // namespace quorum::requests
