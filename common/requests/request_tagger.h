// SPDX-License-Identifier: MIT
// Reads requests, commitments and decisions out of a note's paragraphs: who
// asked whom for what, by when ("the Working Group requested the IOM
// Administration to provide three short papers, namely: (a)…").
#pragma once

#include "common/base/note.h"

namespace quorum {

/// Fills Paragraph::requests of every paragraph of `note`. Runs after the
/// entity tagger: due points take their ISO value from the date entities,
/// and year-less ones the meeting's year.
void TagRequests(Note* note);

}  // namespace quorum
