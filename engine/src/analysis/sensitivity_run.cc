#include "ripple/analysis/sensitivity_run.h"

#include "ripple/base/error.h"
#include "ripple/interventions/range_check.h"

namespace ripple {
namespace {

[[noreturn]] void OutOfRange(const std::string& field, long long value, long long low,
                             long long high) {
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
  const ProcessGroup& group = options.group != nullptr ? *options.group : SingleProcess();
  SensitivityRun run;
  run.options = options;
  run.options.cancel = nullptr;
  run.options.progress = nullptr;
  run.options.on_loaded = nullptr;
  run.options.group = nullptr;
  run.processes = group.size();
  run.evaluator =
      std::make_unique<Evaluator>(ScenarioTemplate::Load(options.scenario_file, options.overrides));
  const Evaluator& evaluator = *run.evaluator;
  const bool uncertain = HasUncertainty(evaluator);
  CheckUncertainRanges(evaluator.scenario());  // before any draw: ranges that contradict
  if (!uncertain && options.sweeps.empty()) {
    throw Error(
        ErrorKind::kBadInput,
        options.scenario_file +
            ": no uncertain values: write a number as a distribution, e.g. amount = { dist = "
            "\"triangular\", min = 1.2e6, mode = 1.35e6, max = 1.5e6 } (scenarios/README.md, "
            "\"Uncertain values\"), set [uncertainty] technical_coefficients_sigma, or give "
            "--sweep");
  }
  // Only rank 0 writes, so only rank 0 checks the output folder and hashes the inputs.
  RunAgreed(group, [&] {
    if (group.rank() != 0) return;
    if (options.on_loaded) options.on_loaded(evaluator.scenario().central());
    run.inputs = RunInputs(options.scenario_file, evaluator.scenario().central().model_path);
  });
  // Agreed between ranks: one interrupted rank stops them all.
  const auto cancelled = [&] {
    return group.MinOverRanks(options.cancel != nullptr && options.cancel->load() ? 0 : 1) == 0;
  };
  if (options.draws > 0 && uncertain) {
    MonteCarloOptions mc;
    mc.draws = static_cast<size_t>(options.draws);
    mc.seed = options.seed;
    mc.threads = options.threads;
    mc.cancel = options.cancel;
    mc.progress = options.progress;
    mc.group = &group;
    run.monte_carlo = RunMonteCarlo(evaluator, mc);
    run.has_monte_carlo = true;
  }
  if (!cancelled() && !evaluator.scenario().parameters().empty())
    run.tornado = RunTornado(evaluator, group);
  if (!cancelled() && !options.sweeps.empty()) {
    run.sweep = RunSweep(evaluator, options.sweeps, options.cancel, group);
    run.has_sweep = true;
  }
  run.cancelled = cancelled();
  return run;
}

}  // namespace ripple
