// SPDX-License-Identifier: MIT
// The one name a note's body goes by in its records (see request_minutes.h):
// "the SC", "the group", "le conseil municipal" are the body.
#include <cctype>
#include <string_view>

#include "common/requests/request_minutes.h"
#include "common/text/note_lines.h"

namespace quorum::requests {

std::string BodyInitials(const std::string& body) {
  std::string initials;
  bool word_start = true;
  for (char c : body) {
    if (word_start && c >= 'A' && c <= 'Z') initials.push_back(c);
    word_start = c == ' ' || c == '-';
  }
  return initials;
}

std::string AsBody(const NoteContext& note, const std::string& name) {
  if (note.body_short.empty() || name.empty()) return name;
  const std::string lower = AsciiLower(name);
  if (lower == "group" || lower == "the group" || lower == "meeting" || lower == "the meeting") return note.body_short;
  // "membres du Conseil municipal", "members of the Council": the body.
  for (std::string_view members : {"membres du ", "members of the ", "miembros del "})
    if (lower.rfind(members, 0) == 0) return AsBody(note, name.substr(members.size()));
  // The body's own name, or its end: "Steering Council" of "Python Steering Council".
  if (!note.body.empty() && note.body.size() >= name.size() &&
      note.body.compare(note.body.size() - name.size(), name.size(), name) == 0 && name.size() > note.body_short.size())
    return note.body_short;
  // An acronym that ends the body's initials: "SC", "TSC" of "Node.js TSC".
  if (name.size() >= 2 && name.size() <= note.body_initials.size() &&
      name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos &&
      note.body_initials.compare(note.body_initials.size() - name.size(), name.size(), name) == 0)
    return note.body_short;
  // "conseil municipal" of "Conseil municipal": the short name, then lower-case words only.
  const std::string short_lower = AsciiLower(note.body_short);
  if (lower.rfind(short_lower, 0) == 0 && lower.size() > short_lower.size() && lower[short_lower.size()] == ' ') {
    // "Conseil Municipal" as some minutes capitalise it is the same body.
    const std::string rest = lower.substr(short_lower.size() + 1);
    if (rest == "municipal" || rest == "municipale" || rest == "directiva" || rest == "communautaire")
      return note.body_short;
    bool lower_words = true;
    for (size_t i = short_lower.size(); i + 1 < name.size(); ++i)
      if (name[i] == ' ' && name[i + 1] >= 'A' && name[i + 1] <= 'Z') lower_words = false;
    if (lower_words) return note.body_short;
  }
  return name;
}

std::string BodyFromTitle(const std::string& title) {
  const std::string lower = AsciiLower(title);
  for (std::string_view head : {"steering council", "steering committee", "city council", "conseil municipal",
                                "committee", "council", "board", "conseil", "consejo", "comité", "commission"}) {
    const size_t at = lower.find(head);
    if (at == std::string::npos) continue;
    // Back over the capitalised words before it: "Python Steering Council".
    size_t begin = at;
    while (begin > 1 && title[begin - 1] == ' ') {
      size_t word = title.rfind(' ', begin - 2);
      word = word == std::string::npos ? 0 : word + 1;
      if (!(title[word] >= 'A' && title[word] <= 'Z')) break;
      begin = word;
    }
    std::string body = title.substr(begin, at + head.size() - begin);
    body[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(body[0])));
    return body;
  }
  // "io.js TC Meeting 2015-01-21", "SC meeting summary - March 2022": a body known by its acronym only.
  for (std::string_view tail : {" meeting", " minutes", " summary"}) {
    const size_t at = lower.find(tail);
    if (at == std::string::npos || at < 2) continue;
    size_t begin = at;
    while (begin > 0 && title[begin - 1] >= 'A' && title[begin - 1] <= 'Z') --begin;
    if (at - begin >= 2 && at - begin <= 6 && (begin == 0 || title[begin - 1] == ' '))
      return title.substr(begin, at - begin);
  }
  return {};
}

}  // namespace quorum::requests
