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

/// Does the lower-cased paragraph hold a mark of a minutes form ("motion
/// carried", "vote favorable", "action:", "[ ]", "agreement")? A cheap
/// screen run before the paragraph is split into words.
bool MayHoldMinutesForm(std::string_view lowered);

/// The body itself, when a record names it another way: its acronym ("SC"
/// of "Steering Council", "TSC" of "Node.js Technical Steering
/// Committee"), "the group", or its short name followed by lower-case words
/// ("conseil municipal" of "Conseil municipal" → "Conseil"); otherwise the
/// name unchanged.
std::string AsBody(const NoteContext& note, const std::string& name);

/// The body a note's title names when the note printed no body line:
/// "Compte-rendu du conseil municipal du 30 avril 2014" → "Conseil
/// municipal"; empty when it names none.
std::string BodyFromTitle(const std::string& title);

/// The capital initials of a body's name: "Steering Council" → "SC".
std::string BodyInitials(const std::string& body);

class MinutesReader {
 public:
  MinutesReader(const Text& t, const NoteContext& note, std::vector<Draft>* out) : t_(t), note_(note), out_(out) {}
  void Read();

 private:
  void ActionItem();
  void Agreement();
  void Votes();
  void ImpersonalRequests();
  Range Directed(size_t begin, size_t end) const;
  std::string BodyName() const;

  const Text& t_;
  const NoteContext& note_;
  std::vector<Draft>* out_;
};

}  // namespace quorum::requests
