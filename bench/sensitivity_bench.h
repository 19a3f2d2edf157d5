// The engine's own Monte Carlo (ripple::RunMonteCarlo, sensitivity.h) timed on
// a scenario file: every draw instantiates the scenario, adjusts the model
// (FLQ delta, satellite factors, technical-coefficient noise), factors it
// when it changed, projects the years and computes every metric, exactly as
// `ripple sensitivity` does (without writing reports).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ripple/analysis/evaluator.h"
#include "ripple/scenario/scenario.h"

namespace ripple::bench {

struct SensitivityBenchOptions {
  std::string scenario;             // a scenario file (its model path is relative to it)
  std::vector<Override> overrides;  // --set KEY=VALUE, applied when the file is loaded
  size_t draws = 1000;              // >= 1
  int threads = 2;                  // >= 1
  uint64_t seed = 1;
};

class SensitivityBench {
 public:
  // Loads the scenario and its model and factors the central model (the
  // set-up `ripple sensitivity` does once). Throws Error as Evaluator.
  explicit SensitivityBench(const SensitivityBenchOptions& options);

  double setup_seconds() const { return setup_seconds_; }
  size_t sectors() const { return evaluator_->package().sectors.size(); }
  const std::string& model_id() const { return evaluator_->package().info.id; }
  size_t parameters() const { return evaluator_->scenario().parameters().size(); }
  double sigma() const {
    return evaluator_->scenario().central().uncertainty.technical_coefficients_sigma;
  }
  bool model_varies() const { return evaluator_->model_varies(); }

  // One RunMonteCarlo call. Returns its wall time in seconds; `check` gets the
  // number of metrics and the mean, p05 and p95 over the draws of the
  // headlines gross_output, gross_jobs and net_jobs (when the model has them).
  double Run(std::map<std::string, double>& check) const;

 private:
  SensitivityBenchOptions options_;
  std::unique_ptr<Evaluator> evaluator_;
  double setup_seconds_ = 0;
};

// "KEY=VALUE" as an Override. Throws Error(kBadInput) without '='.
Override ParseOverride(const std::string& text);

}  // namespace ripple::bench
