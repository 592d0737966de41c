// SPDX-License-Identifier: MIT
// --batch mode (see batch.h).
#include "query/batch.h"

#include "common/error.h"

namespace quorum {

size_t RunBatch(const Xapian::Database&, const QueryConfig&, std::istream&, std::ostream&) {
  throw Error("--batch is not available yet");
}

}  // namespace quorum
