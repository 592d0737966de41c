// SPDX-License-Identifier: MIT
// Signal handling for quorum-index; see indexer/interrupt.h.
#include "indexer/interrupt.h"

#include <csignal>

namespace quorum {
namespace {

// Written by the handler, read by the indexing loop between notes.
volatile std::sig_atomic_t pending_signal = 0;

void RecordSignal(int signal) { pending_signal = signal; }

}  // namespace

void InstallInterruptHandlers() {
  struct sigaction action = {};
  action.sa_handler = RecordSignal;
  sigemptyset(&action.sa_mask);
  // SA_RESTART: a read or a Xapian write in progress carries on rather than
  // failing with EINTR; SA_RESETHAND: the second signal is not caught.
  action.sa_flags = static_cast<int>(SA_RESTART | SA_RESETHAND);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int PendingInterrupt() { return pending_signal; }

void ClearInterrupt() { pending_signal = 0; }

int InterruptedExitStatus(int signal) { return 128 + signal; }

}  // namespace quorum
