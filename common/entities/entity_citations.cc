// SPDX-License-Identifier: MIT
// Resolutions, decisions and document symbols. A citation is found by its
// keyword ("resolution", "résolution", "resolución", "decision") and the
// number after it; the issuing body is the run of capitalised words before
// the keyword. A short form later in the note ("Resolution No. 1309",
// "that resolution") takes the value of the full citation it abbreviates.
#include <algorithm>
#include <cctype>

#include "common/entities/entity_tagger.h"
#include "common/text/date.h"

namespace quorum {
namespace {

bool IsSymbolChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '/'; }

bool StartsWithCi(std::string_view text, size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != static_cast<unsigned char>(word[i]) &&
        text[at + i] != word[i])
      return false;
  return true;
}

size_t SkipSpaces(std::string_view text, size_t i) {
  while (i < text.size() && (text[i] == ' ' || text.substr(i, 2) == "\u00A0")) i += text[i] == ' ' ? 1u : 2u;
  return i;
}

bool WordBoundaryBefore(std::string_view text, size_t at) {
  return at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
}

// A resolution number at text[i]: "1309", "71/1", "1/CP.16", "2005/217",
// or a lettered one with a slash and a digit, "OM/7/101".
size_t NumberEnd(std::string_view text, size_t i) {
  if (i >= text.size()) return i;
  if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
    if (!std::isupper(static_cast<unsigned char>(text[i]))) return i;
    size_t j = i;
    while (j < text.size() && IsSymbolChar(text[j])) ++j;
    const std::string_view candidate = text.substr(i, j - i);
    if (candidate.find('/') == std::string_view::npos ||
        candidate.find_first_of("0123456789") == std::string_view::npos)
      return i;
  }
  size_t j = i;
  while (j < text.size() && (IsSymbolChar(text[j]))) ++j;
  while (j > i && (text[j - 1] == '.' || text[j - 1] == '/')) --j;
  // A city's or a board's series after a dash: "1101-09", "352-98",
  // "2019-045" (two digits or more, so a range "1-3" stays a range).
  if (j + 2 < text.size() && text[j] == '-') {
    size_t k = j + 1;
    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
    if (k >= j + 3 && (k == text.size() || !std::isalpha(static_cast<unsigned char>(text[k])))) j = k;
  }
  return j;
}

// The issuing body: capitalised words (and "and", "of", "on") right before `at`.
std::string IssuerBefore(std::string_view text, size_t at, size_t* start) {
  size_t begin = at;
  size_t i = at;
  int words = 0;
  while (i > 0 && words < 6) {
    size_t end = i;
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t word_start = end;
    while (word_start > 0 && (std::isalpha(static_cast<unsigned char>(text[word_start - 1])) ||
                              static_cast<unsigned char>(text[word_start - 1]) >= 0x80))
      --word_start;
    const std::string_view word = text.substr(word_start, end - word_start);
    if (word.empty()) break;
    const bool capital = std::isupper(static_cast<unsigned char>(word[0]));
    const bool joiner = word == "and" || word == "of" || word == "on";
    if (!capital && !joiner) break;
    if (capital) begin = word_start;
    i = word_start;
    ++words;
  }
  *start = begin;
  std::string issuer(text.substr(begin, at - begin));
  while (!issuer.empty() && issuer.back() == ' ') issuer.pop_back();
  // "the Council" / "Member States" are not issuers of resolutions on their own.
  if (issuer == "The" || issuer == "In" || issuer == "Under") issuer.clear();
  return issuer;
}

// Issuers as French and Spanish print them, by their English names, so a
// citation has one value in every language of the index.
constexpr std::pair<std::string_view, std::string_view> kIssuers[] = {
    {"Conseil", "Council"},
    {"Consejo", "Council"},
    {"Assemblée générale", "General Assembly"},
    {"Asamblea General", "General Assembly"},
    {"Conseil de sécurité", "Security Council"},
    {"Consejo de Seguridad", "Security Council"},
    {"Conseil des droits de l\u2019homme", "Human Rights Council"},
    {"Conseil des droits de l'homme", "Human Rights Council"},
    {"Consejo de Derechos Humanos", "Human Rights Council"},
};

std::string EnglishIssuer(const std::string& issuer) {
  for (const auto& [printed, english] : kIssuers)
    if (issuer == printed) return std::string(english);
  return issuer;
}

// Keywords, most specific first, and the kind of instrument each names.
// The abbreviations of a council's journal ("Res. No. 73-10", "Ord. No.
// 352-98") count only before a number sign.
struct Keyword {
  std::string_view word;
  std::string_view kind;
  bool abbreviation = false;
};
constexpr Keyword kKeywords[] = {
    {"resolutions", "resolution"}, {"resolution", "resolution"}, {"résolution", "resolution"},
    {"resolución", "resolution"},  {"decisions", "decision"},    {"decision", "decision"},
    {"décision", "decision"},      {"decisión", "decision"},     {"ordinances", "ordinance"},
    {"ordinance", "ordinance"},    {"ordenanza", "ordinance"},   {"res.", "resolution", true},
    {"ord.", "ordinance", true},
};

void TagResolutions(std::string_view text, EntityContext* context, std::vector<EntitySpan>* out) {
  for (size_t at = 0; at < text.size(); ++at) {
    const Keyword* cited = nullptr;
    for (const Keyword& k : kKeywords)
      if (WordBoundaryBefore(text, at) && StartsWithCi(text, at, k.word)) {
        cited = &k;
        break;
      }
    if (!cited) continue;
    const std::string_view keyword = cited->word;
    size_t i = SkipSpaces(text, at + keyword.size());
    // French and Spanish name the issuer after the keyword: "résolution du
    // Conseil n° 214", "Resolución del Consejo N.º 198".
    std::string issuer_after;
    for (std::string_view lead : {"du ", "de la ", "del ", "de l\u2019", "of the "}) {
      if (text.substr(i, lead.size()) != lead) continue;
      size_t j = i + lead.size();
      while (j < text.size() && std::isupper(static_cast<unsigned char>(text[j]))) {
        size_t word_end = j;
        while (word_end < text.size() && text[word_end] != ' ' && text[word_end] != ',') ++word_end;
        issuer_after += (issuer_after.empty() ? "" : " ") + std::string(text.substr(j, word_end - j));
        j = SkipSpaces(text, word_end);
        if (text.substr(j, 1) == "N" || text.substr(j, 1) == "n") break;
      }
      if (!issuer_after.empty()) i = j;
      break;
    }
    // "No. 1309", "n° 214", "N.º 198", "No 12"
    bool number_sign = false;
    for (std::string_view no : {"No.", "No ", "no.", "n\u00B0", "N\u00B0", "N.\u00BA", "n.\u00BA", "N\u00BA"})
      if (text.substr(i, no.size()) == no) {
        i = SkipSpaces(text, i + no.size());
        number_sign = true;
        break;
      }
    if (cited->abbreviation && !number_sign) continue;
    const size_t number_end = NumberEnd(text, i);
    const bool decision = cited->kind == "decision";
    if (number_end == i) {
      // "that resolution" / "the said resolution": the last one cited.
      const bool back_reference = at >= 5 && (text.substr(at - 5, 5) == "that " || text.substr(at - 5, 5) == "this ");
      if (back_reference && !decision && !context->last_resolution.empty())
        out->push_back({entity_type::kResolution, at - 5, at + keyword.size(), context->last_resolution});
      continue;
    }
    const std::string number(text.substr(i, number_end - i));
    size_t start = at;
    std::string issuer = IssuerBefore(text, at, &start);
    if (issuer.empty()) issuer = issuer_after;
    issuer = EnglishIssuer(issuer);
    size_t end = number_end;
    // "of 24 November 2015", "du 12 novembre 2016", ", de 27 de noviembre de 2015"
    std::string date;
    const size_t after = SkipSpaces(text, number_end + (number_end < text.size() && text[number_end] == ',' ? 1 : 0));
    for (std::string_view of : {"of ", "du ", "de "})
      if (text.substr(after, of.size()) == of)
        if (auto found = FindDate(text.substr(after + of.size(), 40)); found && found->start == 0) {
          date = found->iso;
          end = after + of.size() + found->end;
        }
    // "Ordinance No. 2076-76 passed October 25, 1976", "adopted on August 5,
    // 2009": a journal dates an instrument by its passage; the date stays
    // an entity of its own, outside the citation.
    for (std::string_view passed : {"passed ", "passed on ", "adopted ", "adopted on "})
      if (date.empty() && text.substr(after, passed.size()) == passed)
        if (auto found = FindDate(text.substr(after + passed.size(), 40)); found && found->start == 0)
          date = found->iso;
    const std::string kind = std::string(cited->kind) + " ";
    std::string value = (issuer.empty() ? "" : issuer + " ") + kind + number + (date.empty() ? "" : " (" + date + ")");
    if (!decision) {
      const auto known = context->resolutions.find(number);
      // A short form names the number and at most part of the issuer:
      // "Resolution No. 1309", "Council resolution 5/1" after "Human
      // Rights Council resolution 5/1 of 18 June 2007".
      const bool short_form = date.empty() && known != context->resolutions.end() &&
                              (issuer.empty() || known->second.find(issuer + " ") != std::string::npos);
      if (short_form) {
        value = known->second;  // the short form of a citation seen before
      } else if (!issuer.empty() || !date.empty()) {
        context->resolutions[number] = value;
      }
      context->last_resolution = value;
    }
    out->push_back({entity_type::kResolution, start, end, value});
    at = end;
  }
}

// Document symbols: "A/HRC/13/6", "WG/REL/2017/6", "E/CN.4/2005/L.10/Add.17".
// "S/RES/2334 (2016)" and "A/RES/73/195" are resolutions as well. Read
// also: a space a line break or OCR left after a slash ("FCCC/SBSTA/
// 2002/L.24"), a range ("FCCC/SB/2009/1-3"), a revision or addendum
// after a space ("L.6 Rev.1" is "L.6/Rev.1") and a session prefix ("2
// XC/3", "11 HQ/5"). Returns the end of the symbol at `i`, its value in
// *value (upper-cased, without the spaces); `i` when there is none.
size_t SymbolAt(std::string_view text, size_t i, std::string* value, int* slashes, bool* digit) {
  size_t j = i;
  value->clear();
  *slashes = 0;
  *digit = false;
  while (j < text.size()) {
    const char c = text[j];
    if (IsSymbolChar(c)) {
      *slashes += c == '/';
      *digit = *digit || std::isdigit(static_cast<unsigned char>(c));
      *value += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      ++j;
    } else if (c == ' ' && j > i && text[j - 1] == '/' && j + 1 < text.size() &&
               std::isalnum(static_cast<unsigned char>(text[j + 1]))) {
      ++j;  // "FCCC/SBSTA/ 2002/L.24"
    } else if (c == '-' && j > i && std::isdigit(static_cast<unsigned char>(text[j - 1])) && j + 1 < text.size() &&
               std::isdigit(static_cast<unsigned char>(text[j + 1]))) {
      *value += c;  // "FCCC/SB/2009/1-3"
      ++j;
    } else if (c == ' ' && *slashes > 0 && std::isdigit(static_cast<unsigned char>(text[j - 1])) &&
               (text.substr(j + 1, 4) == "Rev." || text.substr(j + 1, 4) == "Add." ||
                text.substr(j + 1, 5) == "Corr.") &&
               j + 6 < text.size()) {
      *value += '/';  // "L.6 Rev.1"
      ++j;
    } else {
      break;
    }
  }
  while (j > i && (text[j - 1] == '.' || text[j - 1] == '/' || text[j - 1] == ' ')) {
    if (text[j - 1] != ' ') value->pop_back();
    --j;
  }
  return j;
}

void TagSymbols(std::string_view text, std::vector<EntitySpan>* out) {
  std::string value;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!WordBoundaryBefore(text, i) || (i > 0 && text[i - 1] == '/') ||
        !std::isupper(static_cast<unsigned char>(text[i])))
      continue;
    int slashes = 0;
    bool digit = false;
    const size_t j = SymbolAt(text, i, &value, &slashes, &digit);
    const std::string_view symbol = text.substr(i, j - i);
    // The first part is capitals ("A", "WG", "E"): that keeps out "Add./Rev." debris and "HIV/AIDS" (no digit).
    const size_t first_slash = symbol.find('/');
    bool capital_head = first_slash != std::string_view::npos && first_slash <= 6;
    for (size_t k = 0; capital_head && k < first_slash; ++k)
      capital_head = std::isupper(static_cast<unsigned char>(symbol[k]));
    // "decision OM/7/101" numbers a decision; it is no document symbol.
    bool numbers_decision = false;
    for (std::string_view lead : {"decision ", "d\u00E9cision ", "decisi\u00F3n "})
      numbers_decision = numbers_decision || (i >= lead.size() && StartsWithCi(text, i - lead.size(), lead));
    if (slashes >= 1 && digit && capital_head && !numbers_decision) {
      size_t start = i;
      // "2 XC/3", "11 HQ/5": a series numbered by session, the session first.
      if (slashes == 1 && first_slash >= 2 && i >= 2 && text[i - 1] == ' ' &&
          std::isdigit(static_cast<unsigned char>(text[i - 2]))) {
        size_t k = i - 1;
        while (k > 0 && k + 4 > i && std::isdigit(static_cast<unsigned char>(text[k - 1]))) --k;
        if (k + 1 < i && WordBoundaryBefore(text, k)) {
          value = std::string(text.substr(k, i - k)) + value;
          start = k;
        }
      }
      out->push_back({entity_type::kSymbol, start, j, value});
      if (value.find("/RES/") != std::string::npos) {
        size_t end = j;
        // "S/RES/2334 (2016)": the year in brackets belongs to the citation.
        if (text.substr(j, 2) == " (" && j + 7 <= text.size() && text[j + 6] == ')' &&
            std::isdigit(static_cast<unsigned char>(text[j + 2])))
          end = j + 7;
        out->push_back({entity_type::kResolution, i, end, std::string(text.substr(i, end - i))});
      }
    }
    i = std::max(j, i + 1) - 1;
  }
}

}  // namespace

void TagCitations(std::string_view text, EntityContext* context, std::vector<EntitySpan>* out) {
  TagResolutions(text, context, out);
  TagSymbols(text, out);
  TagLegalActs(text, out);
}

}  // namespace quorum
