// SPDX-License-Identifier: MIT
// Folder walking with std::filesystem, errors collected rather than thrown
// so that one unreadable folder does not stop the others.
#include "indexer/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace quorum {

bool IsNoteFileName(const std::string& name) {
  if (name.empty() || name[0] == '.') return false;
  const std::string extension = fs::path(name).extension().string();
  std::string lower;
  for (char c : extension) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == ".txt" || lower == ".text";
}

InputFiles FindInputFiles(const std::vector<std::string>& paths) {
  InputFiles result;
  for (const std::string& path : paths) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      result.errors.push_back(path + ": no such file or folder");
      continue;
    }
    if (!fs::is_directory(status)) {
      result.files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      const std::string name = entry.path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (entry.is_directory(error)) it.disable_recursion_pending();
        continue;
      }
      if (entry.is_regular_file(error) && IsNoteFileName(name)) found.push_back(entry.path().string());
    }
    if (error) result.errors.push_back(path + ": " + error.message());
    std::sort(found.begin(), found.end());
    result.files.insert(result.files.end(), found.begin(), found.end());
  }
  return result;
}

}  // namespace quorum
