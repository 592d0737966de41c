// SPDX-License-Identifier: MIT
// Facet values merged to one per thing (query/facet_values.h).
#include "query/facet_values.h"

#include <gtest/gtest.h>

namespace quorum {
namespace {

std::string Describe(const std::vector<FacetValue>& values) {
  std::string out;
  for (const FacetValue& v : values) out += (out.empty() ? "" : " | ") + v.value + " = " + std::to_string(v.count);
  return out;
}

// The split the 250 UN reports showed: one item under three values.
TEST(FacetValuesTest, AnAgendaItemWithAndWithoutItsTitleIsOneItem) {
  std::vector<FacetValue> values = {{"agenda", "(6) Universal Periodic Review", 120},
                                    {"agenda", "(6) Universal periodic review", 30},
                                    {"agenda", "(6)", 5},
                                    {"agenda", "(3) Other business", 7}};
  MergeFacetValues("agenda", &values);
  EXPECT_EQ(Describe(values), "(6) Universal Periodic Review = 155 | (3) Other business = 7");
}

TEST(FacetValuesTest, ALabelAloneStaysWhenTwoTitlesShareIt) {
  std::vector<FacetValue> values = {{"agenda", "(a) Budget", 4}, {"agenda", "(a) Staffing", 3}, {"agenda", "(a)", 2}};
  MergeFacetValues("agenda", &values);
  EXPECT_EQ(Describe(values), "(a) Budget = 4 | (a) Staffing = 3 | (a) = 2");
}

TEST(FacetValuesTest, CaseAndSpacingDoNotSplitABody) {
  std::vector<FacetValue> values = {{"body", "Working Group on the  Universal Periodic Review", 2},
                                    {"body", "Working Group on the Universal Periodic Review", 9},
                                    {"body", "WORKING GROUP ON THE UNIVERSAL PERIODIC REVIEW", 1}};
  MergeFacetValues("body", &values);
  EXPECT_EQ(Describe(values), "Working Group on the Universal Periodic Review = 12");
}

}  // namespace
}  // namespace quorum
