// SPDX-License-Identifier: MIT
// Request, commitment and decision tagging (see request_tagger.h).
#include "common/request_tagger.h"

namespace quorum {

void TagRequests(Note* note) { (void)note; }

}  // namespace quorum
