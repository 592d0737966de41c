// SPDX-License-Identifier: MIT
// Process exit codes shared by quorum-index and quorum-search.
#pragma once

namespace quorum {

enum class ExitCode {
  kOk = 0,       // success; a search with no hits is a success
  kFailure = 1,  // runtime failure, or a note that failed to parse
  kUsage = 2,    // unknown option, bad value, bad query syntax
};

}  // namespace quorum
