// SPDX-License-Identifier: MIT
// Markdown score tables. Means are plain averages over queries, so every
// question a researcher asks weighs the same however many paragraphs answer it.
#include "eval/report.h"

#include <cstdio>

#include "eval/metrics.h"

namespace quorum::eval {
namespace {

struct Scores {
  double ndcg = 0;
  double rr = 0;   // first paragraph graded >= 1
  double rr2 = 0;  // first paragraph graded 2
};

std::string Fixed(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", value);
  return text;
}

// Query text inside a table cell: '|' would end the cell.
std::string Cell(const std::string& text) {
  std::string cell;
  for (char c : text) cell += c == '|' ? std::string("\\|") : std::string(1, c);
  return cell;
}

bool Scorable(const Qrels& qrels, const std::string& topic) {
  const auto found = qrels.find(topic);
  if (found == qrels.end()) return false;
  for (const auto& [docno, grade] : found->second)
    if (grade >= kRelevantGrade) return true;
  return false;
}

// Header and separator rows: a label column or two, then one column per
// (measure, run) pair.
void PrintHeader(const std::vector<std::string>& labels, const std::vector<Run>& runs, const char* reciprocal,
                 std::ostream& out) {
  std::string separator = "|";
  out << '|';
  for (const std::string& label : labels) {
    out << ' ' << label << " |";
    separator += " --- |";
  }
  const std::string strict = std::string(reciprocal) + " (grade 2)";
  for (const std::string& measure : {std::string("nDCG@10"), std::string(reciprocal), strict})
    for (const Run& run : runs) {
      out << ' ' << measure << ' ' << run.tag << " |";
      separator += " ---: |";
    }
  out << '\n' << separator << '\n';
}

void PrintValues(const std::vector<Scores>& scores, std::ostream& out) {
  for (const Scores& s : scores) out << ' ' << Fixed(s.ndcg) << " |";
  for (const Scores& s : scores) out << ' ' << Fixed(s.rr) << " |";
  for (const Scores& s : scores) out << ' ' << Fixed(s.rr2) << " |";
  out << '\n';
}

}  // namespace

void PrintScores(const std::vector<Query>& queries, const Qrels& qrels, const std::vector<Run>& runs, std::ostream& out,
                 std::ostream& warnings) {
  static const std::vector<std::string> kNothing;
  std::vector<std::string> kinds;                   // in order of first appearance
  std::map<std::string, std::vector<Scores>> sums;  // kind -> per run
  std::map<std::string, size_t> counts;
  std::vector<std::pair<const Query*, std::vector<Scores>>> rows;
  std::vector<size_t> unjudged(runs.size(), 0);
  size_t skipped = 0;
  for (const Query& query : queries) {
    if (!Scorable(qrels, query.id)) {
      warnings << "quorum-eval: warning: query " << query.id << " has no paragraph judged relevant; not scored\n";
      ++skipped;
      continue;
    }
    const std::map<std::string, int>& judged = qrels.at(query.id);
    std::vector<Scores> row;
    for (size_t r = 0; r < runs.size(); ++r) {
      const auto found = runs[r].ranked.find(query.id);
      const std::vector<std::string>& ranked = found == runs[r].ranked.end() ? kNothing : found->second;
      row.push_back({NdcgAt(ranked, judged, kCutoff), ReciprocalRankAt(ranked, judged, kCutoff),
                     ReciprocalRankAt(ranked, judged, kCutoff, kFullyRelevantGrade)});
      unjudged[r] += UnjudgedAt(ranked, judged, kCutoff);
    }
    for (const std::string& kind : {query.kind, std::string("all")}) {
      if (!sums.count(kind)) {
        if (kind != "all") kinds.push_back(kind);
        sums[kind].assign(runs.size(), Scores{});
      }
      for (size_t r = 0; r < runs.size(); ++r) {
        sums[kind][r].ndcg += row[r].ndcg;
        sums[kind][r].rr += row[r].rr;
        sums[kind][r].rr2 += row[r].rr2;
      }
      ++counts[kind];
    }
    rows.emplace_back(&query, std::move(row));
  }
  kinds.push_back("all");
  for (const Run& run : runs)
    if (run.repeats)
      warnings << "quorum-eval: warning: run " << run.tag << " lists " << run.repeats
               << " docnos twice for one topic; only the first of each counts\n";

  PrintHeader({"kind", "queries"}, runs, "MRR", out);
  for (const std::string& kind : kinds) {
    if (!counts.count(kind)) continue;  // no query scored at all
    std::vector<Scores> means = sums[kind];
    for (Scores& mean : means) {
      mean.ndcg /= static_cast<double>(counts[kind]);
      mean.rr /= static_cast<double>(counts[kind]);
      mean.rr2 /= static_cast<double>(counts[kind]);
    }
    out << "| " << (kind == "all" ? "**all**" : kind) << " | " << counts[kind] << " |";
    PrintValues(means, out);
  }
  out << '\n';
  PrintHeader({"id", "kind", "query"}, runs, "RR", out);
  for (const auto& [query, row] : rows) {
    out << "| " << query->id << " | " << query->kind << " | " << Cell(query->text) << " |";
    PrintValues(row, out);
  }
  out << "\nUnjudged paragraphs in the top " << kCutoff << " (scored as not relevant):";
  for (size_t r = 0; r < runs.size(); ++r) out << (r ? ", " : " ") << runs[r].tag << ' ' << unjudged[r];
  out << ".\n";
  if (skipped)
    out << "Not scored (no paragraph judged relevant): " << skipped << " of " << queries.size() << " queries.\n";
}

}  // namespace quorum::eval
