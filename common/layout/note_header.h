// SPDX-License-Identifier: MIT
// Reads a note's title block (the lines before its first paragraph): body,
// document type, meeting date, document symbol and title.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"
#include "common/text/note_lines.h"

namespace quorum {

/// Fills note->body, type, date, symbol and title from the title-block
/// `units`; `sample` (the start of the note's text) supplies the printed
/// casing of words the title block prints in capitals. Fields it cannot
/// find stay empty.
void ReadTitleBlock(const std::vector<const Unit*>& units, std::string_view sample, Note* note);

/// The meeting date in `text` if a phrase there dates a meeting ("held on
/// 28 August 2017", "at the 6th meeting, on 2 December 2009", "tenue le
/// 28 août 2018", "celebrada el 28 de agosto de 2018"); empty otherwise.
std::string FindMeetingDate(std::string_view text);

/// The date of the meeting whose record opens with a call to order: the
/// last date in the lines before "… was called to order" ("Cleveland,
/// Ohio / Monday, February 29, 2016 / The meeting of the Council was called
/// to order"), "Se abre la sesión", "La séance est ouverte", else the first
/// date in the sentence after it. For a journal or gazette that prints the
/// minutes deep inside, under its own publication date. Empty if none.
std::string FindCallToOrderDate(std::string_view text);

/// Byte length of an annex heading that opens `text`: "Annex", "ANNEX II",
/// "Annexe", with "Composition of the delegation" after it if present; 0 if
/// `text` does not open an annex (a sentence "Annex I lists …" does not).
size_t AnnexHeadingLength(std::string_view text);

/// The first document symbol in `text` ("A/HRC/13/6", "WG/REL/2017/6"), or empty.
std::string FindSymbol(std::string_view text);

/// True for a table-of-contents line ("Contents", dot leaders).
bool IsContentsLine(std::string_view text);

/// Case-folded form for keyword tests: NFKC, case folded, ’ → '.
std::string Folded(std::string_view text);

}  // namespace quorum
