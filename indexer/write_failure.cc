// SPDX-License-Identifier: MIT
// See indexer/write_failure.h.
#include "indexer/write_failure.h"

#include <unistd.h>
#include <xapian.h>

#include <atomic>
#include <cstdlib>
#include <exception>

namespace quorum {
namespace {

std::atomic<size_t> committed{0};
std::string* failing_db = nullptr;  // set before any writer starts

// Writes `text` with write(2): a terminate handler must not lean on the
// iostreams of a process that is coming apart.
void Say(const std::string& text) {
  for (size_t done = 0; done < text.size();) {
    const ssize_t wrote = write(STDERR_FILENO, text.data() + done, text.size() - done);
    if (wrote <= 0) return;
    done += static_cast<size_t>(wrote);
  }
}

[[noreturn]] void ReportAndExit() {
  std::string what = "unknown error";
  if (const std::exception_ptr error = std::current_exception()) {
    try {
      std::rethrow_exception(error);
    } catch (const Xapian::Error& e) {
      what = e.get_description();
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
  }
  Say("quorum-index: error: cannot write index '" + *failing_db + "': " + what +
      "\nquorum-index: note: the index holds its last commit (" + std::to_string(committed.load()) +
      " notes of this run); fix the cause (disk space?) and re-run to finish\n");
  std::_Exit(1);
}

}  // namespace

WriteFailureReport::WriteFailureReport(const std::string& db) {
  delete failing_db;
  failing_db = new std::string(db);
  committed = 0;
  previous_ = std::set_terminate(ReportAndExit);
}

WriteFailureReport::~WriteFailureReport() { std::set_terminate(previous_); }

void CountCommitted(size_t notes) { committed += notes; }

}  // namespace quorum
