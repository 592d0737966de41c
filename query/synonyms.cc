// SPDX-License-Identifier: MIT
// Synonym expansion by rewriting the query string. Xapian's own synonym
// table expands single terms well but not multi-word expressions into
// phrases; rewriting "iom" into (iom OR "international organization for
// migration") before the QueryParser sees it gives exact phrases both ways.
#include "query/synonyms.h"

#include <fstream>
#include <sstream>

#include "common/error.h"
#include "common/schema.h"
#include "common/tokeniser.h"

namespace quorum {
namespace {

std::string Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return std::string(text);
}

// The query split into pieces: quoted strings, field:value pairs and
// brackets are kept whole (never expanded); other words are candidates.
struct Piece {
  std::string text;
  bool word = false;
};

std::vector<Piece> Split(const std::string& query) {
  std::vector<Piece> pieces;
  size_t i = 0;
  while (i < query.size()) {
    const char c = query[i];
    size_t end = i + 1;
    if (c == '"') {
      const size_t close = query.find('"', i + 1);
      end = close == std::string::npos ? query.size() : close + 1;
    } else if (c != ' ' && c != '(' && c != ')') {
      end = i;
      while (end < query.size() && query[end] != ' ' && query[end] != '(' && query[end] != ')') {
        if (query[end] == '"') {  // field:"value"
          const size_t close = query.find('"', end + 1);
          end = close == std::string::npos ? query.size() : close + 1;
        } else {
          ++end;
        }
      }
    }
    std::string text = query.substr(i, end - i);
    const bool word = c != '"' && c != ' ' && c != '(' && c != ')' && text.find(':') == std::string::npos &&
                      text.find('*') == std::string::npos;
    pieces.push_back({std::move(text), word});
    i = end;
  }
  return pieces;
}

std::vector<std::string> Words(const std::string& expression) {
  std::vector<std::string> words;
  std::istringstream in(expression);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// Does the expression's word sequence start at pieces[i] (words separated by spaces)?
size_t MatchAt(const std::vector<Piece>& pieces, size_t i, const std::vector<std::string>& words) {
  size_t k = i;
  for (size_t w = 0; w < words.size(); ++w) {
    if (w > 0) {
      if (k >= pieces.size() || pieces[k].text != " ") return 0;
      ++k;
    }
    if (k >= pieces.size() || !pieces[k].word || pieces[k].text != words[w]) return 0;
    ++k;
  }
  return k - i;
}

std::string Quoted(const std::string& expression) {
  return expression.find(' ') == std::string::npos ? expression : "\"" + expression + "\"";
}

}  // namespace

SynonymGroups ParseSynonyms(std::string_view text, const std::string& source) {
  SynonymGroups groups;
  std::istringstream in{std::string(text)};
  int line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    line = Trimmed(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    if (line.find('=') == std::string::npos)
      throw UsageError(source + ":" + std::to_string(line_number) +
                       ": expected 'EXPRESSION = EXPRESSION', e.g. 'IOM = International Organization for Migration'");
    std::vector<std::string> group;
    std::istringstream parts(line);
    for (std::string part; std::getline(parts, part, '=');)
      if (std::string normal = Trimmed(NormaliseQuery(Trimmed(part))); !normal.empty()) group.push_back(normal);
    if (group.size() >= 2) groups.push_back(std::move(group));
  }
  return groups;
}

SynonymGroups LoadSynonyms(const Xapian::Database& database, const std::string& file) {
  SynonymGroups groups = ParseSynonyms(database.get_metadata(std::string(schema::kSynonymsKey)), "database");
  if (file.empty()) return groups;
  std::ifstream in(file);
  if (!in) throw UsageError("cannot read synonyms file '" + file + "'");
  std::stringstream text;
  text << in.rdbuf();
  SynonymGroups more = ParseSynonyms(text.str(), file);
  groups.insert(groups.end(), more.begin(), more.end());
  return groups;
}

std::string ExpandSynonyms(const std::string& query, const SynonymGroups& groups,
                           std::vector<std::string>* applied) {
  const std::vector<Piece> pieces = Split(query);
  std::string out;
  for (size_t i = 0; i < pieces.size();) {
    size_t matched = 0;
    const std::vector<std::string>* group_found = nullptr;
    std::string expression;
    for (const auto& group : groups) {
      for (const std::string& member : group) {
        const size_t length = MatchAt(pieces, i, Words(member));
        if (length > matched) {
          matched = length;
          group_found = &group;
          expression = member;
        }
      }
    }
    if (!group_found) {
      out += pieces[i++].text;
      continue;
    }
    std::string alternatives = "(" + Quoted(expression);
    std::string note = expression + " \u2192";
    for (const std::string& other : *group_found) {
      if (other == expression) continue;
      alternatives += " OR " + Quoted(other);
      note += " " + Quoted(other);
    }
    out += alternatives + ")";
    if (applied) applied->push_back(note);
    i += matched;
  }
  return out;
}

}  // namespace quorum
