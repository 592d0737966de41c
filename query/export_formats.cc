// SPDX-License-Identifier: MIT
// Output for other programs: CSV (RFC 4180), a Markdown list of citations
// for notes, and the TREC run format for evaluation tools (trec_eval).
#include <cstdio>

#include "common/index/schema.h"
#include "query/result_printer.h"

namespace quorum {
namespace {

namespace d = schema::data;

// RFC 4180: quote every field, double the quotes inside.
std::string CsvField(const std::string& value) {
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Text(const nlohmann::json& data, const char* key) {
  const auto it = data.find(key);
  if (it == data.end() || it->is_null()) return {};
  return it->is_string() ? it->get<std::string>() : it->dump();
}

}  // namespace

void PrintCsv(const SearchResult& result, std::ostream& out) {
  out << "rank,score,id,meeting,body,date,agenda,paragraph,page,path,text\r\n";
  for (const Hit& hit : result.hits) {
    const nlohmann::json& data = hit.data;
    char score[32];
    std::snprintf(score, sizeof score, "%.6f", hit.score);
    const std::string agenda = data.contains(d::kAgendaLabel)
                                   ? schema::AgendaFacetValue(Text(data, d::kAgendaLabel), Text(data, d::kAgendaTitle))
                                   : "";
    const std::string page = data.value(d::kPage, 0) > 0 ? Text(data, d::kPage) : "";
    out << hit.rank << ',' << score << ',' << CsvField(Text(data, d::kId)) << ',' << CsvField(Text(data, d::kMeeting))
        << ',' << CsvField(Text(data, d::kBody)) << ',' << CsvField(Text(data, d::kDate)) << ',' << CsvField(agenda)
        << ',' << CsvField(Text(data, d::kNumber)) << ',' << page << ',' << CsvField(Text(data, d::kPath)) << ','
        << CsvField(Text(data, d::kText)) << "\r\n";
  }
}

void PrintMarkdown(const SearchResult& result, std::ostream& out) {
  for (const Hit& hit : result.hits) {
    const nlohmann::json& data = hit.data;
    out << "- **" << Text(data, d::kId) << "**";
    const std::string date = Text(data, d::kDate);
    if (!date.empty()) out << " (" << date << ")";
    if (data.contains(d::kAgendaLabel))
      out << ", agenda " << schema::AgendaFacetValue(Text(data, d::kAgendaLabel), Text(data, d::kAgendaTitle));
    out << ": " << Highlight(hit.snippet, "**", "**") << '\n';
  }
}

void PrintTrec(const SearchResult& result, const std::string& topic, const std::string& run_tag, std::ostream& out) {
  for (const Hit& hit : result.hits) {
    std::string docno = Text(hit.data, d::kId);
    for (char& c : docno)
      if (c == ' ' || c == '\t') c = '_';
    char score[32];
    std::snprintf(score, sizeof score, "%.6f", hit.score);
    out << topic << " Q0 " << docno << ' ' << hit.rank << ' ' << score << ' ' << run_tag << '\n';
  }
}

}  // namespace quorum
