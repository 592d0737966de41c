// SPDX-License-Identifier: MIT
// Votes and the requests put to a council in minutes (see request_minutes.h):
// "Motion Carried 7-0", "Vote favorable à l’unanimité", "se aprobó",
// "Il est demandé au conseil municipal d’autoriser …", and the French near
// future of an undertaking ("la DDT04 va mettre en place une formation").
#include <algorithm>

#include "common/requests/request_forms.h"
#include "common/requests/request_minutes.h"

namespace quorum::requests {

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
    // "Se aprobó por unanimidad …", "Queda aprobada la moción": a record's own line, at the sentence's start;
    // "cuando se aprobó la ley en 2015", inside a speech, recalls an old decision.
    const bool opens = t_.sentences[SentenceOf(t_, k)].begin == k;
    const bool spanish =
        opens && ((t_.Is(k, "se") && t_.IsAny(k + 1, {"aprobó", "aprobaron", "aprueba", "resolvió", "acordó"})) ||
                  (t_.Is(k, "queda") && t_.IsAny(k + 1, {"aprobada", "aprobado"})));
    // "The motion to adopt the retention policy carried 3-0": the motion named a few words before.
    bool named_motion = false;
    if (t_.IsAny(k + 1, {"carried", "passed"}) && !t_.IsAny(k + 2, {"out", "over", "forward", "on"})) {
      const size_t floor = t_.sentences[SentenceOf(t_, k)].begin;
      // "The proposition was put to the vote and carried."
      for (size_t m = k + 1; m > floor && m + 16 > k; --m)
        named_motion = named_motion || t_.IsAny(m - 1, {"motion", "proposition", "proposal", "amendment"});
      named_motion = named_motion && !t_.IsAny(k, {"motion", "proposition", "proposal", "amendment"});
    }
    if (!carried && !favourable && !elected && !spanish && !named_motion) continue;
    Draft draft = NewMinutesDraft(t_, request_kind::kDecision, k);
    draft.request.requester = draft.request.addressee = BodyName();
    // "la liste présentée est élue": what was elected, without its verb.
    size_t what_begin = segment, what_end = elected ? k - 1 : k;
    for (size_t m = segment; m < k; ++m)
      if (t_.IsAny(m, {"moved", "motion"})) {
        what_end = m;
        break;
      }
    if (named_motion) {
      // "The motion to adopt the retention policy carried": what it moved; "The proposition was put to the vote
      // and carried": the proposition.
      size_t noun = t_.sentences[draft.sentence].begin;
      while (noun < k && !t_.IsAny(noun, {"motion", "proposition", "proposal", "amendment"})) ++noun;
      what_begin = noun + (t_.Is(noun + 1, "to") ? 2 : 1);
      what_end = what_begin;
      while (what_end <= k && !t_.IsAny(what_end, {"was", "were", "is", "has", "had"})) ++what_end;
      if (what_end == what_begin) what_begin = t_.sentences[draft.sentence].begin, what_end = noun + 1;
    }
    draft.request.deliverable = Plain(t_, what_begin, what_end);
    if (draft.request.deliverable.empty()) draft.request.deliverable = Plain(t_, k, t_.sentences[draft.sentence].end);
    const Range directed = Directed(segment, k);
    if (!directed.empty()) draft.request.addressee = Plain(t_, directed.begin, directed.end);
    const bool duplicate = std::any_of(out_->begin(), out_->end(), [&](const Draft& d) {
      return d.request.kind == request_kind::kDecision && d.sentence == draft.sentence;
    });
    if (!duplicate) out_->push_back(std::move(draft));
    segment = k + 2;
    // The vote's count ("7-0", "5-1-1") and who voted against ("Nays: Belken.") belong to it, not to the next
    // motion.
    while (segment < t_.words.size() && !t_.Lower(segment).empty() && t_.Lower(segment)[0] >= '0' &&
           t_.Lower(segment)[0] <= '9' && t_.Lower(segment).find('-') != std::string_view::npos)
      ++segment;
    while (segment < t_.words.size() && t_.IsAny(segment, {"nays", "pass", "absent", "abstain", "abstaining"}))
      segment = t_.sentences[SentenceOf(t_, segment)].end;
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
      // "il est proposé au conseil de …": whom, then what; "la convention suivante :" names no one.
      if (stop >= t_.words.size() || t_.words[stop].punct || stop == k + 8) continue;
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
    if (LeavesTheRoom(Plain(t_, addressee.end, t_.sentences[draft.sentence].end))) continue;
    // What is asked: after "de" / "d’" ("d’autoriser …") or "à" ("est invité à confirmer …").
    size_t what = addressee.end;
    while (what < t_.words.size() && t_.IsAny(what, {"est", "sont", "invité", "invitée", "invités", "invitées"}))
      ++what;
    if (t_.IsAny(what, {"de", "à"})) ++what;
    const size_t sentence_end = t_.sentences[draft.sentence].end;
    if (what >= sentence_end) continue;
    const std::string_view first = t_.Lower(what);
    const size_t skip = first.starts_with("d\u2019") ? 4 : first.starts_with("d'") ? 2 : 0;
    draft.request.deliverable = Plain(t_, what, sentence_end).substr(skip);
    const bool duplicate = std::any_of(out_->begin(), out_->end(), [&](const Draft& d) {
      return d.request.kind == request_kind::kRequest && d.sentence == draft.sentence;
    });
    if (duplicate) {
      // The prose reader saw the verb but not whom it asks: keep its record, with the addressee.
      for (Draft& d : *out_)
        if (d.request.kind == request_kind::kRequest && d.sentence == draft.sentence && d.request.addressee.empty()) {
          d.request.addressee = draft.request.addressee;
          d.request.deliverable = draft.request.deliverable;
        }
      continue;
    }
    out_->push_back(std::move(draft));
  }
}

// "la DDT04 va mettre en place une formation …", "les services vont
// transmettre …": the French near future of a named party's undertaking.
// "Le conseil municipal charge madame MOUZARD de mettre en place …": the
// body asks someone, a request.
void MinutesReader::FrenchFuture() {
  for (size_t k = 1; k + 1 < t_.words.size(); ++k) {
    const size_t sentence = SentenceOf(t_, k);
    const Range range = t_.sentences[sentence];
    if (t_.IsAny(k, {"va", "vont"})) {
      const std::string_view verb = t_.Lower(k + 1);
      const bool infinitive = verb.size() > 3 && (verb.ends_with("er") || verb.ends_with("ir") || verb.ends_with("re"));
      if (!infinitive || HasRecord(request_kind::kCommitment, sentence)) continue;
      const Range subject = NounPhraseBefore(t_, range.begin, k);
      if (subject.empty() || IsPronoun(t_, subject)) continue;
      bool named = false;
      for (size_t m = subject.begin; m < subject.end; ++m) named = named || t_.words[m].capital;
      if (!named) continue;
      Draft draft = NewMinutesDraft(t_, request_kind::kCommitment, k);
      draft.request.addressee = CleanName(Plain(t_, subject.begin, subject.end));
      SetWhatAndWhen(k + 1, range.end, &draft);
      if (!draft.request.deliverable.empty()) out_->push_back(std::move(draft));
    } else if (t_.Is(k, "charge") && k >= 2 && t_.IsAny(k - 1, {"municipal", "conseil", "comité", "bureau"})) {
      size_t de = k + 1;
      while (de < range.end && de < k + 6 && !t_.Is(de, "de") && !t_.Lower(de).starts_with("d\u2019")) ++de;
      if (de >= range.end || de == k + 1) continue;
      Draft draft = NewMinutesDraft(t_, request_kind::kRequest, k);
      draft.request.requester = BodyName();
      draft.request.addressee = Plain(t_, k + 1, de);
      SetWhatAndWhen(t_.Is(de, "de") ? de + 1 : de, range.end, &draft);
      if (!draft.request.deliverable.empty()) out_->push_back(std::move(draft));
    }
  }
}

// "Such a request has been addressed to me by the Government of Chile", "a
// request was addressed to the Secretariat by …": a request, asked by the
// agent of the passive, of whom it was addressed to.
void MinutesReader::AddressedRequest() {
  for (size_t k = 1; k + 3 < t_.words.size(); ++k) {
    if (!t_.Is(k, "addressed") || !t_.Is(k + 1, "to")) continue;
    const Range range = t_.sentences[SentenceOf(t_, k)];
    bool request = false;
    for (size_t m = range.begin; m < k; ++m) request = request || t_.IsAny(m, {"request", "requests", "demande"});
    if (!request) continue;
    size_t by = k + 2;
    while (by < range.end && by < k + 10 && !t_.Is(by, "by")) ++by;
    if (by >= range.end || by + 1 >= range.end) continue;
    Draft draft = NewMinutesDraft(t_, request_kind::kRequest, k);
    draft.request.addressee = CleanName(Plain(t_, k + 2, by));
    draft.request.requester = CleanName(Plain(t_, by + 1, range.end));
    draft.request.deliverable = Plain(t_, range.begin, k > 2 ? k - 2 : k);
    if (!draft.request.addressee.empty() && !HasRecord(request_kind::kRequest, draft.sentence))
      out_->push_back(std::move(draft));
  }
}

}  // namespace quorum::requests
