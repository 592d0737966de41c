// SPDX-License-Identifier: MIT
// Who speaks in a paragraph: summary records and reports give one speaker's
// statement per paragraph, opening with the speaker and a verb of saying
// ("The CHAIRMAN said …", "Mr. SMITH (United Kingdom) asked …",
// "Slovenia welcomed …", "Le PRÉSIDENT dit …").
#pragma once

#include <string>
#include <string_view>

namespace quorum {

/// The speaker, with the delegation in brackets if printed, as printed but
/// for a leading article: "CHAIRMAN", "Mr. SMITH (United Kingdom)",
/// "Director General". Empty when the paragraph does not open that way, or
/// opens with a count of speakers ("Several delegations said …").
std::string FindSpeaker(std::string_view text);

/// The label of a verbatim record's turn, the speaker named by a title or
/// by office, then a colon and what was said: "Mr S N SWART" in "Mr S N
/// SWART: Madam Speaker, …", "The SPEAKER" in "The SPEAKER: Order!", "El
/// señor PRESIDENTE", "The President", "Mr. Smith (United Kingdom)".
/// Empty when the text does not open with one.
std::string TurnLabel(std::string_view text);

/// The label of a turn by a name printed surnames first, "Rufián Romero,
/// Gabriel" in "Rufián Romero, Gabriel: Muchas gracias, …". Minutes write
/// two speakers so too ("Mara, Jack: I think …"): the form names a
/// speaker only where a note uses it throughout (note_parser.cc).
std::string InvertedNameLabel(std::string_view text);

}  // namespace quorum
