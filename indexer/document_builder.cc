// SPDX-License-Identifier: MIT
// Paragraph -> Xapian document. The term layout mirrors what Xapian's own
// TermGenerator writes (unstemmed terms with positions, "Z"-prefixed stems
// without), because the query side parses with Xapian's QueryParser, which
// expects exactly that layout.
#include "indexer/document_builder.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <set>

#include "common/base/note_json.h"
#include "common/index/schema.h"
#include "common/index/stored_entities.h"
#include "common/text/language.h"

namespace quorum {
namespace {

// Parts of a document (text, footnotes, context) are kept this many
// positions apart so a phrase never matches across two of them.
constexpr Xapian::termpos kPartGap = 100;
constexpr size_t kMaxWordBytes = 64;

void AddFilter(Xapian::Document* doc, const schema::Field& field, std::string_view value) {
  if (!value.empty()) doc->add_boolean_term(schema::FilterTerm(field, value));
}

// The text of the paragraph's sub-item labelled `label`; empty if none.
std::string ItemText(const Paragraph& paragraph, const std::string& label) {
  for (const SubItem& item : paragraph.items)
    if (item.label == label) return item.text;
  return {};
}

// Each request with its items' texts, so the ledger prints a record (and
// follow-up compares deliverables) from the stored data alone.
nlohmann::json RequestsData(const Paragraph& paragraph) {
  nlohmann::json requests = nlohmann::json::array();
  for (const Request& r : paragraph.requests) {
    nlohmann::json items = nlohmann::json::array();
    for (const std::string& label : r.items) items.push_back({{"label", label}, {"text", ItemText(paragraph, label)}});
    requests.push_back({{"kind", r.kind},
                        {"requester", r.requester},
                        {"addressee", r.addressee},
                        {"deliverable", r.deliverable},
                        {"items", items},
                        {"due", r.due},
                        {"due_value", r.due_value},
                        {"sentence", r.sentence},
                        {"start", r.start},
                        {"end", r.end}});
  }
  return requests;
}

// Terms of the paragraph's requests: their kinds, and the words of who
// asked and who must act, for type:request and the ledger's --to and --by.
void AddRequestTerms(const Paragraph& paragraph, Xapian::Document* doc) {
  for (const Request& request : paragraph.requests) {
    if (!schema::IsRequestKind(request.kind)) continue;
    doc->add_boolean_term(schema::RequestKindTerm(request.kind));
    for (const std::string& word : schema::PartyWords(request.addressee))
      doc->add_boolean_term(schema::BoundedTerm(schema::kAddresseePrefix, word));
    for (const std::string& word : schema::PartyWords(request.requester))
      doc->add_boolean_term(schema::BoundedTerm(schema::kRequesterPrefix, word));
  }
}

// The stored data leaves out a key whose value is empty ("", [], page 0):
// every reader takes a missing key as that same empty value, most
// paragraphs have no footnotes, items, entities or requests, and many notes
// no symbol, title or section, so the empty values were a large share of
// the bytes stored per paragraph. A missing paragraph number is null (an
// unnumbered paragraph), and the ordinal is read from its value slot.
// Always written: the text and the agenda label (its presence says the
// paragraph is under an agenda item); on the note's record, its path,
// meeting and language (readers default a missing language to "en").
void PutUnlessEmpty(nlohmann::json* data, const char* key, const std::string& value) {
  if (!value.empty()) (*data)[key] = value;
}

void PutUnlessEmpty(nlohmann::json* data, const char* key, nlohmann::json value) {
  if (!value.empty()) (*data)[key] = std::move(value);
}

// What is the same for every paragraph of the note, stored once, on its
// first paragraph (schema::data::kNote): on a corpus of speeches with no
// title block the meeting is the file's path, and path, meeting and
// citation repeated on every paragraph were a fifth of the stored bytes.
nlohmann::json NoteData(const Note& note) {
  namespace d = schema::data;
  nlohmann::json data = {{d::kPath, note.path}, {d::kMeeting, note.MeetingId()}, {d::kLanguage, note.language}};
  PutUnlessEmpty(&data, d::kBody, note.body);
  PutUnlessEmpty(&data, d::kType, note.type);
  PutUnlessEmpty(&data, d::kDate, note.date);
  PutUnlessEmpty(&data, d::kSymbol, note.symbol);
  PutUnlessEmpty(&data, d::kTitle, note.title);
  nlohmann::json titles = nlohmann::json::object();
  for (const AgendaItem& item : note.agenda)
    if (const std::string title = note.AgendaTitle(item.label); !title.empty()) titles[item.label] = title;
  PutUnlessEmpty(&data, d::kAgendaTitles, std::move(titles));
  return data;
}

nlohmann::json StoredData(const Note& note, const Paragraph& paragraph, size_t ordinal) {
  namespace d = schema::data;
  // The ordinal is in kSlotOrdinal; readers put it back (query/stored_paragraph.h).
  nlohmann::json data = {{d::kText, paragraph.text}};
  if (ordinal == 0) data[d::kNote] = NoteData(note);
  if (paragraph.number) data[d::kNumber] = *paragraph.number;
  PutUnlessEmpty(&data, d::kSection, paragraph.section);
  if (paragraph.page > 0) data[d::kPage] = paragraph.page;
  nlohmann::json items = nlohmann::json::array();
  for (const SubItem& item : paragraph.items) items.push_back({{"label", item.label}, {"text", item.text}});
  PutUnlessEmpty(&data, d::kItems, std::move(items));
  PutUnlessEmpty(&data, d::kFootnotes, nlohmann::json(paragraph.footnotes));
  nlohmann::json entities = nlohmann::json::array();
  for (const Entity& e : paragraph.entities) {
    nlohmann::json entity = {
        {"type", e.type}, {"text", e.text}, {"value", e.value}, {"start", e.start}, {"end", e.end}};
    if (!e.item.empty()) entity["item"] = e.item;
    if (e.footnote > 0) entity["footnote"] = e.footnote;
    entities.push_back(std::move(entity));
  }
  PutUnlessEmpty(&data, d::kEntities, std::move(entities));
  d::CompactEntities(&data);
  if (!paragraph.requests.empty()) data[d::kRequests] = RequestsData(paragraph);
  if (paragraph.agenda) data[d::kAgendaLabel] = *paragraph.agenda;
  return data;
}

}  // namespace

const Xapian::Stem& DocumentBuilder::StemmerFor(const std::string& language) {
  if (language != stem_language_) {
    stemmer_ = Xapian::Stem(StemmerName(language));
    stem_language_ = language;
    stems_.clear();
  }
  return stemmer_;
}

const std::string& DocumentBuilder::Stemmed(const std::string& word) {
  // A few thousand words make most of any text, and a look-up costs less
  // than running the stemmer on every occurrence again: remember the stems,
  // up to a bound that keeps a worker's memory small.
  constexpr size_t kMaxCachedStems = 100000;
  if (const auto it = stems_.find(word); it != stems_.end()) return it->second;
  if (stems_.size() >= kMaxCachedStems) stems_.clear();
  // A stop word's stem is left out, as Xapian's TermGenerator does with a
  // stopper (STOP_STEMMED): the query side drops stop words from queries
  // (query/query_builder.cc), so "Zthe" was never searched for, yet stood
  // in nearly every paragraph (2.7 MB of 130 on UN General Debate sessions
  // 70-79). The word itself keeps its positions, for phrases.
  return stems_.emplace(word, IsStopWord(word, stem_language_) ? std::string() : stemmer_(word)).first->second;
}

void DocumentBuilder::IndexText(std::string_view text, const std::string& prefix, Xapian::Document* doc,
                                Xapian::termpos* position, bool positional) {
  const std::vector<Token> tokens = tokeniser_.Tokenise(text, static_cast<int>(*position));
  std::string term = prefix;
  std::string stemmed = "Z" + prefix;
  for (const Token& token : tokens) {
    // As TermGenerator does, words over 64 bytes (debris, URLs, base64) are
    // not indexed: they would only bloat the index and may pass Xapian's
    // term length limit once prefixed.
    if (token.term.empty() || token.term.size() > kMaxWordBytes) continue;
    // A word without positions can only be matched alone, and queries drop
    // stop words: "XCthe" would never be searched for.
    if (!positional && IsStopWord(token.term, stem_language_)) continue;
    if (positional) {
      term.resize(prefix.size());
      term += token.term;
      doc->add_posting(term, static_cast<Xapian::termpos>(token.position));
    }
    // A word without positions is matched by its stem alone: the query side
    // stems every word it looks for there (query/query_builder.cc), so the
    // word as written would never be read (it was 1 % of an index).
    // Otherwise, as TermGenerator does, words that start with a digit are
    // not stemmed.
    if (!positional || !std::isdigit(static_cast<unsigned char>(token.term[0]))) {
      if (const std::string& stem = Stemmed(token.term); !stem.empty()) {
        stemmed.resize(prefix.size() + 1);
        stemmed += stem;
        doc->add_term(stemmed);
      }
    }
    *position = static_cast<Xapian::termpos>(token.position) + 1;
  }
  *position += kPartGap;
}

Xapian::Document DocumentBuilder::Build(const Note& note, size_t ordinal, const std::string& note_key) {
  const Paragraph& paragraph = note.paragraphs[ordinal];
  Xapian::Document doc;
  StemmerFor(note.language);

  Xapian::termpos position = 1;
  IndexText(paragraph.text, "", &doc, &position);
  for (const SubItem& item : paragraph.items) IndexText(item.text, "", &doc, &position);
  for (const std::string& footnote : paragraph.footnotes) IndexText(footnote, "", &doc, &position);
  if (!paragraph.reference.empty()) IndexText(paragraph.reference, "", &doc, &position);  // after: text starts at 1

  const std::string agenda_title = paragraph.agenda ? note.AgendaTitle(*paragraph.agenda) : "";
  // Context words are stored without positions: they repeat on every
  // paragraph of a note, so their positions were written once per
  // paragraph, and the query side matches them as words, at a quarter
  // weight. A quoted phrase then matches in the paragraph's own text only,
  // never in its context, and is no error (Xapian finds no positions there
  // and the phrase simply does not match). Agenda item and body words (XAT,
  // XBT) and entity words keep theirs: body:IOM-UN is a phrase query.
  const std::string context_prefix(schema::kContextPrefix);
  Xapian::termpos context_position = 1;
  for (const std::string* part : {&note.title, &note.body, &agenda_title, &paragraph.section})
    IndexText(*part, context_prefix, &doc, &context_position, false);
  // What the note says outside its paragraphs (front matter, title-block
  // footnotes, agenda items) is context of its first paragraph only: found
  // with the note, without weighing on every paragraph of it.
  if (ordinal == 0) {
    for (const std::string& line : note.front_matter) IndexText(line, context_prefix, &doc, &context_position, false);
    for (const std::string& footnote : note.footnotes)
      IndexText(footnote, context_prefix, &doc, &context_position, false);
    for (const AgendaItem& item : note.agenda) IndexText(item.title, context_prefix, &doc, &context_position, false);
  }
  Xapian::termpos title_position = 1;
  IndexText(agenda_title, std::string(schema::kAgendaTitlePrefix), &doc, &title_position);

  doc.add_boolean_term(schema::NoteTerm(note_key));
  AddFilter(&doc, schema::kMeeting, note.MeetingId());
  AddFilter(&doc, schema::kMeeting, note.symbol);
  AddFilter(&doc, schema::kMeeting, note.date);
  AddFilter(&doc, schema::kBody, note.body);
  if (paragraph.agenda) AddFilter(&doc, schema::kAgenda, *paragraph.agenda);
  AddFilter(&doc, schema::kType, note.type);
  if (note.language != schema::kUnmarkedLanguage) AddFilter(&doc, schema::kLanguage, note.language);
  if (note.date.size() >= 4) AddFilter(&doc, schema::kYear, note.date.substr(0, 4));
  if (paragraph.number) AddFilter(&doc, schema::kParagraph, *paragraph.number);
  // The words of names (event:"thematic session", role:"director general")
  // are read from these terms at query time (query/value_words.h).
  for (const Entity& entity : paragraph.entities)
    for (const std::string& term : schema::EntityTerms(entity.type, entity.text, entity.value))
      doc.add_boolean_term(term);

  AddRequestTerms(paragraph, &doc);

  doc.add_value(schema::kSlotDate, schema::DateSlotValue(note.date));
  doc.add_value(schema::kSlotMeeting, schema::MeetingFacetValue(note.MeetingId()));
  doc.add_value(schema::kSlotOrdinal, Xapian::sortable_serialise(static_cast<double>(ordinal)));
  doc.add_value(schema::kSlotNoteKey, note_key);
  if (paragraph.page > 0)
    doc.add_value(schema::kSlotPage, Xapian::sortable_serialise(static_cast<double>(paragraph.page)));
  schema::FacetValues facets{"", note.body, note.date.size() >= 4 ? note.date.substr(0, 4) : "", ""};
  if (paragraph.agenda) facets.agenda = schema::AgendaFacetValue(*paragraph.agenda, agenda_title);
  std::set<std::string> types;
  for (const Entity& entity : paragraph.entities) types.insert(entity.type);
  // Request kinds count in the entity facet too: "request 3" beside "date 12".
  for (const Request& request : paragraph.requests)
    if (schema::IsRequestKind(request.kind)) types.insert(request.kind);
  for (const std::string& type : types) facets.entity_types += (facets.entity_types.empty() ? "" : " ") + type;
  doc.add_value(schema::kSlotFacets, schema::EncodeFacets(facets));

  doc.set_data(DumpJsonLine(StoredData(note, paragraph, ordinal)));
  return doc;
}

}  // namespace quorum
