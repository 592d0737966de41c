// SPDX-License-Identifier: MIT
// The requests ledger (see ledger.h).
#include "query/ledger.h"

#include "common/error.h"

namespace quorum {

void RunLedger(const Xapian::Database&, const QueryConfig&, bool, std::ostream&) {
  throw Error("--requests is not available yet");
}

}  // namespace quorum
