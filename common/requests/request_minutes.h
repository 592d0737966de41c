// SPDX-License-Identifier: MIT
// Internal to the request tagger: the outcome lines of minutes (votes
// carried, action items, agreement lines, impersonal French requests),
// read after the prose forms of request_forms.h. See request_minutes.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/requests/request_internal.h"

namespace quorum::requests {

/// Does the text hold a mark of a minutes form ("motion carried", "vote
/// favorable", "action:", "[ ]", "agreement")? ASCII case is ignored. A
/// cheap screen run before the text is split into words.
bool MayHoldMinutesForm(std::string_view lowered);
/// The same for a listed item, which holds fewer forms (MinutesReader's item_only).
bool MayHoldItemForm(std::string_view text);
/// Does the text hold a mark of a journal's enactment ("adopted", "agreed
/// to", "yeas", "hereby", "adopté")? Screens MinutesReader::ReadEnactments.
bool MayHoldEnactment(std::string_view lowered);
/// A short line that may start "<names> to <task>" or "<names> will <task>" (MinutesReader's owner lines).
bool MayBeOwnerLine(std::string_view lowered);
/// Text that may open with a speaker's label ("eric huss: …"), lower-cased.
bool MayBeTurn(std::string_view lowered);

/// The body itself, when a record names it another way: its acronym ("SC"
/// of "Steering Council", "TSC" of "Node.js Technical Steering
/// Committee"), "the group", or its short name followed by lower-case words
/// ("conseil municipal" of "Conseil municipal" → "Conseil"); otherwise the
/// name unchanged.
std::string AsBody(const NoteContext& note, const std::string& name);

/// The body a note's title names when the note printed no body line:
/// "Compte-rendu du conseil municipal du 30 avril 2014" → "Conseil
/// municipal", "SC meeting summary - March 2022" → "SC"; empty when it
/// names none.
std::string BodyFromTitle(const std::string& title);

/// The capital initials of a body's name: "Steering Council" → "SC".
std::string BodyInitials(const std::string& body);

// ---- shared by request_minutes.cc and request_votes.cc ----

bool StartsWith(std::string_view text, std::string_view head);
/// The text after Markdown emphasis, list and quote marks at its start.
std::string_view Unmarked(std::string_view text);
/// The first word at or after byte `byte`.
size_t WordAt(const Text& t, size_t byte);
/// The sentence word `w` stands in.
size_t SentenceOf(const Text& t, size_t w);
Draft NewMinutesDraft(const Text& t, const char* kind, size_t w);
/// Words [begin, end) as printed, without emphasis marks or a final stop.
std::string Plain(const Text& t, size_t begin, size_t end);
/// Does an action line report a status ("Revisit next week", "Bumped to
/// …", "Closed") rather than name a task?
bool IsStatus(const Text& t, size_t w);
/// Who an action item names from word `w` ("Domenic will …", "Mikeal and
/// Chris to …", "Ben file …"); empty for an imperative ("Check that …").
/// Sets *verb to where the task starts.
Range Owner(const Text& t, size_t w, size_t end, size_t* verb);

/// What a heading says its lines are: "Action items", "Next steps" →
/// kCommitment; "Decisions", "Consented Decisions", "Acuerdos", "Relevé de
/// décisions" → kDecision; nullptr for any other heading.
const char* OutcomeHeading(std::string_view section);

/// The speaker's label a paragraph opens with ("Mark: Will do." → "Mark"),
/// empty when none: whom the next paragraph's "Could you …?" answers.
std::string LeadingSpeaker(std::string_view text);

/// Does word `w` start a task someone can go and do ("reach out", "own",
/// "post", "talk to", "do that"), rather than talk in the meeting ("give
/// some background")?
bool IsTaskVerb(const Text& t, size_t w);
/// Does sentence `s` end with a question mark?
bool IsQuestion(const Text& t, size_t s);

/// Reads the outcome lines of one paragraph's lead text, or of one listed
/// item (`item_only`: only the forms a list carries in minutes, an action
/// item, an agreement line or a vote, never the prose forms a UN report's
/// sub-items hold).
class MinutesReader {
 public:
  MinutesReader(const Text& t, const NoteContext& note, const std::vector<DateSpan>& dates, std::vector<Draft>* out)
      : t_(t), note_(note), dates_(dates), out_(out) {}
  void Read(bool item_only = false);
  /// Only the enactments of a journal (request_enactments.cc), for text
  /// that holds no other minutes form.
  void ReadEnactments() {
    Enactments();
    ResolvingClauses();
    HerebyClauses();
  }

 private:
  void ReadLead();
  void ActionItem();
  void Agreement();
  // request_turns.cc and request_consent.cc: minutes written as speakers' turns, and an outline's owner lines.
  struct Turn {
    Range label;         // the speaker's name before the colon; empty: no speaker
    size_t head = 0;     // the first word of the sentence after the label
    bool opens = false;  // the label opens this sentence (the turn's first)
    Range vocative;      // "Lori, …": whom the turn addresses
    Range previous;      // the label of the turn before it in the paragraph; empty: none
  };
  size_t LabelEnd(size_t b) const;
  size_t TurnStart() const;
  Turn TurnOf(size_t s) const;
  void SpeakerPromise();
  void TurnRequests();
  size_t WishedOf(size_t k) const;
  bool Quoted(size_t k) const;
  void TurnOutcomes();
  bool HeadOutcome(size_t s, const Turn& turn, size_t head);
  void OwnerLine();
  void SectionLine();
  bool IsPerson(size_t begin, size_t end) const;
  void OwnerToVerb();
  void Votes();
  void Enactments();
  void ResolvingClauses();
  void HerebyClauses();
  void SpanishApprovals();
  void SpanishFuture();
  void ImpersonalRequests();
  void AddressedRequest();
  void FrenchFuture();
  Range Directed(size_t begin, size_t end) const;
  std::string BodyName() const;
  void SetWhatAndWhen(size_t begin, size_t end, Draft* draft) const;
  bool HasRecord(const char* kind, size_t sentence) const;

  const Text& t_;
  const NoteContext& note_;
  const std::vector<DateSpan>& dates_;
  std::vector<Draft>* out_;
};

}  // namespace quorum::requests
