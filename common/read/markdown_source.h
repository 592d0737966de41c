// SPDX-License-Identifier: MIT
// Reads Markdown (CommonMark, as boards and technical committees keep
// minutes in repositories) with cmark, Debian's reference CommonMark
// library, and returns note text (common/read/note_text_writer.h).
#pragma once

#include <string_view>

#include "common/read/note_text_writer.h"

namespace quorum {

/// Never throws. Headings keep their "#" marks (the parser's Markdown
/// convention); ordered lists give numbered paragraphs with the printed
/// start number; task items keep "[ ]" / "[x]" for the action items;
/// "[^1]" footnotes (a common extension) become footnotes; raw HTML blocks
/// are left out with a diagnostic.
ConvertedText ReadMarkdown(std::string_view bytes);

}  // namespace quorum
