// SPDX-License-Identifier: MIT
// Expands the PATH arguments of quorum-index into the list of note files.
#pragma once

#include <string>
#include <vector>

namespace quorum {

struct InputFiles {
  std::vector<std::string> files;   // in a stable order: arguments in order, folders sorted
  std::vector<std::string> errors;  // "PATH: reason", one per path that could not be read
};

/// Files are taken as named, whatever their extension; folders are walked
/// recursively for note files (*.txt, *.text, *.pdf, *.html, *.htm, *.md,
/// *.markdown, *.docx, *.odt; not a Markdown file named in capitals, such as
/// README.md: a repository's own document), skipping hidden entries
/// and not following symbolic links to folders (so a link loop cannot trap it).
/// Named paths that are neither regular files nor folders (FIFOs, devices),
/// and broken or looping links to note files, are reported in `errors`.
InputFiles FindInputFiles(const std::vector<std::string>& paths);

/// True for a file name a folder walk picks up.
bool IsNoteFileName(const std::string& name);

}  // namespace quorum
