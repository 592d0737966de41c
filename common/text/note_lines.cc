// SPDX-License-Identifier: MIT
// Line splitting and marker recognition. Written as small hand matchers
// rather than std::regex: they run on every line of every note, must stay
// linear on a 50 MB single-line file, and std::regex is neither fast nor
// stack-safe on long input.
#include "common/text/note_lines.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>

#include "common/text/superscripts.h"

namespace quorum {
namespace {

using superscripts::kSuperscripts;
using superscripts::SuperscriptAt;

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// Reads digits at text[*i]; returns their value or -1.
int ReadNumber(std::string_view text, size_t* i, size_t max_digits = 6) {
  const size_t start = *i;
  int value = 0;
  while (*i < text.size() && IsDigit(text[*i]) && *i - start < max_digits) value = value * 10 + (text[(*i)++] - '0');
  if (*i == start || (*i < text.size() && IsDigit(text[*i]))) return -1;
  return value;
}

bool IsRomanOrLetterLabel(std::string_view label) {
  if (label.empty() || label.size() > 6) return false;
  if (label.size() <= 2 && IsLower(label[0]) && (label.size() == 1 || label[1] == label[0]))
    return true;  // a, b, ..., aa
  for (char c : label)
    if (std::string_view("ivxlc").find(c) == std::string_view::npos) return false;
  return true;
}

size_t SkipSpaces(std::string_view text, size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

// Length of a reference code printed before a paragraph number, with the
// space after it: "98-3476 " of "98-3476 1. ROLL CALL" (a council's roll-call
// number); 0 if the line opens with none. Digits, a hyphen, digits.
size_t ReferenceLength(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && IsDigit(line[i])) ++i;
  if (i < 2 || i > 4 || i >= line.size() || line[i] != '-') return 0;
  const size_t second = ++i;
  while (i < line.size() && IsDigit(line[i])) ++i;
  if (i - second < 2 || i - second > 6 || i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return 0;
  const size_t end = SkipSpaces(line, i);
  return end < line.size() && (IsDigit(line[end]) || line[end] == '(') ? end : 0;
}

// Paragraph numbers: "12. ", "12 bis. ", "(12) ", "12) ", "110.2. ", "110.2 ".
bool MatchNumbered(std::string_view line, Unit* unit) {
  size_t i = ReferenceLength(line);
  const std::string_view reference = Trim(line.substr(0, i));
  const bool bracketed = i < line.size() && line[i] == '(';
  if (bracketed) ++i;
  const int number = ReadNumber(line, &i);
  if (number <= 0) return false;
  int sub = 0;
  std::string label = std::to_string(number);
  if (!bracketed && i + 1 < line.size() && line[i] == '.' && IsDigit(line[i + 1])) {
    ++i;
    sub = ReadNumber(line, &i, 3);
    if (sub <= 0) return false;
    label += "." + std::to_string(sub);
  }
  for (std::string_view suffix : {" bis", " ter", " quater"}) {
    if (line.substr(i, suffix.size()) == suffix) {
      label += suffix;
      i += suffix.size();
    }
  }
  if (bracketed) {
    if (i >= line.size() || line[i] != ')') return false;
    ++i;
  } else if (i < line.size() && (line[i] == '.' || line[i] == ')')) {
    ++i;
    // "1.- Se lee el acta": a dash after the full stop, as Spanish minutes print.
    if (line.substr(i, 1) == "-")
      i += 1;
    else if (line.substr(i, 3) == "\u2013")
      i += 3;
  } else if (sub == 0) {
    return false;  // "2017 was..." is text, not a paragraph number
  }
  if (i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return false;
  i = SkipSpaces(line, i);
  if (i >= line.size()) return false;
  unit->kind = UnitKind::kNumbered;
  unit->reference = std::string(reference);
  unit->marker = std::string(Trim(line.substr(reference.size(), i - reference.size())));
  unit->number = number;
  unit->sub_number = sub;
  unit->label = label;
  unit->text = std::string(line.substr(i));
  return true;
}

// Items: "(a) ", "- (a) ", "a) ", "(iv) ", "• text", "- text".
bool MatchItem(std::string_view line, Unit* unit) {
  size_t i = 0;
  bool bullet = false;
  for (std::string_view mark : {"- ", "\u2013 ", "\u2022", "\u25AA", "\u25CF", "\u25E6", "\uF0B7"}) {
    if (line.substr(0, mark.size()) == mark) {
      i = SkipSpaces(line, mark.size());
      bullet = true;
      break;
    }
  }
  const size_t label_start = i + (i < line.size() && line[i] == '(' ? 1 : 0);
  size_t j = label_start;
  while (j < line.size() && (IsLower(line[j]) || IsDigit(line[j])) && j - label_start < 6) ++j;
  const bool opened = label_start > i;
  // "(A) DUDS N SUDS": one capital letter in brackets labels an item too.
  const bool capital =
      opened && j == label_start && j < line.size() && std::isupper(static_cast<unsigned char>(line[j]));
  if (capital) ++j;
  const std::string_view label = line.substr(label_start, j - label_start);
  const bool labelled =
      j < line.size() && line[j] == ')' &&
      (capital || IsRomanOrLetterLabel(label) || (opened && !label.empty() && IsDigit(label[0]) && label.size() <= 3));
  if (labelled) {
    const size_t text_start = SkipSpaces(line, j + 1);
    if (text_start == j + 1 || text_start >= line.size()) return false;
    unit->kind = UnitKind::kItem;
    unit->marker = std::string(Trim(line.substr(0, text_start)));
    unit->label = std::string(label);
    unit->text = std::string(line.substr(text_start));
    return true;
  }
  if (bullet && i < line.size()) {
    unit->kind = UnitKind::kItem;
    unit->marker = std::string(Trim(line.substr(0, i)));
    unit->label.clear();
    unit->text = std::string(line.substr(i));
    return true;
  }
  return false;
}

// Length of the run of one to three stars ('*' or the symbol fonts' "∗")
// opening `line`, written as ASCII stars in *stars; 0 if none.
size_t LeadingStars(std::string_view line, std::string* stars) {
  size_t i = 0;
  stars->clear();
  while (stars->size() < 4) {
    if (i < line.size() && line[i] == '*') {
      i += 1;
    } else if (line.substr(i, 3) == "\u2217") {
      i += 3;
    } else {
      break;
    }
    *stars += '*';
  }
  return stars->size() <= 3 ? i : 0;
}

// Footnote texts: "¹ text", "* text", "** text", "*Previously issued…";
// "12 text" is too ambiguous in plain text.
bool MatchFootnote(std::string_view line, Unit* unit) {
  size_t i = 0;
  int digit = 0;
  while (size_t n = SuperscriptAt(line, i, &digit)) i += n;
  std::string label = SuperscriptToDigits(line.substr(0, i));
  if (i == 0) {
    std::string stars;
    i = LeadingStars(line, &stars);
    // A star glued to its text must be followed by a capital ("*Previously"),
    // and not close again: "*Appointed Nick Coghlan as BD.*" is emphasis.
    const bool spaced = i > 0 && i < line.size() && (line[i] == ' ' || line[i] == '\t');
    if (i > 0 && !spaced && !(i < line.size() && std::isupper(static_cast<unsigned char>(line[i])))) i = 0;
    if (i > 0 && !spaced && line.find('*', i) != std::string_view::npos) i = 0;
    label = stars;
  }
  if (i == 0 || i >= line.size()) return false;
  const size_t text_start = SkipSpaces(line, i);
  if (text_start >= line.size()) return false;
  unit->kind = UnitKind::kFootnote;
  unit->marker = std::string(line.substr(0, i));
  unit->label = label;
  unit->text = std::string(line.substr(text_start));
  return true;
}

// "Page 3", "Página 14", "Pág. 2", "p. 7", "Seite 4", "Page 3 of 12",
// "- 3 -", "— 3 —": a page's number on a line of its own.
bool IsPageNumberLine(std::string_view line) {
  std::string lower;
  for (char c : line.substr(0, 24)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (line.size() > 24) return false;
  size_t i = 0;
  for (std::string_view word : {"page ", "página ", "pagina ", "pág. ", "pag. ", "p. ", "seite "})
    if (lower.rfind(word, 0) == 0) i = word.size();
  const bool dashed = i == 0 && (lower.rfind("- ", 0) == 0 || lower.rfind("\u2014 ", 0) == 0);
  if (i == 0 && !dashed) return false;
  if (dashed) i = lower.find(' ') + 1;
  const size_t digits = i;
  while (i < lower.size() && IsDigit(lower[i])) ++i;
  if (i == digits || i - digits > 4) return false;
  const std::string_view rest = std::string_view(lower).substr(i);
  if (dashed) return rest == " -" || rest == " \u2014";
  if (rest.empty()) return true;
  for (std::string_view of : {" of ", " de ", " sur ", " von ", "/"}) {
    if (rest.rfind(of, 0) != 0) continue;
    const std::string_view total = rest.substr(of.size());
    return !total.empty() && total.size() <= 4 && std::all_of(total.begin(), total.end(), IsDigit);
  }
  return false;
}

// Markdown headings: one to six '#', a space, the text (closing '#'s dropped).
bool MatchHeading(std::string_view line, Unit* unit) {
  size_t level = 0;
  while (level < line.size() && line[level] == '#') ++level;
  if (level == 0 || level > 6 || level >= line.size() || line[level] != ' ') return false;
  std::string_view text = Trim(line.substr(level));
  while (!text.empty() && text.back() == '#') text.remove_suffix(1);
  text = Trim(text);
  if (text.empty()) return false;
  unit->kind = UnitKind::kHeading;
  unit->marker = std::string(line.substr(0, level));
  unit->text = std::string(text);
  return true;
}

// Columns of white space before a line's text; a tab counts 4.
int Indent(std::string_view raw) {
  int columns = 0;
  for (char c : raw) {
    if (c == ' ') {
      ++columns;
    } else if (c == '\t') {
      columns += 4;
    } else {
      break;
    }
  }
  return columns;
}

// "1", "12": a line that is only a small number.
bool IsMarkerLine(std::string_view line) {
  return !line.empty() && line.size() <= 3 && std::all_of(line.begin(), line.end(), IsDigit) && line != "0";
}

// "12" -> "¹²", so that the footnote reader finds the marker on the word it cites.
std::string ToSuperscript(std::string_view digits) {
  std::string out;
  for (char c : digits) out += kSuperscripts[static_cast<size_t>(c - '0')];
  return out;
}

}  // namespace

Unit ClassifyLine(std::string_view line) {
  Unit unit;
  if (IsPageNumberLine(line)) {
    unit.kind = UnitKind::kPageNumber;
    unit.text = std::string(line);
    return unit;
  }
  if (MatchHeading(line, &unit) || MatchFootnote(line, &unit) || MatchNumbered(line, &unit) || MatchItem(line, &unit))
    return unit;
  unit.text = std::string(line);
  return unit;
}

namespace {

// Appends a continuation line, undoing end-of-line hyphenation ("capa-" +
// "bility") when the next line starts in lower case.
void JoinLine(std::string* text, std::string_view line) {
  if (text->empty()) {
    text->assign(line);
  } else if (text->size() >= 2 && text->back() == '-' &&
             std::isalpha(static_cast<unsigned char>((*text)[text->size() - 2])) && StartsLowercase(line)) {
    text->pop_back();
    text->append(line);
  } else if (text->back() == '-') {
    text->append(line);  // "IOM-" + "UN": a real hyphen, no space
  } else {
    text->append(" ").append(line);
  }
}

constexpr size_t kMinRunOnWords = 4;  // a line of fewer words may be a heading

}  // namespace

std::vector<Unit> SplitUnits(std::string_view text, const std::set<int>& own_lines) {
  const LineLayout layout = ReadLineLayout(text);
  std::vector<Unit> units;
  Unit current;
  bool open = false;
  int page = text.find('\f') == std::string_view::npos ? 0 : 1;
  int line_number = 0;
  auto close = [&] {
    if (open) units.push_back(std::move(current));
    current = Unit{};
    open = false;
  };
  bool ends_paragraph = false;        // the last line ended a sentence short of the wrap width
  bool ends_block_paragraph = false;  // the same inside a block of a text with blank lines (short_line_in_blocks)
  bool glued = false;                 // a marker line cut the last line's sentence: the next line goes on
  bool ends_full_stop = false;        // the last line ends in . ! ? (a speaker's "PRESIDENTE:" does not)
  bool ends_line = false;             // the last line ends so that a capital after it starts anew (EndsLine)
  bool ends_sentence = false;         // the last line ends in . ! ? : ;
  std::string_view last_line;         // the last line that was not blank
  bool current_labelled = false;      // the current unit opens with a label ("Présents : …")
  std::set<int> markers;              // footnote numbers printed on lines of their own
  size_t last_marked = 0;             // index of the last unit that cites one
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    ++line_number;
    // Each form feed is a page break; what follows it on the line is the next page.
    while (!raw.empty() && raw.find('\f') != std::string_view::npos) {
      const size_t ff = raw.find('\f');
      if (!Trim(raw.substr(0, ff)).empty()) break;
      close();
      ++page;
      raw.remove_prefix(ff + 1);
    }
    const std::string_view line = Trim(raw);
    if (line.empty()) {
      close();
    } else if (layout.line_per_paragraph && open && IsMarkerLine(line)) {
      // A footnote marker on a line of its own (text saved from a web page):
      // it cites a note from the line before, which may go on after it.
      glued = !EndsSentence(current.text);
      current.text += ToSuperscript(line);
      markers.insert(std::stoi(std::string(line)));
      last_marked = units.size();
    } else if (own_lines.count(line_number)) {
      close();  // a running header or footer, glued to neither the text before it nor after it
      current.text = std::string(line);
      current.line = line_number;
      current.page = page;
      open = true;
      close();
    } else {
      Unit classified = ClassifyLine(line);
      // "… Adopted. Yeas" then "19. Nays 0.": in ragged columns a figure
      // wrapped to the start of a line is not a paragraph number when the
      // line before runs on (does not end a sentence, and is no heading).
      if (layout.ragged_columns && open && current.kind == UnitKind::kText && classified.kind == UnitKind::kNumbered &&
          !ends_sentence && (current.line_count > 1 || WordCount(last_line) >= kMinRunOnWords)) {
        classified = Unit{};
        classified.text = std::string(line);
      }
      const bool labelled = OpensWithLabel(line);
      const bool clause = classified.kind == UnitKind::kText && OpensClause(line);
      // In ragged columns a one-line heading ends before a capital, and so
      // does each line of a directory ("Water – Julius Ciaccia, Jr.,
      // Commissioner" then "Cleveland Public Power – James F. Majer, …").
      const bool after_heading = layout.ragged_columns && open && ends_line && StartsCapital(line) &&
                                 (current.line_count == 1 || OpensEntry(line));
      if (!open || clause || after_heading || classified.kind != UnitKind::kText ||
          current.kind == UnitKind::kHeading || current.kind == UnitKind::kPageNumber ||
          (layout.line_per_paragraph && !glued) || (layout.short_line > 0 && ends_paragraph) ||
          (ends_block_paragraph && StartsCapital(line)) ||
          ((layout.unwrapped || layout.ragged_columns) && ends_full_stop) ||
          (labelled && (current_labelled || layout.labelled_lines))) {
        close();
        current = std::move(classified);
        current.line = line_number;
        current.indent = Indent(raw);
        current.whole_line = layout.line_per_paragraph;
        current.opens_clause = clause;
        current.after_short_line = ends_block_paragraph && StartsCapital(line);
        current_labelled = labelled;
        current.page = page;
        open = true;
      } else {
        JoinLine(&current.text, line);
        ++current.line_count;
      }
      ends_paragraph = line.size() < layout.short_line && EndsSentence(line);
      ends_block_paragraph = line.size() < layout.short_line_in_blocks && EndsSentence(line) && line.back() != ':' &&
                             line.back() != ';' && !EndsWithInitial(line);
      // "… Pastor Stephen M." then "Gulley.": an initial's full stop ends no sentence.
      ends_full_stop = EndsSentence(line) && line.back() != ':' && line.back() != ';' && !EndsWithInitial(line);
      ends_line = EndsLine(line);
      ends_sentence = EndsSentence(line);
      last_line = line;
      glued = false;
    }
    if (end == text.size()) break;
    pos = end + 1;
  }
  close();
  MarkStarBullets(&units);
  ReadBareNumbers(&units);
  if (!markers.empty()) ReadEndNotes(markers, last_marked, &units);
  return units;
}

}  // namespace quorum
