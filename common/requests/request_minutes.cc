// SPDX-License-Identifier: MIT
// The forms minutes record outcomes in, rather than prose: action items
// ("ACTION: Alice to …", "AI: …", "[ ] @bob draft the …", "Action item
// (Bob, 1 May): …", "Rich, has action to …"), agreement lines
// ("**Agreement: V8 should track stable**"), owners' lines ("Mikeal and
// Chris to …") and speakers' "I'll …"; and the cheap screens that decide
// whether a paragraph or listed item is read for them. Votes and the
// requests put to a council are in request_votes.cc.
#include "common/requests/request_minutes.h"

#include <algorithm>
#include <cctype>

#include "common/requests/request_forms.h"
#include "common/requests/stem_screen.h"
#include "common/text/note_lines.h"

namespace quorum::requests {

bool StartsWith(std::string_view text, std::string_view head) { return text.substr(0, head.size()) == head; }

// The text after Markdown emphasis, list and quote marks at its start.
std::string_view Unmarked(std::string_view text) {
  while (!text.empty() && (text.front() == '*' || text.front() == '_' || text.front() == ' ' || text.front() == '-' ||
                           text.front() == '>'))
    text.remove_prefix(1);
  return text;
}

// First word index at or after byte `byte`.
size_t WordAt(const Text& t, size_t byte) {
  size_t w = 0;
  while (w < t.words.size() && t.words[w].start < byte) ++w;
  return w;
}

size_t SentenceOf(const Text& t, size_t w) {
  for (size_t s = 0; s < t.sentences.size(); ++s)
    if (w < t.sentences[s].end) return s;
  return t.sentences.empty() ? 0 : t.sentences.size() - 1;
}

Draft NewMinutesDraft(const Text& t, const char* kind, size_t w) {
  Draft draft;
  draft.request.kind = kind;
  draft.sentence = draft.last_sentence = SentenceOf(t, w);
  draft.trigger = w;
  return draft;
}

// Words [begin, end) as printed, without emphasis marks around them.
std::string Plain(const Text& t, size_t begin, size_t end) {
  if (begin >= end || end > t.words.size()) return {};
  std::string out = TextWithout(t, {begin, end}, {});
  out.erase(std::remove(out.begin(), out.end(), '*'), out.end());
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out;
}

// Who an action item names: "Domenic will invite …", "Mikeal and Chris to
// …", "Ben file an issue …", "@bob draft …", "Myles, James, Michael, …
// will talk …". Returns the owner's word range ([w, w): nobody named, an
// imperative "Check that …") and sets *verb to where the task starts.
bool IsStatus(const Text& t, size_t w) {
  // A participle opens a status ("Bumped to …", "Assigned to …"); a short name ending so ("Ned", "Fred") does not.
  const std::string_view word = t.Lower(w);
  return t.IsAny(w, {"revisit", "punt", "as", "see", "closed", "done", "none", "pending", "ongoing", "deferred",
                     "postponed", "dropped", "withdrawn", "complete", "completed"}) ||
         (word.size() >= 6 && word.ends_with("ed") && !t.IsAny(w + 1, {"will", "and", "would"}) &&
          t.words[w + 1 < t.words.size() ? w + 1 : w].punct != ',');
}

Range Owner(const Text& t, size_t w, size_t end, size_t* verb) {
  *verb = w;
  // "Check that there is no objection …", "Invite Steven Loomis …": an imperative names nobody.
  if (t.IsAny(w, {"check",  "invite", "file",   "update", "move",   "add",         "review",   "draft",
                  "create", "ask",    "follow", "open",   "send",   "write",       "discuss",  "talk",
                  "look",   "make",   "fix",    "land",   "remove", "investigate", "schedule", "contact",
                  "reach",  "ping",   "go",     "get",    "find",   "prepare",     "share",    "post"}))
    return {w, w};
  size_t k = w;
  while (k < end && k < w + 16) {
    if (t.IsAny(k, {"will", "to", "would", "shall"}) && k > w) {
      // "X to <task>", not "X to the next call".
      if (t.Is(k, "to") && t.IsAny(k + 1, {"a", "an", "the", "next", "this", "our", "be", "its"})) return {w, w};
      *verb = k + 1;
      return {w, k};
    }
    if (t.Is(k, "is") && t.Is(k + 1, "going") && t.Is(k + 2, "to") && k > w) {
      *verb = k + 3;
      return {w, k};
    }
    if (!t.words[k].capital && t.words[k].punct == 0 && !t.IsAny(k, {"and", "or", "maybe", "hopefully", "others"}))
      break;
    ++k;
  }
  // "Ben file an issue": one capitalised name, then the task in lower case
  // (a verb, not "next week", "for two weeks", "during F2F").
  if (k == w + 1 && k < end && !t.words[k].capital && t.words[k].punct == 0 &&
      !t.IsAny(k, {"next",   "for",   "during", "to",    "the",   "a",     "an", "on",   "in", "at",   "with", "after",
                   "before", "later", "again",  "above", "below", "until", "by", "from", "of", "this", "that"})) {
    *verb = k;
    return {w, k};
  }
  return {w, w};
}

bool MayHoldMinutesForm(std::string_view lowered) {
  // Marks rare in prose, so that reports full of "plan of action" and
  // "work carried out" are not read twice.
  static const StemScreen kMarks{"motion", "vote fav", "action:", "action item", "action,", "has action", "ai:", "[ ]",
                                 "[x]", "next step", "est demand", "est propos", "invité", "élu", "aprob", "resolvió",
                                 "volunteer", "i'll", "i\u2019ll", "i.ll", ": i will", " va ", " vont ", " charge ",
                                 "the vote", "addressed to", "aprueb", "se decid", "se resuel", "se acord", "se defin",
                                 "owns the action",
                                 // A Spanish future passive ("se habilitará la actividad"), read by SpanishFuture().
                                 "r\u00e1 ", "r\u00e1n "};
  if (kMarks.Any(lowered)) return true;
  // An agreement line: "**Agreement: …", "Consensus from …", "Decision: …" (only the head is screened).
  static const StemScreen kHeads{"agreement", "consensus", "decision:", "resolved:"};
  const std::string_view head = Unmarked(lowered);
  if (kHeads.Any(head.substr(0, std::min<size_t>(head.size(), 12)))) return true;
  // Consent lines and subject-less outcomes: "No objections, agreed.", "Agreed to …" (the head only).
  static const StemScreen kConsent{"objection", "objeci", "agreed", "decided", "sticking with"};
  if (kConsent.Any(head.substr(0, std::min<size_t>(head.size(), 24)))) return true;
  return MayBeOwnerLine(lowered) || MayBeTurn(lowered);
}

// "eric huss: i'll …", "tc: lori, …": a speaker's label (letters and
// spaces, at most 30 bytes) and a colon open the text.
bool MayBeTurn(std::string_view lowered) {
  const size_t colon = lowered.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 30) return false;
  for (size_t i = 0; i < colon; ++i)
    if (std::string_view(" .,;()[]0123456789/").find(lowered[i]) != std::string_view::npos && lowered[i] != ' ')
      return false;
  return true;
}

bool MayHoldItemForm(std::string_view text) {
  // A listed item carries an outcome at its head ("Action: …", "**Agreement:
  // …", "[ ] …", "Next step - …") or a vote anywhere ("… Vote FAVORABLE, à
  // l’unanimité"). Checked on the first bytes, then with a few searches of
  // words that start with a capital as minutes print them.
  const std::string_view head = Unmarked(text.substr(0, 48));
  const std::string lowered = AsciiLower(head);
  for (std::string_view mark :
       {"action", "ai:", "[ ]", "[x]", "agreement", "consensus", "decision:", "resolved:", "next step", "todo:"})
    if (StartsWith(lowered, mark)) return true;
  for (std::string_view mark :
       {"Vote ", "vote fav", "VOTE", "Motion ", "motion carried", "otion Carried", "aprob", "est demand", "est propos"})
    if (text.find(mark) != std::string_view::npos) return true;
  return false;
}

bool MayHoldEnactment(std::string_view lowered) {
  static const StemScreen kMarks{" adopted", " passed", " carried",    " approved", "agreed to",
                                 "yeas",     "hereby",  "adopt\u00e9", "resolved"};
  return kMarks.Any(lowered) || lowered.starts_with("adopted") || lowered.starts_with("passed") ||
         lowered.starts_with("carried") || lowered.starts_with("approved");
}

// "mikeal and chris to semi-formalise the model": a short line whose first
// words, before " to ", could be names (checked on the lower-cased text, so
// only the shape: no full stop or other clause before " to ").
bool MayBeOwnerLine(std::string_view lowered) {
  if (lowered.size() >= 200) return false;
  // "mikeal and chris to …", "eric will post …", "oli and james volunteered".
  for (std::string_view mark : {" to ", " will ", " volunteer"}) {
    const size_t at = lowered.find(mark);
    if (at != std::string_view::npos && at <= 60 &&
        lowered.substr(0, at).find_first_of(".;:") == std::string_view::npos)
      return true;
  }
  return false;
}

void MinutesReader::Read(bool item_only) {
  ActionItem();
  // Before the agreement lines: "Resolved, by Board of Control, that …" names who resolved.
  ReadEnactments();
  Agreement();
  Votes();
  // "… Il est demandé au conseil municipal d’autoriser le maire :" may end a listed item too.
  ImpersonalRequests();
  if (!item_only) ReadLead();
  // Last: a line under an "Action items" or "Decisions" heading that no other form read.
  SectionLine();
}

void MinutesReader::ReadLead() {
  SpanishApprovals();
  SpanishFuture();
  AddressedRequest();
  SpeakerPromise();
  OwnerToVerb();
  OwnerLine();
  TurnRequests();
  TurnOutcomes();
  FrenchFuture();
}

bool MinutesReader::HasRecord(const char* kind, size_t sentence) const {
  return std::any_of(out_->begin(), out_->end(),
                     [&](const Draft& d) { return d.request.kind == kind && d.sentence == sentence; });
}

// The task, and its due point when it names one ("by 10 May 2024").
void MinutesReader::SetWhatAndWhen(size_t begin, size_t end, Draft* draft) const {
  const Due due = FindDue(t_, {begin, end}, dates_, note_.meeting_year);
  draft->request.deliverable = TextWithout(t_, {begin, end}, due.words);
  draft->request.deliverable.erase(
      std::remove(draft->request.deliverable.begin(), draft->request.deliverable.end(), '*'),
      draft->request.deliverable.end());
  if (!due.words.empty()) {
    draft->request.due = std::string(t_.Span(due.words.begin, due.words.end - 1));
    draft->request.due_value = due.value;
  }
}

std::string MinutesReader::BodyName() const { return note_.body_short; }

// "Action: Domenic will invite Mikeal …", "ACTION ITEM: Myles, James … will
// talk about this", "AI: …", "[ ] re-vendor npm's gyp …", "- [ ] @bob draft
// the …", "Action item (Carol, 1 May): amend PEP 1": a commitment of its
// owner, asked of them by the body.
void MinutesReader::ActionItem() {
  const std::string_view text = Unmarked(t_.text);
  const std::string_view lower = std::string_view(t_.lowered).substr(t_.text.size() - text.size());
  size_t after = 0;
  bool task_box = false;
  for (std::string_view head : {"action item:", "action items:", "action:", "action,", "ai:", "todo:", "next step -",
                                "next step:", "next steps:"}) {
    if (StartsWith(lower, head)) after = head.size();
  }
  for (std::string_view head : {"[ ]", "[x]"}) {
    if (StartsWith(lower, head)) after = head.size(), task_box = true;
  }
  std::string owner_in_brackets;
  if (!after && StartsWith(lower, "action item (")) {
    // "Action item (Bob, 1 May 2024): …": owner, then an optional due point.
    const size_t close = lower.find("):");
    if (close == std::string_view::npos) return;
    const std::string_view inside = text.substr(13, close - 13);
    owner_in_brackets = std::string(inside.substr(0, inside.find(',')));
    after = close + 2;
  }
  size_t owner_end = 0;
  if (!after) {
    // "Rich, has action to feel out …", "Bob has an action item to …".
    for (std::string_view mark :
         {"has action to ", "has an action to ", "has the action to ", "has an action item to "}) {
      const size_t at = lower.find(mark);
      if (at != std::string_view::npos && at < 40) {
        owner_end = t_.text.size() - text.size() + at;
        after = at + mark.size();
        break;
      }
    }
  }
  if (!after) {
    // "Action item: Carol will amend …" inside a sentence of its own.
    const size_t at = lower.find("action item: ");
    if (at == std::string_view::npos) return;
    after = at + 13;
  }
  const size_t begin_byte = t_.text.size() - text.size() + after;
  size_t w = WordAt(t_, begin_byte);
  const size_t end = t_.sentences[SentenceOf(t_, std::min(w, t_.words.size() - 1))].end;
  // A status, not a task: "ACTION: Closed.", "Revisit next week.", "Bumped to next teleconference.", "As noted above."
  if (w + 1 >= end || IsStatus(t_, w)) return;
  Draft draft = NewMinutesDraft(t_, request_kind::kCommitment, w);
  draft.request.requester = BodyName();
  size_t verb = w;
  if (!owner_in_brackets.empty()) {
    draft.request.addressee = owner_in_brackets;
    // The due point in the brackets: "Action item (Bob, 31 May 2024): …".
    for (const DateSpan& date : dates_)
      if (date.start < begin_byte && date.start > t_.words[0].start) {
        draft.request.due = std::string(t_.text.substr(date.start, date.end - date.start));
        draft.request.due_value = std::string(date.value);
      }
  } else if (owner_end) {
    draft.request.addressee = Plain(t_, WordAt(t_, t_.text.size() - text.size()), WordAt(t_, owner_end));
    while (!draft.request.addressee.empty() && draft.request.addressee.back() == ',')
      draft.request.addressee.pop_back();
  } else {
    // "@bob draft the …": a handle is the owner.
    const size_t at = t_.text.find('@', begin_byte);
    if (task_box && at != std::string_view::npos && at < t_.words[w].start + 2) {
      draft.request.addressee = std::string(t_.Span(w, w));
      verb = w + 1;
    } else {
      const Range owner = Owner(t_, w, end, &verb);
      if (!owner.empty()) draft.request.addressee = Plain(t_, owner.begin, owner.end);
    }
  }
  const std::string bracket_due = draft.request.due, bracket_value = draft.request.due_value;
  SetWhatAndWhen(verb, end, &draft);
  if (draft.request.due.empty()) draft.request.due = bracket_due, draft.request.due_value = bracket_value;
  if (draft.request.deliverable.empty()) return;
  // The prose reader may have read "Domenic will invite …" too, less well ("ACTION ITEM" as its subject).
  out_->erase(std::remove_if(out_->begin(), out_->end(),
                             [&](const Draft& d) {
                               return d.request.kind == request_kind::kCommitment && d.sentence == draft.sentence;
                             }),
              out_->end());
  out_->push_back(std::move(draft));
}

// "**Agreement: patch and minor releases are merged …**", "Consensus from
// the 10 TSC members present is opt-in.", "Decision: …", "Resolved: …".
void MinutesReader::Agreement() {
  const std::string_view text = Unmarked(t_.text);
  const std::string_view lower = std::string_view(t_.lowered).substr(t_.text.size() - text.size());
  size_t after = std::string_view::npos;
  // "Agreement:" or "**Agreement**"; not an agenda's "Agreement with CF Investors, LLC …".
  for (std::string_view head : {"agreement:", "agreement*", "decision:", "resolved:", "consensus:", "consensus from ",
                                "consensus is ", "consensus was ", "consensus reached"})
    if (StartsWith(lower, head)) after = head.size();
  if (after == std::string_view::npos) return;
  const size_t w = WordAt(t_, t_.text.size() - text.size());
  Draft draft = NewMinutesDraft(t_, request_kind::kDecision, w);
  draft.request.requester = draft.request.addressee = BodyName();
  draft.request.deliverable = Plain(t_, w + 1, t_.sentences[draft.sentence].end);
  if (draft.request.deliverable.empty()) draft.request.deliverable = Plain(t_, w, t_.sentences[draft.sentence].end);
  out_->push_back(std::move(draft));
}

// "Mikeal and Chris to semi-formalise the model": a short line naming
// owners, then "to" and the task, as minutes list the actions agreed.
void MinutesReader::OwnerToVerb() {
  if (t_.words.size() > 30 || t_.words.empty() || !t_.words[0].capital) return;
  size_t k = 0;
  while (k < t_.words.size() && k < 8 && (t_.words[k].capital || t_.IsAny(k, {"and"}) || t_.words[k].punct == ',') &&
         !t_.Is(k, "to"))
    ++k;
  if (k == 0 || k + 1 >= t_.words.size() || !t_.Is(k, "to") || t_.words[k + 1].capital || t_.words[k + 1].punct ||
      t_.words[k - 1].punct)
    return;
  // Owners, plural: "Mikeal and Chris to …". One capitalised word before "to"
  // is as often an imperative ("Continue to promote …") or a title
  // ("Counsellor to the Legal Adviser") as a name.
  bool coordinated = false;
  for (size_t m = 1; m + 1 < k; ++m) coordinated = coordinated || t_.Is(m, "and");
  if (!coordinated) return;
  // "Approving …", "City Clerk to issue … Motion Carried": motions, which Votes() reads.
  if (t_.words[0].lower.ends_with("ing") || !out_->empty()) return;
  // "Encourages Member States to contribute …": a resolution's operative verb, not an owner.
  if (t_.IsAny(0, {"encourages", "urges",      "requests",  "invites",   "calls",      "decides",  "welcomes",
                   "recommends", "appeals",    "expresses", "reaffirms", "emphasizes", "stresses", "notes",
                   "recalls",    "authorizes", "directs",   "instructs", "asks",       "exhorte",  "invite",
                   "prie",       "encourage",  "insta",     "pide"}))
    return;
  Draft draft = NewMinutesDraft(t_, request_kind::kCommitment, 0);
  draft.request.requester = BodyName();
  draft.request.addressee = Plain(t_, 0, k);
  SetWhatAndWhen(k + 1, t_.sentences[0].end, &draft);
  if (!draft.request.deliverable.empty()) out_->push_back(std::move(draft));
}

}  // namespace quorum::requests
