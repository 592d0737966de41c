// SPDX-License-Identifier: MIT
// THE Xapian schema: term prefixes, value slots, stored-data keys and the
// schema version, shared by quorum-index (writer) and quorum-search (reader).
// No other file may write a prefix literal or a slot number.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/base/note.h"

namespace quorum::schema {

// Bump when any prefix, slot or encoding below changes. The indexer stores it
// under kVersionKey in the database metadata; quorum-search refuses a
// database whose version differs and says how to rebuild it.
inline constexpr std::string_view kVersionKey = "quorum.schema_version";
// 2: request kinds, addressee and requester words, stored requests.
// 3: the facet values in one slot (kSlotFacets); the note's fields stored
//    once, on its first paragraph (data::kNote).
// 4: stored data compressed with the dictionary under kDataDictionaryKey
//    (common/index/data_codec.h).
// 5: a lighter index: date mentions write only the terms no coarser one
//    answers; context words hold no stop words; no unique id term per
//    paragraph (ParagraphQuery() names one); a long meeting id hashed in its
//    filter term and facet value; entity types as letters in kSlotFacets;
//    no terms for the words of bodies' and entities' names; stored entities
//    without the text their offsets give back (stored_entities.h); stored
//    data in lean zstd frames (data_codec.h); note and meeting keys of 11
//    characters (CompactHash()); context words by their stems alone; the
//    meeting facet in kSlotMeeting, apart from the others; no ordinal and
//    no null number in the stored data; no language term for English
//    (kUnmarkedLanguage); no spelling for a word printed once.
inline constexpr int kVersion = 5;
// Space-separated ISO 639-1 codes of the languages indexed so far; the query
// side stems a query once per language (see query/query_builder.cc).
inline constexpr std::string_view kLanguagesKey = "quorum.languages";
// Synonym lines ("IOM = International Organization for Migration"), one
// group per line, learnt at index time; the query side expands them both ways.
inline constexpr std::string_view kSynonymsKey = "quorum.synonyms";
// The zstd dictionary the paragraphs' stored data is compressed with, set
// once per database (common/index/data_codec.h); absent while none is.
inline constexpr std::string_view kDataDictionaryKey = "quorum.data_dictionary";
// One metadata entry per indexed note, DO NOT rename:
//   kNoteRecordPrefix + NoteKey() -> "<stamp>\t<paragraph count>\t<canonical path>"
// <stamp> is ContentHash() of the file's bytes, plus "/<lang>" when --lang
// forced the language. It is written in the same transaction as the note's
// paragraphs, so every commit holds a record for exactly the notes it holds.
// quorum-index compares stamps to skip unchanged notes, and walks these keys
// for --prune (see indexer/note_record.h).
inline constexpr std::string_view kNoteRecordPrefix = "quorum.note:";

// ---- Term prefixes. DO NOT rename: they are stored in existing indexes. ----
// Xapian's conventions: "Z" marks a stemmed term and is added in front of
// any prefix by TermGenerator/QueryParser ("ZXCmigrat"). "Q" held a unique
// id per paragraph until schema 5; ParagraphQuery() names one now. Do not
// reuse it.

/// Every paragraph of one note carries this term; a note is replaced by
/// deleting its documents by this term. With its ordinal (kSlotOrdinal) it
/// names one paragraph: ParagraphQuery().
inline constexpr std::string_view kNotePrefix = "XNOTE";
/// Free-text terms of the note's title, body, the agenda item title and
/// section heading: makes them searchable from every paragraph, at the
/// lower weight BM25 gives a term that occurs once against the whole note.
/// Stored without positions (they repeat on every paragraph of a note), so
/// a quoted phrase matches the paragraph's own text only, and by their stems
/// alone ("ZXCmigrat"), which is all a parse without phrases reads.
inline constexpr std::string_view kContextPrefix = "XC";
/// Free-text terms of the agenda item's title alone (for agenda:"words").
inline constexpr std::string_view kAgendaTitlePrefix = "XAT";
// "XBT", "XEVT", "XORGT" and "XROLET" held the words of bodies' and
// entities' names until schema 5; the query side reads them from the
// values' own terms now (query/value_words.h). Do not reuse them.

// Requests, commitments and decisions read from a paragraph (Paragraph::requests).
/// RequestKindTerm(): the paragraph holds a record of this kind ("XKINDrequest");
/// type:request in a query and the ledger (quorum-search --requests) select on it.
inline constexpr std::string_view kRequestKindPrefix = "XKIND";
/// PartyWords() of each record's addressee: who must act ("XTOadministration").
inline constexpr std::string_view kAddresseePrefix = "XTO";
/// PartyWords() of each record's requester: who asked ("XBYcommittee").
inline constexpr std::string_view kRequesterPrefix = "XBY";
/// The kinds a record can have, as Request::kind spells them (common/base/note.h).
inline constexpr std::string_view kRequestKinds[] = {request_kind::kRequest, request_kind::kCommitment,
                                                     request_kind::kDecision};

enum class FieldKind {
  kFilter,        // boolean: exact value, no weight
  kLabelOrWords,  // boolean on an exact value, else the values holding its words
};

/// A field users can type ("meeting:2017-08-28") or pass as a flag.
struct Field {
  std::string_view name;          // what users type
  std::string_view prefix;        // boolean term prefix
  std::string_view words_prefix;  // kLabelOrWords with a title apart: its free-text prefix
  FieldKind kind;
  std::string_view help;  // one line for --help and the README
};

inline constexpr Field kMeeting{"meeting", "XM", "", FieldKind::kFilter, "meeting by symbol, ISO date or citation id"};
inline constexpr Field kBody{"body", "XB", "", FieldKind::kLabelOrWords, "body: full name, or words of it"};
inline constexpr Field kAgenda{"agenda", "XA", kAgendaTitlePrefix, FieldKind::kLabelOrWords,
                               "agenda item: its label (b, 6) or words of its title"};
inline constexpr Field kType{"type", "XT", "", FieldKind::kFilter,
                             "document type: \"chairperson's note\", report, minutes; "
                             "or request, commitment, decision: paragraphs holding one"};
inline constexpr Field kLanguage{"lang", "XL", "", FieldKind::kFilter, "language of the note: en, fr, es"};
/// The language whose paragraphs carry no kLanguage term, as the stored
/// data leaves it out: most notes are in it, and a term on each of their
/// paragraphs told nothing a missing one does not. lang:en is the
/// paragraphs with no other language's term (query/field_processors.h).
inline constexpr std::string_view kUnmarkedLanguage = "en";
inline constexpr Field kYear{"year", "XY", "", FieldKind::kFilter, "year of the meeting"};
inline constexpr Field kParagraph{"para", "XP", "", FieldKind::kFilter, "paragraph number as printed: 12, 12 bis"};
// Entity fields: one term per entity a paragraph mentions (see
// EntityTerms()); a FieldKind::kLabelOrWords field is also searched by the
// words of its values, so role:"director general" finds "Deputy Director
// General".
inline constexpr Field kResolution{"resolution", "XRES", "", FieldKind::kFilter,
                                   "a resolution or decision cited: 1309, 71/1, \"A/RES/73/195\""};
inline constexpr Field kSymbol{"symbol", "XSYM", "", FieldKind::kFilter, "a document symbol cited: A/HRC/13/6"};
inline constexpr Field kMentionedDate{"date", "XDATE", "", FieldKind::kFilter,
                                      "a date mentioned: 2017-07, 2017-07..2017-09"};
inline constexpr Field kEvent{"event", "XEV", "", FieldKind::kLabelOrWords, "an event: \"thematic session\", workshop"};
inline constexpr Field kOrganization{"org", "XORG", "", FieldKind::kLabelOrWords,
                                     "an organisation, by name or acronym: IDM, OHCHR"};
inline constexpr Field kRole{"role", "XROLE", "", FieldKind::kLabelOrWords,
                             "a role: \"Deputy Director General\", speakers:many"};
inline constexpr Field kPlace{"place", "XPLACE", "", FieldKind::kFilter, "a place: Geneva, \"New York\""};
inline constexpr Field kAmount{"amount", "XAMT", "", FieldKind::kFilter, "an amount: usd, \"usd 5000000\""};
inline constexpr Field kAllFields[] = {kMeeting, kBody,         kAgenda,     kType,   kLanguage,
                                       kYear,    kParagraph,    kResolution, kSymbol, kMentionedDate,
                                       kEvent,   kOrganization, kRole,       kPlace,  kAmount};

/// The entity field for an Entity::type ("resolution" -> kResolution); null if none.
const Field* EntityField(std::string_view type);

/// The boolean terms a paragraph gets for one entity: its value, and the
/// forms people search it by (a resolution's bare number, a date's year,
/// month and days, an amount's currency, an organisation's printed form).
std::vector<std::string> EntityTerms(std::string_view type, std::string_view text, std::string_view value);

/// Terms of the date field for the ISO dates/intervals from `low` to
/// `high` (YYYY, YYYY-MM or YYYY-MM-DD): the query side of EntityTerms().
std::vector<std::string> DateRangeTerms(std::string_view low, std::string_view high);

// ---- Value slots. DO NOT renumber: slot numbers are stored in existing indexes. ----
// Slots 2, 4, 5 and 8 held the agenda, body, year and entity-type facets
// one per slot until schema 3; kSlotFacets holds them now. Do not reuse them.
enum Slot : Xapian::valueno {
  kSlotDate = 0,     // meeting date "YYYYMMDD" (sorts as text); DateRangeProcessor
  kSlotMeeting = 1,  // MeetingFacetValue(MeetingId()); the meeting facet and collapse key
  kSlotOrdinal = 3,  // sortable_serialise(0-based paragraph ordinal in its note)
  kSlotNoteKey = 6,  // NoteKey(); groups a note's paragraphs (collapse, context)
  kSlotPage = 7,     // sortable_serialise(page), when known
  kSlotFacets = 9,   // EncodeFacets(): the paragraph's other facet values; ValueCountMatchSpy
};

/// The values a paragraph counts under in the facets other than its
/// meeting's (kSlotMeeting holds that one). One ValueCountMatchSpy on
/// kSlotFacets counts the combinations, and the client adds them up per
/// facet: one value stream read per matching paragraph instead of one per
/// facet (those reads were most of a search's facet time), and a stock spy,
/// so that a xapian-tcpsrv shard can run it too. The meeting has a slot of
/// its own because collapsing by meeting reads it too.
struct FacetValues {
  std::string agenda;        // AgendaFacetValue(), empty outside agenda items
  std::string body;          // as printed
  std::string year;          // "YYYY", empty when the date is unknown
  std::string entity_types;  // entity types and request kinds held, sorted, space-separated
};

/// The kSlotFacets value of `facets`: the fields joined by U+001F, which
/// normalised text never holds; each entity type as one letter
/// (kEntityTypeLetters), since every paragraph repeats them.
std::string EncodeFacets(const FacetValues& facets);

/// The letter of each entity type and request kind in kSlotFacets. DO NOT
/// change: stored in existing indexes. A type without a letter is stored as
/// its name.
inline constexpr std::pair<std::string_view, char> kEntityTypeLetters[] = {
    {entity_type::kResolution, 'r'},  {entity_type::kSymbol, 's'},       {entity_type::kDate, 'd'},
    {entity_type::kEvent, 'e'},       {entity_type::kOrganization, 'o'}, {entity_type::kRole, 'l'},
    {entity_type::kPlace, 'p'},       {entity_type::kAmount, 'a'},       {request_kind::kRequest, 'q'},
    {request_kind::kCommitment, 'c'}, {request_kind::kDecision, 'k'}};

/// A meeting id longer than this is stored hashed, in its filter term and
/// its facet value: on a corpus of speeches with no title block a meeting is
/// its file's path, and a path on every paragraph was 3 % of the index.
inline constexpr size_t kMaxMeetingBytes = 32;

/// The meeting's facet value: its id as printed, or "#" + a digest of it
/// when it is longer than kMaxMeetingBytes. FilterTerm(kMeeting, id) and
/// FilterTerm(kMeeting, MeetingFacetValue(id)) are the same term, so the
/// facet value selects its meeting; the query side prints a digest as the
/// id of a paragraph holding that term.
std::string MeetingFacetValue(std::string_view meeting_id);

/// True for a MeetingFacetValue() that is a digest: "#" + CompactHash().
bool IsHashedMeeting(std::string_view facet_value);

/// The fields of a kSlotFacets value; missing trailing fields stay empty.
FacetValues DecodeFacets(std::string_view value);

// ---- Stored document data: a JSON object with these keys. ----
namespace data {
inline constexpr const char* kId = "id";  // citation, "WG/REL/2017/7 ¶26"
inline constexpr const char* kPath = "path";
inline constexpr const char* kMeeting = "meeting";
inline constexpr const char* kBody = "body";
inline constexpr const char* kType = "type";
inline constexpr const char* kDate = "date";
inline constexpr const char* kSymbol = "symbol";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kLanguage = "language";
inline constexpr const char* kAgendaLabel = "agenda";
inline constexpr const char* kAgendaTitle = "agenda_title";
inline constexpr const char* kSection = "section";
inline constexpr const char* kNumber = "paragraph";
inline constexpr const char* kOrdinal = "ordinal";
inline constexpr const char* kText = "text";
inline constexpr const char* kItems = "items";
inline constexpr const char* kFootnotes = "footnotes";
inline constexpr const char* kPage = "page";
inline constexpr const char* kEntities = "entities";
// Each Request of the paragraph: {"kind", "requester", "addressee",
// "deliverable", "items": [{"label", "text"}], "due", "due_value",
// "sentence", "start", "end"} (offsets in code points of "text").
inline constexpr const char* kRequests = "requests";
// On the note's first paragraph only: the note's own fields, {"path",
// "meeting", "body", "type", "date", "symbol", "title", "language",
// "agenda_titles": {label: title}}, stored once instead of on every
// paragraph. Readers get every paragraph with them merged back, and with its
// "id" and "agenda_title" rebuilt (query/stored_paragraph.h).
inline constexpr const char* kNote = "note";
inline constexpr const char* kAgendaTitles = "agenda_titles";
}  // namespace data

/// Xapian's glass backend caps terms at 245 bytes; longer ones are hashed.
inline constexpr size_t kMaxTermBytes = 240;

/// The only way to build a boolean term. Normalises `value` (NFKC, case
/// folding, spaces collapsed) and hashes values that would pass the term limit.
std::string FilterTerm(const Field& field, std::string_view value);

/// Prefix + `text` with any over-long tail hashed, so the term fits Xapian.
std::string BoundedTerm(std::string_view prefix, std::string_view text);

/// True for "request", "commitment" and "decision".
bool IsRequestKind(std::string_view kind);

/// The term of a request kind: kRequestKindPrefix + kind.
std::string RequestKindTerm(std::string_view kind);

/// The words of a party's name as both sides compare them: tokenised and
/// normalised like text ("IOM Administration" -> "iom", "administration").
/// The indexer adds them under kAddresseePrefix / kRequesterPrefix; the
/// ledger matches --to and --by words against them.
std::vector<std::string> PartyWords(std::string_view name);

/// Stable key of a note: a digest of its canonical path.
std::string NoteKey(std::string_view canonical_path);

/// The term every paragraph of the note with `note_key` carries.
std::string NoteTerm(std::string_view note_key);

/// The paragraph at `ordinal` in the note with `note_key`: its note's term,
/// filtered by its ordinal. A unique id term per paragraph cost a posting
/// list entry of its own for each (2 % of an index of speeches); a note's
/// paragraphs share one, and the ordinal is in a value slot anyway.
Xapian::Query ParagraphQuery(std::string_view note_key, size_t ordinal);

/// Facet value stored in kSlotAgenda: "(b) IOM's future role".
std::string AgendaFacetValue(std::string_view label, std::string_view title);

/// "2017-08-28" -> "20170828" for kSlotDate; empty when `iso_date` is not a full date.
std::string DateSlotValue(std::string_view iso_date);

}  // namespace quorum::schema
