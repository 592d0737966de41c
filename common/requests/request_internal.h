// SPDX-License-Identifier: MIT
// Internal to the request tagger: the word stream of a paragraph, its
// sentences, and the helpers the form readers share (noun phrases, due
// points, names). Used only by request_tagger.cc, request_forms.cc and
// request_parts.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/base/note.h"

namespace quorum::requests {

/// One word or punctuation mark of a paragraph, BYTE offsets into its text.
struct Word {
  size_t start = 0;
  size_t end = 0;
  std::string_view lower;  // ASCII lower-cased (a view into Text::lowered)
  bool capital = false;    // starts with an upper-case letter (ASCII or Latin-1)
  char punct = 0;          // ',', ';', ':', '(', ')' for those marks; 0 for a word
};

/// A half-open range of word indexes.
struct Range {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin >= end; }
};

/// A paragraph being read: its text, lower-cased copy, words and sentences.
/// Buffers are reused from paragraph to paragraph (no allocation per
/// paragraph once they have grown).
struct Text {
  std::string_view text;
  std::string lowered;
  std::vector<Word> words;
  std::vector<Range> sentences;        // word ranges
  std::vector<size_t> sentence_bytes;  // byte where each sentence starts (for its end: the next start)

  void Load(std::string_view paragraph_text);
  std::string_view Lower(size_t w) const { return words[w].lower; }
  bool Is(size_t w, std::string_view lower) const { return w < words.size() && words[w].lower == lower; }
  bool IsAny(size_t w, std::initializer_list<std::string_view> options) const;
  /// Original text from word `first` to word `last` (inclusive of both).
  std::string_view Span(size_t first, size_t last) const {
    return text.substr(words[first].start, words[last].end - words[first].start);
  }
};

/// A request under construction, with word ranges still open.
struct Draft {
  Request request;
  size_t sentence = 0;       // index into Text::sentences
  size_t last_sentence = 0;  // the last sentence it was read from (a supported proposal spans two)
  size_t trigger = 0;        // word index of the trigger
  bool anaphoric = false;    // deliverable is "such an update", "the note": refers back
};

/// What the paragraph reader knows about the note.
struct NoteContext {
  std::string body_short;     // "Working Group", "Committee", "Council", "Comité"
  std::string body;           // the body's name as the note gives it (or its title names it)
  std::string body_initials;  // "SC" of "Steering Council": the body's acronym, when the note uses one
  std::string meeting_year;   // "2017"
  std::string language;
  std::string section;           // the heading above the paragraph being read ("Action items", "Consented Decisions")
  std::string previous_speaker;  // the label the paragraph before it opened with ("Mark"), if any
};

// ---- request_parts.cc (FindDue: request_due.cc) ----

/// The noun phrase ending just before word `end` (exclusive), walking back
/// over capitalised words and the few lower-case words names and groups use
/// ("a number of delegates", "the Working Group", "Ms. KOWALSKA (Poland)").
Range NounPhraseBefore(const Text& t, size_t floor, size_t end);
/// The noun phrase starting at word `begin`, forward, within [begin, limit).
Range NounPhraseAfter(const Text& t, size_t begin, size_t limit);
/// Is the phrase a pronoun ("he", "it", "elle")?
bool IsPronoun(const Text& t, Range r);
/// Does the phrase name a deliberating body ("the Council", "Working Group")?
bool NamesBody(const Text& t, Range r);
/// A phrase as printed, without a leading article and with a quantifier's
/// capital lowered: "the IOM Administration" -> "IOM Administration",
/// "A number of delegates" -> "a number of delegates", "l’Administration" ->
/// "Administration".
std::string CleanName(std::string_view phrase);
/// The body's name as its notes shorten it: "Working Group on IOM–UN
/// Relations…" -> "Working Group", "Standing Committee on Budget…" -> "Committee".
std::string BodyShortName(const std::string& body);

/// A due point found in a word range: its words and ISO value.
struct Due {
  Range words;
  std::string value;
};
/// A date entity of the paragraph, as a byte range with its ISO value.
struct DateSpan {
  size_t start, end;
  std::string_view value;  // views Entity::value, which outlives the reading
};
/// The first due phrase in `range`: "by the end of September", "at its
/// next session in October 2018", "in the near future", "d’ici à la fin de
/// l’année", "para la reunión del Consejo de noviembre de 2019", "in 2019";
/// its value from `dates`, or `meeting_year` for "the end of the year".
Due FindDue(const Text& t, Range range, const std::vector<DateSpan>& dates, const std::string& meeting_year);
/// Text of words [begin, end) minus the words of `cut`, tidied: no leading
/// or trailing commas, colons, "namely", full stops.
std::string TextWithout(const Text& t, Range range, Range cut);

// ---- request_outcomes.cc ----

/// Reads every request, commitment and decision of the loaded paragraph,
/// in reading order, into `out` (sub-items are given by the caller).
void ReadForms(const Text& t, const NoteContext& note, const Paragraph& paragraph, const std::vector<DateSpan>& dates,
               std::vector<Draft>* out);

}  // namespace quorum::requests
