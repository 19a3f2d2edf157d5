#include "interrupt.h"

#include <csignal>

namespace ripple::cli {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void OnInterrupt(int) { g_interrupted.store(true); }

}  // namespace

InterruptGuard::InterruptGuard() {
  g_interrupted.store(false);
  previous_int_ = std::signal(SIGINT, OnInterrupt);
  previous_term_ = std::signal(SIGTERM, OnInterrupt);
}

InterruptGuard::~InterruptGuard() {
  std::signal(SIGINT, previous_int_);
  std::signal(SIGTERM, previous_term_);
}

const std::atomic<bool>& InterruptGuard::flag() const { return g_interrupted; }

}  // namespace ripple::cli
