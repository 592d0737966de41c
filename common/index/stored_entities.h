// SPDX-License-Identifier: MIT
// A paragraph's stored entities without what their offsets give back. Each
// entity names its span by code point offsets into the paragraph's text (or
// the item or footnote it stands in); its "text" is that span, and its
// "value" is often the text itself ("Geneva", "IOM"). Stored once in the
// paragraph's text, they are left out of the entity (a tenth of the stored
// bytes of an index of speeches) and put back on reading. An entity whose
// span does not give its text back keeps it, so nothing is lost either way.
#pragma once

#include <nlohmann/json.hpp>

namespace quorum::schema::data {

/// Leaves out each entity's "text" where its offsets give it back from
/// `data` (a paragraph's stored data, schema::data keys), and its "value"
/// where it equals its text.
void CompactEntities(nlohmann::json* data);

/// Puts back what CompactEntities left out.
void RestoreEntities(nlohmann::json* data);

}  // namespace quorum::schema::data
