// SPDX-License-Identifier: MIT
// Text and JSON output. Text is for reading and stable enough for golden
// tests (no timings, no absolute paths); JSON follows the documented contract.
#include "query/result_printer.h"

#include <cstdio>
#include <cstdlib>

#include "common/base/note_json.h"
#include "common/index/schema.h"

namespace quorum {
namespace {

namespace d = schema::data;

struct Style {
  const char* bold = "";
  const char* dim = "";
  const char* highlight = "";
  const char* reset = "";
};

Style MakeStyle(bool color) {
  if (!color) return {};
  return {"\033[1m", "\033[2m", "\033[1;33m", "\033[0m"};
}

std::string AgendaText(const nlohmann::json& data) {
  if (!data.contains(d::kAgendaLabel)) return {};
  return schema::AgendaFacetValue(data.value(d::kAgendaLabel, ""), data.value(d::kAgendaTitle, ""));
}

std::string Score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", score);
  return buffer;
}

// The paragraph's number for display: "¶12", or "¶#3" for unnumbered text.
std::string Mark(const nlohmann::json& data) {
  const std::string id = data.value(d::kId, "");
  const size_t mark = id.rfind("\u00B6");
  return mark == std::string::npos ? id : id.substr(mark);
}

void PrintContext(const std::vector<nlohmann::json>& paragraphs, const Style& style, std::ostream& out) {
  for (const nlohmann::json& data : paragraphs)
    out << "   " << style.dim << Mark(data) << "  " << data.value(d::kText, "") << style.reset << '\n';
}

OrderedJson ContextJson(const std::vector<nlohmann::json>& paragraphs) {
  OrderedJson list = OrderedJson::array();
  for (const nlohmann::json& data : paragraphs)
    list.push_back({{"id", data.value(d::kId, "")}, {"text", data.value(d::kText, "")}});
  return list;
}

}  // namespace

std::string Highlight(const std::string& snippet, const std::string& start, const std::string& end) {
  std::string out;
  out.reserve(snippet.size());
  for (char c : snippet) {
    if (c == kHighlightStart[0]) {
      out += start;
    } else if (c == kHighlightEnd[0]) {
      out += end;
    } else {
      out += c;
    }
  }
  return out;
}

bool UseColor(const std::string& setting, bool is_terminal) {
  if (setting == "always") return true;
  if (setting == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return is_terminal && !(no_color && *no_color);
}

void PrintResult(const SearchResult& result, const QueryConfig& config, bool is_terminal, std::ostream& out) {
  if (config.format == "json") return PrintJson(result, out);
  if (config.format == "csv") return PrintCsv(result, out);
  if (config.format == "markdown") return PrintMarkdown(result, out);
  if (config.format == "trec") return PrintTrec(result, config.topic, config.run_tag, out);
  PrintText(result, UseColor(config.color, is_terminal), out, config.explain);
}

void PrintText(const SearchResult& result, bool color, std::ostream& out, bool explain) {
  const Style style = MakeStyle(color);
  if (explain) {
    out << "query: " << result.parsed_text << "\nparsed: " << result.query_description << "\nlanguages:";
    for (const std::string& language : result.languages) out << ' ' << language;
    out << '\n';
    for (const std::string& expansion : result.expansions) out << "synonym: " << expansion << '\n';
    out << '\n';
  }
  for (const Hit& hit : result.hits) {
    const nlohmann::json& data = hit.data;
    out << style.bold << hit.rank << ". " << data.value(d::kId, "?") << style.reset;
    const std::string date = data.value(d::kDate, "");
    if (!date.empty()) out << "  " << date;
    if (data.value(d::kPage, 0) > 0) out << "  p. " << data.value(d::kPage, 0);
    if (hit.score > 0) out << "  " << style.dim << "score " << Score(hit.score) << style.reset;
    out << '\n';
    const std::string agenda = AgendaText(data);
    const std::string body = data.value(d::kBody, "");
    if (!body.empty()) out << "   " << body << '\n';
    if (!agenda.empty()) out << "   agenda " << agenda << '\n';
    PrintContext(hit.before, style, out);
    out << "   " << Highlight(hit.snippet, color ? style.highlight : "[", color ? style.reset : "]") << '\n';
    PrintContext(hit.after, style, out);
    if (explain) {
      out << "   " << style.dim << "matched:";
      for (const std::string& term : hit.matched_terms) out << ' ' << term;
      if (!hit.lifted_by.empty()) {
        out << "\n   lifted by:";
        for (size_t i = 0; i < hit.lifted_by.size(); ++i) out << (i ? ", " : " ") << hit.lifted_by[i];
      }
      out << style.reset << '\n';
    }
    out << '\n';
  }
  std::string current;
  for (const FacetValue& facet : result.facets) {
    if (facet.facet != current) {
      out << style.bold << "by " << facet.facet << ":" << style.reset << '\n';
      current = facet.facet;
    }
    out << "  " << facet.count << "  " << facet.value << '\n';
  }
  out << result.matches << (result.exact ? "" : " (estimated)") << (result.matches == 1 ? " match" : " matches");
  if (!result.hits.empty()) out << ", showing " << result.hits.front().rank << "-" << result.hits.back().rank;
  out << '\n';
  if (!result.suggestion.empty()) out << "did you mean: " << result.suggestion << '\n';
}

OrderedJson HitJson(const Hit& hit) {
  const nlohmann::json& data = hit.data;
  OrderedJson agenda = nullptr;
  if (data.contains(d::kAgendaLabel))
    agenda = {{"label", data.value(d::kAgendaLabel, "")}, {"title", data.value(d::kAgendaTitle, "")}};
  OrderedJson line = {
      {"v", kSearchJsonVersion},
      {"type", "hit"},
      {"rank", hit.rank},
      {"score", hit.score},
      {"id", data.value(d::kId, "")},
      {"path", data.value(d::kPath, "")},
      {"meeting", data.value(d::kMeeting, "")},
      {"body", data.value(d::kBody, "")},
      {"date", data.value(d::kDate, "")},
      {"symbol", data.value(d::kSymbol, "")},
      {"agenda", agenda},
      {"paragraph", data.contains(d::kNumber) ? data[d::kNumber] : nlohmann::json(nullptr)},
      {"page", data.value(d::kPage, 0) > 0 ? data[d::kPage] : nlohmann::json(nullptr)},
      {"text", data.value(d::kText, "")},
      {"items", data.value(d::kItems, nlohmann::json::array())},
      {"footnotes", data.value(d::kFootnotes, nlohmann::json::array())},
      {"snippet", Highlight(hit.snippet, "**", "**")},
  };
  if (!hit.before.empty() || !hit.after.empty()) {
    line["before"] = ContextJson(hit.before);
    line["after"] = ContextJson(hit.after);
  }
  if (!hit.matched_terms.empty()) line["matched"] = hit.matched_terms;
  if (!hit.lifted_by.empty()) line["lifted_by"] = hit.lifted_by;
  return line;
}

OrderedJson FacetJson(const FacetValue& facet) {
  return {{"v", kSearchJsonVersion},
          {"type", "facet"},
          {"facet", facet.facet},
          {"value", facet.value},
          {"count", facet.count}};
}

OrderedJson SummaryJson(const SearchResult& result) {
  OrderedJson summary = {{"v", kSearchJsonVersion},        {"type", "summary"},
                         {"matches", result.matches},      {"exact", result.exact},
                         {"returned", result.hits.size()}, {"query", result.query_description}};
  if (!result.expansions.empty()) summary["synonyms"] = result.expansions;
  if (!result.suggestion.empty()) summary["suggestion"] = result.suggestion;
  return summary;
}

void PrintJson(const SearchResult& result, std::ostream& out) {
  for (const Hit& hit : result.hits) out << DumpJsonLine(HitJson(hit)) << '\n';
  for (const FacetValue& facet : result.facets) out << DumpJsonLine(FacetJson(facet)) << '\n';
  out << DumpJsonLine(SummaryJson(result)) << '\n';
}

}  // namespace quorum
