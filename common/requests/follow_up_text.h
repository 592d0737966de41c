// SPDX-License-Identifier: MIT
// How a later paragraph reports on something asked earlier, read from its
// words: sentences, delivery verbs ("was presented", "informó"), back-reference
// cues ("requested at", "as announced at", "la reunión anterior") and cited
// paragraph numbers ("WG/BGR/2017/5, paragraph 12"). Used by query/follow_up.cc.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace quorum::follow_up {

/// One sentence of a paragraph, as follow-up reads it.
struct Sentence {
  std::string text;
  std::vector<std::string> words;    // normalised tokens, in order
  std::vector<std::string> content;  // `words` without the delivery verbs: what was delivered, not that it was
  bool delivers = false;             // a delivery verb in the past: "was presented", "gave an oral update"
  std::string cue;                   // kind a back-reference points to: "request", "commitment", "decision" or ""
  bool previous_meeting = false;     // "at the previous meeting", "en la reunión anterior"
  bool item = false;                 // a listed sub-item, not the paragraph's own text
};

/// Splits `text` into sentences (at ". " before a capital, and at its end) and
/// reads each one; each of `items` (the paragraph's listed sub-items) is one more.
std::vector<Sentence> ReadSentences(std::string_view text, const std::vector<std::string>& items);

/// The paragraph number cited right after `symbol` in `text`:
/// "(WG/BGR/2017/5, paragraph 12)", "(SCBF/22/SR/1, párrafo 8)" -> "12", "8";
/// empty when none is.
std::string CitedParagraph(std::string_view text, std::string_view symbol);

/// Is `sentence` a Markdown task whose box is checked ("[x] @bob draft the
/// notice", "- [X] Ana to circulate …")? Such an action item is already
/// done where it is minuted: it answers itself.
bool IsCheckedTask(std::string_view sentence);

/// The words that, beside "meeting" or "session", say "the previous one"
/// (as index terms: normalised, unstemmed).
const std::vector<std::string>& PreviousWords();

}  // namespace quorum::follow_up
