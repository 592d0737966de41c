// SPDX-License-Identifier: MIT
// Folder walking with std::filesystem, errors collected rather than thrown
// so that one unreadable folder does not stop the others.
#include "indexer/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace quorum {

namespace {

// README.md, MANIFEST.md, CODE_OF_CONDUCT.md: a repository's own documents,
// named in capitals by convention, beside the Markdown minutes it keeps.
bool IsRepositoryDocument(const std::string& stem) {
  return !stem.empty() &&
         std::all_of(stem.begin(), stem.end(), [](unsigned char c) { return std::isupper(c) || c == '_' || c == '-'; });
}

}  // namespace

bool IsNoteFileName(const std::string& name) {
  if (name.empty() || name[0] == '.') return false;
  const std::string extension = fs::path(name).extension().string();
  std::string lower;
  for (char c : extension) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if ((lower == ".md" || lower == ".markdown") && IsRepositoryDocument(fs::path(name).stem().string())) return false;
  for (const char* known : {".txt", ".text", ".pdf", ".html", ".htm", ".md", ".markdown", ".docx", ".odt"})
    if (lower == known) return true;
  return false;
}

InputFiles FindInputFiles(const std::vector<std::string>& paths) {
  InputFiles result;
  for (const std::string& path : paths) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      const bool is_link = fs::is_symlink(fs::symlink_status(path, error));
      result.errors.push_back(path + (is_link ? ": broken or looping symbolic link" : ": no such file or folder"));
      continue;
    }
    if (fs::is_regular_file(status)) {
      result.files.push_back(path);
      continue;
    }
    if (!fs::is_directory(status)) {
      // A FIFO or a device (/dev/zero) could block the run or never end.
      result.errors.push_back(path + ": not a regular file or folder; skipped");
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      const std::string name = entry.path().filename().string();
      // Checks of one entry get their own error code: a link loop or a file
      // that vanished must not end the walk of the rest of the folder.
      std::error_code entry_error;
      if (!name.empty() && name[0] == '.') {
        if (entry.is_directory(entry_error)) it.disable_recursion_pending();
        continue;
      }
      if (!IsNoteFileName(name)) continue;
      if (entry.is_regular_file(entry_error)) {
        found.push_back(entry.path().string());
      } else if (entry.is_symlink(entry_error) && !entry.exists(entry_error)) {
        result.errors.push_back(entry.path().string() + ": broken or looping symbolic link; skipped");
      }
    }
    if (error) result.errors.push_back(path + ": " + error.message());
    std::sort(found.begin(), found.end());
    result.files.insert(result.files.end(), found.begin(), found.end());
  }
  return result;
}

}  // namespace quorum
