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

// Mean, p05 and p95 of metric `metric` over the draws where it is defined
// (quantiles.csv's summary).
void AddSummary(const MonteCarloResult& result, size_t metric, const std::string& name,
                std::map<std::string, double>& check) {
  const DrawSummary& summary = result.summaries.at(metric);
  if (summary.defined == 0) return;
  check[name + "_mean"] = summary.mean;
  check[name + "_p05"] = summary.p05;
  check[name + "_p95"] = summary.p95;
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
