// SPDX-License-Identifier: MIT
// File bytes to UTF-8. UTF-8 (the common case) is validated and passed
// through untouched; anything else goes through ICU's charset detector and
// converter, and a warning names the charset so nothing is silently guessed.
#include "common/read/text_source.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>

#include "common/base/hash.h"

namespace quorum {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool IsValidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

void RemoveNuls(std::string& text) { std::erase(text, '\0'); }

// Converts `bytes` from `charset` with ICU; false if ICU cannot.
bool ConvertToUtf8(std::string_view bytes, const char* charset, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()), converter, status);
  ucnv_close(converter);
  if (U_FAILURE(status) || unicode.isBogus()) return false;
  out->clear();
  unicode.toUTF8String(*out);
  return true;
}

// Share of NUL and other control bytes (besides tab, LF, CR, FF) in a sample.
double ControlShare(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 8192);
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return n == 0 ? 0.0 : static_cast<double>(control) / static_cast<double>(n);
}

// UTF-16 without a byte-order mark: text in the Latin range puts a NUL in
// every other byte, on the odd bytes (little-endian) or the even ones (big).
// ICU's detector wants the mark, so this is checked first.
const char* Utf16WithoutBom(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 4096) & ~size_t{1};
  if (n < 8) return nullptr;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  const double pairs = static_cast<double>(n / 2);
  if (static_cast<double>(odd) > 0.4 * pairs && static_cast<double>(even) < 0.05 * pairs) return "UTF-16LE";
  if (static_cast<double>(even) > 0.4 * pairs && static_cast<double>(odd) < 0.05 * pairs) return "UTF-16BE";
  return nullptr;
}

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// ICU's best guess at the charset of `bytes`, or empty.
std::string DetectCharset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return {};
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  const char* name = ucsdet_getName(match, &status);
  return U_SUCCESS(status) && name ? name : "";
}

void Fail(DecodedText& result, std::string message) {
  result.ok = false;
  result.diagnostics.push_back({Severity::kError, 0, std::move(message)});
}

}  // namespace

DecodedText DecodeBytes(std::string_view bytes) {
  DecodedText result;
  result.content_hash = ContentHash(bytes);
  if (bytes.empty()) {
    Fail(result, "empty file; nothing to index");
    return result;
  }
  if (StartsWith(bytes, "%PDF-")) {
    Fail(result, "PDF document, not text; it is read by the PDF reader (ParseNoteFile)");
    return result;
  }
  const char* bom_charset = StartsWith(bytes, "\xFF\xFE")   ? "UTF-16LE"
                            : StartsWith(bytes, "\xFE\xFF") ? "UTF-16BE"
                                                            : nullptr;
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  // ASCII with many NULs is valid UTF-8 but is binary, or UTF-16 without a BOM.
  const bool control_heavy = ControlShare(bytes) > 0.05;
  if (bom_charset == nullptr && IsValidUtf8(bytes) && !control_heavy) {
    result.text.assign(bytes);
    result.encoding = "UTF-8";
    if (result.text.find('\0') != std::string::npos) {
      RemoveNuls(result.text);
      result.diagnostics.push_back({Severity::kWarning, 0, "NUL bytes removed"});
    }
    result.ok = true;
    return result;
  }
  const char* unmarked_utf16 = bom_charset ? nullptr : Utf16WithoutBom(bytes);
  std::string charset = bom_charset ? bom_charset : unmarked_utf16 ? unmarked_utf16 : DetectCharset(bytes);
  // UTF-16 has many NULs by design; anything else that is mostly control
  // bytes is binary, whatever the detector guesses.
  const bool wide = StartsWith(charset, "UTF-16") || StartsWith(charset, "UTF-32");
  // Genuine UTF-16 carries a byte-order mark or passes Utf16WithoutBom's
  // check; when only ICU's detector says UTF-16 or UTF-32, the bytes are
  // random or compressed data, which that guess fits best.
  const bool guessed_wide = wide && !bom_charset && !unmarked_utf16;
  if ((!wide && control_heavy) || guessed_wide) {
    Fail(result, "binary file (not text); skipped");
    return result;
  }
  if (charset.empty()) charset = "windows-1252";
  if (bom_charset) bytes.remove_prefix(2);
  if (!ConvertToUtf8(bytes, charset.c_str(), &result.text)) {
    Fail(result, "cannot convert from " + charset + " to UTF-8");
    return result;
  }
  RemoveNuls(result.text);
  result.encoding = charset;
  result.ok = true;
  const char* how = bom_charset ? "byte-order mark" : unmarked_utf16 ? "detected, no byte-order mark" : "detected";
  result.diagnostics.push_back({Severity::kWarning, 0, "not UTF-8; read as " + charset + " (" + how + ")"});
  return result;
}

DecodedText DecodeBytes(std::string_view bytes, std::string_view declared) {
  std::string charset;
  for (char c : declared) charset += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (charset.empty() || charset == "utf-8" || charset == "utf8" || bytes.empty()) return DecodeBytes(bytes);
  // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" || charset == "ascii")
    charset = "windows-1252";
  DecodedText result;
  result.content_hash = ContentHash(bytes);
  if (!ConvertToUtf8(bytes, charset.c_str(), &result.text)) {
    DecodedText fallback = DecodeBytes(bytes);
    fallback.diagnostics.push_back(
        {Severity::kWarning, 0, "the document declares the unknown charset " + std::string(declared) + "; ignored"});
    return fallback;
  }
  RemoveNuls(result.text);
  result.encoding = charset;
  result.ok = true;
  return result;
}

bool ReadFileBytes(const std::string& path, std::string* bytes, std::vector<Diagnostic>* diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    diagnostics->push_back({Severity::kError, 0, std::string("cannot open file for reading: ") + std::strerror(error)});
    return false;
  }
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    diagnostics->push_back({Severity::kError, 0, "read error"});
    return false;
  }
  return true;
}

DecodedText ReadNoteFile(const std::string& path) {
  std::string bytes;
  DecodedText result;
  if (!ReadFileBytes(path, &bytes, &result.diagnostics)) return result;
  return DecodeBytes(bytes);
}

}  // namespace quorum
