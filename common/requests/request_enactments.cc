// SPDX-License-Identifier: MIT
// A council's journal records what it enacted in the passive and in clipped
// lines (see request_minutes.h): "The following Resolutions were adopted
// without objection:", "Amendment agreed to.", "Read third time in full.
// Passed. Yeas 19. Nays 0.", a Board's "Yeas: Mayor Campbell, Director …",
// "Adopté à l'unanimité."; its resolving clauses ("Be it resolved by the
// Board of Control … that …") decide; and its instruments direct in the
// third person:
// "the Director of Public Service is hereby authorized and directed to enter
// into a written requirement contract", "it is hereby determined to make the
// public improvement …". Each outcome is a decision of the body, each
// direction a request to whom it names.
#include <algorithm>

#include "common/requests/request_minutes.h"

namespace quorum::requests {
namespace {

// How far before "was adopted" the subject's head may stand: "Res. No.
// 73-10 was" (a number's parts are words of their own).
constexpr size_t kSubjectWords = 6;
constexpr size_t kMaxJournalLineWords = 14;

// What a meeting adopts, passes or agrees to: its instruments and papers,
// not a country's laws ("the new law was adopted in 2008" recalls another
// body's act), nor its procedure (the agenda and minutes adopted at its
// opening are not what it decided).
bool IsInstrument(const Text& t, size_t w) {
  return t.IsAny(w, {"resolution",      "resolutions", "res",    "ordinance", "ordinances", "ord",
                     "amendment",       "amendments",  "motion", "motions",   "report",     "recommendation",
                     "recommendations", "proposal",    "bill",   "item",      "items",      "legislation",
                     "measure",         "measures",    "consent"});
}

// "adopted", "passed", "carried", "approved", "agreed (to)": the outcome.
bool IsOutcome(const Text& t, size_t w) {
  return t.IsAny(w, {"adopted", "passed", "carried", "approved"}) || (t.Is(w, "agreed") && t.Is(w + 1, "to"));
}

// "Adopté", "Adoptée à l'unanimité", "adoptés": the French outcome.
bool IsFrenchOutcome(const Text& t, size_t w) { return t.IsAny(w, {"adopté", "adoptée", "adoptés", "adoptées"}); }

// A journal records its own outcome in a short line, in the present of the
// meeting: "The following Resolutions were adopted without objection:". A
// report recounts others' acts: "legislation was adopted in 2007", "several
// measures were adopted by the Government to …".
bool IsJournalLine(const Text& t, Range sentence, size_t outcome) {
  size_t words = 0;
  // Words up to a colon: the list of what was adopted may follow it.
  for (size_t w = sentence.begin; w < sentence.end && t.words[w].punct != ':'; ++w) {
    if (t.words[w].punct) continue;
    ++words;
    const std::string_view word = t.Lower(w);
    const bool year = word.size() == 4 && (word.starts_with("19") || word.starts_with("20")) &&
                      word.find_first_not_of("0123456789") == std::string_view::npos;
    if (year) return false;
  }
  const bool by_another = t.Is(outcome + 1, "by") && t.Is(outcome + 2, "the");
  return words <= kMaxJournalLineWords && !by_another;
}

}  // namespace

void MinutesReader::Enactments() {
  for (size_t s = 0; s < t_.sentences.size(); ++s) {
    const Range sentence = t_.sentences[s];
    if (sentence.empty() || HasRecord(request_kind::kDecision, s)) continue;
    // "Passed.", "Amendment agreed to.", "Adopté à l'unanimité.": a line of
    // its own that is only the outcome, of an instrument when it names one.
    const size_t head = sentence.begin;
    size_t verb = sentence.end;
    if (IsOutcome(t_, head) || IsFrenchOutcome(t_, head)) {
      verb = head;
    } else if (IsInstrument(t_, head) && head + 1 < sentence.end && IsOutcome(t_, head + 1)) {
      verb = head + 1;
    }
    const size_t rest = verb + (t_.Is(verb, "agreed") ? 2 : 1);
    const bool clipped = verb < sentence.end && (rest >= sentence.end || IsFrenchOutcome(t_, verb));
    // "The following Resolutions were adopted by a rising vote:": the
    // passive, its subject an instrument, not "which was adopted".
    size_t passive = sentence.end, subject = sentence.begin;
    for (size_t k = sentence.begin + 1; !clipped && k + 1 < sentence.end && passive == sentence.end; ++k) {
      if (!t_.IsAny(k, {"was", "were"}) || !IsOutcome(t_, k + 1) || t_.IsAny(k - 1, {"which", "that"})) continue;
      if (!IsJournalLine(t_, sentence, k + 1)) break;
      // The subject's head, a few words before, perhaps past an abbreviation's
      // full stop that split the sentence: "Res. No. 73-10 was adopted".
      for (size_t m = k; m > 0 && m + kSubjectWords > k && passive == sentence.end; --m)
        if (IsInstrument(t_, m - 1)) passive = k + 1, subject = std::min(sentence.begin, m - 1);
    }
    // "Yeas: Mayor Campbell, Director Baker …" opening a paragraph: the
    // recorded vote that adopted the resolution it stands under.
    const bool recorded_vote =
        s == 0 && t_.Is(head, "yeas") && t_.words.size() > head + 1 && t_.words[head + 1].punct == ':' && out_->empty();
    if (!clipped && passive == sentence.end && !recorded_vote) continue;
    const size_t trigger = clipped ? verb : passive < sentence.end ? passive : head;
    Draft draft = NewMinutesDraft(t_, request_kind::kDecision, trigger);
    draft.request.requester = draft.request.addressee = BodyName();
    if (passive < sentence.end) {
      draft.request.deliverable = Plain(t_, subject, sentence.end);
    } else {
      // What was adopted: the instrument the section names ("Ord. No. 66-04."), else the line itself.
      std::string what = note_.section;
      while (!what.empty() && (what.back() == '.' || what.back() == ' ')) what.pop_back();
      draft.request.deliverable = what.empty() ? Plain(t_, sentence.begin, sentence.end)
                                               : what + " " + std::string(t_.Lower(clipped ? verb : head));
    }
    out_->push_back(std::move(draft));
  }
}

// "Be it resolved by the Board of Control of the City of Cleveland that …",
// "Resolved, by Board of Control …, that …", "Be it further resolved that
// …": the resolving clause decides, by the body it names or the note's.
void MinutesReader::ResolvingClauses() {
  for (size_t s = 0; s < t_.sentences.size(); ++s) {
    size_t w = t_.sentences[s].begin;
    const size_t end = t_.sentences[s].end;
    if (t_.Is(w, "be") && t_.Is(w + 1, "it")) w += 2;
    if (t_.Is(w, "further")) ++w;
    if (!t_.Is(w, "resolved") || w + 2 >= end || HasRecord(request_kind::kDecision, s)) continue;
    size_t k = w + 1;
    while (k < end && t_.words[k].punct) ++k;
    std::string by;
    if (t_.Is(k, "by")) {
      size_t stop = k + 1;
      while (stop < end && !t_.Is(stop, "that") && t_.words[stop].punct == 0) ++stop;
      by = CleanName(Plain(t_, k + 1, stop));
      k = stop;
      while (k < end && t_.words[k].punct) ++k;
    }
    if (!t_.Is(k, "that") || k + 1 >= end) continue;
    Draft draft = NewMinutesDraft(t_, request_kind::kDecision, w);
    draft.request.requester = draft.request.addressee = by.empty() ? BodyName() : AsBody(note_, by);
    SetWhatAndWhen(k + 1, end, &draft);
    out_->push_back(std::move(draft));
  }
}

// "the Director of Public Service is hereby authorized and directed to
// enter into …" directs its subject; "it is hereby determined to make …"
// decides. Other "hereby" clauses ("is hereby declared to be an emergency
// measure") state how the instrument takes effect.
void MinutesReader::HerebyClauses() {
  for (size_t k = 1; k + 2 < t_.words.size(); ++k) {
    if (!t_.Is(k, "hereby") || !t_.IsAny(k - 1, {"is", "are"})) continue;
    const size_t s = SentenceOf(t_, k);
    const Range sentence = t_.sentences[s];
    size_t to = k + 1;
    while (to < sentence.end && to < k + 5 && !t_.Is(to, "to")) ++to;
    if (to >= sentence.end || to == k + 5 || to + 1 >= sentence.end) continue;
    const bool directs = t_.IsAny(k + 1, {"authorized", "authorised", "directed", "requested", "required"});
    const bool decides = t_.Is(k + 1, "determined") && k >= 2 && t_.Is(k - 2, "it");
    if (!directs && !decides) continue;
    const char* kind = directs ? request_kind::kRequest : request_kind::kDecision;
    if (HasRecord(kind, s)) continue;
    Draft draft = NewMinutesDraft(t_, kind, k + 1);
    draft.request.requester = BodyName();
    if (directs) {
      const Range subject = NounPhraseBefore(t_, sentence.begin, k - 1);
      if (!subject.empty()) draft.request.addressee = CleanName(Plain(t_, subject.begin, subject.end));
    } else {
      draft.request.addressee = BodyName();
    }
    SetWhatAndWhen(to + 1, sentence.end, &draft);
    out_->push_back(std::move(draft));
  }
}

}  // namespace quorum::requests
