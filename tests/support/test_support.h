// SPDX-License-Identifier: MIT
// Small helpers shared by the unit tests: paragraphs built by hand and
// environment variables set for one scope.
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
