// SPDX-License-Identifier: MIT
// Writes small PDFs for tests: text runs placed on pages in Helvetica, so
// a test can say exactly where a header, a footnote or a page break lies.
// Courier, so that a run of n characters is exactly 0.6 * size * n wide.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace quorum::testing_support {

/// One run of text in Courier: its left edge and baseline in points from the top-left
/// corner of an A4 page (595 x 842), and its font size.
struct TextRun {
  double x = 72, y = 72, size = 10;
  std::string text;  // Latin-1 bytes (WinAnsi), without "(", ")" or "\"
};

using PdfPageRuns = std::vector<TextRun>;

/// A complete PDF. With `locked`, the file declares standard encryption
/// with a user password that the empty password does not open.
inline std::string BuildPdf(const std::vector<PdfPageRuns>& pages, bool locked = false) {
  std::vector<std::string> objects;  // object n is objects[n - 1]
  const size_t first_page = 4;
  std::string kids;
  for (size_t p = 0; p < pages.size(); ++p) kids += std::to_string(first_page + 2 * p) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
  for (size_t p = 0; p < pages.size(); ++p) {
    std::string content;
    for (const TextRun& run : pages[p]) {
      char placed[128];
      std::snprintf(placed, sizeof placed, "BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm (", run.size, run.x, 842 - run.y);
      content += placed + run.text + ") Tj ET\n";
    }
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
        "/Contents " +
        std::to_string(first_page + 2 * p + 1) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
  }
  if (locked) {
    const std::string noise(64, 'A');  // 32 bytes in hex: no password hashes to it
    objects.push_back("<< /Filter /Standard /V 1 /R 2 /O <" + noise + "> /U <" + noise + "> /P -4 >>");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R";
  if (locked) {
    pdf += " /Encrypt " + std::to_string(objects.size()) +
           " 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
           "<0123456789ABCDEF0123456789ABCDEF>]";
  }
  pdf += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace quorum::testing_support
