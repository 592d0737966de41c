// SPDX-License-Identifier: MIT
// Internals of the name taggers (organisations, roles, places, events,
// amounts) behind TagNames(): the word scanner they share and the tables
// they look names up in. Internal to common/entity_*.cc.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/entities/entity_tagger.h"

namespace quorum::names {

/// A word of the text: letters and digits, with inner hyphens and
/// apostrophes ("Secretary-General", "d’Ivoire"); a possessive "’s" is a
/// word of its own, so "Kuwait’s" is "Kuwait" + "’s". Other characters
/// are not words but are remembered as the gap before the next word.
struct Word {
  std::string_view text;
  size_t start = 0;  // byte offsets into the scanned text
  size_t end = 0;
  std::string key;        // `text` with ’ as ' and "- " repaired to "-"
  std::string lower;      // `key` with ASCII letters in lower case
  bool capital = false;   // starts with an upper-case letter
  bool all_caps = false;  // two or more letters, none lower case ("OHCHR")
  bool spaced = true;     // only white space separates it from the previous word
};

std::vector<Word> ScanWords(std::string_view text);

/// The code point at text[i] (UTF-8), setting *next past it; -1 if invalid.
int32_t DecodeAt(std::string_view text, size_t i, size_t* next);

/// The words between `from` and `to` (exclusive) as one string of keys.
std::string Join(const std::vector<Word>& words, size_t from, size_t to);
/// The span's text with apostrophes made straight and white space collapsed.
std::string Normalised(std::string_view text);
/// Is words[i] a lower-case word of `options` (compared on key, ASCII-folded)?
bool Is(const std::vector<Word>& words, size_t i, std::initializer_list<std::string_view> options);
/// Is the word an upper-case initial word that is merely sentence-grammar
/// ("The", "In", "At", ...), so it cannot begin a name?
bool IsFunctionWord(const Word& word);
/// Small words allowed inside a capitalised name: of, the, and, for, ...
bool IsNameJoiner(const Word& word);

// ---- Tables (common/entities/entity_gazetteer.cc) ----

/// Country and territory names in English, French and Spanish, from ICU
/// (common/entities/entity_countries.cc).
const std::vector<std::string>& IcuCountryNames();
/// Longest gazetteer place starting at words[i]: number of words, 0 if none.
/// `value` gets the place's name as the value convention wants it.
size_t MatchPlace(const std::vector<Word>& words, size_t i, std::string* value);
/// Longest built-in organisation name starting at words[i] (0 if none).
size_t MatchOrganization(const std::vector<Word>& words, size_t i, std::string* value);
/// Full name of a well-known organisation's acronym, or empty.
std::string_view KnownAcronym(std::string_view acronym);
/// Full name of a known organisation's organ by its acronym ("TAG" of the
/// W3C), once the note has used the parent's acronym (in `parents`).
std::string_view KnownOrgan(std::string_view acronym, const std::set<std::string>& parents);
/// Does this word (title case) name an office ("Chairperson", "Speaker")?
bool IsRoleHead(std::string_view key);
/// Does a name with this word read as an organisation ("Committee", "Fund")?
bool IsOrganizationHead(std::string_view word);

// ---- Type taggers; each appends spans (byte offsets) to `out`. ----

void TagOrganizations(std::string_view text, const std::vector<Word>& words, EntityContext* context,
                      std::vector<EntitySpan>* out);
/// Organisations by form, after the known names (words in `named` are
/// taken): capitalised names with an organisational head ("Bank of
/// Canada", "Portfolio Committee on Trade and Industry", "Conseil
/// Départemental", "Tribunal de grande instance de Digne-les-Bains").
/// Marks the words it names and appends the names' word ranges to `found`.
void TagOrganizationForms(std::string_view text, const std::vector<Word>& words, EntityContext* context,
                          std::vector<bool>* named, std::vector<std::pair<size_t, size_t>>* found,
                          std::vector<EntitySpan>* out);
/// After every name: a bare head that refers back ("the Committee", "the
/// Bank", ", Board"), resolved to the note's body or the last organisation
/// named with that head; and acronyms in an actor's position ("the SABC",
/// "du CNFPT") that no table knows. Records each name's head in `context`.
void TagOrganizationReferences(std::string_view text, const std::vector<Word>& words, EntityContext* context,
                               std::vector<bool>* named, std::vector<EntitySpan>* out);
/// Does a capitalised word head an organisation's name, alone or in the
/// plural ("Bank", "Ministry", "Banks")? (Not "Programme", "Party": those
/// name programmes and parties as often as bodies.)
bool IsFormHead(std::string_view key);
bool IsHeadWord(const Word& word);
/// Heads of French and Spanish names, built head first ("Conseil", "Junta").
bool IsRomanceHead(const Word& word);
/// The head word a name is known by ("Committee" for "Federal Open Market
/// Committee"), singular and capitalised; empty when it has none.
std::string NameHead(const std::vector<Word>& words, size_t from, size_t to);
/// `word` with its letters lower-cased after the first of each part
/// ("DIRECTOR-GENERAL" -> "Director-General"); ASCII letters only.
std::string TitleCase(std::string_view word);

void TagPlaces(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out);
void TagRoles(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out);
/// Spanish and French offices in lower case after an honorific or an
/// article ("el señor ministro de Hacienda", "la portavoz").
void TagRomanceRoles(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out);
/// Spanish and French print offices in lower case: an all-caps speaker
/// label's office ("PRESIDENTE:") takes the value the sentence would print.
void LowerCaseLabelRoles(std::string_view text, std::vector<EntitySpan>* roles);
void TagAttribution(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out);
void TagEvents(std::string_view text, const std::vector<Word>& words, std::vector<EntitySpan>* out);
void TagAmounts(std::string_view text, const EntityContext& context, std::vector<EntitySpan>* out);

}  // namespace quorum::names
