// SPDX-License-Identifier: MIT
// Exceptions for failures that stop a run; problems within one note are
// Diagnostics instead (common/base/note.h) and never throw.
#pragma once

#include <stdexcept>
#include <string>

namespace quorum {

/// A failure that stops the current command (exit code 1).
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Bad command-line flags or values (exit code 2).
class UsageError : public Error {
 public:
  using Error::Error;
};

/// The database was written with another schema version (exit code 1).
class SchemaMismatchError : public Error {
 public:
  using Error::Error;
};

}  // namespace quorum
