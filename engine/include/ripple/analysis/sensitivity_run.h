// `ripple sensitivity` as one library call: the scenario parsed once, its
// model prepared once (Evaluator), then the Monte Carlo, the tornado and the
// sweeps the options ask for (sensitivity.h). The CLI parses flags into
// SensitivityOptions, calls RunSensitivity and writes the reports
// (report/sensitivity_report.h).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ripple/analysis/distributed.h"
#include "ripple/analysis/evaluator.h"
#include "ripple/analysis/sensitivity.h"
#include "ripple/run/pipeline.h"

namespace ripple {

struct SensitivityOptions {
  std::string scenario_file;
  std::vector<Override> overrides;  // `--set` changes, applied before anything is drawn
  long long draws = 1000;           // Monte Carlo draws, [0, kMaxDraws]; 0: tornado and sweeps only
  uint64_t seed = 1;                // the same seed gives byte-identical reports
  int threads = 1;                  // [1, kMaxThreads]; reports do not depend on it
  std::vector<SweepAxis> sweeps;    // grid sweeps (none by default)
  bool write_draws = false;         // keep draws.csv (grows with draws)
  const std::atomic<bool>* cancel = nullptr;                // polled between draws and sweep points
  std::function<void(size_t done, size_t total)> progress;  // Monte Carlo progress
  // Called once the scenario is loaded and before any run (e.g. to check the
  // output folder, whose default name is the scenario's id); may throw.
  // On rank 0 only when distributed.
  std::function<void(const Scenario& central)> on_loaded;
  // The processes sharing the work (distributed.h); nullptr: this process
  // alone. Every rank calls RunSensitivity with the same options.
  const ProcessGroup* group = nullptr;

  static constexpr long long kMaxDraws = 100000000;
  static constexpr int kMaxThreads = 256;
  // Throws Error(kBadInput) "<field> <value>: <rule>", e.g. "threads 0: must be
  // within [1, 256]", or as CheckSweepGrid for the sweeps.
  void Validate() const;
};

struct SensitivityRun {
  std::unique_ptr<Evaluator> evaluator;  // the parsed scenario, its prepared model
  SensitivityOptions options;            // as run (cancel, progress, on_loaded and group cleared)
  int processes = 1;                     // ranks that shared the work
  std::vector<InputFile> inputs;         // scenario and model files with SHA-256 (rank 0)
  bool has_monte_carlo = false;          // false with draws = 0 or nothing uncertain
  MonteCarloResult monte_carlo;
  std::vector<TornadoRow> tornado;  // empty without uncertain values
  bool has_sweep = false;
  SweepResult sweep;
  bool cancelled = false;  // options.cancel became true: write no report
};

// Validates the options, then runs. Distributed, only rank 0's result holds
// figures and inputs (sensitivity.h); every rank throws the same Error. Throws Error(kBadInput)
// when the scenario has no uncertain value and no sweep is asked for (nothing to do), and what
// Evaluator, RunMonteCarlo, RunTornado and RunSweep throw.
SensitivityRun RunSensitivity(const SensitivityOptions& options);

}  // namespace ripple
