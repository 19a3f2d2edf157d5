// Ctrl-C for long commands: while an InterruptGuard lives, SIGINT (and
// SIGTERM) set a flag instead of killing the process, so the command can stop
// between runs and leave no partial report. The previous handlers are
// restored when the guard ends.
#pragma once

#include <atomic>

namespace ripple::cli {

class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;
  const std::atomic<bool>& flag() const;
  bool interrupted() const { return flag().load(); }

 private:
  void (*previous_int_)(int);
  void (*previous_term_)(int);
};

// Exit code of a command stopped by Ctrl-C (128 + SIGINT, the shell's convention).
constexpr int kInterruptedExitCode = 130;

}  // namespace ripple::cli
