// SPDX-License-Identifier: MIT
// What the request gold tests share: how an addressee is compared, and the
// detection and addressee counts they print (request_gold_test.cc over
// printed paragraph numbers, request_bodies_test.cc over anchors).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>

namespace quorum::testing_support {

/// Names compare without case, a leading article, or apostrophe style:
/// "the IOM Administration" equals "IOM administration", "l’Administration"
/// equals "Administration".
inline std::string NormalName(std::string name) {
  const std::string curly = "\u2019";
  for (size_t at = name.find(curly); at != std::string::npos; at = name.find(curly))
    name.replace(at, curly.size(), "'");
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const std::string article : {"the ", "le ", "la ", "el ", "los ", "las ", "les ", "l'"})
    if (name.rfind(article, 0) == 0) name.erase(0, article.size());
  return name;
}

/// Detection and addressee counts of one comparison with a gold file.
struct RequestCounts {
  int gold = 0, found = 0, right = 0, addressee_right = 0, named = 0, named_right = 0;
  double Precision() const { return found ? static_cast<double>(right) / found : 1.0; }
  double Recall() const { return gold ? static_cast<double>(right) / gold : 1.0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  double AddresseeAccuracy() const { return right ? static_cast<double>(addressee_right) / right : 1.0; }
  void Add(const RequestCounts& o) {
    gold += o.gold, found += o.found, right += o.right, addressee_right += o.addressee_right;
    named += o.named, named_right += o.named_right;
  }
  /// Counts a matched record whose addressee is `found` against `gold`;
  /// returns whether it was right.
  bool Match(const std::string& gold_addressee, const std::string& found_addressee) {
    ++right;
    const bool same = NormalName(gold_addressee) == NormalName(found_addressee);
    addressee_right += same;
    if (!gold_addressee.empty()) {
      ++named;
      named_right += same;
    }
    return same;
  }
};

}  // namespace quorum::testing_support
