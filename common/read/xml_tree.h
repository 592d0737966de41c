// SPDX-License-Identifier: MIT
// Small helpers over libxml2 trees shared by the HTML and office readers:
// attribute lookup and text of a subtree walked without recursion (hostile
// documents nest deeper than a stack allows).
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace quorum {

/// Local name of an element ("p", "w:p" gives "p"), or empty for other nodes.
std::string_view NodeName(const xmlNode* node);

/// Value of attribute `name` (local name, any namespace), or empty.
std::string Attribute(const xmlNode* node, const char* name);

/// All text below `node`, in document order, without recursion.
std::string SubtreeText(const xmlNode* node);

/// The next node of a document-order walk below `root`, or nullptr;
/// `descend` false skips the children of `node`.
const xmlNode* NextInTree(const xmlNode* node, const xmlNode* root, bool descend = true);

}  // namespace quorum
