// SPDX-License-Identifier: MIT
// poppler's page renderer to Tesseract's words. Tesseract's word boxes hug
// the ink ("a" is shorter than "l"), while poppler's boxes span the font's
// ascent and descent; each word is therefore given its text line's extent
// and size, so that WordsToLines groups and sizes OCR lines as it does text
// lines.
#include "common/read/pdf_ocr.h"

#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <exception>
#include <map>
#include <memory>
#include <string_view>

namespace quorum {
namespace {

// 300 dpi is what Tesseract is trained for: body text of 10 points gets an
// x-height of about 20 pixels. Lower loses accents and small footnotes.
constexpr double kDpi = 300.0;
// A hostile or odd PDF can declare a page metres wide; rendered at 300 dpi
// it would take gigabytes. Larger pages are rendered at a lower resolution
// to stay under 40 megapixels (A3 at 300 dpi is 17).
constexpr double kMaxPixels = 40e6;

double PageDpi(const poppler::page& page) {
  const poppler::rectf box = page.page_rect();
  const double square_inches = (box.width() / 72.0) * (box.height() / 72.0);
  if (!(square_inches > 0)) return kDpi;
  return std::max(std::min(kDpi, std::sqrt(kMaxPixels / square_inches)), 1.0);
}

// TESSDATA_PREFIX is where Tesseract looks for its language data; a change
// (the tests point it at an empty folder) must not reuse an engine loaded
// from the old place.
std::string DataFolder() {
  const char* prefix = std::getenv("TESSDATA_PREFIX");
  return prefix ? prefix : "";
}

std::string MissingDataError(const std::string& languages) {
  const std::string first = languages.substr(0, languages.find('+'));
  const std::string folder = DataFolder();
  return "scanned page, but Tesseract's language data for \"" + first + "\" is missing" +
         (folder.empty() ? std::string() : " from TESSDATA_PREFIX=" + folder) +
         "; install it (apt-get install tesseract-ocr-" + first + ") or index with --ocr never";
}

// One engine per thread: a TessBaseAPI must not be shared across threads,
// and quorum-index parses files on several. Keyed by data folder and
// languages; a failed load is not kept, so it is retried (and reported)
// for each page that needs it.
tesseract::TessBaseAPI* Engine(const std::string& languages, std::string* error) {
  thread_local std::map<std::string, std::unique_ptr<tesseract::TessBaseAPI>> engines;
  const std::string key = DataFolder() + '\n' + languages;
  auto found = engines.find(key);
  if (found != engines.end()) return found->second.get();
  auto engine = std::make_unique<tesseract::TessBaseAPI>();
  // Tesseract prints its complaints (a missing data file, an unknown
  // resolution) on stderr; quorum-index reports one diagnostic instead.
  engine->SetVariable("debug_file", "/dev/null");
  if (engine->Init(nullptr, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    *error = MissingDataError(languages);
    return nullptr;
  }
  engine->SetVariable("debug_file", "/dev/null");  // Init resets the variables
  engine->SetPageSegMode(tesseract::PSM_AUTO);
  return engines.emplace(key, std::move(engine)).first->second.get();
}

// Digits only, at most three: what a footnote marker prints.
bool DigitsOnly(std::string_view text) {
  return !text.empty() && text.size() <= 3 && text.find_first_not_of("0123456789") == std::string_view::npos;
}

PdfWord WordAt(const tesseract::ResultIterator& it, std::string text, double points_per_pixel) {
  int left = 0, top = 0, right = 0, bottom = 0;
  it.BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
  int line_left = 0, line_top = top, line_right = 0, line_bottom = bottom;
  it.BoundingBox(tesseract::RIL_TEXTLINE, &line_left, &line_top, &line_right, &line_bottom);
  float row_height = 0, descenders = 0, ascenders = 0;
  it.RowAttributes(&row_height, &descenders, &ascenders);
  const double line_height = line_bottom - line_top;
  // The row's height (ascenders, x-height and descenders) is the nearest
  // thing to a font size Tesseract measures; the line box is the fallback.
  const double size = (row_height > 0 ? row_height : line_height) * points_per_pixel;
  PdfWord word;
  word.text = std::move(text);
  word.left = left * points_per_pixel;
  word.right = right * points_per_pixel;
  // A short run of digits that ends in the upper part of its line and is
  // smaller than the line is a raised footnote marker: it keeps its own box
  // and a smaller size, which is how WordsToLines recognises markers.
  const bool raised =
      DigitsOnly(word.text) && bottom < line_top + 0.6 * line_height && bottom - top < 0.75 * line_height;
  word.top = (raised ? top : line_top) * points_per_pixel;
  word.bottom = (raised ? bottom : line_bottom) * points_per_pixel;
  word.size = raised ? 0.6 * size : size;
  // LSTM Tesseract reports no font attributes, so no word is bold.
  return word;
}

}  // namespace

std::string TesseractLanguages(const std::string& iso_language) {
  if (iso_language == "en") return "eng";
  if (iso_language == "fr") return "fra";
  if (iso_language == "es") return "spa";
  return "eng+fra+spa";
}

OcrPage ReadPageByOcr(const poppler::page& page, const std::string& languages) {
  OcrPage out;
  try {
    tesseract::TessBaseAPI* engine = Engine(languages, &out.error);
    if (!engine) return out;
    if (!poppler::page_renderer::can_render()) {
      out.error = "scanned page, but this poppler cannot render pages for OCR";
      return out;
    }
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    const double dpi = PageDpi(page);
    const poppler::image image = renderer.render_page(&page, dpi, dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
      out.error = "scanned page, but poppler could not render it for OCR";
      return out;
    }
    engine->SetImage(reinterpret_cast<const unsigned char*>(image.const_data()), image.width(), image.height(), 1,
                     image.bytes_per_row());
    engine->SetSourceResolution(static_cast<int>(dpi));
    if (engine->Recognize(nullptr) != 0) {
      engine->Clear();
      out.error = "scanned page, but Tesseract could not read it";
      return out;
    }
    std::unique_ptr<tesseract::ResultIterator> it(engine->GetIterator());
    if (it && !it->Empty(tesseract::RIL_WORD)) {
      do {
        const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        if (text && text[0] != '\0') out.words.push_back(WordAt(*it, text.get(), 72.0 / dpi));
      } while (it->Next(tesseract::RIL_WORD));
    }
    out.confidence = out.words.empty() ? 0 : engine->MeanTextConf();
    it.reset();
    engine->Clear();  // the page image and results; the models stay loaded
    out.ok = true;
  } catch (const std::exception& error) {
    out.error = std::string("scanned page, but OCR failed: ") + error.what();
  }
  return out;
}

}  // namespace quorum
