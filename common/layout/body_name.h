// SPDX-License-Identifier: MIT
// The name of a body read by its form: capitalised words around an
// organisational head noun ("Federal Open Market Committee", "Node.js
// Technical Steering Committee", "Congreso de los Diputados", "Conseil
// municipal"), in a title line that may say more ("Minutes of the …",
// "… Meeting 2022-06-15", "SUMMARY OF … MEETING").
#pragma once

#include <string>
#include <string_view>

namespace quorum {

/// The body `line` names, as printed (without the document-type words and
/// dates around it), if `line` also says what the document is ("Minutes",
/// "Meeting", "Update", "Diario de Sesiones", "Compte rendu") or when the
/// meeting was: a title line, not a letterhead naming a parent body. Empty if it names none, or
/// only a bare head ("Council"). `language` (ISO 639-1) decides whether an
/// adjective may follow the head ("Conseil municipal", "Comisión Directiva").
std::string BodyByForm(std::string_view line, std::string_view language);

/// The body an opening paragraph names, for notes whose title block does
/// not: "The Working Group on the Universal Periodic Review, established
/// …" -> "Working Group on the Universal Periodic Review"; a speech's "in
/// this General Assembly Hall" -> "General Assembly". Empty if none.
std::string FindBodyInText(std::string_view text);

/// The body a note's enacting formulas name, when at least two of them
/// name one, most name it, and none names `current` (the body the title
/// block found): "Be it ordained by the Council of the City of Cleveland:"
/// -> "Council of the City of Cleveland". A council's journal prints its
/// directory's headings before any title; the formula is the body's legal
/// name. Empty otherwise.
std::string FindEnactingBody(std::string_view text, std::string_view current);

}  // namespace quorum
