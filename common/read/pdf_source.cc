// SPDX-License-Identifier: MIT
// poppler to positioned words. poppler prints its own complaints about
// damaged files on stderr; they are silenced here and replaced by one
// diagnostic, so quorum-index keeps its one-line-per-problem output.
#include "common/read/pdf_source.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <exception>
#include <memory>

#include "common/read/pdf_layout.h"
#include "common/read/pdf_ocr.h"

namespace quorum {
namespace {

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

void SilencePoppler() {
  static const bool silenced = [] {
    poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
    return true;
  }();
  (void)silenced;
}

std::string Utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// A complete PDF ends with "%%EOF" (perhaps followed by a line end or junk).
bool HasEndMarker(std::string_view bytes) {
  const size_t tail = std::min<size_t>(bytes.size(), 2048);
  return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

PdfPage ReadPage(const poppler::page& page) {
  PdfPage out;
  const poppler::rectf box = page.page_rect();
  out.width = box.width();
  out.height = box.height();
  std::vector<PdfWord> words;
  for (const poppler::text_box& text_box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf b = text_box.bbox();
    PdfWord word;
    word.text = Utf8(text_box.text());
    word.left = b.left();
    word.top = b.top();
    word.right = b.right();
    word.bottom = b.bottom();
    word.size = text_box.has_font_info() ? text_box.get_font_size() : b.height();
    if (text_box.has_font_info()) word.bold = text_box.get_font_name().find("Bold") != std::string::npos;
    words.push_back(std::move(word));
  }
  out.lines = WordsToLines(std::move(words));
  return out;
}

PdfText Fail(PdfText result, std::string message) {
  result.ok = false;
  result.diagnostics.push_back({Severity::kError, 0, std::move(message)});
  return result;
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) {
  // Readers accept junk before the header, but not a line of text: a note
  // that mentions "%PDF-" in its second line is still a note.
  const size_t at = bytes.substr(0, 1024).find("%PDF-");
  return at != std::string_view::npos && bytes.substr(0, at).find('\n') == std::string_view::npos;
}

PdfText ReadPdf(std::string_view bytes, const PdfReadOptions& options) {
  PdfText result;
  SilencePoppler();
  const bool complete = HasEndMarker(bytes);
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return Fail(std::move(result), "PDF larger than 2 GB; skipped");
  try {
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) {
      return Fail(std::move(result), complete ? "damaged PDF (cannot be opened); skipped"
                                              : "truncated PDF (no end-of-file marker; cannot be opened); skipped");
    }
    if (document->is_locked()) return Fail(std::move(result), "encrypted PDF (needs a password to open); skipped");
    result.pages = document->pages();
    if (result.pages <= 0) return Fail(std::move(result), "PDF has no pages; skipped");
    std::vector<PdfPage> pages;
    int with_text = 0;
    int ocr_failed = 0;     // scanned pages OCR could not read
    std::string ocr_error;  // why the first of them could not be read
    const std::string languages = TesseractLanguages(options.language);
    for (int i = 0; i < result.pages; ++i) {
      std::unique_ptr<poppler::page> page(document->create_page(i));
      PdfPage read = page ? ReadPage(*page) : PdfPage{};
      const bool scanned = options.ocr == OcrMode::kAlways || (options.ocr == OcrMode::kAuto && read.lines.empty());
      // Once OCR has failed for want of language data or a renderer, it
      // fails for every page: the first reason is reported once.
      if (page && scanned && ocr_error.empty()) {
        OcrPage ocr = ReadPageByOcr(*page, languages);
        if (options.on_ocr_page) options.on_ocr_page();
        if (ocr.ok) {
          read.lines = WordsToLines(std::move(ocr.words));
          if (!read.lines.empty()) {
            result.diagnostics.push_back({Severity::kNote, 0,
                                          "page " + std::to_string(i + 1) + ": read by OCR, mean confidence " +
                                              std::to_string(ocr.confidence) + "%"});
          }
        } else {
          ocr_error = std::move(ocr.error);
        }
      }
      if (page && scanned && !ocr_error.empty() && read.lines.empty()) ++ocr_failed;
      pages.push_back(std::move(read));
      with_text += !pages.back().lines.empty();
    }
    if (with_text == 0) {
      result.diagnostics.clear();
      if (!ocr_error.empty())
        return Fail(std::move(result), "PDF has no text layer (scanned pages?), and " + ocr_error);
      if (options.ocr == OcrMode::kNever) {
        return Fail(std::move(result), complete ? "PDF has no text layer (scanned pages?); nothing to index "
                                                  "(without --ocr never, its pages are read by OCR)"
                                                : "truncated PDF (no end-of-file marker); no text could be read");
      }
      return Fail(std::move(result), complete ? "PDF has no text layer, and OCR found no text on its pages; "
                                                "nothing to index"
                                              : "truncated PDF (no end-of-file marker); no text could be read");
    }
    if (ocr_failed > 0) {
      result.diagnostics.push_back(
          {Severity::kWarning, 0, std::to_string(ocr_failed) + " scanned page(s) not indexed: " + ocr_error});
    }
    PdfLaidOut laid_out = LayOutPages(std::move(pages));
    result.text = std::move(laid_out.text);
    result.line_pages = std::move(laid_out.line_pages);
    result.ok = true;
    if (!complete) {
      result.diagnostics.push_back({Severity::kWarning, 0,
                                    "truncated PDF (no end-of-file marker); indexed the text of the " +
                                        std::to_string(with_text) + " of " + std::to_string(result.pages) +
                                        " pages that could be read"});
    }
  } catch (const std::exception& error) {
    return Fail(std::move(result), std::string("PDF cannot be read: ") + error.what());
  }
  return result;
}

}  // namespace quorum
