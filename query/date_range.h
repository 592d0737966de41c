// SPDX-License-Identifier: MIT
// Meeting-date bounds for --from/--to and the held: query field, written
// in ISO ("2017", "2017-08", "2017-08-28") or in words ("August 2017",
// "28 August 2017", "28 août 2017").
#pragma once

#include <string>

namespace quorum {

/// The first (or, when `upper`, the last) day `value` covers, as YYYYMMDD.
/// Throws UsageError naming `flag` for anything that is not a date.
std::string DateBound(const std::string& value, bool upper, const std::string& flag);

/// Rewrites each held:A..B in a query so both ends are YYYYMMDD, which the
/// QueryParser's range processor for the meeting date then compares.
/// Ends may be quoted to hold spaces: held:"28 August 2017"..2017-09.
/// Throws UsageError for an end that is not a date.
std::string RewriteHeldRanges(const std::string& query);

}  // namespace quorum
