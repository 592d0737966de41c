// SPDX-License-Identifier: MIT
// The machine-readable form of a parsed note (the --parse-only contract,
// version kParseJsonVersion; see README "JSON output").
#pragma once

#include <nlohmann/json.hpp>

#include "common/base/note.h"

namespace quorum {

/// Bump when a field of the --parse-only output is renamed or removed.
inline constexpr int kParseJsonVersion = 1;

/// JSON objects keep their keys in the order written, as the contract shows them.
using OrderedJson = nlohmann::ordered_json;

/// One JSON object per note: {"v":1, "path":…, "paragraphs":[…], …}.
OrderedJson NoteToJson(const Note& note);

/// JSON text on one line; invalid UTF-8 is replaced rather than thrown on.
template <typename Json>
std::string DumpJsonLine(const Json& value) {
  return value.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

/// "warning" / "error".
const char* SeverityName(Severity severity);

}  // namespace quorum
