// SPDX-License-Identifier: MIT
// Agenda recovery; see common/layout/agenda.h.
#include "common/layout/agenda.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "common/layout/note_header.h"
#include "common/text/language.h"
#include "common/text/note_lines.h"

namespace quorum {
namespace {

constexpr std::array<std::string_view, 4> kAgendaWords = {"agenda", "ordre du jour", "orden del día", "programa"};

// Content words of `text`: folded, at least three letters, not function words.
std::set<std::string> ContentWords(std::string_view text) {
  std::set<std::string> words;
  const std::string folded = Folded(text);
  std::string word;
  auto flush = [&] {
    // "iom's" -> "iom": a possessive should not stop a heading matching.
    if (const size_t apostrophe = word.find('\''); apostrophe != std::string::npos) word.resize(apostrophe);
    if (word.size() >= 3 && !IsStopWordOfAnyLanguage(word)) words.insert(word);
    word.clear();
  };
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 || c == '\'') {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// Cleans an inline item's title: "update on X; " -> "update on X".
std::string CleanItemTitle(std::string_view text) {
  std::string title(Trim(text));
  for (bool changed = true; changed && !title.empty();) {
    changed = false;
    for (std::string_view tail : {" and", " et", " y", ";", ",", ".", ":"}) {
      if (title.size() >= tail.size() && title.compare(title.size() - tail.size(), tail.size(), tail) == 0) {
        title.resize(title.size() - tail.size());
        title = std::string(Trim(title));
        changed = true;
      }
    }
  }
  return title;
}

// Reads "<number>" then a separator (":", ".", " ") at text[*i].
std::optional<std::string> ReadItemNumber(std::string_view text, size_t* i) {
  size_t j = *i;
  while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == '.')) ++j;
  if (j == *i) return std::nullopt;
  std::string label(text.substr(*i, j - *i));
  while (!label.empty() && label.back() == '.') label.pop_back();
  if (label.empty()) return std::nullopt;
  *i = j;
  return label;
}

}  // namespace

std::vector<AgendaItem> FindInlineAgenda(std::string_view text) {
  const std::string folded = Folded(text);
  // Only ASCII-preserving folds keep offsets; else look in the original.
  const std::string_view haystack = folded.size() == text.size() ? std::string_view(folded) : text;
  size_t keyword = std::string_view::npos;
  for (std::string_view word : kAgendaWords) keyword = std::min(keyword, haystack.find(word));
  if (keyword == std::string_view::npos) return {};
  std::vector<AgendaItem> items;
  std::vector<size_t> starts;  // byte offset of each "(x)" marker
  char expected = 'a';
  for (size_t at = haystack.find('(', keyword); at != std::string_view::npos; at = haystack.find('(', at + 1)) {
    if (at + 2 < text.size() && text[at + 1] == expected && text[at + 2] == ')') {
      starts.push_back(at);
      items.push_back({std::string(1, expected), ""});
      ++expected;
    }
  }
  if (items.size() < 2) return {};
  for (size_t k = 0; k < items.size(); ++k) {
    const size_t begin = starts[k] + 3;
    const size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
    items[k].title = CleanItemTitle(text.substr(begin, end - begin));
  }
  return items;
}

bool IsAgendaBlockHeading(std::string_view text) {
  std::string folded = Folded(Trim(text));
  while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
  for (std::string_view prefix : {"", "provisional ", "draft ", "annotated "})
    for (std::string_view word : kAgendaWords)
      if (folded == std::string(prefix) + std::string(word)) return true;
  return folded == "ordre du jour provisoire" || folded == "orden del día provisional";
}

std::optional<AgendaItem> ParseItemHeading(std::string_view text) {
  const std::string folded = AsciiLower(text);  // offsets must stay those of `text`
  for (std::string_view lead : {"agenda item ", "item ", "point ", "tema "}) {
    if (folded.rfind(lead, 0) != 0) continue;
    size_t i = lead.size();
    std::optional<std::string> label = ReadItemNumber(text, &i);
    if (!label) return std::nullopt;
    while (i < text.size() && (text[i] == ' ' || text[i] == ':' || text[i] == '.' || text[i] == '-')) ++i;
    if (i >= text.size()) return std::nullopt;
    return AgendaItem{*label, CleanItemTitle(text.substr(i))};
  }
  return std::nullopt;
}

std::optional<AgendaItem> FindDocumentAgendaItem(std::string_view text) {
  const std::string folded = AsciiLower(text);  // "Twenty–fourth session Agenda item 6 …"
  const size_t at = folded.find("agenda item ");
  if (at == std::string::npos) return std::nullopt;
  size_t i = at + 12;
  std::optional<std::string> label = ReadItemNumber(text, &i);
  if (!label) return std::nullopt;
  return AgendaItem{*label, CleanItemTitle(text.substr(i))};
}

std::string MatchOpeningToAgenda(std::string_view text, const std::vector<AgendaItem>& unheaded) {
  constexpr size_t kOpeningWords = 24, kStemBytes = 4;
  if (!FindInlineAgenda(text).empty()) return {};  // the paragraph that lists the agenda
  size_t end = 0;
  for (size_t words = 0; end < text.size() && words < kOpeningWords; ++end)
    if (text[end] == ' ') ++words;
  std::set<std::string> opening;
  for (const std::string& word : ContentWords(text.substr(0, end))) opening.insert(word.substr(0, kStemBytes));
  for (const AgendaItem& item : unheaded) {
    const std::set<std::string> title_words = ContentWords(item.title);
    bool all = !title_words.empty();
    for (const std::string& word : title_words) all = all && opening.count(word.substr(0, kStemBytes));
    if (all) return item.label;
  }
  return {};
}

std::string MatchHeadingToAgenda(std::string_view heading, const std::vector<AgendaItem>& agenda) {
  const std::set<std::string> heading_words = ContentWords(heading);
  std::string best;
  double best_share = 0.5 - 1e-9;
  for (const AgendaItem& item : agenda) {
    const std::set<std::string> title_words = ContentWords(item.title);
    if (title_words.empty()) continue;
    size_t common = 0;
    for (const std::string& w : title_words) common += heading_words.count(w);
    const double share = static_cast<double>(common) / static_cast<double>(title_words.size());
    if (share > best_share) {
      best_share = share;
      best = item.label;
    }
  }
  return best;
}

bool IsInstrumentDesignation(std::string_view text) {
  text = Trim(text);
  if (text.ends_with('.')) text.remove_suffix(1);
  if (WordCount(text) > 5) return false;
  const std::string lower = AsciiLower(text);
  size_t at = std::string::npos;
  for (std::string_view kind : {"ord. ", "ordinance ", "res. ", "resolution ", "file ", "bill ", "motion ",
                                "d\u00E9lib\u00E9ration ", "resoluci\u00F3n ", "ordenanza ", "acuerdo "})
    if (lower.starts_with(kind)) at = kind.size();
  if (at == std::string::npos) return false;
  bool numbered = false;  // "No.", "n°", "N.º", "Nº" before the number
  for (std::string_view sign : {"no. ", "no ", "n\u00B0 ", "n\u00B0", "n.\u00BA ", "n\u00BA "})
    if (!numbered && lower.compare(at, sign.size(), sign) == 0) {
      at += sign.size();
      numbered = true;
    }
  // The number: digits, and the year or series after a dash or slash ("352-98", "12/2020").
  const std::string_view number = std::string_view(lower).substr(at);
  return numbered && !number.empty() && std::isdigit(static_cast<unsigned char>(number.front())) &&
         number.find_first_not_of("0123456789-/.") == std::string_view::npos;
}

}  // namespace quorum
