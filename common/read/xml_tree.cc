// SPDX-License-Identifier: MIT
#include "common/read/xml_tree.h"

#include <libxml/xmlmemory.h>

namespace quorum {

std::string_view NodeName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string Attribute(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* attribute = node->properties; attribute != nullptr; attribute = attribute->next) {
    if (attribute->name == nullptr || std::string_view(reinterpret_cast<const char*>(attribute->name)) != name)
      continue;
    std::string value;
    for (const xmlNode* child = attribute->children; child != nullptr; child = child->next)
      if (child->content != nullptr) value += reinterpret_cast<const char*>(child->content);
    return value;
  }
  return {};
}

const xmlNode* NextInTree(const xmlNode* node, const xmlNode* root, bool descend) {
  if (descend && node->children != nullptr && node->type == XML_ELEMENT_NODE) return node->children;
  while (node != nullptr && node != root) {
    if (node->next != nullptr) return node->next;
    node = node->parent;
  }
  return nullptr;
}

std::string SubtreeText(const xmlNode* root) {
  std::string text;
  if (root == nullptr) return text;
  if (root->type == XML_TEXT_NODE || root->type == XML_CDATA_SECTION_NODE)
    return root->content ? reinterpret_cast<const char*>(root->content) : "";
  for (const xmlNode* node = root->children; node != nullptr; node = NextInTree(node, root)) {
    if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content != nullptr)
      text += reinterpret_cast<const char*>(node->content);
  }
  return text;
}

}  // namespace quorum
