// SPDX-License-Identifier: MIT
// The forms minutes record outcomes in, rather than prose: a vote carried
// ("Moved by X to adopt. Motion Carried 7-0.", "Vote favorable à
// l’unanimité", "se aprobó por unanimidad"), an action item ("ACTION: Alice
// to …", "AI: …", "[ ] @bob draft the …", "Action item (Bob, 1 May): …"),
// an agreement line ("**Agreement: V8 should track stable**"), and the
// impersonal French request ("Il est demandé au conseil municipal
// d’autoriser …", "Le conseil municipal est invité à confirmer …").
#include "common/requests/request_minutes.h"

#include <algorithm>
#include <cctype>

namespace quorum::requests {
namespace {

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
Range Owner(const Text& t, size_t w, size_t end, size_t* verb) {
  *verb = w;
  size_t k = w;
  while (k < end && k < w + 16) {
    if (t.IsAny(k, {"will", "to", "would", "shall"}) && k > w) {
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
  // "Ben file an issue": one capitalised name, then the task in lower case.
  // "Check that there is no objection …", "Invite Steven Loomis …": an imperative names nobody.
  if (t.IsAny(w, {"check",  "invite", "file",   "update", "move",   "add",         "review",   "draft",
                  "create", "ask",    "follow", "open",   "send",   "write",       "discuss",  "talk",
                  "look",   "make",   "fix",    "land",   "remove", "investigate", "schedule", "contact",
                  "reach",  "ping",   "go",     "get",    "find",   "prepare",     "share",    "post"}))
    return {w, w};
  if (k == w + 1 && k < end && !t.words[k].capital && t.words[k].punct == 0) {
    *verb = k;
    return {w, k};
  }
  return {w, w};
}

}  // namespace

bool MayHoldMinutesForm(std::string_view lowered) {
  static constexpr std::string_view kMarks[] = {"carried", "vote",      "action",    "ai:",        "[ ]",
                                                "[x]",     "agreement", "consensus", "est demand", "est propos",
                                                "invité",  "élu",       "aprob",     "resolvió",   "resolved"};
  for (std::string_view mark : kMarks)
    if (lowered.find(mark) != std::string_view::npos) return true;
  return false;
}

void MinutesReader::Read() {
  ActionItem();
  Agreement();
  Votes();
  ImpersonalRequests();
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
  for (std::string_view head : {"action item:", "action items:", "action:", "action,", "ai:", "todo:"}) {
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
  if (!after) {
    // "Action item: Carol will amend …" inside a sentence of its own.
    const size_t at = lower.find("action item: ");
    if (at == std::string_view::npos) return;
    after = at + 13;
  }
  const size_t begin_byte = t_.text.size() - text.size() + after;
  size_t w = WordAt(t_, begin_byte);
  const size_t end = t_.sentences[SentenceOf(t_, std::min(w, t_.words.size() - 1))].end;
  if (w >= end) return;
  Draft draft = NewMinutesDraft(t_, request_kind::kCommitment, w);
  draft.request.requester = BodyName();
  size_t verb = w;
  if (!owner_in_brackets.empty()) {
    draft.request.addressee = owner_in_brackets;
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
  draft.request.deliverable = Plain(t_, verb, end);
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
  for (std::string_view head : {"agreement", "decision:", "resolved:", "consensus ", "consensus:"})
    if (StartsWith(lower, head)) after = head.size();
  if (after == std::string_view::npos) return;
  const size_t w = WordAt(t_, t_.text.size() - text.size());
  Draft draft = NewMinutesDraft(t_, request_kind::kDecision, w);
  draft.request.requester = draft.request.addressee = BodyName();
  draft.request.deliverable = Plain(t_, w + 1, t_.sentences[draft.sentence].end);
  if (draft.request.deliverable.empty()) draft.request.deliverable = Plain(t_, w, t_.sentences[draft.sentence].end);
  out_->push_back(std::move(draft));
}

// Each vote a paragraph records is a decision of the body: "Moved by
// McPherson to adopt. Motion Carried 7-0." (one paragraph may record
// several), "Vote FAVORABLE, à l’unanimité …", "la liste présentée est élue
// à l’unanimité", "Se aprobó por unanimidad". It directs whoever the motion
// names: "City Clerk to issue …", "Authorizing Assessment Clerk to …",
// "refer to Legal Department …", "le conseil municipal autorise monsieur le
// maire à …".
void MinutesReader::Votes() {
  size_t segment = 0;  // where the motion being read starts
  for (size_t k = 0; k + 1 < t_.words.size(); ++k) {
    const bool carried = t_.Is(k, "motion") && t_.IsAny(k + 1, {"carried", "passed", "adopted", "approved"});
    const bool favourable = t_.Is(k, "vote") && t_.IsAny(k + 1, {"favorable", "favourable"});
    const bool elected =
        t_.IsAny(k, {"élu", "élue", "élus", "élues"}) && t_.Is(k + 1, "à") && k > 0 && t_.IsAny(k - 1, {"est", "sont"});
    const bool spanish = t_.Is(k, "se") && t_.IsAny(k + 1, {"aprobó", "aprobaron", "resolvió", "acordó"});
    if (!carried && !favourable && !elected && !spanish) continue;
    Draft draft = NewMinutesDraft(t_, request_kind::kDecision, k);
    draft.request.requester = draft.request.addressee = BodyName();
    size_t what_end = k;
    for (size_t m = segment; m < k; ++m)
      if (t_.IsAny(m, {"moved", "motion"})) {
        what_end = m;
        break;
      }
    draft.request.deliverable = Plain(t_, segment, what_end);
    if (draft.request.deliverable.empty()) draft.request.deliverable = Plain(t_, k, t_.sentences[draft.sentence].end);
    const Range directed = Directed(segment, k);
    if (!directed.empty()) draft.request.addressee = Plain(t_, directed.begin, directed.end);
    const bool duplicate = std::any_of(out_->begin(), out_->end(), [&](const Draft& d) {
      return d.request.kind == request_kind::kDecision && d.sentence == draft.sentence;
    });
    if (!duplicate) out_->push_back(std::move(draft));
    segment = k + 2;
    // The vote's count and who voted against belong to it, not to the next motion.
    while (segment < t_.words.size() && !t_.words[segment].capital) ++segment;
    while (segment < t_.words.size() &&
           (t_.IsAny(segment, {"nays", "pass", "absent", "contre", "abstention", "abstentions"}) ||
            t_.words[segment].punct == ':')) {
      while (segment < t_.words.size() && t_.words[segment].punct == 0) ++segment;
      while (segment < t_.words.size() && t_.words[segment].punct) ++segment;
    }
  }
}

// Whom a motion in words [begin, end) directs: "City Clerk to issue",
// "Authorizing Assessment Clerk to delete", "refer to Legal Department",
// "autorise monsieur le maire à négocier"; empty when it names nobody.
Range MinutesReader::Directed(size_t begin, size_t end) const {
  for (size_t k = begin; k < end; ++k) {
    if (t_.IsAny(k, {"refer", "referred"}) && t_.Is(k + 1, "to") && k + 2 < end && t_.words[k + 2].capital) {
      size_t stop = k + 2;
      while (stop < end && t_.words[stop].capital) ++stop;
      return {k + 2, stop};
    }
    if (t_.IsAny(k, {"autorise", "charge"}) && k + 1 < end) {
      size_t stop = k + 1;
      while (stop < end && stop < k + 6 && !t_.IsAny(stop, {"à", "de"}) && t_.words[stop].punct == 0) ++stop;
      if (stop < end && t_.IsAny(stop, {"à", "de"})) return {k + 1, stop};
    }
  }
  // "City Clerk to issue …", "Authorizing Finance Director to draw …".
  size_t first = begin;
  if (t_.IsAny(first, {"authorizing", "authorising", "directing"})) ++first;
  size_t stop = first;
  while (stop < end && stop < first + 5 && t_.words[stop].capital) ++stop;
  if (stop > first && t_.Is(stop, "to") && stop + 1 < end && !t_.words[stop + 1].capital) return {first, stop};
  return {};
}

// "Il est demandé au conseil municipal d’autoriser …", "il est proposé au
// conseil municipal de délibérer …", "Le conseil municipal est invité à
// confirmer …": a request to whom the sentence names.
void MinutesReader::ImpersonalRequests() {
  for (size_t k = 1; k + 2 < t_.words.size(); ++k) {
    if (!t_.IsAny(k - 1, {"est", "sont"})) continue;
    Range addressee{};
    if (t_.IsAny(k, {"demandé", "proposé", "suggéré"}) && k >= 2 && t_.Is(k - 2, "il") &&
        t_.IsAny(k + 1, {"à", "au", "aux"})) {
      size_t stop = k + 2;
      while (stop < t_.words.size() && stop < k + 8 && !t_.Is(stop, "de") && !t_.Lower(stop).starts_with("d\u2019") &&
             !t_.Lower(stop).starts_with("d'") && t_.words[stop].punct == 0)
        ++stop;
      if (stop >= t_.words.size() || t_.words[stop].punct) continue;
      addressee = {k + 2, stop};
    } else if (t_.IsAny(k, {"invité", "invitée", "invités", "invitées"}) && t_.Is(k + 1, "à") && k >= 2) {
      const Range sentence = t_.sentences[SentenceOf(t_, k)];
      addressee = NounPhraseBefore(t_, sentence.begin, k - 1);
      if (addressee.empty()) addressee = {sentence.begin, k - 1};
    } else {
      continue;
    }
    Draft draft = NewMinutesDraft(t_, request_kind::kRequest, k);
    draft.request.addressee = CleanName(Plain(t_, addressee.begin, addressee.end));
    draft.request.deliverable = Plain(t_, addressee.end, t_.sentences[draft.sentence].end);
    const bool duplicate = std::any_of(out_->begin(), out_->end(), [&](const Draft& d) {
      return d.request.kind == request_kind::kRequest && d.sentence == draft.sentence;
    });
    if (duplicate) {
      // The prose reader saw the verb but not whom it asks: keep its record, with the addressee.
      for (Draft& d : *out_)
        if (d.request.kind == request_kind::kRequest && d.sentence == draft.sentence && d.request.addressee.empty())
          d.request.addressee = draft.request.addressee;
      continue;
    }
    out_->push_back(std::move(draft));
  }
}

std::string BodyInitials(const std::string& body) {
  std::string initials;
  bool word_start = true;
  for (char c : body) {
    if (word_start && c >= 'A' && c <= 'Z') initials.push_back(c);
    word_start = c == ' ' || c == '-';
  }
  return initials;
}

std::string AsBody(const NoteContext& note, const std::string& name) {
  if (note.body_short.empty() || name.empty()) return name;
  std::string lower = name;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (lower == "group" || lower == "the group") return note.body_short;
  // The body's own name, or its end: "Steering Council" of "Python Steering Council".
  if (!note.body.empty() && note.body.size() >= name.size() &&
      note.body.compare(note.body.size() - name.size(), name.size(), name) == 0 && name.size() > note.body_short.size())
    return note.body_short;
  // An acronym that ends the body's initials: "SC", "TSC" of "Node.js TSC".
  if (name.size() >= 2 && name.size() <= note.body_initials.size() &&
      name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos &&
      note.body_initials.compare(note.body_initials.size() - name.size(), name.size(), name) == 0)
    return note.body_short;
  // "conseil municipal" of "Conseil municipal": the short name, then lower-case words only.
  std::string short_lower = note.body_short;
  for (char& c : short_lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (lower.rfind(short_lower, 0) == 0 && lower.size() > short_lower.size() && lower[short_lower.size()] == ' ') {
    bool lower_words = true;
    for (size_t i = short_lower.size(); i + 1 < name.size(); ++i)
      if (name[i] == ' ' && name[i + 1] >= 'A' && name[i + 1] <= 'Z') lower_words = false;
    if (lower_words) return note.body_short;
  }
  return name;
}

std::string BodyFromTitle(const std::string& title) {
  std::string lower = title;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (std::string_view head : {"steering council", "steering committee", "city council", "conseil municipal",
                                "committee", "council", "board", "conseil", "consejo", "comité", "commission"}) {
    const size_t at = lower.find(head);
    if (at == std::string::npos) continue;
    // Back over the capitalised words before it: "Python Steering Council".
    size_t begin = at;
    while (begin > 1 && title[begin - 1] == ' ') {
      size_t word = title.rfind(' ', begin - 2);
      word = word == std::string::npos ? 0 : word + 1;
      if (!(title[word] >= 'A' && title[word] <= 'Z')) break;
      begin = word;
    }
    std::string body = title.substr(begin, at + head.size() - begin);
    body[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(body[0])));
    return body;
  }
  return {};
}

}  // namespace quorum::requests
