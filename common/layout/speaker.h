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

}  // namespace quorum
