// SPDX-License-Identifier: MIT
// How minutes written live record what the meeting settled (see
// request_minutes.h): a facilitator's "Proposal: …" (a request to the
// body) and "Decision - …", the consent that settles a proposal ("No
// objections, agreed.", "Hearing support and no objections, …",
// "Conservatively agreed to …"), action items without an owner ("Let's put
// an action item to …") and the owners' lines of an outline ("Eric will
// post on Zulip …", "Mark to own this drafting.", "Oli and James
// volunteered.").
#include <algorithm>
#include <cctype>

#include "common/requests/request_minutes.h"
#include "common/text/note_lines.h"

namespace quorum::requests {
namespace {

// First words that open a sentence but name nobody: "It will …", "This
// will …", "Next board meeting will …", "Continue to promote …".
bool NamesNobody(const Text& t, size_t w) {
  return t.IsAny(w,
                 {"the",  "this",     "that",    "these", "those",    "it",         "we",        "they",      "there",
                  "he",   "she",      "you",     "i",     "everyone", "everybody",  "someone",   "somebody",  "nobody",
                  "next", "each",     "all",     "some",  "any",      "what",       "who",       "when",      "how",
                  "why",  "where",    "which",   "if",    "also",     "and",        "but",       "or",        "time",
                  "need", "continue", "try",     "want",  "plan",     "nothing",    "people",    "one",       "both",
                  "most", "many",     "council", "team",  "teams",    "project",    "board",     "committee", "group",
                  "our",  "my",       "your",    "his",   "her",      "their",      "a",         "an",        "no",
                  "not",  "please",   "let's",   "more",  "other",    "foundation", "everything"});
}

// Words of a role or a thing, not of a person: "City Clerk to issue …" is
// an agenda's motion, "Suggestion to create …" a note, not an owner's line.
bool IsRoleOrThing(const Text& t, size_t w) {
  if (w >= t.words.size()) return false;
  const std::string_view word = t.Lower(w);
  return word.ends_with("ion") || word.ends_with("ment") || word.ends_with("ity") ||
         t.IsAny(w, {"clerk",       "manager",  "director", "department", "staff",   "city",           "secretary",
                     "mayor",       "attorney", "engineer", "office",     "officer", "administration", "amendments",
                     "item",        "items",    "request",  "requests",   "chair",   "president",      "treasurer",
                     "secretariat", "county",   "state",    "government"});
}

// Do the words from `from` read `words` (lower-cased): "no objections"?
bool Opens(const Text& t, size_t from, std::initializer_list<std::string_view> words) {
  size_t k = from;
  for (std::string_view word : words) {
    if (!t.Is(k, word)) return false;
    ++k;
  }
  return true;
}

}  // namespace

// What a turn's head settles ("Ryan: Proposal: 2 representatives …",
// "Ryan: Proposal is to create …", "TC: Concrete proposal: …", "Ryan:
// Decision - next 4 weeks …", "Ryan: Conservatively agreed to invalidate
// votes", "Jack: Decided to try to …", "Sticking with proposal of new
// channels"); a proposal is the facilitator's request to the body. The
// words from `head` on; true when it read one.
bool MinutesReader::HeadOutcome(size_t s, const Turn& turn, size_t head) {
  const Range sentence = t_.sentences[s];
  size_t k = head;
  if (turn.opens) {
    if (t_.IsAny(k, {"initial", "concrete", "new", "revised", "final"})) ++k;
    const bool proposal = t_.Is(k, "proposal") && (t_.words[k + 1 < t_.words.size() ? k + 1 : k].punct == ':' ||
                                                   Opens(t_, k + 1, {"is", "to"}) || t_.Is(k + 1, "of"));
    if (proposal) {
      Draft draft = NewMinutesDraft(t_, request_kind::kRequest, k);
      draft.request.requester = Plain(t_, turn.label.begin, turn.label.end);
      draft.request.addressee = BodyName();
      size_t what = k + 1;
      while (what < sentence.end && (t_.words[what].punct == ':' || t_.IsAny(what, {"is", "to", "of"}))) ++what;
      SetWhatAndWhen(what, sentence.end, &draft);
      if (draft.request.deliverable.empty()) return false;
      out_->push_back(std::move(draft));
      return true;
    }
    k = head;
    // "Decision - next 4 weeks, …" after the speaker (a bare "Decision: …" line is Agreement()'s).
    if (t_.Is(k, "decision") && k + 1 < sentence.end) {
      const std::string_view after = t_.text.substr(t_.words[k].end, 3);
      if (after.find('-') != std::string_view::npos || after.find("\u2013") != std::string_view::npos ||
          t_.words[k + 1].punct == ':') {
        Draft draft = NewMinutesDraft(t_, request_kind::kDecision, k);
        draft.request.requester = draft.request.addressee = BodyName();
        draft.request.deliverable = Plain(t_, t_.words[k + 1].punct ? k + 2 : k + 1, sentence.end);
        if (draft.request.deliverable.empty()) return false;
        out_->push_back(std::move(draft));
        return true;
      }
    }
  }
  // The meeting's outcome said without a subject, after an adverb or none.
  k = head;
  if (t_.Lower(k).ends_with("ly") && !t_.words[k].capital) ++k;
  if (turn.opens && t_.IsAny(k, {"conservatively", "tentatively", "provisionally", "unanimously"})) ++k;
  const bool settled = (t_.IsAny(k, {"agreed", "decided"}) && t_.IsAny(k + 1, {"to", "that", "on", "not"})) ||
                       (t_.IsAny(k, {"sticking", "going", "proceeding"}) && t_.Is(k + 1, "with") &&
                        (t_.Is(k + 2, "proposal") || Opens(t_, k + 2, {"the", "proposal"})));
  if (!settled || HasRecord(request_kind::kDecision, s)) return false;
  Draft draft = NewMinutesDraft(t_, request_kind::kDecision, k);
  draft.request.requester = draft.request.addressee = BodyName();
  size_t what = k + 1;
  while (what < sentence.end && t_.IsAny(what, {"to", "that", "on", "with", "the", "proposal", "of"})) ++what;
  draft.request.deliverable = Plain(t_, what, sentence.end);
  if (draft.request.deliverable.empty()) return false;
  out_->push_back(std::move(draft));
  return false;  // "Sticking with proposal of …. Mara owns the action item." reads on
}

// A turn's head, or a line of its own, that proposes, decides or consents;
// then, sentence by sentence, consent lines and action items without an
// owner. A member's "Let's …" is discussion, not a proposal: only an
// explicit "Proposal" head puts one to the body.
void MinutesReader::TurnOutcomes() {
  for (size_t s = 0; s < t_.sentences.size(); ++s) {
    const Range range = t_.sentences[s];
    const Turn turn = TurnOf(s);
    const size_t head = turn.label.empty() ? range.begin : turn.head;
    if ((turn.opens || (s == 0 && turn.label.empty())) && HeadOutcome(s, turn, head)) continue;
    // "No objections, agreed.", "No objections to shared history …", "Hearing support and no objections, we're
    // accepting this …", "Without objection, …": consent settles what was put; not "Any objection to …?".
    size_t h = head;
    if (t_.IsAny(h, {"ok", "okay", "so"}) && t_.words[h + 1 < range.end ? h + 1 : h].punct == ',') h += 2;
    // The consent itself, then what it settles: not "No objections voiced in meeting to this one landing" (a
    // report of the discussion).
    auto consent_at = [&](size_t m) {
      return t_.Is(m, "no") && t_.IsAny(m + 1, {"objection", "objections"}) &&
             (m + 2 >= range.end || t_.words[m + 2].punct || t_.IsAny(m + 2, {"to", "so", "and"}));
    };
    // The same in French and Spanish: "Pas d'objection, adopté.", "Aucune objection.", "Sin objeciones, se aprueba.".
    bool consent = Opens(t_, h, {"without", "objection"}) || consent_at(h) ||
                   (t_.Is(h, "pas") && t_.IsAny(h + 1, {"d'objection", "d\u2019objection"})) ||
                   (t_.IsAny(h, {"aucune", "sans"}) && t_.Is(h + 1, "objection")) ||
                   (t_.IsAny(h, {"sin", "ninguna"}) && t_.IsAny(h + 1, {"objeción", "objeciones"}));
    for (size_t m = h + 1; t_.Is(h, "hearing") && m + 1 < range.end && m < h + 5; ++m)
      consent = consent || consent_at(m);
    // "Hearing no objections, the agenda is approved": the meeting's housekeeping.
    for (size_t m = h; consent && m < range.end; ++m) consent = !t_.IsAny(m, {"agenda", "minutes"});
    if (consent && !IsQuestion(t_, s) && !HasRecord(request_kind::kDecision, s)) {
      Draft draft = NewMinutesDraft(t_, request_kind::kDecision, h);
      draft.request.requester = draft.request.addressee = BodyName();
      draft.request.deliverable = Plain(t_, h, range.end);
      out_->push_back(std::move(draft));
    }
    // "Lori, you have our approval on that.": the body approves what the one named asked for.
    for (size_t m = head; m + 3 < range.end; ++m) {
      if (!t_.Is(m, "you") || !t_.Is(m + 1, "have") || !t_.Is(m + 2, "our") ||
          !t_.IsAny(m + 3, {"approval", "support", "blessing", "go-ahead"}) || HasRecord(request_kind::kDecision, s))
        continue;
      Draft draft = NewMinutesDraft(t_, request_kind::kDecision, m);
      draft.request.requester = BodyName();
      // Whom: "Lori, you have …", else whom the turn addresses.
      size_t name = head;
      while (name < m && t_.words[name].capital && t_.words[name].punct == 0) ++name;
      const Range whom = name > head && t_.words[name].punct == ',' ? Range{head, name} : turn.vocative;
      draft.request.addressee = whom.empty() ? BodyName() : Plain(t_, whom.begin, whom.end);
      draft.request.deliverable = Plain(t_, m + 1, range.end);
      out_->push_back(std::move(draft));
      break;
    }
    // "Let's put an action item to double check with RFC": an action item with no owner.
    for (size_t m = head; m + 4 < range.end; ++m) {
      if (!t_.IsAny(m, {"let's", "let\u2019s"}) || !t_.IsAny(m + 1, {"put", "add", "create", "record", "open"}) ||
          !t_.IsAny(m + 2, {"an", "a"}) || !t_.Is(m + 3, "action"))
        continue;
      size_t what = m + 4;
      while (what < range.end && t_.IsAny(what, {"item", "to", "for"})) ++what;
      Draft draft = NewMinutesDraft(t_, request_kind::kCommitment, m);
      draft.request.requester = BodyName();
      SetWhatAndWhen(what, range.end, &draft);
      if (!draft.request.deliverable.empty()) out_->push_back(std::move(draft));
      break;
    }
    // "Mara owns the action item.": its owner, named after the decision it follows.
    for (size_t m = head + 1; m + 2 < range.end; ++m) {
      if (!t_.Is(m, "owns") || !t_.words[m - 1].capital || !Opens(t_, m + 1, {"the", "action"})) continue;
      size_t owner = m - 1;
      while (owner > head && t_.words[owner - 1].capital && t_.words[owner - 1].punct == 0) --owner;
      Draft draft = NewMinutesDraft(t_, request_kind::kCommitment, m);
      draft.request.requester = BodyName();
      draft.request.addressee = Plain(t_, owner, m);
      draft.request.deliverable = Plain(t_, m + 1, range.end);
      out_->push_back(std::move(draft));
    }
  }
}

// Do words [begin, end) name people ("Mark", "Eric Huss", "Oli and
// James"), not a role or a thing ("City Clerk", "Suggestion")?
bool MinutesReader::IsPerson(size_t begin, size_t end) const {
  for (size_t m = begin; m < end; ++m)
    if (IsRoleOrThing(t_, m)) return false;
  return end > begin;
}

// "Eric will post on Zulip to hammer out timeline", "Mark will own making
// sure …", "Mark to own this drafting.", "Eric Huss to start enumerating
// …", "Oli and James volunteered.": a short line of an outline naming its
// owners, then the task. The names are one to three capitalised words
// (joined by "and" or commas) that are not a pronoun or a common opening
// ("It will …", "Next board meeting will …", "Continue to …").
void MinutesReader::OwnerLine() {
  // A paragraph that holds a record already is a motion or an action line ("City Clerk to issue …  Motion Carried").
  if (!out_->empty() || TurnStart() != 0 || t_.words.size() > 30 || t_.words.empty() || !t_.words[0].capital ||
      NamesNobody(t_, 0))
    return;
  const Range first = t_.sentences[0];
  size_t k = 0;
  while (k < first.end && k < 8 &&
         ((t_.words[k].capital && t_.words[k].punct == 0) || t_.Is(k, "and") || t_.words[k].punct == ',' ||
          t_.words[k].punct == '(' || t_.words[k].punct == ')' || (k > 0 && t_.words[k - 1].punct == '(')))
    ++k;
  if (k == 0 || k >= first.end || t_.words[k - 1].punct == ',') return;
  size_t task = 0;
  const char* kind = request_kind::kCommitment;
  // "Sri Lanka will continue its dialogue …" states a continuing policy, not a task (README, "Not counted").
  // One word before "will" may be a thing ("Failure will result …"): then the task must be one.
  const bool one_word = k == 1;
  const size_t verb = t_.Is(k + 1, "go") && k + 2 < first.end && IsTaskVerb(t_, k + 2) ? k + 2 : k + 1;
  if (t_.Is(k, "will") && k + 1 < first.end && !t_.words[k + 1].capital &&
      !t_.IsAny(k + 1,
                {"be", "have", "need", "probably", "likely", "not", "also", "still", "then", "require", "continue"}) &&
      (!one_word || IsTaskVerb(t_, verb)))
    task = verb;
  else if (t_.Is(k, "to") && k + 1 < first.end && !t_.words[k + 1].capital && IsTaskVerb(t_, k + 1) && IsPerson(0, k))
    task = k + 1;
  else if (t_.IsAny(k, {"volunteered", "volunteers", "volunteer"}) && k + 1 >= first.end)
    task = k;
  // One word before "to" is as often a verb ("Remember to nominate …", "Needed to put proxies …") as a name.
  const std::string_view single = t_.Lower(0);
  if (t_.Is(k, "to") && k == 1 &&
      (single.ends_with("ed") || single.ends_with("ing") ||
       t_.IsAny(0,
                {"remember", "need",     "want", "try", "continue", "plan", "hope", "remind", "make", "agree", "decide",
                 "how",      "reminder", "note", "due", "up",       "back", "down", "move",   "time", "go",    "add"})))
    return;
  if (task == 0 || HasRecord(kind, 0)) return;
  Draft draft = NewMinutesDraft(t_, kind, k);
  draft.request.requester = BodyName();
  // "Eric Huss (leading), Jack Huey": the names, without the role in brackets.
  std::string owner;
  for (size_t m = 0; m < k; ++m) {
    if (t_.words[m].punct == '(') {
      while (m < k && t_.words[m].punct != ')') ++m;
      continue;
    }
    const std::string word = Plain(t_, m, m + 1);
    if (word.empty() || word == ",") {
      if (!owner.empty() && owner.back() != ',') owner += ",";
      continue;
    }
    owner += (owner.empty() || owner.back() == ',' ? (owner.empty() ? "" : " ") : " ") + word;
  }
  draft.request.addressee = owner;
  if (task == k) {
    draft.request.deliverable = "volunteered";
  } else {
    SetWhatAndWhen(task, first.end, &draft);
  }
  if (!draft.request.addressee.empty() && !draft.request.deliverable.empty()) out_->push_back(std::move(draft));
}

const char* OutcomeHeading(std::string_view section) {
  // A nested list's parents follow the heading ("Consented Decisions — Meetings will be once a week"): the heading
  // is the first part.
  const size_t parent = section.find(" \u2014 ");
  if (parent != std::string_view::npos) section = section.substr(0, parent);
  // The heading's own words, without Markdown marks or a number ("3. Decisions").
  std::string lower = AsciiLower(Unmarked(section));
  while (!lower.empty() && (std::isdigit(static_cast<unsigned char>(lower.front())) || lower.front() == '.' ||
                            lower.front() == ' ' || lower.front() == ')'))
    lower.erase(0, 1);
  // Only a heading that is the list's name: "Closing comments and action items" introduces talk as well.
  for (std::string_view head : {"action items", "action item", "actions", "action points", "next steps", "follow-ups",
                                "tareas", "acciones", "actions à mener"})
    if (lower == head) return request_kind::kCommitment;
  for (std::string_view head : {"decisions", "consented decisions", "decisions made", "resolutions", "agreements",
                                "décisions", "relevé de décisions", "decisiones", "acuerdos", "resoluciones"})
    if (lower == head) return request_kind::kDecision;
  return nullptr;
}

// A line under a heading that names what its lines are: "### Action items
// / - Ryan: Figure out video recording meetings" (a commitment of the
// speaker named), "### Consented Decisions / - Review once a month" (a
// decision of the body). Read only when no other form read the line, and
// never a question ("Jack: What is our absent policy?").
void MinutesReader::SectionLine() {
  const char* kind = OutcomeHeading(note_.section);
  if (kind == nullptr || !out_->empty() || t_.sentences.empty() || IsQuestion(t_, 0)) return;
  const size_t head = TurnStart();
  const Range first = t_.sentences[0];
  if (head >= first.end) return;
  Draft draft = NewMinutesDraft(t_, kind, head);
  draft.request.requester = BodyName();
  if (kind == request_kind::kDecision) {
    draft.request.addressee = BodyName();
    draft.request.deliverable = Plain(t_, head, first.end);
  } else {
    if (head > 0) draft.request.addressee = Plain(t_, 0, head - 1);
    SetWhatAndWhen(head, first.end, &draft);
  }
  if (!draft.request.deliverable.empty()) out_->push_back(std::move(draft));
}

}  // namespace quorum::requests
