// SPDX-License-Identifier: MIT
// Page debris out, paragraphs back together. Every decision here is made
// from the page geometry and from what repeats across pages, never from one
// publisher's template: a running header is whatever sits apart from the text
// at the top or bottom of many pages, a footnote whatever opens with a small
// raised marker low on its page.
#include "common/read/pdf_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "common/read/pdf_text_rules.h"
#include "common/text/note_lines.h"

namespace quorum {
namespace {

// A run of lines printed as one paragraph (or one footnote).
struct Block {
  std::vector<const PdfLine*> lines;
  int page = 0;
};

// Typical sizes of the document's text: body font size and line pitch.
struct Metrics {
  double size = 10;   // most characters are set in this size
  double pitch = 12;  // usual distance between the centres of two body lines
};

Metrics Measure(const std::vector<PdfPage>& pages) {
  std::map<long, size_t> sizes, pitches;
  for (const PdfPage& page : pages) {
    for (size_t i = 0; i < page.lines.size(); ++i) {
      const PdfLine& line = page.lines[i];
      sizes[std::lround(line.size * 2)] += line.text.size();
      if (i > 0 && std::abs(line.size - page.lines[i - 1].size) < 0.2)
        ++pitches[std::lround((line.center - page.lines[i - 1].center) * 2)];
    }
  }
  auto mode = [](const std::map<long, size_t>& counts, double fallback) {
    long best = 0;
    size_t most = 0;
    for (const auto& [value, count] : counts)
      if (value > 0 && count > most) most = count, best = value;
    return most ? static_cast<double>(best) / 2 : fallback;
  };
  Metrics m;
  m.size = mode(sizes, 10);
  m.pitch = mode(pitches, m.size * 1.2);
  return m;
}

// Lines standing apart from the text at the top and bottom of their page,
// where headers, footers and page numbers sit: up to three lines before the
// first wide gap from the top, and after the last wide gap from the foot.
std::vector<size_t> MarginLines(const PdfPage& page, const Metrics& m) {
  std::vector<size_t> margin;
  const std::vector<PdfLine>& lines = page.lines;
  const size_t n = lines.size();
  const double apart = 1.6 * m.pitch;
  auto gap_before = [&](size_t i) { return lines[i].center - lines[i - 1].center; };
  for (size_t k = 1; k < n && k <= 3; ++k) {
    if (gap_before(k) > apart) {
      for (size_t i = 0; i < k; ++i) margin.push_back(i);
      break;
    }
  }
  for (size_t k = 1; k < n && k <= 3; ++k) {
    if (gap_before(n - k) > apart) {
      for (size_t i = n - k; i < n; ++i) margin.push_back(i);
      break;
    }
  }
  return margin;
}

// Marks running headers and footers, page numbers and print-job numbers.
std::vector<std::vector<bool>> FindDebris(const std::vector<PdfPage>& pages, const Metrics& m) {
  std::vector<std::vector<bool>> debris(pages.size());
  std::map<std::string, std::set<size_t>> pages_of;
  std::vector<std::vector<size_t>> margins(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    debris[p].assign(pages[p].lines.size(), false);
    margins[p] = MarginLines(pages[p], m);
    for (size_t i : margins[p]) pages_of[RepeatKey(pages[p].lines[i].text)].insert(p);
  }
  const size_t repeats = std::max<size_t>(2, pages.size() / 5);
  for (size_t p = 0; p < pages.size(); ++p) {
    for (size_t i : margins[p]) {
      const std::string& text = pages[p].lines[i].text;
      // A running header's first printing is kept when it is on the first
      // page: it may be the only place the note prints its symbol or title.
      const std::set<size_t>& seen = pages_of[RepeatKey(text)];
      const bool first_printing = p == 0 && *seen.begin() == 0;
      if (IsPageNumber(text) || (seen.size() >= repeats && !first_printing)) debris[p][i] = true;
    }
    for (size_t i = 0; i < pages[p].lines.size(); ++i)
      if (IsJobNumber(pages[p].lines[i].text)) debris[p][i] = true;
  }
  return debris;
}

// Tables of contents: the "Contents" line, every line with dot leaders, and
// whatever lies between them on the page (entries too short for leaders).
void DropContents(const std::vector<PdfPage>& pages, std::vector<std::vector<bool>>* debris) {
  bool open = false;  // a table that began on an earlier page
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<PdfLine>& lines = pages[p].lines;
    size_t start = lines.size(), last_leader = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
      if ((*debris)[p][i]) continue;
      if (start == lines.size() && IsContentsTitle(lines[i].text)) start = i;
      if (HasDotLeaders(lines[i].text)) {
        last_leader = i;
        if (start == lines.size() && open) start = i;
      }
    }
    open = false;
    if (start == lines.size() || last_leader == lines.size() || last_leader < start) continue;
    for (size_t i = start; i <= last_leader; ++i) (*debris)[p][i] = true;
    open = true;
    for (size_t i = last_leader + 1; i < lines.size() && open; ++i) open = (*debris)[p][i];
  }
}

// The distribution block of a title page ("Distr.: General", the issue
// date under it, "Original: English"): facts about printing, not the note.
void DropDistribution(std::vector<PdfPage>* pages, std::vector<std::vector<bool>>* debris) {
  for (size_t p = 0; p < pages->size() && p < 2; ++p) {
    std::vector<PdfLine>& lines = (*pages)[p].lines;
    size_t after_distr = 99;
    for (size_t i = 0; i < lines.size(); ++i, ++after_distr) {
      std::string& text = lines[i].text;
      if (const size_t at = text.find("Distr."); at != std::string::npos) {
        text = std::string(Trim(text.substr(0, at)));
        after_distr = 0;
      }
      if (text.empty() || IsOriginalLanguageLine(text) || (after_distr <= 3 && IsDateOnly(text)))
        (*debris)[p][i] = true;
    }
  }
}

// How far short of the right margin a line must stop to end a paragraph,
// in points: about eight characters of body text.
constexpr double kShortLine = 40;

// Splits a page's kept lines into body blocks and footnote blocks.
void SplitPage(const PdfPage& page, int number, const std::vector<bool>& debris, const Metrics& m, double column_right,
               std::vector<Block>* body, std::vector<Block>* notes) {
  std::vector<const PdfLine*> kept;
  for (size_t i = 0; i < page.lines.size(); ++i)
    if (!debris[i]) kept.push_back(&page.lines[i]);
  // Footnotes: from the first line low on the page that opens with a
  // marker, every line to the foot (footers are already gone).
  size_t notes_from = kept.size();
  for (size_t i = 0; i < kept.size(); ++i) {
    const bool low = kept[i]->center > 0.4 * page.height;
    if (low && (kept[i]->marker_start || (IsStarNote(kept[i]->text) && kept[i]->size <= m.size + 0.5))) {
      notes_from = i;
      break;
    }
  }
  for (size_t i = notes_from; i < kept.size(); ++i) {
    if (notes->empty() || notes->back().page != number || kept[i]->marker_start || IsStarNote(kept[i]->text))
      notes->push_back({{}, number});
    notes->back().lines.push_back(kept[i]);
  }
  // A paragraph ends at extra space (UN documents leave half a line), at a
  // change of type size (headings), or after a sentence that stops well
  // short of the right margin: justified text fills every line but a
  // paragraph's last.
  const PdfLine* previous = nullptr;
  for (size_t i = 0; i < notes_from; ++i) {
    const PdfLine* line = kept[i];
    bool fresh = previous == nullptr;
    if (previous) {
      const double gap = line->center - previous->center;
      const double usual_gap = m.pitch * std::max(1.0, line->size / m.size);  // large type, wider lines
      const bool short_end = EndsSentence(previous->text) && previous->right < column_right - kShortLine;
      fresh = gap > 1.45 * usual_gap || gap < 0 || std::abs(line->size - previous->size) > 0.6 ||
              (short_end && !StartsLowercase(line->text));
    }
    if (fresh) body->push_back({{}, number});
    body->back().lines.push_back(line);
    previous = line;
  }
}

// True if `next` (the first block of a page) carries on `last` (the last
// block of the page before): plain text in body type that does not open a
// numbered paragraph or item, after a line that ran to the margin or left
// its sentence unfinished.
bool Continues(const Block& last, const Block& next, const Metrics& m, double column_right) {
  const PdfLine& tail = *last.lines.back();
  const PdfLine& head = *next.lines.front();
  if (std::abs(head.size - m.size) > 0.6 || std::abs(tail.size - m.size) > 0.6) return false;
  const std::vector<Unit> units = SplitUnits(head.text);
  if (units.empty() || units[0].kind != UnitKind::kText) return false;
  const bool full = tail.right >= column_right - 0.05 * column_right;
  return StartsLowercase(head.text) || !EndsSentence(tail.text) || full;
}

double ColumnRight(const std::vector<PdfPage>& pages, const Metrics& m) {
  std::vector<double> rights;
  for (const PdfPage& page : pages)
    for (const PdfLine& line : page.lines)
      if (std::abs(line.size - m.size) < 0.2) rights.push_back(line.right);
  if (rights.empty()) return 0;
  std::sort(rights.begin(), rights.end());
  return rights[rights.size() * 9 / 10];
}

}  // namespace

PdfLaidOut LayOutPages(std::vector<PdfPage> pages) {
  const Metrics m = Measure(pages);
  std::vector<std::vector<bool>> debris = FindDebris(pages, m);
  DropContents(pages, &debris);
  DropDistribution(&pages, &debris);
  const double column_right = ColumnRight(pages, m);
  const Vocabulary vocabulary = CollectVocabulary(pages);

  TextWriter writer(&vocabulary);
  std::vector<Block> pending_notes;
  std::vector<Block> body;
  for (size_t p = 0; p < pages.size(); ++p) {
    const int number = static_cast<int>(p) + 1;
    std::vector<Block> page_body, page_notes;
    SplitPage(pages[p], number, debris[p], m, column_right, &page_body, &page_notes);
    size_t first = 0;
    if (!body.empty() && !page_body.empty() && Continues(body.back(), page_body.front(), m, column_right)) {
      // The paragraph runs on from the page before: finish it there, then
      // that page's footnotes, then this page.
      for (const PdfLine* line : page_body.front().lines) body.back().lines.push_back(line);
      first = 1;
    }
    for (const Block& block : body) writer.Paragraph(block.lines, block.page);
    for (const Block& block : pending_notes) writer.Paragraph(block.lines, block.page);
    if (p > 0) writer.PageBreak();
    body.assign(page_body.begin() + static_cast<std::ptrdiff_t>(std::min(first, page_body.size())), page_body.end());
    pending_notes = std::move(page_notes);
  }
  for (const Block& block : body) writer.Paragraph(block.lines, block.page);
  for (const Block& block : pending_notes) writer.Paragraph(block.lines, block.page);
  return writer.Finish();
}

}  // namespace quorum
