// SPDX-License-Identifier: MIT
// The pages of one thing: a paragraph in its meeting, the ledger of
// requests, the entities of a type.
#include <string>

#include "common/index/schema.h"
#include "serve/page_frame.h"
#include "serve/pages.h"

namespace quorum {
namespace {

namespace d = schema::data;

// The paragraph's mark as printed in its id: "¶26", or "¶#3" unnumbered.
std::string Mark(const std::string& id) {
  const size_t mark = id.rfind("\u00B6");
  return mark == std::string::npos ? id : id.substr(mark);
}

void CopyButton(const std::string& citation, Html& html) {
  html.Element("button", {{"type", "button"}, {"class", "copy"}, {"data-cite", citation}, {"hidden", "hidden"}},
               "Copy citation");
}

// A paragraph of the meeting; the one asked for also shows its items and
// footnotes (stored apart from its text).
void ParagraphItem(const nlohmann::json& data, bool target, Html& html) {
  const std::string id = StoredText(data, d::kId);
  html.Open("li", {{"class", target ? "paragraph target" : "paragraph"}, {"id", Mark(id)}});
  html.Open("a", {{"class", "mark"}, {"href", Href("/p", {{"id", id}})}}).Text(Mark(id)).Close("a");
  html.Element("p", {}, StoredText(data, d::kText));
  if (target) {
    const auto items = data.value(d::kItems, nlohmann::json::array());
    if (!items.empty()) {
      html.Open("ul", {{"class", "items"}});
      for (const auto& item : items)
        html.Element("li", {}, "(" + StoredText(item, "label") + ") " + StoredText(item, "text"));
      html.Close("ul");
    }
    const auto footnotes = data.value(d::kFootnotes, nlohmann::json::array());
    if (!footnotes.empty()) {
      html.Open("ol", {{"class", "footnotes"}, {"aria-label", "Footnotes"}});
      for (const auto& note : footnotes) html.Element("li", {}, note.is_string() ? note.get<std::string>() : "");
      html.Close("ol");
    }
  }
  html.Close("li");
}

}  // namespace

std::string ParagraphPage(const std::string& id, const SearchResult& meeting) {
  // Around the paragraph asked for, three paragraphs each way; a meeting
  // id (no paragraph has it) shows the whole meeting.
  constexpr size_t kAround = 3;
  size_t target = meeting.hits.size();
  for (size_t i = 0; i < meeting.hits.size(); ++i)
    if (StoredText(meeting.hits[i].data, d::kId) == id) target = i;
  const bool whole = target == meeting.hits.size();
  const nlohmann::json& first = meeting.hits.at(whole ? 0 : target).data;
  const std::string meeting_id = StoredText(first, d::kMeeting);
  Html html;
  html.Open("article", {{"class", "record"}}).Element("h1", {}, whole ? meeting_id : id);
  html.Open("p", {{"class", "meta"}});
  for (const char* key : {d::kDate, d::kBody, d::kSymbol})
    if (!StoredText(first, key).empty()) html.Element("span", {}, StoredText(first, key));
  if (!whole && first.contains(d::kAgendaLabel))
    html.Element("span", {},
                 schema::AgendaFacetValue(StoredText(first, d::kAgendaLabel), StoredText(first, d::kAgendaTitle)));
  html.Close("p").Open("p", {{"class", "actions"}});
  if (!whole)
    html.Link(Href("/", {{"like", id}}), "More like this").Link(Href("/p", {{"id", meeting_id}}), "Whole meeting");
  html.Link(Href("/", {{"meeting", meeting_id}}), "Search this meeting");
  CopyButton(whole ? meeting_id : id, html);
  html.Close("p").Open("ol", {{"class", "meeting"}});
  const size_t begin = whole || target < kAround ? 0 : target - kAround;
  const size_t end = whole ? meeting.hits.size() : std::min(meeting.hits.size(), target + kAround + 1);
  for (size_t i = begin; i < end; ++i) ParagraphItem(meeting.hits[i].data, i == target, html);
  html.Close("ol").Close("article");
  return Frame((whole ? meeting_id : id) + " \u2013 quorum", html.str());
}

std::string RequestsPage(const WebParams& params, const QueryConfig& config, const Ledger& ledger) {
  Html html;
  html.Element("h1", {}, "Requests, commitments and decisions");
  html.Open("form", {{"class", "search"}, {"action", "/requests"}, {"method", "get"}})
      .Open("div", {{"class", "filters"}});
  for (const auto& [name, label] :
       {std::pair{"q", "Words"}, {"to", "Addressed to"}, {"by", "Made by"}, {"from", "From"}, {"to-date", "To date"}}) {
    html.Open("span", {{"class", "field"}}).Element("label", {{"for", name}}, label);
    html.Open("input", {{"id", name}, {"name", name}, {"value", ParamValue(params, name)}}).Close("span");
  }
  Checkbox(params, "open", "1", "open only", html);
  html.Element("button", {{"type", "submit"}}, "Show").Close("div").Close("form");
  html.Open("p", {{"class", "summary"}, {"role", "status"}})
      .Text(std::to_string(ledger.total) + (ledger.total == 1 ? " record, " : " records, ") +
            std::to_string(ledger.open) + " open")
      .Close("p");
  html.Open("ol", {{"class", "ledger"}, {"start", std::to_string(ledger.first)}});
  for (const LedgerRecord& record : ledger.records) {
    const nlohmann::json& request = record.source.request;
    const std::string citation = RecordCitation(record.source);
    html.Open("li", {{"class", record.open() ? "record open" : "record answered"}});
    html.Open("h2", {{"class", "cite"}})
        .Link(Href("/p", {{"id", StoredText(record.source.paragraph, d::kId)}}), citation);
    html.Close("h2").Open("p", {{"class", "meta"}});
    html.Element("span", {{"class", "kind"}}, StoredText(request, "kind"));
    html.Element("span", {}, StoredText(record.source.paragraph, d::kDate));
    if (!StoredText(request, "requester").empty()) html.Element("span", {}, "by " + StoredText(request, "requester"));
    if (!StoredText(request, "addressee").empty()) html.Element("span", {}, "to " + StoredText(request, "addressee"));
    if (!StoredText(request, "due").empty()) html.Element("span", {}, "due " + StoredText(request, "due"));
    html.Element("span", {{"class", "status"}}, record.open() ? "open" : "answered").Close("p");
    html.Element("p", {}, StoredText(request, "sentence"));
    for (const Answer& answer : record.answers) {
      html.Open("p", {{"class", "answer"}}).Text("Answered by ");
      html.Link(Href("/p", {{"id", answer.id}}), answer.id).Text(" (" + answer.date + ")").Close("p");
    }
    CopyButton(citation, html);
    html.Close("li");
  }
  html.Close("ol");
  Pager("/requests", params, ledger.total, config, html);
  return Frame("Requests \u2013 quorum", html.str());
}

std::string EntitiesPage(const std::string& type, const std::vector<ListedValue>& values) {
  Html html;
  html.Element("h1", {}, type.empty() ? "Entities" : "Entities: " + type);
  html.Open("table", {{"class", "entities"}})
      .Raw(
          "<thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Type</th>"
          "<th scope=\"col\">Paragraphs</th><th scope=\"col\">Meetings</th><th scope=\"col\">First</th>"
          "<th scope=\"col\">Last</th></tr></thead><tbody>");
  for (const ListedValue& value : values) {
    // The field search for the value: what --list entities suggests typing.
    const schema::Field* field = schema::EntityField(value.kind);
    const std::string query = field ? std::string(field->name) + ":\"" + value.value + "\"" : value.value;
    html.Open("tr").Open("td").Link(Href("/", {{"q", query}}), value.value).Close("td");
    for (const std::string& cell :
         {value.kind, std::to_string(value.paragraphs), std::to_string(value.meetings), value.first, value.last})
      html.Element("td", {}, cell);
    html.Close("tr");
  }
  html.Raw("</tbody></table>");
  return Frame("Entities \u2013 quorum", html.str());
}

}  // namespace quorum
