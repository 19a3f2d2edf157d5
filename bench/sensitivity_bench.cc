#include "sensitivity_bench.h"

#include <chrono>
#include <cmath>

#include "monte_carlo.h"
#include "ripple/analysis/metrics.h"
#include "ripple/analysis/sensitivity.h"
#include "ripple/base/error.h"

namespace ripple::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Mean, p05 and p95 of metric `metric` over the draws where it is defined.
void AddSummary(const MonteCarloResult& result, size_t metric, const std::string& name,
                std::map<std::string, double>& check) {
  const size_t width = result.keys.size();
  std::vector<double> values;
  for (size_t d = 0; d < result.draws; ++d) {
    const double v = result.values[d * width + metric];
    if (std::isfinite(v)) values.push_back(v);
  }
  if (values.empty()) return;
  double sum = 0;
  for (double v : values) sum += v;
  check[name + "_mean"] = sum / static_cast<double>(values.size());
  check[name + "_p05"] = Quantile(values, 0.05);
  check[name + "_p95"] = Quantile(values, 0.95);
}

}  // namespace

Override ParseOverride(const std::string& text) {
  const size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0) {
    throw Error(ErrorKind::kBadInput, "--set " + text + ": expected KEY=VALUE");
  }
  return Override{text.substr(0, eq), text.substr(eq + 1)};
}

SensitivityBench::SensitivityBench(const SensitivityBenchOptions& options) : options_(options) {
  const auto t0 = Clock::now();
  evaluator_ =
      std::make_unique<Evaluator>(ScenarioTemplate::Load(options.scenario, options.overrides));
  setup_seconds_ = Since(t0);
}

double SensitivityBench::Run(std::map<std::string, double>& check) const {
  MonteCarloOptions mc;
  mc.draws = options_.draws;
  mc.threads = options_.threads;
  mc.seed = options_.seed;
  const auto t0 = Clock::now();
  const MonteCarloResult result = RunMonteCarlo(*evaluator_, mc);
  const double seconds = Since(t0);
  check.clear();
  check["metrics"] = static_cast<double>(result.keys.size());
  for (const Headline& headline : Headlines(result.keys)) {
    if (headline.name == "gross_output" || headline.name == "gross_jobs" ||
        headline.name == "net_jobs") {
      AddSummary(result, headline.metric, headline.name, check);
    }
  }
  return seconds;
}

}  // namespace ripple::bench
