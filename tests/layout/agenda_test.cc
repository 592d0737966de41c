// SPDX-License-Identifier: MIT
// Agenda recovery from inline lists, item headings and heading words.
#include "common/layout/agenda.h"

#include <gtest/gtest.h>

namespace quorum {
namespace {

TEST(AgendaTest, InlineAgendaInAParagraph) {
  const auto items = FindInlineAgenda(
      "The meeting had the following items on the agenda: (a) update on X, including Y; (b) IOM\u2019s future "
      "role; and (c) other business.");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].title, "update on X, including Y");
  EXPECT_EQ(items[1].title, "IOM\u2019s future role");
  EXPECT_EQ(items[2].label, "c");
  EXPECT_EQ(items[2].title, "other business");
  EXPECT_TRUE(FindInlineAgenda("Delegates discussed (a) this and (b) that.").empty());
}

TEST(AgendaTest, ItemHeadingsAndDocumentItem) {
  const auto item = ParseItemHeading("Item 4: Harbour works");
  ASSERT_TRUE(item);
  EXPECT_EQ(item->label, "4");
  EXPECT_EQ(item->title, "Harbour works");
  EXPECT_FALSE(ParseItemHeading("Items of interest"));
  const auto document =
      FindDocumentAgendaItem("Human Rights Council Eighth session Agenda item 6 Universal Periodic Review");
  ASSERT_TRUE(document);
  EXPECT_EQ(document->label, "6");
  EXPECT_EQ(document->title, "Universal Periodic Review");
  EXPECT_TRUE(IsAgendaBlockHeading("Provisional agenda:"));
  EXPECT_TRUE(IsAgendaBlockHeading("ORDRE DU JOUR"));
  EXPECT_FALSE(IsAgendaBlockHeading("Agenda item 6"));
}

TEST(AgendaTest, HeadingsMatchItemsByTheirWords) {
  const std::vector<AgendaItem> agenda = {
      {"a", "update on the global compact on migration, including upcoming thematic sessions"},
      {"b", "IOM's future role"},
      {"c", "other business"}};
  EXPECT_EQ(MatchHeadingToAgenda("Update by the Senior Policy Adviser to the Director General on the global "
                                 "compact on migration and exchange of views",
                                 agenda),
            "a");
  EXPECT_EQ(MatchHeadingToAgenda("IOM\u2019s future role", agenda), "b");
  EXPECT_EQ(MatchHeadingToAgenda("Budget questions", agenda), "");
}

}  // namespace
}  // namespace quorum
