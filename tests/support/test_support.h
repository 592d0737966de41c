// SPDX-License-Identifier: MIT
// Small helpers shared by the unit tests: notes and paragraphs built by
// hand, and environment variables set for one scope.
#pragma once

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "common/base/note.h"

namespace quorum::testing_support {

/// The first paragraph of `note` whose text starts with `start`, or null.
inline const Paragraph* Starting(const Note& note, std::string_view start) {
  for (const Paragraph& p : note.paragraphs)
    if (p.text.rfind(start, 0) == 0) return &p;
  return nullptr;
}

/// A paragraph with a printed number and agenda label (either may be null).
inline Paragraph MakeParagraph(const char* number, const char* agenda, const char* text) {
  Paragraph paragraph;
  if (number) paragraph.number = number;
  if (agenda) paragraph.agenda = agenda;
  paragraph.text = text;
  return paragraph;
}

/// What a hand-built note says about its meeting; the rest of Note stays empty.
struct NoteFields {
  std::string path = {}, format = {}, encoding = {}, language = {}, body = {}, type = {}, date = {}, symbol = {},
              title = {};
};

/// A note built by hand for a test, from its meeting's fields:
/// MakeNote({.path = "notes/a.txt", .language = "en", .date = "2017-08-28"}).
inline Note MakeNote(const NoteFields& fields) {
  Note note;
  note.path = fields.path;
  note.format = fields.format;
  note.encoding = fields.encoding;
  note.language = fields.language;
  note.body = fields.body;
  note.type = fields.type;
  note.date = fields.date;
  note.symbol = fields.symbol;
  note.title = fields.title;
  return note;
}

/// The fictional meetings the indexer and search tests build notes of.
inline NoteFields EnglishMeeting() {
  return {.path = "notes/2017-08-28-wg-rel.txt",
          .format = "text",
          .encoding = "UTF-8",
          .language = "en",
          .body = "Working Group on IOM\u2013UN Relations and Related Issues",
          .type = "chairperson's note",
          .date = "2017-08-28",
          .symbol = "WG/REL/2017/7",
          .title = "Chairperson's note on the meeting held on 28 August 2017"};
}
inline NoteFields FrenchMeeting() {
  return {.path = "notes/2018-06-12-gt-rel-fr.txt",
          .language = "fr",
          .body = "Groupe de travail sur les relations institutionnelles",
          .type = "note du président",
          .date = "2018-06-12",
          .symbol = "GT/REL/2018/3",
          .title = "Note du président"};
}

/// Sets (or, with nullopt, unsets) an environment variable for one scope
/// and restores the previous value afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, std::optional<std::string> value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      setenv(name, value->c_str(), 1);
    } else {
      unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace quorum::testing_support
