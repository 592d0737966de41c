// SPDX-License-Identifier: MIT
// nDCG and reciprocal rank over graded judgments.
#include "eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace quorum::eval {
namespace {

int Grade(const std::map<std::string, int>& judged, const std::string& docno) {
  const auto found = judged.find(docno);
  return found == judged.end() ? 0 : found->second;
}

double Dcg(const std::vector<int>& gains, size_t k) {
  double dcg = 0;
  for (size_t i = 0; i < gains.size() && i < k; ++i)
    dcg += gains[i] / std::log2(static_cast<double>(i) + 2.0);  // rank i+1 -> log2(rank+1)
  return dcg;
}

}  // namespace

double NdcgAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& judged, size_t k) {
  std::vector<int> gains;
  for (const std::string& docno : ranked) gains.push_back(Grade(judged, docno));
  std::vector<int> ideal;
  for (const auto& [docno, grade] : judged) ideal.push_back(grade);
  std::sort(ideal.begin(), ideal.end(), std::greater<int>());
  const double best = Dcg(ideal, k);
  return best > 0 ? Dcg(gains, k) / best : 0;
}

double ReciprocalRankAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& judged, size_t k,
                        int min_grade) {
  for (size_t i = 0; i < ranked.size() && i < k; ++i)
    if (Grade(judged, ranked[i]) >= min_grade) return 1.0 / static_cast<double>(i + 1);
  return 0;
}

size_t UnjudgedAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& judged, size_t k) {
  size_t unjudged = 0;
  for (size_t i = 0; i < ranked.size() && i < k; ++i)
    if (judged.count(ranked[i]) == 0) ++unjudged;
  return unjudged;
}

}  // namespace quorum::eval
