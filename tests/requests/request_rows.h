// SPDX-License-Identifier: MIT
// What the tagger's table tests share (request_tagger_test.cc,
// request_minutes_test.cc): one built paragraph per row, tagged, and its
// records as one readable string.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/base/note.h"
#include "common/entities/entity_tagger.h"
#include "common/requests/request_tagger.h"

namespace quorum::testing_support {

// "kind|requester|addressee|deliverable|due|due_value", plus "|items a,b"
// when it lists sub-items; records joined by " ;; ".
inline std::string Describe(const std::vector<Request>& requests) {
  std::string out;
  for (const Request& r : requests) {
    if (!out.empty()) out += " ;; ";
    out += r.kind + "|" + r.requester + "|" + r.addressee + "|" + r.deliverable + "|" + r.due + "|" + r.due_value;
    if (!r.items.empty()) {
      out += "|items ";
      for (size_t i = 0; i < r.items.size(); ++i) out += (i ? "," : "") + r.items[i];
    }
  }
  return out;
}

struct Row {
  const char* text;
  const char* expected;
  const char* body = "Working Group on Basin Governance and Related Issues";
  const char* language = "en";
  const char* section = "";  // the heading above the paragraph
};

inline std::string Tag(const Row& row, std::vector<SubItem> items = {}) {
  Note note;
  note.body = row.body;
  note.date = "2017-08-28";
  note.language = row.language;
  Paragraph paragraph;
  paragraph.number = "1";
  paragraph.text = row.text;
  paragraph.section = row.section;
  paragraph.items = std::move(items);
  note.paragraphs.push_back(std::move(paragraph));
  TagNote(&note);
  TagRequests(&note);
  return Describe(note.paragraphs[0].requests);
}

}  // namespace quorum::testing_support
