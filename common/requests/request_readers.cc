// SPDX-License-Identifier: MIT
// One reader per form: active and passive requests, decisions (and the
// requests they make), commitments, supported proposals, and the UPR
// "enjoy the support of X" conclusions.
#include <algorithm>
#include <cctype>

#include "common/requests/request_forms.h"

namespace quorum::requests {
namespace {

bool StartsWithElision(std::string_view lower) { return lower.substr(0, 4) == "d\u2019" || lower.substr(0, 2) == "d'"; }

}  // namespace

bool LeavesTheRoom(std::string_view deliverable) {
  // Members asked to leave for a conflict of interest: the meeting's housekeeping.
  for (std::string_view head : {"sortir de la salle", "quitter la salle", "leave the room", "salir de la sala"})
    if (deliverable.find(head) != std::string_view::npos) return true;
  return false;
}

bool EndsWithColon(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return !text.empty() && text.back() == ':';
}

Range FormReader::AddresseeBeforeInfinitive(size_t begin, size_t end, size_t* verb) const {
  const Range phrase = NounPhraseAfter(t_, begin, end);
  if (phrase.empty()) {
    // Verbs that always name whom they address may name them in lower
    // case: "called on development partners to assist".
    const bool needs_addressee =
        begin > 0 && t_.IsAny(begin - 1, {"on", "upon", "invited", "invites", "urged", "urges", "invite", "urge",
                                          "encourage", "asked", "asks", "requested", "requests", "instructed"});
    // "asked them to consider …"; but "requested further information to …" names nobody.
    const bool pronoun_only = t_.IsAny(begin - 1, {"asked", "asks", "requested", "requests", "instructed"});
    if (pronoun_only && !t_.IsAny(begin, {"them", "him", "her", "us"})) return {};
    for (size_t k = begin; needs_addressee && k < end && k < begin + 6 && t_.words[k].punct == 0; ++k) {
      if (k > begin && t_.Is(k, "to")) {
        *verb = k + 1;
        return {begin, k};
      }
    }
    return {};
  }
  size_t k = phrase.end;
  // The phrase may swallow its own "to": "the IOM Administration to provide"
  // is trimmed at "to", so look at the word after it.
  if (k < end && t_.IsAny(k, {"to", "de", "que"})) {
    *verb = k + 1;
    return phrase;
  }
  if (k < end && StartsWithElision(t_.Lower(k))) {  // "prié le Groupe d’examiner"
    *verb = k;
    return phrase;
  }
  // "urged Annex I parties to submit …": the name runs on in lower case up to "to".
  if (begin > 0 && t_.IsAny(begin - 1, {"urged", "urges", "invited", "invites", "on", "upon"})) {
    bool inner_to = false;  // "urged the Congo to (a) reinforce efforts to …": the list, not a name
    for (size_t m = phrase.begin; m < phrase.end; ++m) inner_to = inner_to || t_.Is(m, "to") || t_.words[m].punct;
    for (size_t m = k; !inner_to && m < end && m < k + 3 && t_.words[m].punct == 0 && !t_.words[m].capital &&
                       !t_.IsAny(m, {"not", "never"});
         ++m) {
      if (t_.Is(m, "to") && m > k) {
        *verb = m + 1;
        return {phrase.begin, m};
      }
    }
  }
  return {};
}

std::string FormReader::PreviousRequester() const {
  for (auto it = out_->rbegin(); it != out_->rend(); ++it)
    if (it->request.kind == request_kind::kRequest && !it->request.requester.empty()) return it->request.requester;
  return note_.body_short;
}

// "A number of delegates requested the IOM Administration to produce…",
// "requested further information on…", "asked for…", "invited Member States
// to…", "called upon X to…", "a prié l’Administration de…", "pidió a X que…".
void FormReader::ActiveRequest(size_t w) {
  size_t before = w;
  while (before > 0 && t_.IsAny(before - 1, {"also", "further", "then", "again"})) --before;
  if (before > 0 && t_.IsAny(before - 1, {"was", "were", "been", "is", "are", "be", "été", "fue", "fueron", "se"})) {
    // "IOM had been invited to moderate one of the sessions": an invitation
    // received is news, not something the meeting asked for.
    if (t_.IsAny(w, {"invited", "invites"})) return;
    return PassiveRequest(w, before - 1);
  }
  Draft draft = NewDraft(request_kind::kRequest, w);
  draft.request.requester = SubjectOf(w);
  const std::string_view verb_word = t_.Lower(w);
  if ((verb_word == "recommends" || verb_word == "recommend") && !IsBody(draft.request.requester)) return;
  size_t j = w + 1;
  if (verb_word == "called" || verb_word == "calls") ++j;  // "on" / "upon"
  const bool to_know = t_.IsAny(w, {"wanted", "wished", "wishes", "wants"});
  if (verb_word == "sought" || verb_word == "seeks" || to_know) {
    // "sought further information on…"; "wished to know more about…" (after "to know").
    FillWhatAndWhen(to_know ? w + 3 : w + 1, clause_end_, &draft);
    if (!draft.request.deliverable.empty()) out_->push_back(std::move(draft));
    return;
  }
  if ((verb_word == "asked" || verb_word == "asks") && t_.Is(j, "for")) {
    FillWhatAndWhen(j + 1, clause_end_, &draft);
    out_->push_back(std::move(draft));
    return;
  }
  if (t_.IsAny(j, {"that", "que"})) {
    // "requested that the Administration present…"; "asked that the analysis be made available…"
    const Range phrase = NounPhraseAfter(t_, j + 1, clause_end_);
    const bool passive_clause =
        t_.IsAny(phrase.end, {"be", "soit", "sea"}) ||
        (t_.IsAny(phrase.end, {"should", "were", "would", "might"}) && t_.IsAny(phrase.end + 1, {"be", "been"}));
    bool named = false;
    for (size_t k = phrase.begin; k < phrase.end; ++k) named = named || t_.words[k].capital;
    if (!phrase.empty() && named && !passive_clause) draft.request.addressee = Name(phrase);
    FillWhatAndWhen(j + 1, clause_end_, &draft);
    out_->push_back(std::move(draft));
    return;
  }
  if (t_.IsAny(j, {"à", "a", "al"})) ++j;  // "demandé à X de", "pidió a X que"
  size_t verb = 0;
  const Range addressee = AddresseeBeforeInfinitive(j, clause_end_, &verb);
  if (!addressee.empty()) {
    draft.request.addressee = Name(addressee);
    FillWhatAndWhen(verb, clause_end_, &draft);
  } else if (verb_word == "requested" || verb_word == "demandé" || verb_word == "pidió" || verb_word == "solicitó") {
    FillWhatAndWhen(j, clause_end_, &draft);  // "requested further information on…"
  } else {
    return;  // "invited comments", "urged restraint": nobody named to act
  }
  if (draft.request.deliverable.empty() || LeavesTheRoom(draft.request.deliverable)) return;
  out_->push_back(std::move(draft));
}

// "IOM was also requested to produce…"; "Se pidió a la Administración que
// preparara…". Without an agent, the requester is who asked just before in
// the paragraph ("was also requested"), else the body.
void FormReader::PassiveRequest(size_t w, size_t auxiliary) {
  Draft draft = NewDraft(request_kind::kRequest, w);
  size_t verb = 0;
  if (t_.Is(auxiliary, "se")) {
    size_t j = w + 1;
    if (t_.IsAny(j, {"a", "al"})) ++j;
    const Range addressee = AddresseeBeforeInfinitive(j, clause_end_, &verb);
    if (addressee.empty()) return;
    draft.request.addressee = Name(addressee);
  } else {
    draft.request.addressee = SubjectOf(w);
    if (t_.IsAny(w + 1, {"to", "de"})) {
      verb = w + 2;
    } else if (w + 1 < t_.words.size() && StartsWithElision(t_.Lower(w + 1))) {
      verb = w + 1;
    } else {
      return;
    }
  }
  draft.request.requester = PreviousRequester();
  FillWhatAndWhen(verb, clause_end_, &draft);
  if (draft.request.addressee.empty() || draft.request.deliverable.empty()) return;
  out_->push_back(std::move(draft));
}

// "The Council decided to approve … and to request the Standing Committee to
// review …": a decision, and a request for each "to request X to".
void FormReader::Decision(size_t w) {
  if (w > 0 && t_.IsAny(w - 1, {"was", "were", "been", "is", "are", "be"})) return ImpersonalDecision(w);
  // "what we had decided, in an earlier council": a speaker recalls an earlier meeting's decision.
  if (w > 1 && t_.Is(w - 1, "had") && t_.Is(w - 2, "we")) return;
  const std::string subject = SubjectOf(w);
  const std::string_view verb_word = t_.Lower(w);
  if (subject.empty()) return;
  // "decided" is a decision whoever takes it ("Chile has decided to extend an
  // open invitation"); "agreed", "adopted", "approved" only from a body, so
  // "many delegations agreed that…" is not one.
  const bool decided_verb = verb_word.substr(0, 4) == "deci" || verb_word.substr(0, 4) == "déci";
  const bool people = subject.find("delegat") != std::string::npos || subject.find("délégat") != std::string::npos;
  if (!IsBody(subject) && !(decided_verb && !people)) {
    // "The Deputy Director General agreed to provide…": a commitment.
    if ((verb_word == "agreed" || verb_word == "agrees") && t_.Is(w + 1, "to") && w + 2 < clause_end_ &&
        (IsDeliveryVerb(t_.Lower(w + 2)) || t_.IsAny(w + 2, {"report", "keep", "share", "brief", "inform"}))) {
      Draft draft = NewDraft(request_kind::kCommitment, w);
      draft.request.addressee = subject;
      FillWhatAndWhen(w + 2, clause_end_, &draft);
      out_->push_back(std::move(draft));
    }
    return;
  }
  size_t c = w + 1;
  bool that = false;
  while (c < clause_end_) {
    if (t_.IsAny(c, {"unanimously", "also", "further", "therefore", "por", "unanimidad", "without", "vote", "on", "à",
                     "l\u2019unanimité", "l'unanimité", "unanimité"})) {
      ++c;
    } else if (t_.IsAny(c, {"to", "de"})) {
      ++c;
      break;
    } else if (t_.IsAny(c, {"that", "que"})) {
      that = true;
      ++c;
      break;
    } else {
      break;
    }
  }
  // The meeting's own housekeeping decides nothing anyone must act on.
  for (size_t k = c; k < std::min(c + 4, clause_end_); ++k)
    if (t_.IsAny(k, {"agenda", "minutes", "ordre", "orden", "record"})) return;
  Draft decision = NewDraft(request_kind::kDecision, w);
  decision.request.requester = subject;
  decision.request.addressee = subject;
  // "The SC agreed that PSF should fund …", "The SC agrees the WG should concentrate …": the decision directs
  // whom it names.
  if (that || t_.IsAny(c, {"the"})) {
    const Range named = NounPhraseAfter(t_, c, clause_end_);
    bool capital = false;  // a name, not "the note should cover"
    for (size_t m = named.begin; m < named.end; ++m) capital = capital || t_.words[m].capital;
    if (!named.empty() && capital && t_.IsAny(named.end, {"should", "would", "will", "must", "shall"}))
      decision.request.addressee = Name(named);
  }
  Range decided{};
  std::vector<Draft> requests;
  size_t part = c;
  for (size_t k = c; k <= clause_end_; ++k) {
    const bool boundary = k == clause_end_ || (t_.Is(k, "and") && t_.Is(k + 1, "to"));
    if (!boundary) continue;
    if (t_.IsAny(part, {"request", "requests", "ask", "pedir", "solicitar", "prier"})) {
      Draft request = NewDraft(request_kind::kRequest, part);
      request.request.requester = subject;
      size_t verb = 0;
      const Range addressee = AddresseeBeforeInfinitive(part + 1, k, &verb);
      if (!addressee.empty()) {
        request.request.addressee = Name(addressee);
        FillWhatAndWhen(verb, k, &request);
        requests.push_back(std::move(request));
      } else if (t_.Is(part, "ask")) {
        // "decided to ask typing-sig for delegates": whom, then "for" what.
        size_t for_word = part + 1;
        while (for_word < k && for_word < part + 5 && !t_.Is(for_word, "for") && t_.words[for_word].punct == 0)
          ++for_word;
        if (for_word < k && for_word > part + 1 && t_.Is(for_word, "for")) {
          request.request.addressee = CleanName(t_.Span(part + 1, for_word - 1));
          FillWhatAndWhen(for_word + 1, k, &request);
          requests.push_back(std::move(request));
        }
      }
    } else if (part < k) {
      if (decided.empty()) decided.begin = part;
      decided.end = k;
      size_t verb = 0;
      size_t j = part + 1;
      if (t_.IsAny(part, {"urge", "invite", "encourage", "call", "exhort", "instar"})) {
        if (t_.IsAny(j, {"on", "upon"})) ++j;
        const Range addressee = AddresseeBeforeInfinitive(j, k, &verb);
        if (!addressee.empty() && decision.request.addressee == subject) decision.request.addressee = Name(addressee);
      } else if (t_.IsAny(part, {"recommend", "recomendar", "recommander"})) {
        // "recommend that the Council approve", "recomendar al Consejo que".
        while (j < k && t_.IsAny(j, {"that", "to", "al", "au", "a", "que"})) ++j;
        const Range addressee = NounPhraseAfter(t_, j, k);
        if (!addressee.empty()) decision.request.addressee = Name(addressee);
      }
    }
    part = k + 2;
  }
  if (!decided.empty()) {
    const Due due = FindDue(t_, decided, dates_, note_.meeting_year);
    decision.request.deliverable = TextWithout(t_, decided, due.words);
    // "décide d’approuver le budget": what was decided, without the elided "de".
    for (std::string_view elision : {"d\u2019", "d'"})
      if (decision.request.deliverable.rfind(elision, 0) == 0) decision.request.deliverable.erase(0, elision.size());
    if (!due.words.empty()) {
      decision.request.due = std::string(t_.Span(due.words.begin, due.words.end - 1));
      decision.request.due_value = due.value;
    }
    // "The Working Group agreed that the note should cover:" describes a
    // request made just before; the tagger folds it into that request.
    decision.anaphoric = that && sentence_ + 1 == t_.sentences.size() && EndsWithColon(t_.text);
    out_->push_back(std::move(decision));
    decided_in_sentence_ = true;
  }
  for (Draft& request : requests) out_->push_back(std::move(request));
}

// "It was decided that these requests would get posted …", "it was decided
// Ewa would send a reminder …": a decision of the body, directing whom it
// names before "would"/"should".
void FormReader::ImpersonalDecision(size_t w) {
  // Only "it was decided": "it had been agreed by Israel and …" reports others' agreement.
  if (w < 2 || !t_.Is(w - 2, "it") || !t_.Is(w - 1, "was") || !t_.Is(w, "decided")) return;
  // A speaker recounting ("At the last summit of the AU, it was decided …") reports another body's decision.
  if (!paragraph_.speaker.empty()) return;
  Draft decision = NewDraft(request_kind::kDecision, w);
  decision.request.requester = decision.request.addressee = note_.body_short;
  size_t c = t_.Is(w + 1, "that") ? w + 2 : w + 1;
  const Range named = NounPhraseAfter(t_, c, clause_end_);
  if (!named.empty() && t_.words[named.begin].capital && t_.IsAny(named.end, {"would", "should", "will", "must"}))
    decision.request.addressee = Name(named);
  // To the sentence's end: "Ewa would send a reminder …" is what was decided, not a commitment of its own.
  decision.request.deliverable = TextWithout(t_, {c, t_.sentences[sentence_].end}, {});
  if (decision.request.deliverable.empty()) return;
  out_->push_back(std::move(decision));
  decided_in_sentence_ = true;
}

// "the IOM Administration, through the Director General, would provide an
// oral update…"; "the reports would be circulated by the end of September".
void FormReader::ModalCommitment(size_t w) {
  if (decided_in_sentence_) return;  // "decided to establish a consultation, which would report…"
  // "discussed how it will deliver …", "how that would work": an indirect question, not a promise.
  // … or a condition: "if we are going to deliver on our promises".
  for (size_t k = w > 3 ? w - 3 : 0; k < w; ++k)
    if (t_.IsAny(k, {"how", "what", "whether", "why", "if", "unless"})) return;
  // "It asked how the national mechanism … would work", "enquired whether X would ratify": a question.
  for (size_t k = t_.sentences[sentence_].begin; k + 1 < w; ++k)
    if (t_.IsAny(k, {"asked", "enquired", "inquired", "wondered", "asking", "enquiring"}) &&
        (t_.IsAny(k + 1, {"how", "whether", "what", "if", "why", "when", "which"}) ||
         t_.IsAny(k + 2, {"how", "whether", "what", "if", "why", "when", "which"})))
      return;
  Draft draft = NewDraft(request_kind::kCommitment, w);
  if (!t_.Is(w + 1, "be")) {
    draft.request.addressee = SubjectOf(w);
    if (draft.request.addressee.empty()) return;
    FillWhatAndWhen(t_.Is(w, "going") ? w + 2 : w + 1, clause_end_, &draft);
    out_->push_back(std::move(draft));
    return;
  }
  // Passive: what precedes is the deliverable; who said so committed.
  const Range sentence = t_.sentences[sentence_];
  size_t start = sentence.begin, that = 0;
  for (size_t k = w; k > sentence.begin; --k) {
    if (t_.IsAny(k - 1, {"that", "que"}) || t_.words[k - 1].punct == ';') {
      start = k;
      that = t_.IsAny(k - 1, {"that", "que"}) ? k - 1 : 0;
      break;
    }
  }
  const std::string what = TextWithout(t_, {start, w}, {});
  const std::string_view head = t_.Lower(start);
  if (what.empty() || head == "it" || head == "there" || what.find("meeting") != std::string::npos) return;
  draft.request.deliverable = what;
  if (!draft.request.deliverable.empty())
    draft.request.deliverable[0] =
        static_cast<char>(std::tolower(static_cast<unsigned char>(draft.request.deliverable[0])));
  if (that > sentence.begin) {
    draft.request.addressee = SubjectOf(that - 1);
  } else if (!last_subject_.empty()) {
    draft.request.addressee = last_subject_;
  } else {
    draft.request.addressee = paragraph_.speaker.empty() ? note_.body_short : paragraph_.speaker;
  }
  const size_t after = t_.Is(w + 2, "in") ? w + 4 : w + 3;
  const Due due = FindDue(t_, {std::min(after, clause_end_), clause_end_}, dates_, note_.meeting_year);
  // Without a due point, "the reports would be provided to the Special
  // Representative" describes an arrangement; with one, it promises delivery.
  if (due.words.empty()) return;
  draft.request.due = std::string(t_.Span(due.words.begin, due.words.end - 1));
  draft.request.due_value = due.value;
  out_->push_back(std::move(draft));
}

// "L’Administration présenterait oralement, à la prochaine réunion, …".
void FormReader::ConditionalCommitment(size_t w) {
  Draft draft = NewDraft(request_kind::kCommitment, w);
  draft.request.addressee = SubjectOf(w);
  if (draft.request.addressee.empty()) return;
  FillWhatAndWhen(w, clause_end_, &draft);
  out_->push_back(std::move(draft));
}

// "The Deputy Director General undertook to keep the Working Group informed…".
void FormReader::Undertaking(size_t w) {
  Draft draft = NewDraft(request_kind::kCommitment, w);
  draft.request.addressee = SubjectOf(w);
  if (draft.request.addressee.empty()) return;
  FillWhatAndWhen(w + 2, clause_end_, &draft);
  out_->push_back(std::move(draft));
}

}  // namespace quorum::requests
