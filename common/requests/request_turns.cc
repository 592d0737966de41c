// SPDX-License-Identifier: MIT
// Minutes written as speakers' turns ("Ryan: Proposal: …", "Lori: Sure!
// I'll talk to her.", see request_minutes.h): a speaker's own undertakings
// and offers, the questions that ask someone to act, a facilitator's
// proposals and decisions, and the consent lines that settle them ("No
// objections, agreed.", "Hearing support and no objections, …").
#include <algorithm>

#include "common/requests/request_forms.h"
#include "common/requests/request_minutes.h"

namespace quorum::requests {

// Verbs of a task someone can go and do, besides the delivery verbs
// ("provide", "send", …): "I'll reach out", "I can own putting up the
// blog post", "I'd be happy to facilitate". Talk in the meeting itself
// ("I'll be brief", "I'll tell you why") names none of them.
bool IsTaskVerb(const Text& t, size_t w) {
  if (w >= t.words.size()) return false;
  if (IsDeliveryVerb(t.Lower(w))) {
    // "I'll give some background": said now, in the meeting.
    for (size_t m = w + 1; t.Is(w, "give") && m < w + 4; ++m)
      if (t.IsAny(m, {"background", "context", "overview"})) return false;
    return true;
  }
  if (t.IsAny(w, {"talk"})) return t.IsAny(w + 1, {"to", "with"});
  if (t.IsAny(w, {"do"})) return t.IsAny(w + 1, {"that", "it", "this"});
  return t.IsAny(w,
                 {"reach",     "contact",   "email",  "ping",       "file",       "open",        "write",  "review",
                  "follow",    "look",      "check",  "update",     "post",       "add",         "ask",    "put",
                  "drop",      "feed",      "take",   "transform",  "set",        "schedule",    "raise",  "comment",
                  "summarize", "summarise", "own",    "bring",      "start",      "close",       "handle", "mention",
                  "leave",     "read",      "make",   "help",       "facilitate", "get",         "kick",   "solicit",
                  "push",      "finish",    "create", "coordinate", "organize",   "organise",    "lead",   "mentor",
                  "invite",    "fix",       "merge",  "land",       "figure",     "investigate", "find",   "nominate",
                  "maintain",  "run",       "drive",  "host",       "document",   "keep"});
}

namespace {

// A first-person undertaking starting at word k: "I'll <task>", "I will
// <task>", "I can <task>", "I could do that", "I'd be happy to <task>",
// "I'm happy to <task>", "Would be happy to <task>", "My plan is to …",
// "My next steps are to …", "I plan to …", "I'm (still) planning to …".
// Returns where the task starts; 0 when there is none.
size_t UndertakingAt(const Text& t, size_t k) {
  size_t verb = 0;
  if (t.IsAny(k, {"i'll", "i\u2019ll", "i.ll"})) verb = k + 1;
  if (t.Is(k, "i") && t.IsAny(k + 1, {"will", "can", "could"})) verb = k + 2;
  // "Lori: I can if that makes it easier", "I can.": an offer in answer to "Who should …?".
  if (t.Is(k, "i") && t.IsAny(k + 1, {"can", "could"}) &&
      (k + 2 >= t.words.size() || t.Is(k + 2, "if") || t.sentences[SentenceOf(t, k)].end == k + 2))
    return k + 1;
  if (verb) {
    // "I'll also …", "I'll then …"; "I'll also be looking to get a statement …".
    if (t.IsAny(verb, {"also", "then", "just", "definitely", "still", "gladly"})) ++verb;
    if (t.Is(verb, "be") && t.IsAny(verb + 1, {"looking", "working", "planning"}) && t.IsAny(verb + 2, {"to", "on"}))
      verb += 3;
    return IsTaskVerb(t, verb) ? verb : 0;
  }
  if (t.Is(k, "i") && t.IsAny(k + 1, {"volunteer", "undertake", "promise", "commit"}))
    return t.Is(k + 2, "to") ? k + 3 : k + 2;
  // "I'd be happy to", "I'm happy to", "Would be happy to", "I'd be really happy to".
  size_t m = k;
  if (t.IsAny(m, {"i'd", "i\u2019d", "would"}) && t.Is(m + 1, "be"))
    m += 2;
  else if (t.IsAny(m, {"i'm", "i\u2019m"}))
    m += 1;
  if (m > k) {
    if (t.IsAny(m, {"really", "very", "also", "more", "quite"})) ++m;
    if (t.IsAny(m, {"happy", "glad", "willing"}) && t.Is(m + 1, "to") && IsTaskVerb(t, m + 2)) return m + 2;
  }
  // "Mark: Planned to reach out to …": the speaker's plan, said without a subject (the caller checks it opens the
  // turn).
  if (t.IsAny(k, {"planned", "planning", "intend", "intending"}) && t.Is(k + 1, "to") && IsTaskVerb(t, k + 2))
    return k + 2;
  // "I'm (still) planning to write …", "I plan to have a finished proposal …".
  m = k;
  if (t.IsAny(m, {"i'm", "i\u2019m"})) ++m;
  if (t.Is(m, "still")) ++m;
  if (m > k && t.Is(m, "planning") && t.Is(m + 1, "to")) return m + 2;
  if (t.Is(k, "i") && t.Is(k + 1, "plan") && t.Is(k + 2, "to")) return k + 3;
  // "My plan is to …", "My next steps are to …", "My next step would be to …".
  if (t.Is(k, "my")) {
    m = k + 1;
    if (t.Is(m, "next")) ++m;
    if (t.IsAny(m, {"plan", "step", "steps"})) {
      ++m;
      if (t.Is(m, "would") && t.Is(m + 1, "be")) ++m;
      if (t.IsAny(m, {"is", "are", "be"}) && t.Is(m + 1, "to")) return m + 2;
    }
  }
  return 0;
}

}  // namespace

bool IsQuestion(const Text& t, size_t s) {
  const size_t from = t.sentence_bytes[s];
  const size_t to = s + 1 < t.sentence_bytes.size() ? t.sentence_bytes[s + 1] : t.text.size();
  return t.text.substr(from, to - from).find('?') != std::string_view::npos;
}

// The word after a speaker's label opening at word `b` ("Eric Huss: …",
// "TC: …"), 0 when none does. Outcome heads ("Action: …", "Decision: …")
// are not speakers.
size_t MinutesReader::LabelEnd(size_t b) const {
  size_t colon = b;
  while (colon < t_.words.size() && colon < b + 4 && t_.words[colon].capital && t_.words[colon].punct == 0) ++colon;
  if (colon == b || colon + 1 >= t_.words.size() || t_.words[colon].punct != ':') return 0;
  if (t_.IsAny(b, {"action",    "ai",         "agreement", "decision", "decisions", "proposal",    "resolved",
                   "consensus", "note",       "notes",     "goal",     "time",      "q",           "a",
                   "todo",      "next",       "update",    "status",   "outcome",   "facilitator", "scribe",
                   "minutes",   "attendance", "observers", "council",  "agenda"}))
    return 0;
  return colon + 1;
}

size_t MinutesReader::TurnStart() const { return LabelEnd(0); }

// Whose turn sentence `s` is: minutes written live often run several turns
// into one paragraph ("… last year. TC: The 70k, does it … Lori: Yes."),
// so a label may open any sentence, and the sentences after it are that
// speaker's until the next label. An empty label: no speaker.
MinutesReader::Turn MinutesReader::TurnOf(size_t s) const {
  for (size_t p = s + 1; p-- > 0;) {
    const size_t b = t_.sentences[p].begin;
    const size_t head = LabelEnd(b);
    if (head == 0) continue;
    Turn turn;
    turn.label = {b, head - 1};
    turn.opens = p == s;
    turn.head = turn.opens ? head : t_.sentences[s].begin;
    // "Lori, …": a name and a comma open the turn.
    if (t_.words[head].capital && t_.words[head].punct == 0 &&
        !t_.IsAny(head, {"i", "ok", "okay", "yes", "no", "so"})) {
      size_t end = head;
      while (end < t_.words.size() && end < head + 3 && t_.words[end].capital && t_.words[end].punct == 0) ++end;
      if (end < t_.words.size() && t_.words[end].punct == ',') turn.vocative = {head, end};
    }
    // The turn before it in this paragraph, whom a question without a name answers.
    for (size_t q = p; q-- > 0;)
      if (const size_t before = LabelEnd(t_.sentences[q].begin)) {
        turn.previous = {t_.sentences[q].begin, before - 1};
        break;
      }
    return turn;
  }
  return {};
}

// "Myles: I'll reach out to them.", "Lori: Sure! I'll talk to her. And
// I'll look into the funding question", "Manish: I could do that if that
// helps.", "Josh: Would be happy to maintain the YT account", "Mark: Will
// do.": a speaker's own undertaking, one a sentence, the speaker its owner.
void MinutesReader::SpeakerPromise() {
  for (size_t s = 0; s < t_.sentences.size(); ++s) {
    const Range range = t_.sentences[s];
    const Turn turn = TurnOf(s);
    if (turn.label.empty() || HasRecord(request_kind::kCommitment, s)) continue;
    const size_t head = turn.head;
    size_t task = 0, at = 0;
    for (size_t k = head; k < range.end && task == 0; ++k) {
      // A clause of its own: not "Digging up all the APIs I can find".
      // "Lang would be happy to …" names its own subject (checked below).
      const bool clause = k == head || t_.words[k - 1].punct || t_.Is(k, "would") ||
                          t_.IsAny(k - 1, {"and", "but", "so", "then", "yes", "sure", "ok", "okay", "also", "otherwise",
                                           "maybe", "probably", "now"});
      // A subject-less "Planned to …" only at the turn's head.
      if (k != head && t_.IsAny(k, {"planned", "planning", "intend", "intending"})) continue;
      if (clause && (task = UndertakingAt(t_, k))) at = k;
    }
    // "Mark: Will do." in answer to a request.
    const bool will_do = task == 0 && t_.Is(head, "will") && t_.Is(head + 1, "do") && head + 2 == range.end;
    if (task == 0 && !will_do) continue;
    // "What would I do?", "Could I help?": a question, not an undertaking.
    if (!will_do && IsQuestion(t_, s)) continue;
    // "Would be happy to …" after a name is that party's offer ("TC: Lang would be happy to take this"); after
    // anything else, not an offer at all.
    Range owner = turn.label;
    if (t_.Is(at, "would") && at > head) {
      for (size_t m = head; m < at; ++m)
        if (!t_.words[m].capital || t_.words[m].punct) owner = {};
      if (owner.empty()) continue;
      owner = {head, at};
    }
    Draft draft = NewMinutesDraft(t_, request_kind::kCommitment, will_do ? head : at);
    draft.request.requester = BodyName();
    draft.request.addressee = Plain(t_, owner.begin, owner.end);
    if (will_do || t_.IsAny(task, {"can", "could"})) {
      draft.request.deliverable = "do it";
    } else {
      SetWhatAndWhen(task, range.end, &draft);
    }
    if (!draft.request.deliverable.empty()) out_->push_back(std::move(draft));
  }
}

// "Mara: Could you put in the channel?", "TC: Lori, … Would you look into
// this with Gracie?", "Josh: David, …, would you be up for asking teams
// …?", "Josh: … Please take care to write them as guidelines", "I'd
// appreciate if everyone here would check with their own teams …": a
// speaker asks someone to act; the one named before a comma at the turn's
// start is whom.
// "I'd appreciate (it) if …", "I'd be (really) happy / glad if …" at word
// k: where whom it asks starts, 0 when none.
// Is word k inside a quotation its sentence opened ("Let's say "…, please
// try to pick a cheaper hotel …"")? Words quoted are not asked of anyone.
bool MinutesReader::Quoted(size_t k) const {
  const size_t from = t_.sentence_bytes[SentenceOf(t_, k)];
  size_t quotes = 0;
  for (size_t i = from; i < t_.words[k].start; ++i) quotes += t_.text[i] == '"';
  // Curly quotes: an opening one not yet closed.
  const std::string_view before = t_.text.substr(from, t_.words[k].start - from);
  const size_t open = before.rfind("\u201c");
  return quotes % 2 == 1 || (open != std::string_view::npos && before.find("\u201d", open) == std::string_view::npos);
}

size_t MinutesReader::WishedOf(size_t k) const {
  if (!t_.IsAny(k, {"i'd", "i\u2019d"})) return 0;
  if (t_.Is(k + 1, "appreciate") && t_.Is(k + 2, "if")) return k + 3;
  if (t_.Is(k + 1, "appreciate") && t_.Is(k + 2, "it") && t_.Is(k + 3, "if")) return k + 4;
  size_t m = k + 1;
  if (!t_.Is(m, "be")) return 0;
  ++m;
  if (t_.IsAny(m, {"really", "very", "so"})) ++m;
  return t_.IsAny(m, {"happy", "glad", "grateful"}) && t_.Is(m + 1, "if") ? m + 2 : 0;
}

void MinutesReader::TurnRequests() {
  for (size_t s = 0; s < t_.sentences.size(); ++s) {
    const Range range = t_.sentences[s];
    const Turn turn = TurnOf(s);
    if (turn.label.empty() || HasRecord(request_kind::kRequest, s)) continue;
    const Range vocative = turn.vocative;
    const size_t start = turn.head;
    size_t task = 0, at = 0;
    Range whom = vocative;
    for (size_t k = start; k < range.end && task == 0; ++k) {
      // "could you / would you / can you <verb> …?": not "what would you prefer?", "do you think".
      if (t_.IsAny(k, {"could", "would", "can", "will"}) && t_.Is(k + 1, "you") && IsQuestion(t_, s) &&
          !t_.IsAny(k + 2, {"think", "know", "mean", "say", "feel", "agree", "prefer", "expect", "imagine", "like",
                            "want", "need", "recommend", "suggest", "see"})) {
        // A question word right before the modal asks for information ("what would you like …?"); one that
        // opens a clause of its own does not ("When doing that, could you invite …?").
        bool wh = false;
        for (size_t m = k; m > start && !t_.words[m - 1].punct && !wh; --m)
          wh = t_.IsAny(m - 1, {"what", "how", "why", "when", "where", "which", "who"});
        if (!wh) task = k + 2, at = k;
      } else if (t_.Is(k, "please") && k + 1 < range.end && (k == start || t_.words[k - 1].punct == ',') &&
                 !t_.words[k + 1].capital && t_.words[k + 1].punct == 0 && !Quoted(k)) {
        task = k + 1, at = k;
      } else if (size_t who = WishedOf(k)) {
        // "I'd appreciate (it) if everyone here would check …", "I'd be really happy if Manish wanted to do that":
        // whom, then what.
        size_t verb = who;
        while (verb < range.end && verb < who + 5 && !t_.IsAny(verb, {"would", "could", "can", "will", "wanted"}))
          ++verb;
        if (verb >= range.end || verb == who || verb >= who + 5) continue;
        whom = {who, verb};
        task = t_.Is(verb, "wanted") && t_.Is(verb + 1, "to") ? verb + 2 : verb + 1, at = k;
      } else if (!vocative.empty() && turn.opens && k > vocative.end && t_.words[k - 1].punct == ',' &&
                 !t_.words[k].capital && IsTaskVerb(t_, k)) {
        // "Lori, given your discussion with James, talk with us about …": the one named is told what to do.
        task = k, at = k;
      } else if (t_.Is(k, "can") && t_.Is(k + 1, "we") && t_.Is(k + 2, "get") && IsQuestion(t_, s)) {
        // "Can we get a statement from the existing PDs …?": asking a party for something; "Can we start with
        // …?", "Can we rename …?" put a proposal to the meeting instead.
        for (size_t m = k + 3; m < range.end && task == 0; ++m)
          if (t_.Is(m, "from")) task = k + 2, at = k;
      } else if (t_.IsAny(k, {"volunteer", "volunteers"}) && k >= range.begin + 2) {
        // "Looking for blog post volunteers", "We need a volunteer to …": asking the meeting for someone.
        for (size_t m = k > range.begin + 5 ? k - 5 : range.begin; m < k && task == 0; ++m)
          if ((t_.Is(m, "looking") && t_.Is(m + 1, "for")) || t_.IsAny(m, {"need", "needs", "any"}))
            task = start, at = k, whom = {};
      }
    }
    // "would you be up for asking teams …": the task after the idiom.
    if (t_.Is(task, "be") && t_.Is(task + 1, "up") && t_.Is(task + 2, "for")) task += 3;
    if (task == 0 || task >= range.end) continue;
    // The chair keeping order ("Please proceed", "take a seat", "Would you take a question?"), not a task.
    if (t_.IsAny(task, {"proceed", "address", "sit", "stick", "allow", "continue", "conclude", "withdraw", "listen",
                        "stop", "let", "come", "go", "be", "note", "wait", "repeat", "speak"}) ||
        (t_.Is(task, "take") && t_.IsAny(task + 1, {"a", "your"}) && t_.IsAny(task + 2, {"seat", "question"})) ||
        (t_.Is(task, "raise") && t_.Is(task + 1, "your")) ||
        // "please do not address the House …": a prohibition, not a task.
        t_.IsAny(task, {"don't", "don\u2019t"}) || (t_.Is(task, "do") && t_.Is(task + 1, "not")))
      continue;
    Draft draft = NewMinutesDraft(t_, request_kind::kRequest, at);
    draft.request.requester = Plain(t_, turn.label.begin, turn.label.end);
    if (!whom.empty()) {
      draft.request.addressee = Plain(t_, whom.begin, whom.end);
    } else if (t_.Is(at + 1, "you")) {
      // "Mara: Could you put in the channel?" asks whoever spoke before, when that was someone else.
      const std::string previous =
          turn.previous.empty() ? note_.previous_speaker : Plain(t_, turn.previous.begin, turn.previous.end);
      if (previous != draft.request.requester) draft.request.addressee = previous;
    }
    SetWhatAndWhen(task, range.end, &draft);
    while (!draft.request.deliverable.empty() && draft.request.deliverable.back() == '?')
      draft.request.deliverable.pop_back();
    if (!draft.request.deliverable.empty()) out_->push_back(std::move(draft));
  }
}

std::string LeadingSpeaker(std::string_view text) {
  // "Mark: Will do." → "Mark": one to four capitalised words, then a colon.
  size_t i = 0, words = 0;
  while (i < text.size() && words < 4) {
    if (!(text[i] >= 'A' && text[i] <= 'Z') && !(static_cast<unsigned char>(text[i]) >= 0xC3 && words > 0)) break;
    while (i < text.size() && text[i] != ' ' && text[i] != ':') ++i;
    ++words;
    if (i < text.size() && text[i] == ':') return std::string(text.substr(0, i));
    if (i < text.size() && text[i] == ' ') ++i;
  }
  return {};
}

}  // namespace quorum::requests
