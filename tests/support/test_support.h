// SPDX-License-Identifier: MIT
// Small helpers shared by the unit tests: notes and paragraphs built by
// hand, and environment variables set for one scope.
#pragma once

#include <cstdlib>
#include <optional>
#include <string>

#include "common/base/note.h"

namespace quorum::testing_support {

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
