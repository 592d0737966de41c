// SPDX-License-Identifier: MIT
// The last word on a write that fails inside Xapian past recovery. On a
// full disk, Xapian 1.4 can fail a second write while it cleans up after
// the first, in a destructor, which ends the process in std::terminate
// ("terminate called after throwing an instance of 'Xapian::DatabaseError'")
// instead of letting quorum-index report the error. The database is still
// its last commit (Xapian's commits are atomic); this says so, as the
// ordinary error path does, and exits with status 1.
#pragma once

#include <cstddef>
#include <exception>
#include <string>

namespace quorum {

/// While it lives, a termination says that the index at `db` could not be
/// written and holds its last commit, with the notes CountCommitted counted
/// since it was made; the handler in place before is put back after.
class WriteFailureReport {
 public:
  explicit WriteFailureReport(const std::string& db);
  ~WriteFailureReport();
  WriteFailureReport(const WriteFailureReport&) = delete;
  WriteFailureReport& operator=(const WriteFailureReport&) = delete;

 private:
  std::terminate_handler previous_;
};

/// Counts `notes` more committed by this run (thread-safe).
void CountCommitted(size_t notes);

}  // namespace quorum
