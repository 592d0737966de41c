// SPDX-License-Identifier: MIT
// Request, commitment and decision tagging (see request_tagger.h). Each
// paragraph is first screened for trigger stems with a plain search over a
// lower-cased copy; only the few that pass are split into words and
// sentences and read form by form (request_forms.cc, request_readers.cc).
#include "common/requests/request_tagger.h"

#include <algorithm>

#include "common/requests/request_forms.h"
#include "common/requests/request_internal.h"
#include "common/requests/request_minutes.h"
#include "common/requests/stem_screen.h"

namespace quorum {
namespace {

using requests::Draft;

// Stems every trigger word contains. A paragraph with none of them holds no
// request, and most paragraphs (what was said, by whom) hold none.
const requests::StemScreen kStems{
    "request", "ask",    "invit",    "urge",           "call",       "decid",           "décid",
    "agree",   "adopt",  "approv",   "vote",           "resolv",     "endors",          "would",
    "will",    "undert", "pledge",   "promise",        "propos",     "sugges",          "enjoy",
    "prié",    "charg",  "demand",   "pidi",           "solicit",    "acord",           "aprob",
    "rait",    "ría",    "convenu",  "recommendation", "commitment", "sought",          "seeks",
    "to know", "accept", "instruct", "going to",       "settled on", "determined that", "recommends that",
    "approuv"};

// Bounds on one paragraph's work. The longest real paragraphs are a few
// kilobytes; a megabyte "paragraph" is debris (a file with no line breaks),
// and reading it would cost memory in proportion to its size times its
// triggers (each record keeps its sentence).
constexpr size_t kMaxParagraphBytes = 64 * 1024;
constexpr size_t kMaxRecordsPerParagraph = 64;

bool MayHoldRequest(std::string_view lowered) { return kStems.Any(lowered); }

// Byte offset of code point `index`, and the reverse, over one paragraph.
size_t ByteOfCodePoint(std::string_view text, int index) {
  int count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count == index) return i;
    ++count;
  }
  return text.size();
}
int CodePointOfByte(std::string_view text, size_t byte) {
  int count = 0;
  for (size_t i = 0; i < byte && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

// Folds what only completes an earlier request of the same paragraph into
// it: a supported proposal about "such an update" gives the request its due
// point; "The Working Group agreed that the note should cover:" gives it the
// list that follows.
void Fold(std::vector<Draft>* drafts) {
  std::vector<Draft> kept;
  for (Draft& draft : *drafts) {
    auto earlier = std::find_if(kept.rbegin(), kept.rend(),
                                [](const Draft& d) { return d.request.kind == request_kind::kRequest; });
    const bool completes =
        draft.anaphoric && earlier != kept.rend() &&
        (draft.request.kind == request_kind::kDecision || draft.request.kind == request_kind::kRequest);
    if (!completes) {
      kept.push_back(std::move(draft));
      continue;
    }
    if (earlier->request.due.empty()) {
      earlier->request.due = draft.request.due;
      earlier->request.due_value = draft.request.due_value;
    }
    earlier->last_sentence = std::max(earlier->last_sentence, draft.last_sentence);
  }
  *drafts = std::move(kept);
}

// A recital states why an instrument is made ("Whereas, this Council has
// determined …", "Considérant que …", "Vu la délibération …",
// "Considerando que …"); what it recounts was decided or asked before, and
// the instrument's own clauses follow it.
void DropRecitals(const requests::Text& t, std::vector<Draft>* drafts) {
  drafts->erase(
      std::remove_if(
          drafts->begin(), drafts->end(),
          [&t](const Draft& d) {
            const size_t head = t.sentences[d.sentence].begin;
            return t.IsAny(head, {"whereas", "considérant", "considerando", "vu", "visto", "vista", "attendu"});
          }),
      drafts->end());
}

class ParagraphTagger {
 public:
  explicit ParagraphTagger(const Note& note) {
    // Some minutes print their body only in the title ("Compte-rendu du conseil municipal du …").
    context_.body = note.body.empty() ? requests::BodyFromTitle(note.title) : note.body;
    for (size_t i = 0; context_.body.empty() && i < note.front_matter.size() && i < 3; ++i)
      context_.body = requests::BodyFromTitle(note.front_matter[i]);
    context_.body_short = context_.body.empty() ? std::string() : requests::BodyShortName(context_.body);
    context_.body_initials = requests::BodyInitials(context_.body);
    context_.meeting_year = note.date.substr(0, std::min<size_t>(4, note.date.size()));
    context_.language = note.language;
  }

  void Tag(Paragraph* paragraph) {
    paragraph->requests.clear();
    // The heading may say what its lines are ("Action items", "Decisions").
    context_.section = paragraph->section;
    if (paragraph->text.size() > kMaxParagraphBytes) return;
    TagLead(paragraph);
    for (const SubItem& item : paragraph->items) TagItem(*paragraph, item, &paragraph->requests);
    // Minutes of turns: "Mark: …" then "Mara: Could you put in the channel?" asks Mark.
    context_.previous_speaker = requests::LeadingSpeaker(paragraph->text);
  }

 private:
  void TagLead(Paragraph* paragraph) {
    Lower(paragraph->text);
    const bool prose = MayHoldRequest(lowered_);
    const bool minutes =
        requests::MayHoldMinutesForm(lowered_) || requests::OutcomeHeading(context_.section) != nullptr;
    const bool enactment = !minutes && requests::MayHoldEnactment(lowered_);
    if (!prose && !minutes && !enactment) return;
    text_.Load(paragraph->text);
    if (text_.sentences.empty()) return;
    LoadDates(*paragraph, paragraph->text, "");
    drafts_.clear();
    if (prose) requests::ReadForms(text_, context_, *paragraph, dates_, &drafts_);
    const size_t read = drafts_.size();
    if (minutes) requests::MinutesReader(text_, context_, dates_, &drafts_).Read();
    if (enactment) requests::MinutesReader(text_, context_, dates_, &drafts_).ReadEnactments();
    // Reading order: the minutes forms' records among the prose ones.
    if (drafts_.size() > read)
      std::stable_sort(drafts_.begin(), drafts_.end(),
                       [](const Draft& a, const Draft& b) { return a.trigger < b.trigger; });
    Fold(&drafts_);
    DropRecitals(text_, &drafts_);
    if (drafts_.size() > kMaxRecordsPerParagraph) drafts_.resize(kMaxRecordsPerParagraph);
    for (Draft& draft : drafts_) paragraph->requests.push_back(Finish(*paragraph, std::move(draft)));
    // A paragraph ending "namely:" / "the following recommendations …:"
    // lists what its last request, commitment or decision is about.
    if (!paragraph->requests.empty() && !paragraph->items.empty() && requests::EndsWithColon(paragraph->text)) {
      Request& last = paragraph->requests.back();
      for (const SubItem& item : paragraph->items) last.items.push_back(item.label);
    }
  }

  // A listed item of minutes may itself be an outcome line: "Action: **Ben
  // file an issue …**", "**Agreement: V8 should track stable**", "…
  // Vote FAVORABLE, à l’unanimité". Only those forms are read there: the
  // sub-items of a UN report's paragraph are what its lead text asks for.
  // The record names the item; its start and end are 0 (they are offsets
  // into the paragraph's lead text, and the item is not part of it).
  void TagItem(const Paragraph& paragraph, const SubItem& item, std::vector<Request>* out) {
    if (item.text.size() > kMaxParagraphBytes || out->size() >= kMaxRecordsPerParagraph) return;
    if (!requests::MayHoldItemForm(item.text) && requests::OutcomeHeading(context_.section) == nullptr) return;
    text_.Load(item.text);
    if (text_.sentences.empty()) return;
    LoadDates(paragraph, item.text, item.label);
    drafts_.clear();
    requests::MinutesReader(text_, context_, dates_, &drafts_).Read(/*item_only=*/true);
    for (Draft& draft : drafts_) {
      Request request = std::move(draft.request);
      request.requester = requests::AsBody(context_, request.requester);
      request.addressee = requests::AsBody(context_, request.addressee);
      const size_t from = text_.sentence_bytes[draft.sentence];
      const size_t to = draft.sentence + 1 < text_.sentence_bytes.size() ? text_.sentence_bytes[draft.sentence + 1]
                                                                         : item.text.size();
      request.sentence = item.text.substr(from, to - from);
      while (!request.sentence.empty() && request.sentence.back() == ' ') request.sentence.pop_back();
      if (!item.label.empty()) request.items.push_back(item.label);
      out->push_back(std::move(request));
    }
  }

  void Lower(const std::string& text) {
    lowered_.assign(text);
    for (char& c : lowered_)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }

  // The paragraph's dates in `text` (its lead text, or the item `label`).
  void LoadDates(const Paragraph& paragraph, const std::string& text, const std::string& label) {
    dates_.clear();
    for (const Entity& entity : paragraph.entities) {
      if (entity.type != entity_type::kDate || entity.item != label || entity.footnote != 0) continue;
      dates_.push_back({ByteOfCodePoint(text, entity.start), ByteOfCodePoint(text, entity.end), entity.value});
    }
  }

  Request Finish(const Paragraph& paragraph, Draft draft) {
    Request request = std::move(draft.request);
    // "the SC", "the group", "le conseil municipal": the body, by the one name the ledger lists it under.
    request.requester = requests::AsBody(context_, request.requester);
    request.addressee = requests::AsBody(context_, request.addressee);
    const std::string_view text = paragraph.text;
    const size_t from = text_.sentence_bytes[draft.sentence];
    size_t to = draft.last_sentence + 1 < text_.sentence_bytes.size() ? text_.sentence_bytes[draft.last_sentence + 1]
                                                                      : text.size();
    while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\n')) --to;
    request.sentence = std::string(text.substr(from, to - from));
    request.start = CodePointOfByte(text, from);
    request.end = request.start + CodePointOfByte(request.sentence, request.sentence.size());
    return request;
  }

  requests::NoteContext context_;
  requests::Text text_;
  std::string lowered_;
  std::vector<requests::DateSpan> dates_;
  std::vector<Draft> drafts_;
};

}  // namespace

void TagRequests(Note* note) {
  ParagraphTagger tagger(*note);
  for (Paragraph& paragraph : note->paragraphs) tagger.Tag(&paragraph);
}

}  // namespace quorum
