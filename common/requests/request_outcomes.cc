// SPDX-License-Identifier: MIT
// The readers of proposals and of the answers to recommendations: a
// supported proposal (a request), the UPR "enjoy the support of X" and
// "were noted by X" conclusions, and the entry point ReadForms.
#include <cctype>

#include "common/requests/request_forms.h"

namespace quorum::requests {

// "suggested that the IOM Administration could be commissioned to provide
// such an update in the near future. There was support for that proposal."
// A proposal counts when the paragraph records support for it, or when the
// chair makes it (a chair's closing proposals are the meeting's conclusions).
void FormReader::Proposal(size_t w) {
  const std::string proposer = SubjectOf(w);
  std::string lower_proposer = proposer;
  for (char& ch : lower_proposer) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const bool chair = lower_proposer.find("chair") != std::string::npos ||
                     lower_proposer.find("presid") != std::string::npos ||
                     lower_proposer.find("présid") != std::string::npos;
  size_t support_sentence = sentence_;
  for (size_t s = sentence_ + 1; s < t_.sentences.size() && support_sentence == sentence_; ++s)
    for (size_t k = t_.sentences[s].begin; k < t_.sentences[s].end; ++k)
      if (t_.IsAny(k, {"support", "supported", "endorsed", "appuyé", "apoyo", "apoyó"})) support_sentence = s;
  if (!chair && support_sentence == sentence_) return;
  Draft draft = NewDraft(request_kind::kRequest, w);
  draft.request.requester = proposer;
  draft.last_sentence = support_sentence;
  const size_t c = w + 2;
  if (t_.Is(c, "there") && t_.IsAny(c + 1, {"should", "would", "could"}) && t_.Is(c + 2, "be")) {
    // "that there should be another update … by the Director General, … at the next meeting"
    size_t by = c + 3;
    while (by < clause_end_ && !t_.Is(by, "by")) ++by;
    if (by >= clause_end_) return;
    const Due due = FindDue(t_, {by, clause_end_}, dates_, note_.meeting_year);
    const size_t who_end = due.words.empty() ? clause_end_ : due.words.begin;
    draft.request.deliverable = TextWithout(t_, {c + 3, by}, {});
    std::string who = TextWithout(t_, {by + 1, who_end}, {});
    // Each of "the Director General, the Deputy Director General or the …" without its article.
    for (std::string_view joint : {", the ", " or the ", " and the "}) {
      for (size_t at = who.find(joint); at != std::string::npos; at = who.find(joint, at + 1))
        who.erase(at + joint.size() - 4, 4);
    }
    draft.request.addressee = CleanName(who);
    if (!due.words.empty()) {
      draft.request.due = std::string(t_.Span(due.words.begin, due.words.end - 1));
      draft.request.due_value = due.value;
    }
    out_->push_back(std::move(draft));
    return;
  }
  const Range addressee = NounPhraseAfter(t_, c, clause_end_);
  if (addressee.empty()) return;
  size_t k = addressee.end;
  while (k < clause_end_ && t_.IsAny(k, {"could", "should", "would", "might", "be", "also"})) ++k;
  if (!t_.IsAny(k, {"commissioned", "requested", "asked", "mandated", "invited", "tasked", "entrusted"}) ||
      !t_.Is(k + 1, "to"))
    return;
  draft.request.addressee = Name(addressee);
  FillWhatAndWhen(k + 2, clause_end_, &draft);
  // "such an update", "that information": what an earlier request asked for.
  const std::string& what = draft.request.deliverable;
  for (std::string_view head : {"such ", "that ", "this ", "these ", "the same "})
    draft.anaphoric = draft.anaphoric || what.starts_with(head);
  out_->push_back(std::move(draft));
}

// "The following recommendations enjoy the support of Qatar:" (a commitment
// by the State under review); "… did not enjoy the support of Qatar:" (its
// decision not to take them up).
void FormReader::SupportOf(size_t w) {
  const Range state = NounPhraseAfter(t_, w + 3, clause_end_);
  if (state.empty()) return;
  const bool refused = w > 0 && t_.IsAny(w - 1, {"not"});
  Draft draft = NewDraft(refused ? request_kind::kDecision : request_kind::kCommitment, w);
  draft.request.addressee = Name(state);
  if (refused) draft.request.requester = draft.request.addressee;
  const Range sentence = t_.sentences[sentence_];
  size_t end = sentence.begin;
  while (end < w && !t_.IsAny(end, {"have", "has", "enjoy", "enjoys", "did", "do", "will", "which"})) ++end;
  draft.request.deliverable = CleanName(TextWithout(t_, {sentence.begin, end}, {}));
  if (!draft.request.deliverable.empty())
    draft.request.deliverable[0] =
        static_cast<char>(std::tolower(static_cast<unsigned char>(draft.request.deliverable[0])));
  out_->push_back(std::move(draft));
}

// "Luxembourg accepted the following recommendations" (a commitment);
// "The recommendations below were noted by Luxembourg" (a decision not to).
void FormReader::Recommendations(size_t w, bool accepted) {
  std::string state;
  if (t_.Is(w + 1, "by")) state = Name(NounPhraseAfter(t_, w + 2, clause_end_));
  if (state.empty()) state = SubjectOf(w);
  if (state.empty() || state.starts_with("recommendation") || state.starts_with("Recommendation")) return;
  Draft draft = NewDraft(accepted ? request_kind::kCommitment : request_kind::kDecision, w);
  draft.request.addressee = state;
  if (!accepted) draft.request.requester = state;
  const Range sentence = t_.sentences[sentence_];
  draft.request.deliverable = TextWithout(t_, {sentence.begin, clause_end_}, {});
  out_->push_back(std::move(draft));
}

void ReadForms(const Text& t, const NoteContext& note, const Paragraph& paragraph, const std::vector<DateSpan>& dates,
               std::vector<Draft>* out) {
  FormReader(t, note, paragraph, dates, out).Read();
}

}  // namespace quorum::requests
