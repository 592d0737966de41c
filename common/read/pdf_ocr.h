// SPDX-License-Identifier: MIT
// Scanned PDF pages read by OCR: the page rendered by poppler, read by
// Tesseract, and returned as the same positioned words a text layer gives
// (common/read/pdf_layout.h), so running headers, footers, hyphenation and
// footnotes are handled by the one PDF layout.
#pragma once

#include <string>
#include <vector>

#include "common/read/pdf_layout.h"

namespace poppler {
class page;
}

namespace quorum {

/// One page's words as Tesseract reads them, in points like poppler's.
struct OcrPage {
  bool ok = false;             // false: `error` says why (missing language data, rendering failed)
  std::vector<PdfWord> words;  // empty on a blank page
  int confidence = 0;          // Tesseract's mean word confidence, 0-100
  std::string error;
};

/// The Tesseract languages for a note's ISO 639-1 code: "eng", "fra" or
/// "spa"; for an unknown or empty code, all three ("eng+fra+spa"), so that
/// accents are read right whichever of the three the scan is in.
std::string TesseractLanguages(const std::string& iso_language);

/**
 * Renders `page` in grey at 300 dpi (less for a page over 40 megapixels
 * at that) and reads it with Tesseract in `languages` (see
 * TesseractLanguages). One Tesseract engine per thread and
 * language set is kept for the life of the thread: loading the models takes
 * longer than reading a page. Never throws; when the language data is
 * missing the error names the Debian package to install.
 */
OcrPage ReadPageByOcr(const poppler::page& page, const std::string& languages);

}  // namespace quorum
