// SPDX-License-Identifier: MIT
// Stored entities without their spans' text, and back (common/index/stored_entities.h).
#include "common/index/stored_entities.h"

#include <gtest/gtest.h>

namespace quorum::schema::data {
namespace {

nlohmann::json Paragraph() {
  return nlohmann::json::parse(R"({
    "text": "Le Comité s’est réuni à Genève le 3 mai.",
    "items": [{"label": "a", "text": "the IOM budget"}],
    "footnotes": ["See A/HRC/13/6."],
    "entities": [
      {"type": "place", "text": "Genève", "value": "Genève", "start": 24, "end": 30},
      {"type": "date", "text": "3 mai", "value": "2019-05-03", "start": 34, "end": 39},
      {"type": "organization", "text": "IOM", "value": "International Organization for Migration",
       "start": 4, "end": 7, "item": "a"},
      {"type": "symbol", "text": "A/HRC/13/6", "value": "A/HRC/13/6", "start": 4, "end": 14, "footnote": 1},
      {"type": "role", "text": "the Chair", "value": "Chair", "start": 0, "end": 2}
    ]})");
}

TEST(StoredEntitiesTest, CompactLeavesOutWhatTheOffsetsGiveBack) {
  nlohmann::json data = Paragraph();
  CompactEntities(&data);
  const nlohmann::json& entities = data["entities"];
  EXPECT_FALSE(entities[0].contains("text"));
  EXPECT_FALSE(entities[0].contains("value"));  // the same as its text
  EXPECT_FALSE(entities[1].contains("text"));
  EXPECT_EQ(entities[1]["value"], "2019-05-03");
  EXPECT_FALSE(entities[2].contains("text"));  // in item a
  EXPECT_FALSE(entities[3].contains("text"));  // in footnote 1
  EXPECT_EQ(entities[4]["text"], "the Chair") << "its offsets name other text: kept";
}

TEST(StoredEntitiesTest, RestoreGivesBackEveryEntityAsItWas) {
  nlohmann::json data = Paragraph();
  CompactEntities(&data);
  RestoreEntities(&data);
  EXPECT_EQ(data, Paragraph());
}

}  // namespace
}  // namespace quorum::schema::data
