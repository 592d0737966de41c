// SPDX-License-Identifier: MIT
// Synonym expansion by rewriting the query string. Xapian's own synonym
// table expands single terms well but not multi-word expressions into
// phrases; rewriting "iom" into (iom OR "international organization for
// migration") before the QueryParser sees it gives exact phrases both ways.
#include "query/synonyms.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/base/error.h"
#include "common/index/schema.h"
#include "common/text/tokeniser.h"

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

// The expression's words, split where std::istream's >> would split them
// (C-locale white space), as views into `expression`: every search splits
// every expression of the database's hundreds of groups.
std::vector<std::string_view> SpacedWords(std::string_view expression) {
  constexpr std::string_view kSpace = " \t\n\v\f\r";
  std::vector<std::string_view> words;
  for (size_t start = expression.find_first_not_of(kSpace); start != std::string_view::npos;) {
    const size_t end = std::min(expression.find_first_of(kSpace, start), expression.size());
    words.push_back(expression.substr(start, end - start));
    start = expression.find_first_not_of(kSpace, end);
  }
  return words;
}

// Does the expression's word sequence start at pieces[i] (words separated by spaces)?
size_t MatchAt(const std::vector<Piece>& pieces, size_t i, const std::vector<std::string_view>& words) {
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

// Letters and digits of ASCII, lower-cased, all else dropped: "U.N." and
// "un" alike give "un", so a comparison of these can only err towards
// keeping a line.
std::string Skeleton(std::string_view text) {
  std::string skeleton;
  for (const char c : text) {
    if (c >= 'A' && c <= 'Z') {
      skeleton += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      skeleton += c;
    }
  }
  return skeleton;
}

// The lines of `text` whose skeleton holds the skeleton of one of the
// query's words or field values: a group can only match the query if one of
// its words is one of them, and normalisation (NFKC, case folding,
// punctuation) keeps a word's ASCII letters. A word with no ASCII letter or
// digit (all Greek, say) keeps every line.
std::string LinesThatMayMention(const std::string& text, const std::string& query) {
  std::vector<std::string> keys;
  size_t start = 0;
  while (start < query.size()) {
    const size_t end = std::min(query.find_first_of(" \t:\"()*", start), query.size());
    const std::string_view word = std::string_view(query).substr(start, end - start);
    start = end + 1;
    if (word.empty() || IsQueryOperator(word)) continue;
    std::string key = Skeleton(word);
    if (key.empty()) return text;
    keys.push_back(std::move(key));
  }
  std::string kept;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const std::string skeleton = Skeleton(line);
    for (const std::string& key : keys) {
      if (skeleton.find(key) == std::string::npos) continue;
      kept += line + '\n';
      break;
    }
  }
  return kept;
}

std::string Quoted(const std::string& expression) {
  return expression.find(' ') == std::string::npos ? expression : "\"" + expression + "\"";
}

}  // namespace

SynonymGroups ParseSynonyms(std::string_view text, const std::string& source) {
  // The expressions of all lines, trimmed, one per line: they are normalised
  // in one NormaliseQuery call below, not one each, because each call has a
  // fixed cost (a new ICU word breaker among others) and a database holds
  // hundreds of lines, parsed again by every quorum-search process: one call
  // took a third off the time for the UN General Debate index's 498 lines.
  std::vector<size_t> group_sizes;
  std::string parts;
  std::istringstream in{std::string(text)};
  int line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    line = Trimmed(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    if (line.find('=') == std::string::npos)
      throw UsageError(source + ":" + std::to_string(line_number) +
                       ": expected 'EXPRESSION = EXPRESSION', e.g. 'IOM = International Organization for Migration'");
    size_t size = 0;
    std::istringstream split(line);
    for (std::string part; std::getline(split, part, '=');) {
      parts += Trimmed(part) + '\n';
      ++size;
    }
    group_sizes.push_back(size);
  }
  // A line break always ends a word (for ICU and for the normaliser alike),
  // so normalising the joined expressions gives each one's own normal form;
  // should the count ever differ, each is normalised alone.
  std::vector<std::string> normal;
  const std::string joined = NormaliseQuery(parts);
  std::istringstream lines(joined);
  for (std::string line; std::getline(lines, line);) normal.push_back(line);
  size_t expressions = 0;
  for (size_t size : group_sizes) expressions += size;
  if (normal.size() != expressions || joined.empty() != parts.empty() || (!joined.empty() && joined.back() != '\n')) {
    normal.clear();
    std::istringstream each(parts);
    for (std::string part; std::getline(each, part);) normal.push_back(NormaliseQuery(part));
  }
  SynonymGroups groups;
  size_t next = 0;
  for (size_t size : group_sizes) {
    std::vector<std::string> group;
    for (size_t k = 0; k < size; ++k)
      if (std::string expression = Trimmed(normal[next++]); !expression.empty()) group.push_back(std::move(expression));
    if (group.size() >= 2) groups.push_back(std::move(group));
  }
  return groups;
}

SynonymGroups LoadSynonyms(const Xapian::Database& database, const std::string& file, const std::string& query) {
  // Normalising all of a database's lines (hundreds, learnt from its notes)
  // was a quarter of a whole quorum-search process; only lines that can
  // hold one of the query's words are normalised now.
  SynonymGroups groups =
      ParseSynonyms(LinesThatMayMention(database.get_metadata(std::string(schema::kSynonymsKey)), query), "database");
  if (file.empty()) return groups;
  std::ifstream in(file);
  if (!in) throw UsageError("cannot read synonyms file '" + file + "'");
  std::stringstream text;
  text << in.rdbuf();
  SynonymGroups more = ParseSynonyms(text.str(), file);
  groups.insert(groups.end(), more.begin(), more.end());
  return groups;
}

std::string ExpandSynonyms(const std::string& query, const SynonymGroups& groups, std::vector<std::string>* applied) {
  const std::vector<Piece> pieces = Split(query);
  // Each expression split into words once, not once per piece of the query.
  std::vector<std::vector<std::vector<std::string_view>>> words(groups.size());
  for (size_t g = 0; g < groups.size(); ++g)
    for (const std::string& member : groups[g]) words[g].push_back(SpacedWords(member));
  std::string out;
  for (size_t i = 0; i < pieces.size();) {
    size_t matched = 0;
    const std::vector<std::string>* group_found = nullptr;
    std::string expression;
    for (size_t g = 0; g < groups.size(); ++g) {
      const auto& group = groups[g];
      for (size_t m = 0; m < group.size(); ++m) {
        const std::string& member = group[m];
        const size_t length = MatchAt(pieces, i, words[g][m]);
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
