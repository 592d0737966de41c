// SPDX-License-Identifier: MIT
// Prints the ledger: text for people (colour only on a terminal, as search
// results), JSON lines per README "Requests, commitments and decisions",
// CSV (RFC 4180) and Markdown citations.
#include <string>

#include "common/base/note_json.h"
#include "common/index/schema.h"
#include "query/ledger.h"

namespace quorum {
namespace {

namespace d = schema::data;

nlohmann::json NullIfEmpty(const std::string& value) {
  return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
}

// "(a) (b)": the items an answer delivers.
std::string ItemMarks(const std::vector<std::string>& labels) {
  std::string marks;
  for (const std::string& label : labels) marks += (marks.empty() ? "(" : " (") + label + ")";
  return marks;
}

// "answered: WG/BGR/2018/3 ¶2 (2018-03-14) (a) (b); …" or "open".
std::string Status(const LedgerRecord& record) {
  if (record.open()) return "open";
  std::string status = "answered: ";
  for (size_t i = 0; i < record.answers.size(); ++i) {
    const Answer& answer = record.answers[i];
    status += (i ? "; " : "") + answer.id + " (" + answer.date + ")";
    if (!answer.items.empty()) status += " " + ItemMarks(answer.items);
  }
  return status;
}

std::string Due(const nlohmann::json& request) {
  const std::string due = StoredText(request, "due"), value = StoredText(request, "due_value");
  if (due.empty()) return value;
  return value.empty() ? due : due + " (" + value + ")";
}

std::string CsvField(const std::string& value) {
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string StoredText(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void PrintLedgerText(const Ledger& ledger, bool color, std::ostream& out) {
  const char* bold = color ? "\033[1m" : "";
  const char* dim = color ? "\033[2m" : "";
  const char* mark = color ? "\033[1;33m" : "";
  const char* reset = color ? "\033[0m" : "";
  for (const LedgerRecord& record : ledger.records) {
    const nlohmann::json& request = record.source.request;
    const nlohmann::json& paragraph = record.source.paragraph;
    // A note without a symbol is cited by body and date: the date is in the
    // citation already, and printing it twice only adds noise.
    const std::string citation = RecordCitation(record.source), date = StoredText(paragraph, d::kDate);
    const bool dated = !date.empty() && citation.find(date) == std::string::npos;
    out << bold << citation << reset << "  " << (dated ? date + "  " : "") << StoredText(request, "kind") << '\n';
    const std::string requester = StoredText(request, "requester"), addressee = StoredText(request, "addressee");
    // "Working Group → IORB Administration"; a commitment names only who undertook it.
    if (!requester.empty() || !addressee.empty())
      out << "   " << requester << (requester.empty() ? "" : " ") << "\u2192 " << (addressee.empty() ? "?" : addressee)
          << '\n';
    if (!StoredText(request, "deliverable").empty()) out << "   " << StoredText(request, "deliverable") << '\n';
    if (!Due(request).empty()) out << "   due " << Due(request) << '\n';
    out << "   " << (record.open() ? mark : "") << Status(record) << (record.open() ? reset : "") << '\n';
    out << "   " << dim << "\u201C" << StoredText(request, "sentence") << "\u201D" << reset << "\n\n";
  }
  out << ledger.total << (ledger.total == 1 ? " request" : " requests") << ", " << ledger.open << " open";
  if (!ledger.records.empty()) out << ", showing " << ledger.first << "-" << ledger.first + ledger.records.size() - 1;
  out << '\n';
}

OrderedJson LedgerRecordJson(const LedgerRecord& record) {
  const nlohmann::json& request = record.source.request;
  const nlohmann::json& paragraph = record.source.paragraph;
  OrderedJson items = OrderedJson::array();
  for (const auto& item : request.value("items", nlohmann::json::array()))
    items.push_back("(" + StoredText(item, "label") + ") " + StoredText(item, "text"));
  OrderedJson answered_by = OrderedJson::array();
  for (const Answer& answer : record.answers)
    answered_by.push_back({{"id", answer.id},
                           {"date", answer.date},
                           {"text", answer.text},
                           {"items", answer.items},
                           {"how", answer.how}});
  const auto number = paragraph.find(d::kNumber);
  return {{"v", kLedgerJsonVersion},
          {"type", "request"},
          {"id", StoredText(paragraph, d::kId)},
          {"kind", StoredText(request, "kind")},
          {"requester", NullIfEmpty(StoredText(request, "requester"))},
          {"addressee", NullIfEmpty(StoredText(request, "addressee"))},
          {"deliverable", StoredText(request, "deliverable")},
          {"items", items},
          {"due", NullIfEmpty(StoredText(request, "due"))},
          {"due_value", NullIfEmpty(StoredText(request, "due_value"))},
          {"text", StoredText(request, "sentence")},
          {"meeting", StoredText(paragraph, d::kMeeting)},
          {"body", StoredText(paragraph, d::kBody)},
          {"date", StoredText(paragraph, d::kDate)},
          {"paragraph", number == paragraph.end() ? nlohmann::json(nullptr) : *number},
          {"path", StoredText(paragraph, d::kPath)},
          {"status", record.open() ? "open" : "answered"},
          {"answered_by", answered_by}};
}

OrderedJson LedgerSummaryJson(const Ledger& ledger) {
  return {{"v", kLedgerJsonVersion},
          {"type", "summary"},
          {"requests", ledger.total},
          {"open", ledger.open},
          {"returned", ledger.records.size()}};
}

void PrintLedgerJson(const Ledger& ledger, std::ostream& out) {
  for (const LedgerRecord& record : ledger.records) out << DumpJsonLine(LedgerRecordJson(record)) << '\n';
  out << DumpJsonLine(LedgerSummaryJson(ledger)) << '\n';
}

void PrintLedgerCsv(const Ledger& ledger, std::ostream& out) {
  out << "id,date,kind,requester,addressee,deliverable,due,status,answered_by,text\r\n";
  for (const LedgerRecord& record : ledger.records) {
    const nlohmann::json& request = record.source.request;
    std::string answered_by;
    for (const Answer& answer : record.answers) answered_by += (answered_by.empty() ? "" : "; ") + answer.id;
    out << CsvField(RecordCitation(record.source)) << ',' << CsvField(StoredText(record.source.paragraph, d::kDate))
        << ',' << CsvField(StoredText(request, "kind")) << ',' << CsvField(StoredText(request, "requester")) << ','
        << CsvField(StoredText(request, "addressee")) << ',' << CsvField(StoredText(request, "deliverable")) << ','
        << CsvField(Due(request)) << ',' << CsvField(record.open() ? "open" : "answered") << ','
        << CsvField(answered_by) << ',' << CsvField(StoredText(request, "sentence")) << "\r\n";
  }
}

void PrintLedgerMarkdown(const Ledger& ledger, std::ostream& out) {
  for (const LedgerRecord& record : ledger.records) {
    const nlohmann::json& request = record.source.request;
    out << "- **" << RecordCitation(record.source) << "** (" << StoredText(record.source.paragraph, d::kDate) << ", "
        << StoredText(request, "kind") << "; " << Status(record) << "): " << StoredText(request, "sentence") << '\n';
  }
}

}  // namespace quorum
