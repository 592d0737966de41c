// SPDX-License-Identifier: MIT
// Internal to the request tagger: the reader of one paragraph's forms
// (request_forms.cc: who, what and when; request_readers.cc and
// request_outcomes.cc: one method per form; request_triggers.cc: the
// trigger words).
#pragma once

#include <string>
#include <vector>

#include "common/requests/request_internal.h"

namespace quorum::requests {

/// What a trigger word may start.
enum class Form {
  kNone,
  kRequest,      // "requested", "asked for", "invited X to", "called upon", "a prié", "pidió"
  kDecision,     // "decided", "agreed", "adopted", "approved", "voted", "decidió"
  kModal,        // "would" / "will" + a verb of delivering: a commitment
  kConditional,  // "présenterait", "presentaría": the verb carries the modal
  kUndertaking,  // "undertook to", "pledged to", "promised to"
  kProposal,     // "proposed that", "suggested that"
  kSupport,      // "enjoy the support of X" (UPR recommendations)
  kAccepted,     // "X accepted the following recommendations": a commitment
  kNoted,        // "were noted by X", "X noted the following recommendations": a decision
};

/// Is the deliverable a member leaving the room ("de sortir de la salle")?
bool LeavesTheRoom(std::string_view deliverable);
/// Does the paragraph end with a colon (a list of sub-items follows)?
bool EndsWithColon(std::string_view text);
/// The form word `w` may start, from the word alone and its neighbours.
Form Classify(const Text& t, size_t w);
/// "provide", "produce", "submit", "présenter", "preparara"...: verbs whose
/// object is the deliverable itself.
bool IsDeliveryVerb(std::string_view lower);
/// "circulated", "provided", "issued"...: "the reports would be circulated".
bool IsDeliveredParticiple(std::string_view lower);

class FormReader {
 public:
  FormReader(const Text& t, const NoteContext& note, const Paragraph& paragraph, const std::vector<DateSpan>& dates,
             std::vector<Draft>* out);
  void Read();

 private:
  struct Trigger {
    size_t word;
    Form form;
  };
  void Handle(const Trigger& trigger);
  void ActiveRequest(size_t w);
  void PassiveRequest(size_t w, size_t auxiliary);
  void Decision(size_t w);
  void ImpersonalDecision(size_t w);
  void ModalCommitment(size_t w);
  void ConditionalCommitment(size_t w);
  void Undertaking(size_t w);
  void Proposal(size_t w);
  void SupportOf(size_t w);
  void Recommendations(size_t w, bool accepted);

  std::string Name(Range r) const;
  Range MainSubject(Range sentence) const;
  std::string SubjectOf(size_t verb) const;
  bool IsBody(const std::string& name) const;
  /// Addressee "X" of "X to <verb>" / "X de <verbe>" / "X que <verbo>" from
  /// word `begin`; sets *verb to the verb's index. Empty when not that shape.
  Range AddresseeBeforeInfinitive(size_t begin, size_t end, size_t* verb) const;
  void FillWhatAndWhen(size_t from, size_t end, Draft* draft) const;
  Draft NewDraft(const char* kind, size_t trigger) const;
  size_t ClauseStart(size_t trigger) const;
  std::string PreviousRequester() const;

  const Text& t_;
  const NoteContext& note_;
  const Paragraph& paragraph_;
  const std::vector<DateSpan>& dates_;
  std::vector<Draft>* out_;
  std::vector<Trigger> triggers_;
  size_t sentence_ = 0;
  size_t clause_end_ = 0;
  Range main_subject_;
  bool decided_in_sentence_ = false;  // what a decision sets up is part of it, not a commitment
  std::string last_subject_;          // the last named subject of the paragraph, for "He", "It"
};

}  // namespace quorum::requests
