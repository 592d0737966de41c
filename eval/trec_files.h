// SPDX-License-Identifier: MIT
// Reads the evaluation's inputs: the query set (TSV), TREC qrels and TREC
// run files; used by every quorum-eval command that scores or pools runs.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace quorum::eval {

/// Bad input: the message names the file and line ("qrels.txt:12: …").
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One judged query: "id<TAB>kind<TAB>query" in queries.tsv.
struct Query {
  std::string id;
  std::string kind;  // topic, phrase, resolution, acronym, request, country
  std::string text;  // as typed, quotes and all
};

/// Grades by topic then docno (TREC qrels "topic 0 docno grade").
using Qrels = std::map<std::string, std::map<std::string, int>>;

/// One system's ranked answers (TREC run "topic Q0 docno rank score tag").
struct Run {
  std::string tag;                                         // the sixth column; runs are told apart by it
  std::map<std::string, std::vector<std::string>> ranked;  // topic -> docnos, best first
  size_t repeats = 0;                                      // docnos a topic listed twice: only the first counts
};

/// Reads queries.tsv: blank lines and lines starting with '#' are skipped.
/// Throws InputError for a missing file, a line without three fields or a
/// repeated id.
std::vector<Query> ReadQueries(const std::string& path);

/// Reads a qrels file. Throws InputError for a missing file, a line without
/// four fields, a grade that is not a whole number >= 0, or a pair judged twice.
Qrels ReadQrels(const std::string& path);

/// Reads a run file, ordering each topic by the rank column (file order on
/// ties). Throws InputError for a missing file, a malformed line or mixed tags.
Run ReadRun(const std::string& path);

}  // namespace quorum::eval
