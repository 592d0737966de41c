// SPDX-License-Identifier: MIT
// When a PDF page is read by OCR. Here rather than in common/read because
// the layout stage's ParseOptions carries it from the command line to the
// reader, and both layers see common/base.
#pragma once

namespace quorum {

enum class OcrMode {
  kAuto,    // only pages without a text layer (scans)
  kAlways,  // every page, ignoring any text layer (a bad one from an old OCR)
  kNever,   // never: an image-only PDF is an error, as before OCR existed
};

}  // namespace quorum
