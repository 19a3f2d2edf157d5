// What a Monte Carlo draw reuses from earlier draws (issue 14, item 5: no work
// repeated per draw that does not depend on the draw): parsed units kept per
// thread, scenario trees reused, the draws' buffers left unzeroed (the cluster
// calibration's objective: cluster_test.cc). Each test fails if the reuse were
// too eager (a stale unit, a calibration skipped when its inputs change).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

#include "ripple/analysis/sensitivity.h"
#include "ripple/base/default_init.h"
#include "ripple/base/error.h"
#include "ripple/base/units.h"
#include "ripple/interventions/cluster.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

Evaluator BaselineWithFixedModel() {
  return Evaluator(ScenarioTemplate::Load(RepoPath("scenarios/plaine-images-baseline.toml"),
                                          {{"uncertainty.technical_coefficients_sigma", "0"},
                                           {"uncertainty.flq_delta", "0.3"},
                                           {"uncertainty.satellites.employment", "1"}}));
}

size_t MetricIndex(const std::vector<MetricKey>& keys, const std::string& intervention,
                   const std::string& indicator) {
  for (size_t m = 0; m < keys.size(); ++m) {
    if (keys[m].intervention == intervention && keys[m].indicator == indicator) return m;
  }
  FAIL("no metric " << intervention << " " << indicator);
  return 0;
}

bool SameBits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

}  // namespace

TEST_CASE("units kept per thread: each text its own unit, errors name their context",
          "[mcfast][units]") {
  for (int round = 0; round < 2; ++round) {  // the second round reads kept units
    CHECK(ParseUnit("k€", "a").scale == 1e3);
    CHECK(ParseUnit("M€", "a").scale == 1e6);
    CHECK(ParseUnit("M€", "b").base == "EUR");
    CHECK(ParseUnit("thousand persons", "c").base == "persons");
    CHECK_THROWS_WITH(ParseUnit("million", "first.unit"),
                      "first.unit: unit 'million' has a scale but no base unit");
    CHECK_THROWS_WITH(ParseUnit("million", "second.unit"),
                      "second.unit: unit 'million' has a scale but no base unit");
  }
  // More texts than are kept: those not kept are still parsed.
  for (int i = 0; i < 40; ++i) {
    std::string base = std::to_string(i);
    base += "widgets";
    const Unit unit = ParseUnit("k " + base, "d");
    CHECK(unit.scale == 1e3);
    CHECK(unit.base == base);
  }
  CHECK(ParseUnit("k€", "a").scale == 1e3);
}

TEST_CASE("a draw that changes a calibration input is calibrated again", "[mcfast][cluster]") {
  // incumbent_survival_rate moves the projected companies, hence the fitted
  // arrivals_per_year (calibrate = ["arrivals_per_year"] on companies 2023).
  const Evaluator evaluator = BaselineWithFixedModel();
  const ScenarioTemplate& scenario = evaluator.scenario();
  const int k =
      scenario.FindParameter("interventions.plaine-images-cluster.incumbent_survival_rate");
  REQUIRE(k >= 0);
  const std::vector<MetricKey> keys = MetricKeys(evaluator.RunCentral());
  const size_t companies = MetricIndex(keys, "plaine-images-cluster", "cluster_companies");
  std::vector<double> low = scenario.CentralValues(), high = low;
  low[static_cast<size_t>(k)] = 0.92;
  high[static_cast<size_t>(k)] = 0.945;
  std::vector<double> at_low, at_high, at_high_first;
  evaluator.Metrics(low, nullptr, true, at_low);
  evaluator.Metrics(high, nullptr, true, at_high);  // after `low`, on the same thread
  // Expected: the spec of the variant calibrated and projected afresh.
  const Scenario variant = scenario.Instantiate(high);
  const ClusterSpec& spec = variant.interventions[1].cluster;
  const ClusterSpec calibrated = CalibrateCluster(spec);
  CHECK(calibrated.arrivals_per_year !=
        CalibrateCluster(scenario.Instantiate(low).interventions[1].cluster).arrivals_per_year);
  CHECK(at_high[companies] == ProjectCluster(calibrated, variant.end_year).back().companies);
  CHECK(at_low[companies] != at_high[companies]);
  // And nothing of the first variant remains in the second's figures.
  BaselineWithFixedModel().Metrics(high, nullptr, true, at_high_first);
  CHECK(SameBits(at_high, at_high_first));
}

TEST_CASE("draw buffers: value-initialising operations still set every element", "[mcfast]") {
  UninitializedDoubles values(3, 1.5);
  CHECK(values == UninitializedDoubles{1.5, 1.5, 1.5});
  values.assign(4, 2.0);
  CHECK(values == UninitializedDoubles{2, 2, 2, 2});
  values.resize(6, -1.0);
  CHECK(values[5] == -1.0);
  values.push_back(7);
  CHECK(values.back() == 7);
}

TEST_CASE("a cancelled Monte Carlo run keeps no figures", "[mcfast]") {
  const Evaluator evaluator = BaselineWithFixedModel();
  std::atomic<bool> cancel{true};
  MonteCarloOptions options;
  options.draws = 50;
  options.cancel = &cancel;
  options.keep_every_figure = true;
  const MonteCarloResult result = RunMonteCarlo(evaluator, options);
  CHECK(result.cancelled);
  CHECK(result.summaries.empty());
  CHECK(result.headline_draws.empty());
  CHECK(result.values.empty());
  CHECK(result.parameter_values.empty());
}
