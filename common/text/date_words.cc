// SPDX-License-Identifier: MIT
// Word tables of the date grammar. Words are compared lower-cased (ASCII and
// the accented capitals of Latin-1), with and without their accents where
// writers drop them ("fevrier", "miercoles").
#include "common/text/date_words.h"

#include <cctype>
#include <initializer_list>
#include <unordered_map>

namespace quorum::date_words {
namespace {

struct Row {
  std::string_view word;
  int value;
};

constexpr Row kMonthNames[] = {
    {"january", 1},   {"janvier", 1},   {"enero", 1},     {"february", 2},  {"février", 2},    {"fevrier", 2},
    {"febrero", 2},   {"march", 3},     {"mars", 3},      {"marzo", 3},     {"april", 4},      {"avril", 4},
    {"abril", 4},     {"may", 5},       {"mai", 5},       {"mayo", 5},      {"june", 6},       {"juin", 6},
    {"junio", 6},     {"july", 7},      {"juillet", 7},   {"julio", 7},     {"august", 8},     {"août", 8},
    {"aout", 8},      {"agosto", 8},    {"september", 9}, {"septembre", 9}, {"septiembre", 9}, {"setiembre", 9},
    {"october", 10},  {"octobre", 10},  {"octubre", 10},  {"november", 11}, {"novembre", 11},  {"noviembre", 11},
    {"december", 12}, {"décembre", 12}, {"decembre", 12}, {"diciembre", 12}};

constexpr Row kMonthAbbreviations[] = {
    {"jan", 1}, {"janv", 1}, {"ene", 1},  {"feb", 2}, {"febr", 2}, {"fév", 2},  {"fev", 2},  {"févr", 2},  {"fevr", 2},
    {"mar", 3}, {"apr", 4},  {"avr", 4},  {"abr", 4}, {"jun", 6},  {"jul", 7},  {"juil", 7}, {"juill", 7}, {"aug", 8},
    {"ago", 8}, {"sep", 9},  {"sept", 9}, {"set", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}, {"déc", 12},  {"dic", 12}};

constexpr Row kWeekdays[] = {
    {"monday", 1}, {"mon", 1},      {"tuesday", 2}, {"tue", 2},       {"tues", 2},      {"wednesday", 3},
    {"wed", 3},    {"thursday", 4}, {"thu", 4},     {"thur", 4},      {"thurs", 4},     {"friday", 5},
    {"fri", 5},    {"saturday", 6}, {"sat", 6},     {"sunday", 7},    {"sun", 7},       {"lundi", 1},
    {"lun", 1},    {"mardi", 2},    {"mar", 2},     {"mercredi", 3},  {"mer", 3},       {"jeudi", 4},
    {"jeu", 4},    {"vendredi", 5}, {"ven", 5},     {"samedi", 6},    {"sam", 6},       {"dimanche", 7},
    {"dim", 7},    {"lunes", 1},    {"martes", 2},  {"miércoles", 3}, {"miercoles", 3}, {"mié", 3},
    {"mie", 3},    {"jueves", 4},   {"jue", 4},     {"viernes", 5},   {"vie", 5},       {"sábado", 6},
    {"sabado", 6}, {"sáb", 6},      {"sab", 6},     {"domingo", 7},   {"dom", 7}};

constexpr Row kTensWithUnit[] = {{"twenty", 20}, {"thirty", 30}};

constexpr Row kTensAlone[] = {{"vigésimo", 20}, {"vigesimo", 20}, {"trigésimo", 30}, {"trigesimo", 30}};

constexpr Row kOrdinals[] = {{"first", 1},
                             {"second", 2},
                             {"third", 3},
                             {"fourth", 4},
                             {"fifth", 5},
                             {"sixth", 6},
                             {"seventh", 7},
                             {"eighth", 8},
                             {"ninth", 9},
                             {"tenth", 10},
                             {"eleventh", 11},
                             {"twelfth", 12},
                             {"thirteenth", 13},
                             {"fourteenth", 14},
                             {"fifteenth", 15},
                             {"sixteenth", 16},
                             {"seventeenth", 17},
                             {"eighteenth", 18},
                             {"nineteenth", 19},
                             {"twentieth", 20},
                             {"thirtieth", 30},
                             {"premier", 1},
                             {"primero", 1},
                             {"primera", 1},
                             {"segundo", 2},
                             {"segunda", 2},
                             {"tercero", 3},
                             {"tercera", 3},
                             {"cuarto", 4},
                             {"cuarta", 4},
                             {"quinto", 5},
                             {"quinta", 5},
                             {"sexto", 6},
                             {"sexta", 6},
                             {"séptimo", 7},
                             {"septimo", 7},
                             {"séptima", 7},
                             {"septima", 7},
                             {"octavo", 8},
                             {"octava", 8},
                             {"noveno", 9},
                             {"novena", 9},
                             {"décimo", 10},
                             {"decimo", 10},
                             {"décima", 10},
                             {"decima", 10},
                             {"undécimo", 11},
                             {"undecimo", 11},
                             {"duodécimo", 12},
                             {"duodecimo", 12},
                             {"decimotercero", 13},
                             {"decimocuarto", 14},
                             {"decimoquinto", 15},
                             {"decimosexto", 16},
                             {"decimoséptimo", 17},
                             {"decimoseptimo", 17},
                             {"decimoctavo", 18},
                             {"decimonoveno", 19},
                             // Ordinals that name quarters and halves more than days.
                             {"primer", 1},
                             {"tercer", 3},
                             {"deuxième", 2},
                             {"deuxieme", 2},
                             {"troisième", 3},
                             {"troisieme", 3},
                             {"quatrième", 4},
                             {"quatrieme", 4}};

template <size_t N>
int Find(std::string_view word, const Row (&rows)[N]) {
  for (const Row& row : rows)
    if (row.word == word) return row.value;
  return 0;
}

bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (w == word) return true;
  return false;
}

}  // namespace

std::string Lower(std::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      out[i] = static_cast<char>(std::tolower(c));
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

int Month(std::string_view w, bool* ambiguous, bool* full) {
  if (w.size() < 3 || w.size() > 10) return 0;
  // Full names: English, French, Spanish.
  int month = Find(w, kMonthNames);
  *full = month != 0;
  // Abbreviations, with or without their dot (the scanner drops the dot).
  if (!month) month = Find(w, kMonthAbbreviations);
  // Words that are also verbs, nouns or adjectives in running text.
  *ambiguous = OneOf(w, {"may", "march", "mar", "ago", "august", "set", "jan"});
  return month;
}

int Weekday(std::string_view w) { return Find(w, kWeekdays); }

int OrdinalWord(std::string_view w, bool* tens, bool* alone) {
  *tens = false;
  *alone = true;
  if (const int t = Find(w, kTensWithUnit)) {
    *tens = true;
    *alone = false;
    return t;
  }
  if (const int t = Find(w, kTensAlone)) {
    *tens = true;
    return t;
  }
  return Find(w, kOrdinals);
}

bool IsOrdinalSuffix(std::string_view w) {
  return OneOf(w, {"st", "nd", "rd", "th", "er", "re", "e",  "ème", "eme", "\u00BA", "\u00AA", "\u00B0", "o",
                   "a",  "ro", "do", "to", "mo", "vo", "no", "ma",  "era", "ero",    "avo",    "ava"});
}

bool IsLink(std::string_view w) { return OneOf(w, {"of", "de", "del"}); }

bool IsRangeJoin(std::string_view w) {
  return OneOf(w, {"-", "to", "through", "thru", "until", "till", "au", "à", "a", "al", "hasta"});
}

bool IsAnd(std::string_view w) { return OneOf(w, {"and", "or", "&", "et", "ou", "y", "o"}); }

bool IsArticle(std::string_view w) { return OneOf(w, {"the", "le", "el"}); }

bool IsMonthLead(std::string_view w) {
  return OneOf(w, {"in",      "of",     "since", "until", "till",  "by",      "from",    "during", "before",
                   "after",   "early",  "late",  "mid",   "past",  "last",    "next",    "this",   "en",
                   "depuis",  "durant", "dès",   "avant", "après", "fin",     "début",   "desde",  "hasta",
                   "durante", "de",     "antes", "mes",   "mois",  "through", "between", "entre",  "month"});
}

bool IsYearLead(std::string_view w) {
  return OneOf(w, {"in",      "since", "during", "by",     "until", "till",     "for",     "of",   "from",
                   "through", "the",   "its",    "before", "after", "declared", "early",   "late", "mid",
                   "year",    "en",    "depuis", "durant", "année", "avant",    "après",   "dès",  "le",
                   "durante", "desde", "hasta",  "el",     "año",   "antes",    "between", "entre"});
}

bool IsCountNoun(std::string_view w) {
  return OneOf(w,
               {"people",    "persons",       "children", "women",   "men",   "cases",     "members",  "households",
                "families",  "hectares",      "km",       "dollars", "euros", "personnes", "personas", "participants",
                "delegates", "participantes", "votes",    "votos",   "voix",  "pages",     "copies",   "staff",
                "students",  "refugees",      "migrants", "units"});
}

int Direction(std::string_view w, bool after) {
  if (OneOf(w, {"prochain", "prochaine", "próximo", "proximo", "próxima", "proxima"})) return 1;
  if (OneOf(w, {"dernier", "dernière", "derniere", "pasado", "pasada"})) return -1;
  if (after) return 0;
  if (w == "next") return 1;
  if (w == "last" || w == "past") return -1;
  return 0;
}

bool IsYearWord(std::string_view w) { return OneOf(w, {"year", "année", "año"}); }
bool IsThis(std::string_view w) { return OneOf(w, {"this", "cette", "este", "ce"}); }
bool IsMonthOf(std::string_view w) { return OneOf(w, {"mes", "mois", "month", "de", "du", "of", "the"}); }
bool IsBetween(std::string_view w) { return OneOf(w, {"between", "entre"}); }

bool IsPeriodLead(std::string_view w) {
  return OneOf(w, {"the", "le", "la", "du", "au", "el", "del", "al", "en", "in", "during", "this", "ce", "este"});
}

bool IsNumberWord(std::string_view w) {
  return OneOf(
      w, {"no",  "nº",     "n°",     "nos", "number", "schedule", "article", "art", "l",      "r",      "d",      "núm",
          "num", "número", "numéro", "ref", "report", "law",      "loi",     "ley", "decree", "décret", "decreto"});
}

int PeriodMonths(std::string_view w) {
  if (OneOf(w, {"quarter", "trimestre"})) return 3;
  if (OneOf(w, {"half", "semestre"})) return 6;
  return 0;
}

const WordInfo* Lookup(std::string_view lower) {
  // Built once from the tables above: the scanner asks for every word of
  // every paragraph, and one hash look-up is far cheaper than the tables'
  // linear scans.
  static const auto* const kIndex = [] {
    auto* index = new std::unordered_map<std::string_view, WordInfo>();
    auto add = [&](std::string_view word) {
      WordInfo info;
      info.month = Month(word, &info.ambiguous, &info.full);
      info.weekday = Weekday(word);
      info.ordinal = OrdinalWord(word, &info.tens, &info.alone);
      (*index)[word] = info;
    };
    for (const Row& row : kMonthNames) add(row.word);
    for (const Row& row : kMonthAbbreviations) add(row.word);
    for (const Row& row : kWeekdays) add(row.word);
    for (const Row& row : kTensWithUnit) add(row.word);
    for (const Row& row : kTensAlone) add(row.word);
    for (const Row& row : kOrdinals) add(row.word);
    return index;
  }();
  const auto it = kIndex->find(lower);
  return it == kIndex->end() ? nullptr : &it->second;
}

}  // namespace quorum::date_words
