// SPDX-License-Identifier: MIT
// Reads an HTML page of minutes with libxml2's HTML parser and returns its
// main content as note text (common/read/note_text_writer.h): site furniture
// (navigation, page header and footer, scripts, forms, cookie banners,
// link lists) is left out and counted in a diagnostic.
#pragma once

#include <string_view>

#include "common/read/note_text_writer.h"

namespace quorum {

/// True if `bytes` open like an HTML page: after white space, a byte-order
/// mark or comments, "<!DOCTYPE html" or "<html" (any case).
bool LooksLikeHtml(std::string_view bytes);

/// The charset an HTML page declares in its first kilobytes (<meta charset>,
/// or http-equiv Content-Type), or empty.
std::string DeclaredHtmlCharset(std::string_view bytes);

/// Never throws; a page with no text gives ok == false and an error.
ConvertedText ReadHtml(std::string_view bytes);

}  // namespace quorum
