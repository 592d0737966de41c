// SPDX-License-Identifier: MIT
// Events: meetings, sessions, hearings, workshops, conferences... that
// the text singles out by an ordinal ("the fourth informal thematic
// session of the global compact", "the 14th meeting"), by a kind that
// names a series ("stocktaking meeting", "multi-stakeholder hearing"), by
// its organiser ("the IDM workshop") or by a proper name ("World
// Conference on Human Rights"). "The meeting", "its session" and plurals
// are not tagged: they single out nothing. The value is the name as
// printed, without the article; its date and place are separate entities.
#include <cctype>
#include <unordered_set>

#include "common/entities/entity_names.h"

namespace quorum::names {
namespace {

// Is `word` one of `options`? The lists below are looked up once per word
// of every paragraph, so each becomes a hash set on first use.
bool InSet(const std::string& word, const std::unordered_set<std::string_view>& set) { return set.count(word) > 0; }

bool OneOf(std::string_view word, std::initializer_list<std::string_view> options) {
  for (std::string_view option : options)
    if (word == option) return true;
  return false;
}

bool IsEventHead(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {
      "session",      "meeting",    "hearing",   "workshop",   "conference", "seminar",    "summit",  "forum",
      "consultation", "congress",   "symposium", "roundtable", "retreat",    "colloquium", "réunion", "séance",
      "atelier",      "conférence", "séminaire", "sommet",     "audition",   "sesión",     "reunión", "taller",
      "conferencia",  "consulta",   "seminario", "cumbre",     "foro",       "audiencia"};
  return InSet(word.lower, kWords);
}

bool IsOrdinal(const Word& word) {
  const std::string& lower = word.lower;
  static const std::initializer_list<std::string_view> kOrdinals = {
      "first",       "second",     "third",      "fourth",    "fifth",      "sixth",      "seventh",   "eighth",
      "ninth",       "tenth",      "eleventh",   "twelfth",   "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",  "fortieth",   "fiftieth",  "sixtieth",
      "seventieth",  "eightieth",  "ninetieth",  "next",      "première",   "premier",    "deuxième",  "troisième",
      "quatrième",   "cinquième",  "sixième",    "septième",  "huitième",   "neuvième",   "dixième",   "seconde",
      "prochaine",   "prochain",   "primera",    "primer",    "segunda",    "tercera",    "cuarta",    "quinta",
      "sexta",       "séptima",    "octava",     "novena",    "décima",     "próxima",    "próximo"};
  if (OneOf(lower, kOrdinals)) return true;
  // "twenty-first", "13th", "1st", "22nd", "3rd".
  const size_t dash = lower.rfind('-');
  if (dash != std::string::npos && OneOf(lower.substr(dash + 1), kOrdinals)) return true;
  size_t digits = 0;
  while (digits < lower.size() && std::isdigit(static_cast<unsigned char>(lower[digits]))) ++digits;
  const std::string suffix = lower.substr(digits);
  return digits > 0 && digits <= 3 && OneOf(suffix, {"st", "nd", "rd", "th", "e", "er", "re", "ème"});
}

// Kinds of meeting that name a series even without an ordinal.
bool IsSeriesKind(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {
      "thematic",    "stocktaking", "multi-stakeholder", "side",        "regional",       "intergovernmental",
      "ministerial", "high-level",  "plenary",           "preparatory", "intersessional", "consultative",
      "expert",      "informal"};
  return InSet(word.lower, kWords);
}

// French and Spanish adjectives after the head: "consultation régionale".
bool IsPostAdjective(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {
      "régionale", "régional",  "thématique",   "informelle", "extraordinaire", "mondiale",
      "plénière",  "ordinaire", "préparatoire", "temática",   "extraordinaria", "ordinaria",
      "plenaria",  "mundial",   "preparatoria", "informal"};
  return InSet(word.lower, kWords);
}

bool IsQuantifier(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {"every",   "each",  "any",   "all",    "such",
                                                              "these",   "those", "two",   "three",  "four",
                                                              "several", "many",  "other", "chaque", "cada"};
  return InSet(word.lower, kWords);
}

// The series after a head: "of the Working Group on the Universal
// Periodic Review" (a capitalised name) or "of the global compact," (a
// few lower-case words closed by punctuation). Returns the end, or i.
size_t Series(std::string_view text, const std::vector<Word>& words, size_t i) {
  if (!Is(words, i, {"of"}) || !Is(words, i + 1, {"the"}) || i + 2 >= words.size() || !words[i].spaced) return i;
  size_t k = i + 2;
  if (words[k].capital) {
    size_t end = k;
    while (k < words.size() && words[k].spaced && (words[k].capital || IsNameJoiner(words[k]))) {
      if (words[k].capital) end = k + 1;
      ++k;
    }
    return end;
  }
  for (size_t n = 0; n < 3 && k < words.size() && words[k].spaced && !words[k].capital; ++n, ++k) {
    if (k + 1 == words.size() || text.substr(words[k].end, 1).find_first_of(",.;:)") == 0) return k + 1;
  }
  return i;
}

// A capitalised name ending before words[head] (or including it when the
// head itself is capitalised): the start of the name, or head.
size_t NameBefore(std::string_view text, const std::vector<Word>& words, size_t head) {
  size_t start = head;
  size_t k = head;
  while (k > 0) {
    const Word& previous = words[k - 1];
    const std::string_view gap = text.substr(previous.end, words[k].start - previous.end);
    const bool initials = previous.key.size() == 1 && (gap == "." || gap == ".\u2013" || gap == ". ");
    const bool bracket = gap == ") " || gap == " (";
    if (!(words[k].spaced || initials || bracket || gap == "\u2013" || gap == "-")) break;
    if (previous.capital && !IsFunctionWord(previous)) {
      start = k - 1;
    } else if (!Is(words, k - 1, {"of", "on", "for", "de", "la", "du", "des", "del"})) {
      break;  // not over "and" or "the": "IOM and the Global Forum" is two names
    }
    --k;
  }
  return start;
}

// "COP 13", "COP-4", "SB 24", "INC-5": a series of sessions named by its
// acronym and the session's number. Returns the number of words (0: none)
// and the value, "COP 13".
size_t NumberedSession(std::string_view text, const std::vector<Word>& words, size_t i, std::string* value) {
  const Word& word = words[i];
  if (!word.all_caps || word.key.size() > 10) return 0;
  // Not numbered clauses, standards, strains or sums: "ISO 9001",
  // "COVID-19", "USD 5 million".
  if (OneOf(word.key.substr(0, word.key.find('-')),
            {"ISO", "COVID", "ICD", "ARTICLE", "RULE", "ITEM", "SECTION", "USD", "EUR", "CHF", "GBP", "JPY", "QAR",
             "ZAR", "CAD",   "AUD", "CNY",     "INR",  "SAR",  "SEK",     "NOK", "DKK", "MXN", "BRL", "XOF", "XAF"}))
    return 0;
  const auto small_number = [](std::string_view digits) {
    if (digits.empty() || digits.size() > 2) return false;
    for (char c : digits)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return digits[0] != '0';
  };
  const size_t dash = word.key.find('-');
  std::string_view letters = std::string_view(word.key).substr(0, dash);
  if (letters.size() < 2 || letters.size() > 6) return 0;
  // Headings in capitals ("HELD ON 18 SEPTEMBER", "LE 28 AOÛT") and
  // encodings ("UTF-8") are no sessions.
  Word cased;
  cased.key = TitleCase(letters);
  if (IsFunctionWord(cased) || letters == "UTF" || (i > 0 && words[i - 1].all_caps)) return 0;
  for (char c : letters)
    if (c < 'A' || c > 'Z') return 0;
  size_t count = 0;
  std::string_view number;
  if (dash != std::string::npos) {
    number = std::string_view(word.key).substr(dash + 1);
    count = 1;
  } else if (i + 1 < words.size() && words[i + 1].spaced) {
    number = words[i + 1].key;
    count = 2;
  }
  if (!small_number(number)) return 0;
  if (i + count < words.size() && words[i + count].all_caps && words[i + count].spaced) return 0;
  // "FCCC/SBSTA/2002/L.24" and "COP 13/CP.2" are symbols, not sessions.
  const size_t end = words[i + count - 1].end;
  if (end < text.size() && (text[end] == '/' || (text[end] == '.' && end + 1 < text.size() &&
                                                 std::isdigit(static_cast<unsigned char>(text[end + 1])))))
    return 0;
  if (word.start > 0 && text[word.start - 1] == '/') return 0;
  *value = std::string(letters) + " " + std::string(number);
  return count;
}

bool IsMonth(const Word& word) {
  if (!word.capital) return false;
  static const std::unordered_set<std::string_view> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",       "July",    "August",    "September",
      "October", "November", "December",  "Janvier", "Février",  "Mars",       "Avril",   "Mai",       "Juin",
      "Juillet", "Août",     "Septembre", "Octobre", "Novembre", "Décembre",   "Enero",   "Febrero",   "Marzo",
      "Abril",   "Mayo",     "Junio",     "Julio",   "Agosto",   "Septiembre", "Octubre", "Noviembre", "Diciembre"};
  return kMonths.count(word.key) > 0;
}

// "the May Inflation Report", "the November Monetary Policy Report": a
// body's recurring publication named with the month it comes out.
size_t MonthlyPublication(const std::vector<Word>& words, size_t i) {
  if (!IsMonth(words[i]) || i == 0 || !Is(words, i - 1, {"the", "its", "our"})) return 0;
  size_t k = i + 1;
  while (k < words.size() && k < i + 5 && words[k].spaced && words[k].capital && !words[k].all_caps) {
    if (Is(words, k, {"report", "review", "bulletin", "survey", "outlook", "projections", "statement", "forecast"}))
      return k + 1 - i;
    ++k;
  }
  return 0;
}

}  // namespace

void TagEvents(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out) {
  for (size_t i = 0; i < words.size(); ++i) {
    std::string value;
    size_t length = NumberedSession(text, words, i, &value);
    if (length == 0 && (length = MonthlyPublication(words, i)) > 0)
      value = Normalised(text.substr(words[i].start, words[i + length - 1].end - words[i].start));
    if (length == 0) continue;
    out->push_back({entity_type::kEvent, words[i].start, words[i + length - 1].end, value});
    i += length - 1;
  }
  // "réunion Cotech", "séance Copil": French and Spanish name the meeting
  // after its head.
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].capital || !Is(words, i, {"réunion", "séance", "atelier", "reunión", "sesión", "taller"}) ||
        !words[i + 1].spaced || !words[i + 1].capital || IsFunctionWord(words[i + 1]))
      continue;
    size_t end = i + 2;
    while (end < words.size() && words[end].spaced && words[end].capital && !IsFunctionWord(words[end])) ++end;
    out->push_back({entity_type::kEvent, words[i].start, words[end - 1].end,
                    Normalised(text.substr(words[i].start, words[end - 1].end - words[i].start))});
    i = end - 1;
  }
  size_t done = 0;  // words before this are inside an event already
  for (size_t head = 0; head < words.size(); ++head) {
    if (!IsEventHead(words[head]) || head < done) continue;
    size_t end = head + 1;
    while (end < words.size() && words[end].spaced && IsPostAdjective(words[end])) ++end;
    size_t start = head;
    // Back over the modifiers: "fourth informal thematic", "sixth and final thematic".
    size_t k = head;
    bool ordinal = false, series_kind = false;
    size_t first_kind = head;  // leftmost series word: "upcoming stocktaking meeting" is a "stocktaking meeting"
    while (k > 0 && head - k < 5 && words[k].spaced && !words[k - 1].capital) {
      const Word& previous = words[k - 1];
      if (IsOrdinal(previous)) {
        ordinal = true;
        start = k - 1;
        if (k >= 3 && Is(words, k - 2, {"and"}) && IsOrdinal(words[k - 3])) start = k - 3;
        break;
      }
      if (Is(words, k - 1, {"and"}) && k >= 2 && IsOrdinal(words[k - 2])) {
        ordinal = true;  // "sixth and final thematic session"
        start = k - 2;
        break;
      }
      if (IsFunctionWord(previous) || IsNameJoiner(previous) || IsQuantifier(previous) ||
          std::isdigit(static_cast<unsigned char>(previous.key[0])))
        break;
      if (IsSeriesKind(previous)) {
        series_kind = true;
        first_kind = k - 1;
      }
      --k;
    }
    if (k > 0 && !ordinal && words[k].spaced && IsOrdinal(words[k - 1])) {
      ordinal = true;  // "Fourth Global Forum": capitalised ordinal
      start = k - 1;
    }
    if (!ordinal) start = series_kind ? first_kind : head;
    // "conférence mondiale", "consultation régionale": the kind after the head.
    series_kind = series_kind || end > head + 1;
    // A name before the head: "Doha Forum", "Working Group meeting",
    // "International Dialogue on Migration (IDM) workshop".
    const size_t name = NameBefore(text, words, start == head && words[head].capital ? head : start);
    bool named = name < start || (words[head].capital && start == head && head > 0 && words[head - 1].capital);
    if (name < start) {
      if (!ordinal && name > 0 && IsOrdinal(words[name - 1]) && words[name].spaced) {
        ordinal = true;
        start = name - 1;
      } else {
        start = name;
      }
    }
    if (!ordinal && !series_kind && !named) continue;
    // A "Congress" is a legislature unless numbered: "Thirteenth United Nations Congress".
    if (Is(words, head, {"congress"}) && !IsOrdinal(words[start])) continue;
    if (start > 0 && IsQuantifier(words[start - 1])) continue;
    // A body's own name ("Global Forum on Migration and Development") is an organisation.
    std::string ignored;
    if (!ordinal && start + MatchOrganization(words, start, &ignored) > head) continue;
    // "Standing Conference of the Ministers ...", "Organization of ... Conference": a body.
    if (!ordinal && words[head].capital &&
        (IsOrganizationHead(words[start].key) || Is(words, head - 1, {"standing", "permanent"})))
      continue;
    if (words[head].capital) {
      // "World Conference on Human Rights", "Doha Conference for Interfaith Dialogue".
      if (Is(words, end, {"on", "for", "against"}) && end + 1 < words.size() && words[end + 1].capital) {
        size_t run = end + 1;
        while (run < words.size() && words[run].spaced && (words[run].capital || IsNameJoiner(words[run])) &&
               !(Is(words, run, {"and"}) && Is(words, run + 1, {"the"})))
          ++run;
        while (run > end + 1 && !words[run - 1].capital) --run;
        end = run;
      }
    }
    end = std::max(end, Series(text, words, end));
    out->push_back({entity_type::kEvent, words[start].start, words[end - 1].end,
                    Normalised(text.substr(words[start].start, words[end - 1].end - words[start].start))});
    done = end;
  }
}

}  // namespace quorum::names
