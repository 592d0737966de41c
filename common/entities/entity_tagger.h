// SPDX-License-Identifier: MIT
// Tags the named things a paragraph cites (resolutions, document symbols,
// dates, events, organisations, roles, places, amounts) with normalised
// values; used by quorum-index, for --parse-only and for the entity fields.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum {

/// What a note teaches the tagger as it reads it in order: the meeting date
/// (for year-less dates), the language, the body (for "the Committee"),
/// resolutions cited in full (so a later "Resolution No. 1309" resolves to
/// the full citation), acronyms defined in the text ("International
/// Dialogue on Migration (IDM)") and the last organisation named with each
/// head (so "the Bank" resolves to "Bank of England").
struct EntityContext {
  std::string meeting_date;  // ISO, may be empty
  std::string language = "en";
  std::map<std::string, std::string> resolutions;   // number -> full normalised value
  std::string last_resolution;                      // for "that resolution"
  std::map<std::string, std::string> acronyms;      // "IDM" -> "International Dialogue on Migration"
  std::set<std::string> other_acronyms;             // defined for what is not a body: "UPR", "CRC"
  std::string body;                                 // the note's body, for "the Committee"
  std::map<std::string, std::string> last_by_head;  // "Bank" -> the last organisation named "... Bank ..."
  std::map<std::string, std::string> short_names;   // "Grupo Mixto" -> "Grupo Parlamentario Mixto"
  std::set<std::string> known_acronyms_used;        // "W3C": for its organs' acronyms ("TAG")
};

/// A match of one type tagger, with BYTE offsets into the text.
struct EntitySpan {
  std::string type;
  size_t start = 0;
  size_t end = 0;
  std::string value;
};

/// Tags `text`; returned entities carry code-point offsets (the contract's
/// "character offsets"), in text order; spans of one type never overlap
/// (the longer wins), spans of different types may nest (a date inside a
/// resolution's citation). Updates `context` with what the text defines.
std::vector<Entity> TagEntities(std::string_view text, EntityContext* context);

/// The context a note's tagging starts from (its date, language, body).
EntityContext NoteEntityContext(const Note& note);

/// Tags every paragraph of `note` in reading order (text, items, footnotes),
/// with one context from NoteEntityContext(): what a paragraph defines
/// holds for the rest of the note.
void TagNote(Note* note);

/// The acronyms a tagged note uses for organisations it also names in full,
/// as synonym lines "IDM = International Dialogue on Migration", sorted and
/// without repeats: what the index learns so either form finds the other.
std::vector<std::string> AcronymSynonyms(const Note& note);

// ---- Type taggers: each appends its spans for `text` (byte offsets). ----

/// Dates: "28 August 2017", "18 and 19 July 2017", "4 to 6 December 2017",
/// "from 7 to 14 September", "on 4 September", "by the end of September",
/// "in 2018", "28 août 2017", "du 4 au 6 décembre 2017", "28 de agosto de
/// 2017". Values: "2017-08-28", "2017-09", "2018", "2017-07-18/2017-07-19".
void TagDates(std::string_view text, const EntityContext& context, std::vector<EntitySpan>* out);

/// Resolutions and decisions ("Council Resolution No. 1309 of 24 November
/// 2015", "General Assembly resolution 71/1", "decision 1/CP.16",
/// "S/RES/2334 (2016)") and document symbols ("A/HRC/WG.6/6/ALB/1").
void TagCitations(std::string_view text, EntityContext* context, std::vector<EntitySpan>* out);

/// A State's acts cited by kind and number, in Spanish and French ("Real
/// Decreto-ley 15/2014, de 19 de diciembre" -> "Real Decreto-ley 15/2014
/// (2014-12-19)"), as resolutions; a parliament's file numbers ("Número de
/// expediente 130/000062") as symbols. Called by TagCitations().
void TagLegalActs(std::string_view text, std::vector<EntitySpan>* out);

/// Organisations and acronyms, roles and attribution, places, events, amounts.
void TagNames(std::string_view text, EntityContext* context, std::vector<EntitySpan>* out);

}  // namespace quorum
