// SPDX-License-Identifier: MIT
// SIGINT and SIGTERM during an indexing run: noted, not acted on, so the run
// can finish the note in hand, commit, and stop with a message.
#pragma once

namespace quorum {

/// Installs handlers that only record the signal. Each handler is one-shot:
/// a second Ctrl-C kills the process the ordinary way, which is still safe
/// because the database on disk is always a committed state.
void InstallInterruptHandlers();

/// The signal received since InstallInterruptHandlers() (SIGINT or SIGTERM),
/// or 0.
int PendingInterrupt();

/// Forgets a recorded signal (for tests).
void ClearInterrupt();

/// The conventional exit status of a run stopped by `signal`: 128 + signal
/// (130 for SIGINT, 143 for SIGTERM).
int InterruptedExitStatus(int signal);

}  // namespace quorum
