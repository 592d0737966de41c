// SPDX-License-Identifier: MIT
// Footnote markers as text extraction leaves them: stars after a title or
// heading ("recommendations**"), digits glued to a word ("xenophobia1",
// "(Mexico)1;") when the superscript was flattened, and footnote texts run
// into the title block ("Armenia * Previously issued under ...").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum {

/// Removes star markers ("*", "**", "∗") glued to the end of `text` or
/// standing alone at its end; returns them as ASCII stars ("**"), or empty.
std::string StripTrailingStars(std::string* text);

/// Removes the first run of stars glued to a word anywhere in `text` if it
/// equals `marker` ("**"); true if it did.
bool TakeStarMarker(std::string* text, std::string_view marker);

/// Number of flattened footnote markers in `text`: one or two digits glued
/// to a word of two letters or more, to a closing bracket, or to a full stop
/// or semicolon after one ("xenophobia1", "(Mexico)1;", "available.1").
size_t CountGluedDigitMarkers(std::string_view text);

/// A title-block unit that runs on into a footnote ("Armenia * Previously
/// issued under document symbol A/HRC/WG.6/8/L.8."): the footnote text after
/// the last star, if what follows it reads as a sentence; `head` gets what
/// came before, without its stars and rules ("_____").
std::optional<std::string> SplitStarFootnote(std::string_view text, std::string* head);

/**
 * Attaches footnote `text` (marker `label`: "1", "*", "**") to the latest
 * paragraph whose text or a listed item carries the marker, and takes the
 * marker out of that text: it is debris once the footnote sits beside the
 * paragraph. Star notes no paragraph carries, and notes before any
 * paragraph, go to note->footnotes (they annotate the title or a heading).
 * False if a numbered note is cited by no paragraph: nothing attached.
 */
bool AttachFootnote(const std::string& label, const std::string& text, Note* note);

/// Text extraction that flattens superscripts leaves the marker glued to its
/// word ("xenophobia1") and the footnote text, markerless, between
/// paragraphs: the most recent of the last five numbered paragraphs with
/// more such markers than footnotes takes `text` as a footnote. False if
/// none does.
bool AttachUnmarkedFootnote(const std::string& text, std::vector<Paragraph>* paragraphs);

}  // namespace quorum
