// SPDX-License-Identifier: MIT
// A council's journal (issue 14): outcomes in the passive and in clipped
// lines, recorded votes, and the third-person directions of its ordinances.
// One built paragraph a row; wordings from the Cleveland City Record and
// the South African Hansard.
#include <gtest/gtest.h>

#include "tests/requests/request_rows.h"

namespace quorum {
namespace {

using testing_support::Row;
using testing_support::Tag;

constexpr const char* kCouncil = "Council of the City of Cleveland";
constexpr const char* kAssembly = "National Assembly";
constexpr const char* kConseil = "Conseil municipal de Chémeré";

const Row kEnactments[] = {
    // The passive, its subject an instrument of the meeting.
    {"The following Resolutions were adopted by a rising vote:",
     "decision|Council|Council|The following Resolutions were adopted by a rising vote||", kCouncil},
    {"Res. No. 73-10 was adopted without objection.",
     "decision|Council|Council|Res. No. 73-10 was adopted without objection||", kCouncil},
    // Not another body's act, nor a relative clause.
    {"The new law on domestic violence was adopted in 2008.", "", kCouncil},
    {"It recalled the plan, which was adopted in June.", "", kCouncil},
    // Clipped outcome lines: the instrument named by the heading above.
    {"Read second time. Read third time in full. Passed. Yeas 19. Nays 0.",
     "decision|Council|Council|Ord. No. 66-04 passed||", kCouncil, "en", "Ord. No. 66-04."},
    {"Amendment agreed to.", "decision|Council|Council|Amendment agreed to||", kCouncil},
    {"Agreed to.", "decision|Assembly|Assembly|Agreed to||", kAssembly},
    {"Adopté à l'unanimité.", "decision|Conseil|Conseil|Adopté à l'unanimité||", kConseil, "fr"},
    // A recorded vote opening its paragraph adopts the resolution it stands under.
    {"Yeas: Mayor Jackson, Directors Dumas, McGrath, and Southerington. Nays: None.",
     "decision|Council|Council|Resolution No. 72-10 yeas||", kCouncil, "en", "Resolution No. 72-10."},
    // An ordinance directs an officer, or decides, in the third person.
    {"That the Director of Public Service is hereby authorized and directed to enter into a written requirement "
     "contract with the lowest bidder.",
     "request|Council|Director of Public Service|enter into a written requirement contract with the lowest bidder||",
     kCouncil},
    {"By the Council of the City of Cleveland, it is hereby determined to make the public improvement of repairing "
     "catch basins.",
     "decision|Council|Council|make the public improvement of repairing catch basins||", kCouncil},
    {"That this resolution is hereby declared to be an emergency measure.", "", kCouncil},
    // A resolving clause decides, by the body it names.
    {"Be it resolved by the Board of Control of the City of Cleveland that the consideration for the sale is $400.",
     "decision|Board of Control of the City of Cleveland|Board of Control of the City of Cleveland|the consideration "
     "for the sale is $400||",
     kCouncil},
    {"Be it further resolved that the Director of Finance is authorized to sign.",
     "decision|Council|Council|the Director of Finance is authorized to sign||", kCouncil},
    // A recital recounts what was decided before; it records nothing.
    {"Whereas, this Council objected to a C2 Liquor Permit by Resolution No. 1101-09 adopted by the Council; and", "",
     kCouncil},
    {"Considérant que le conseil municipal a décidé de réaliser les travaux,", "", kConseil, "fr"},
};

TEST(RequestEnactmentsTest, EachWording) {
  for (const Row& row : kEnactments) EXPECT_EQ(Tag(row), row.expected) << row.text;
}

}  // namespace
}  // namespace quorum
