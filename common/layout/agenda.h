// SPDX-License-Identifier: MIT
// Agenda recovery: items listed inline in a paragraph or as a block, item
// headings ("Item 4: Harbour works"), and headings matched to items by words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum {

/// Items listed inline after the word "agenda" (or "ordre du jour", "orden
/// del día"): "... on the agenda: (a) update on X; (b) Y; and (c) other business."
/// Empty if the text lists no agenda.
std::vector<AgendaItem> FindInlineAgenda(std::string_view text);

/// True for a line that introduces an agenda block: "Agenda", "Provisional agenda:".
bool IsAgendaBlockHeading(std::string_view text);

/// An item heading: "Item 4: Harbour works", "Agenda item 4. Budget",
/// "Point 4 : Travaux", "Tema 4: Obras".
std::optional<AgendaItem> ParseItemHeading(std::string_view text);

/// A line that is only the designation of an instrument the meeting acts
/// on: "Ord. No. 352-98.", "Res. No. 276-10.", "Resolution No. 80-16.",
/// "File No. 269-16.", "Délibération n° 2011-22", "Resolución N.º 12/2020".
/// It heads what follows, full stop or not.
bool IsInstrumentDesignation(std::string_view text);

/// A whole document filed under one agenda item, as UN reports print it in
/// their header: "... Agenda item 6 Universal Periodic Review".
std::optional<AgendaItem> FindDocumentAgendaItem(std::string_view text);

/// Label of the agenda item whose title `heading` names: the item sharing the
/// largest share (at least half) of its title's content words; empty if none.
std::string MatchHeadingToAgenda(std::string_view heading, const std::vector<AgendaItem>& agenda);

/// Label of the item among `unheaded` (items no heading names) whose title's
/// content words all open `text` (its first two dozen words, compared on their
/// first four letters so "adopted the agenda" names "Adoption of the
/// agenda"); empty if none. How "Under other business, …" finds its item.
std::string MatchOpeningToAgenda(std::string_view text, const std::vector<AgendaItem>& unheaded);

}  // namespace quorum
