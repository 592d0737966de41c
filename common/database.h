// SPDX-License-Identifier: MIT
// Where a quorum database lives and how the search side opens one.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace quorum {

/// Where the database is when --db is not given: $QUORUM_DB, else "quorum-db".
std::string DefaultDatabasePath();

/// Opens `paths` for reading as one database (Xapian combines several) and
/// checks each one's schema version. Throws quorum::Error naming the path,
/// with a hint to build the index, or SchemaMismatchError.
Xapian::Database OpenReadableDatabase(const std::vector<std::string>& paths);

}  // namespace quorum
