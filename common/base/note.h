// SPDX-License-Identifier: MIT
// The document model: a note (one meeting's record) and its paragraphs, as
// the parser recovers them and the indexer stores them. Plain structs.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace quorum {

// kNote: what quorum left out on purpose (running headers, page furniture),
// said so that nothing a note prints is dropped silently.
enum class Severity { kNote, kWarning, kError };

/// A problem found in one note. `line` is 1-based in the source (0: whole file).
struct Diagnostic {
  Severity severity = Severity::kWarning;
  int line = 0;
  std::string message;
};

/// One item of the meeting's agenda: "b" / "IOM's future role".
struct AgendaItem {
  std::string label;  // as printed, without brackets: "b", "6", "4.2"
  std::string title;
};

/// A listed sub-item of a paragraph: "(a) An update on ...".
struct SubItem {
  std::string label;  // "a", "ii", "110.3" (as printed, without brackets)
  std::string text;
};

/// The entity types, as Entity::type, the index and JSON spell them: the one
/// list. Do not rename: they are stored in indexes.
namespace entity_type {
inline constexpr const char* kResolution = "resolution";
inline constexpr const char* kSymbol = "symbol";
inline constexpr const char* kDate = "date";
inline constexpr const char* kEvent = "event";
inline constexpr const char* kOrganization = "organization";
inline constexpr const char* kRole = "role";
inline constexpr const char* kPlace = "place";
inline constexpr const char* kAmount = "amount";
inline constexpr const char* kAll[] = {kResolution, kSymbol, kDate, kEvent, kOrganization, kRole, kPlace, kAmount};
}  // namespace entity_type

/// The kinds of Request, as Request::kind, the index and JSON spell them.
namespace request_kind {
inline constexpr const char* kRequest = "request";
inline constexpr const char* kCommitment = "commitment";
inline constexpr const char* kDecision = "decision";
inline constexpr const char* kAll[] = {kRequest, kCommitment, kDecision};
}  // namespace request_kind

/// A span of a paragraph's text recognised as a named thing. Offsets are in
/// Unicode code points into Paragraph::text. (Filled by the entity tagger.)
struct Entity {
  std::string type;   // "resolution", "symbol", "date", ...
  std::string text;   // as printed
  std::string value;  // normalised (ISO date, upper-cased symbol, ...)
  int start = 0;
  int end = 0;
  std::string item;  // label of the listed item it stands in; empty: the paragraph's text
  int footnote = 0;  // 1-based index of the footnote it stands in; 0: not in a footnote
};

/// A request, commitment or decision read from a paragraph's prose. Who asked
/// whom for what, by when. (Filled by the request tagger, common/requests/request_tagger.h;
/// what counts is set out in tests/requests/README.md.)
struct Request {
  std::string kind;                // "request", "commitment" or "decision"
  std::string requester;           // "Working Group", "a number of delegates"; for a passive request without
                                   // an agent, who asked just before in the paragraph, else the body's short
                                   // name; for a decision, the body that decided; empty for a commitment,
                                   // except an action item of minutes: the body that assigned it
  std::string addressee;           // who must act: "IOM Administration" (no leading article); for a commitment,
                                   // who committed; for a decision, whom it directs ("Member States in arrears",
                                   // "Council" of "recommend that the Council approve"), else the deciding body;
                                   // empty when the text names nobody ("requested further information on…")
  std::string deliverable;         // "an analysis of IOM's future role"; for a decision, what was decided
  std::vector<std::string> items;  // labels of the paragraph's sub-items the deliverable lists ("a", "b")
  std::string due;                 // as printed: "by the end of September"; empty if none
  std::string due_value;           // ISO when it resolves: "2017-09"; empty otherwise
  std::string sentence;            // the sentence it was read from (or sentences, for a supported proposal)
  int start = 0;                   // code-point offsets of `sentence` in Paragraph::text
  int end = 0;
};

/// The unit of retrieval.
struct Paragraph {
  std::optional<std::string> number;  // as printed: "12", "12 bis"; none if unnumbered
  std::string reference;              // a code printed before the number: "98-3476" (a roll call)
  std::optional<std::string> agenda;  // label of the agenda item it falls under
  std::string section;                // nearest heading above it, if any
  std::string text;                   // lead text, page-break debris repaired
  std::vector<SubItem> items;
  std::vector<std::string> footnotes;  // texts of the footnotes it cites
  int page = 0;                        // 1-based page where it starts; 0 unknown
  int line = 0;                        // 1-based source line where it starts
  std::string speaker;                 // who speaks in it, delegation in brackets; empty if none
  std::vector<Entity> entities;
  std::vector<Request> requests;
};

/// One note: the meeting's metadata and its paragraphs in reading order.
struct Note {
  std::string path;          // as the user named it
  std::string content_hash;  // hex digest of the file's bytes
  std::string format;        // "text" or "pdf"
  std::string encoding;      // charset the bytes were read as ("UTF-8", ...)
  std::string language;      // ISO 639-1: "en", "fr", "es", ...
  std::string body;          // "Working Group on IOM–UN Relations and Related Issues"
  std::string type;          // "chairperson's note", "report", "minutes", ...
  std::string date;          // meeting date, ISO 8601; empty if unknown
  std::string symbol;        // document symbol, upper case; empty if none printed
  std::string title;
  std::vector<AgendaItem> agenda;
  std::vector<Paragraph> paragraphs;
  std::vector<std::string> footnotes;     // cited by the title block, not a paragraph
  std::vector<std::string> front_matter;  // title-block lines no field above holds ("Observers: TC")
  std::vector<std::string> left_out;      // lines left out on purpose (running headers, contents),
                                          // each kind said in a Severity::kNote diagnostic
  std::vector<Diagnostic> diagnostics;

  /// The meeting as people cite it: the symbol, else body (or title) and
  /// date, else the file's path: without a symbol or a date, a body's name
  /// or a title is shared by every meeting of a series, and citations made
  /// from it would name several paragraphs at once.
  std::string MeetingId() const;
  /// Citable id of a paragraph: "WG/REL/2017/7 ¶26"; unnumbered ones by ordinal.
  std::string Citation(const Paragraph& paragraph, size_t ordinal) const;
  /// Title of the agenda item with `label`, or empty.
  std::string AgendaTitle(const std::string& label) const;
  bool HasErrors() const;
};

/// Citable id of the paragraph at `ordinal` numbered `number` (nullopt when
/// unnumbered) in the meeting `meeting_id`: what Note::Citation() gives, for
/// readers that hold the stored fields and not the Note.
std::string Citation(const std::string& meeting_id, const std::optional<std::string>& number, size_t ordinal);

}  // namespace quorum
