#include "ripple/analysis/sensitivity_run.h"

#include "ripple/base/error.h"

namespace ripple {
namespace {

[[noreturn]] void OutOfRange(const std::string& field, long long value, long long low, long long high) {
  throw Error(ErrorKind::kBadInput, field + " " + std::to_string(value) + ": must be within [" +
                                        std::to_string(low) + ", " + std::to_string(high) + "]");
}

bool HasUncertainty(const Evaluator& evaluator) {
  return !evaluator.scenario().parameters().empty() ||
         evaluator.scenario().central().uncertainty.technical_coefficients_sigma > 0;
}

}  // namespace

void SensitivityOptions::Validate() const {
  if (draws < 0 || draws > kMaxDraws) OutOfRange("draws", draws, 0, kMaxDraws);
  if (threads < 1 || threads > kMaxThreads) OutOfRange("threads", threads, 1, kMaxThreads);
  if (!sweeps.empty()) CheckSweepGrid(sweeps);
}

SensitivityRun RunSensitivity(const SensitivityOptions& options) {
  options.Validate();
  SensitivityRun run;
  run.options = options;
  run.options.cancel = nullptr;
  run.options.progress = nullptr;
  run.options.on_loaded = nullptr;
  run.evaluator = std::make_unique<Evaluator>(ScenarioTemplate::Load(options.scenario_file, options.overrides));
  const Evaluator& evaluator = *run.evaluator;
  const bool uncertain = HasUncertainty(evaluator);
  if (!uncertain && options.sweeps.empty()) {
    throw Error(ErrorKind::kBadInput,
                options.scenario_file +
                    ": no uncertain values: write a number as a distribution, e.g. amount = { dist = "
                    "\"triangular\", min = 1.2e6, mode = 1.35e6, max = 1.5e6 } (scenarios/README.md, "
                    "\"Uncertain values\"), set [uncertainty] technical_coefficients_sigma, or give --sweep");
  }
  if (options.on_loaded) options.on_loaded(evaluator.scenario().central());
  run.inputs = RunInputs(options.scenario_file, evaluator.scenario().central().model_path);
  const auto cancelled = [&] { return options.cancel != nullptr && options.cancel->load(); };
  if (options.draws > 0 && uncertain) {
    MonteCarloOptions mc;
    mc.draws = static_cast<size_t>(options.draws);
    mc.seed = options.seed;
    mc.threads = options.threads;
    mc.cancel = options.cancel;
    mc.progress = options.progress;
    run.monte_carlo = RunMonteCarlo(evaluator, mc);
    run.has_monte_carlo = true;
  }
  if (!cancelled() && !evaluator.scenario().parameters().empty()) run.tornado = RunTornado(evaluator);
  if (!cancelled() && !options.sweeps.empty()) {
    run.sweep = RunSweep(evaluator, options.sweeps, options.cancel);
    run.has_sweep = true;
  }
  run.cancelled = cancelled();
  return run;
}

}  // namespace ripple
