// SPDX-License-Identifier: MIT
// TREC file readers. They are strict on purpose: a judgment silently lost to
// a stray tab would change the figures in docs/RANKING.md without a trace.
#include "eval/trec_files.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace quorum::eval {
namespace {

std::ifstream Open(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError("cannot read '" + path + "'");
  return in;
}

[[noreturn]] void Fail(const std::string& path, int line, const std::string& message) {
  throw InputError(path + ":" + std::to_string(line) + ": " + message);
}

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string field; in >> field;) fields.push_back(field);
  return fields;
}

bool Skipped(const std::string& line) {
  const size_t first = line.find_first_not_of(" \t\r");
  return first == std::string::npos || line[first] == '#';
}

// A whole number >= 0, or -1 if `text` is not one.
long Whole(const std::string& text) {
  if (text.empty() || text.size() > 9 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return -1;
  return std::stol(text);
}

}  // namespace

std::vector<Query> ReadQueries(const std::string& path) {
  std::ifstream in = Open(path);
  std::vector<Query> queries;
  std::set<std::string> ids;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Skipped(line)) continue;
    const size_t tab1 = line.find('\t');
    const size_t tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string::npos || tab2 + 1 >= line.size()) Fail(path, number, "expected 'id<TAB>kind<TAB>query'");
    Query query{line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)};
    if (query.id.empty() || query.kind.empty() || query.id.find(' ') != std::string::npos)
      Fail(path, number, "the id and kind must be non-empty, and the id one word");
    if (!ids.insert(query.id).second) Fail(path, number, "query id '" + query.id + "' is used twice");
    queries.push_back(std::move(query));
  }
  return queries;
}

Qrels ReadQrels(const std::string& path) {
  std::ifstream in = Open(path);
  Qrels qrels;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (Skipped(line)) continue;
    const std::vector<std::string> fields = Fields(line);
    if (fields.size() != 4) Fail(path, number, "expected 'topic 0 docno grade' (4 fields)");
    const long grade = Whole(fields[3]);
    if (grade < 0) Fail(path, number, "grade '" + fields[3] + "' is not a whole number >= 0");
    if (!qrels[fields[0]].emplace(fields[2], static_cast<int>(grade)).second)
      Fail(path, number, "topic " + fields[0] + " judges " + fields[2] + " twice");
  }
  return qrels;
}

Run ReadRun(const std::string& path) {
  std::ifstream in = Open(path);
  Run run;
  struct Line {
    long rank;
    size_t order;
    std::string docno;
  };
  std::map<std::string, std::vector<Line>> lines;
  int number = 0;
  size_t order = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (Skipped(line)) continue;
    const std::vector<std::string> fields = Fields(line);
    if (fields.size() != 6) Fail(path, number, "expected 'topic Q0 docno rank score tag' (6 fields)");
    const long rank = Whole(fields[3]);
    if (rank < 0) Fail(path, number, "rank '" + fields[3] + "' is not a whole number");
    if (run.tag.empty()) run.tag = fields[5];
    if (fields[5] != run.tag) Fail(path, number, "run tag '" + fields[5] + "' differs from '" + run.tag + "'");
    lines[fields[0]].push_back({rank, order++, fields[2]});
  }
  for (auto& [topic, topic_lines] : lines) {
    std::sort(topic_lines.begin(), topic_lines.end(),
              [](const Line& a, const Line& b) { return a.rank != b.rank ? a.rank < b.rank : a.order < b.order; });
    std::set<std::string> seen;
    std::vector<std::string>& ranked = run.ranked[topic];
    for (const Line& line : topic_lines) {
      if (seen.insert(line.docno).second)
        ranked.push_back(line.docno);
      else
        ++run.repeats;
    }
  }
  if (run.tag.empty()) {  // a run with no hits at all is still a run: name it after its file
    run.tag = path.substr(path.find_last_of('/') + 1);
    run.tag = run.tag.substr(0, run.tag.find('.'));
  }
  return run;
}

}  // namespace quorum::eval
