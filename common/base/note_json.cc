// SPDX-License-Identifier: MIT
// Note -> JSON per the --parse-only contract.
#include "common/base/note_json.h"

namespace quorum {
namespace {

OrderedJson NullIfEmpty(const std::string& value) { return value.empty() ? OrderedJson(nullptr) : OrderedJson(value); }

OrderedJson ParagraphToJson(const Paragraph& paragraph) {
  OrderedJson items = OrderedJson::array();
  for (const SubItem& item : paragraph.items) items.push_back({{"label", item.label}, {"text", item.text}});
  OrderedJson entities = OrderedJson::array();
  for (const Entity& entity : paragraph.entities) {
    OrderedJson json = {{"type", entity.type},
                        {"text", entity.text},
                        {"value", entity.value},
                        {"start", entity.start},
                        {"end", entity.end}};
    if (!entity.item.empty()) json["item"] = entity.item;         // offsets count in that item's text
    if (entity.footnote > 0) json["footnote"] = entity.footnote;  // ... or that footnote's
    entities.push_back(std::move(json));
  }
  return {{"number", paragraph.number ? OrderedJson(*paragraph.number) : OrderedJson(nullptr)},
          {"reference", NullIfEmpty(paragraph.reference)},
          {"agenda", paragraph.agenda ? OrderedJson(*paragraph.agenda) : OrderedJson(nullptr)},
          {"section", NullIfEmpty(paragraph.section)},
          {"text", paragraph.text},
          {"items", items},
          {"page", paragraph.page > 0 ? OrderedJson(paragraph.page) : OrderedJson(nullptr)},
          {"line", paragraph.line},
          {"speaker", NullIfEmpty(paragraph.speaker)},
          {"footnotes", paragraph.footnotes},
          {"entities", entities}};
}

// The contract's note-level "requests" array: one object per request,
// commitment or decision, in reading order, with the paragraph it is in.
OrderedJson RequestsToJson(const Note& note) {
  OrderedJson requests = OrderedJson::array();
  for (const Paragraph& paragraph : note.paragraphs) {
    for (const Request& request : paragraph.requests) {
      // Items as "(a) text of the item", in the order the paragraph lists them.
      OrderedJson items = OrderedJson::array();
      for (const std::string& label : request.items) {
        for (const SubItem& item : paragraph.items)
          if (item.label == label) items.push_back("(" + item.label + ") " + item.text);
      }
      requests.push_back({{"kind", request.kind},
                          {"requester", NullIfEmpty(request.requester)},
                          {"addressee", NullIfEmpty(request.addressee)},
                          {"deliverable", request.deliverable},
                          {"items", items},
                          {"due", NullIfEmpty(request.due)},
                          {"due_value", NullIfEmpty(request.due_value)},
                          {"paragraph", paragraph.number ? OrderedJson(*paragraph.number) : OrderedJson(nullptr)},
                          {"text", request.sentence},
                          {"start", request.start},
                          {"end", request.end}});
    }
  }
  return requests;
}

}  // namespace

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kNote:
      return "note";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      break;
  }
  return "error";
}

OrderedJson NoteToJson(const Note& note) {
  OrderedJson agenda = OrderedJson::array();
  for (const AgendaItem& item : note.agenda) agenda.push_back({{"label", item.label}, {"title", item.title}});
  OrderedJson paragraphs = OrderedJson::array();
  for (const Paragraph& paragraph : note.paragraphs) paragraphs.push_back(ParagraphToJson(paragraph));
  OrderedJson diagnostics = OrderedJson::array();
  for (const Diagnostic& d : note.diagnostics)
    diagnostics.push_back({{"severity", SeverityName(d.severity)}, {"line", d.line}, {"message", d.message}});
  return {{"v", kParseJsonVersion},
          {"path", note.path},
          {"hash", note.content_hash},
          {"format", note.format},
          {"encoding", NullIfEmpty(note.encoding)},
          {"language", note.language},
          {"body", NullIfEmpty(note.body)},
          {"type", NullIfEmpty(note.type)},
          {"date", NullIfEmpty(note.date)},
          {"symbol", NullIfEmpty(note.symbol)},
          {"title", NullIfEmpty(note.title)},
          {"meeting", note.MeetingId()},
          {"agenda", agenda},
          {"paragraphs", paragraphs},
          {"footnotes", note.footnotes},
          {"front_matter", note.front_matter},
          {"left_out", note.left_out},
          {"requests", RequestsToJson(note)},
          {"diagnostics", diagnostics}};
}

}  // namespace quorum
