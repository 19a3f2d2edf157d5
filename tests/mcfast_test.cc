// Monte Carlo fast paths (issue 14, item 5): effect totals from multiplier rows
// (multiplier_rows.h, Evaluator::Metrics) against the Leontief solves.
// Hand case: the two-sector package of support/two_sector_model.h, A = [0.1
// 0.4; 0.3 0.1], L = [0.9 0.4; 0.3 0.9] / 0.69, employment coefficients
// [1/100, 0.5/50] = [0.01, 0.01] thousand persons per million EUR; Type II
// closure c = [40, 5] / 40 = [1, 0.125], h = 0.9 x [0.3, 0.2].
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

#include "ripple/analysis/sensitivity.h"
#include "ripple/run/multiplier_rows.h"
#include "support/test_support.h"
#include "support/two_sector_model.h"

using namespace ripple;
using namespace ripple::testing;
using Catch::Matchers::WithinRel;

namespace {

constexpr int kEmployment = 3;  // indicators: output, compensation, value_added, employment

// Every value of `fast` within 1e-12 relative of `solved` (NaN where it is
// NaN); returns the largest relative difference seen.
// (Either a std::vector<double> or the draws' UninitializedDoubles.)
template <typename Fast, typename Solved>
double MaxRelativeDifference(const Fast& fast, const Solved& solved) {
  REQUIRE(fast.size() == solved.size());
  double worst = 0;
  for (size_t m = 0; m < solved.size(); ++m) {
    if (std::isnan(solved[m])) {
      REQUIRE(std::isnan(fast[m]));
      continue;
    }
    const double scale = std::max(std::abs(solved[m]), 1e-300);
    const double relative = std::abs(fast[m] - solved[m]) / scale;
    worst = std::max(worst, solved[m] == fast[m] ? 0.0 : relative);
    if (!(relative <= 1e-12)) FAIL("metric " << m << ": " << fast[m] << " vs " << solved[m]);
  }
  return worst;
}

// Bit-for-bit equality (NaN where NaN).
template <typename A, typename B>
bool SameBits(const A& a, const B& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

MonteCarloResult Draws(const Evaluator& evaluator, size_t draws, int threads, bool fast) {
  MonteCarloOptions options;
  options.draws = draws;
  options.threads = threads;
  options.seed = 11;
  options.fast_totals = fast;
  options.keep_every_figure = true;
  return RunMonteCarlo(evaluator, options);
}

// The shipped baseline with the model-changing uncertainty switched off.
Evaluator BaselineWithFixedModel() {
  return Evaluator(ScenarioTemplate::Load(RepoPath("scenarios/plaine-images-baseline.toml"),
                                          {{"uncertainty.technical_coefficients_sigma", "0"},
                                           {"uncertainty.flq_delta", "0.3"},
                                           {"uncertainty.satellites.employment", "1"}}));
}

}  // namespace

TEST_CASE("multiplier rows of the two-sector package, by hand", "[mcfast]") {
  const LeontiefModel leontief(ParseModel(TwoSectorRegion()));
  const MultiplierRows rows = ComputeMultiplierRows(leontief, true);
  REQUIRE(rows.indicators.size() == 4);
  // Output: 1'L = [1.2, 1.3] / 0.69; employment: 0.01 x that.
  CHECK_THAT(rows.indicators[0].open(0), WithinRel(1.2 / 0.69, 1e-14));
  CHECK_THAT(rows.indicators[0].open(1), WithinRel(1.3 / 0.69, 1e-14));
  CHECK_THAT(rows.indicators[kEmployment].open(1), WithinRel(0.013 / 0.69, 1e-14));
  // One unit of household income: x = L c y with y = 1 / (1 - h'Lc), Lc = [0.95,
  // 0.4125] / 0.69, h'Lc = 0.33075 / 0.69, so 1'x = 1.3625 / 0.35925.
  CHECK_THAT(rows.indicators[0].induced_income, WithinRel(1.3625 / 0.35925, 1e-13));

  // f = [10, 0], purchases p = [0, 5], income w = 2 (model units, scale 1):
  // direct 10, indirect 1'L g - 10 = 18.5 / 0.69 - 10, total = direct +
  // indirect + induced.
  const Vector f = (Vector(2) << 10, 0).finished(), g = (Vector(2) << 10, 5).finished();
  std::vector<std::vector<double>> totals;
  YearTotalsFromRows(rows, {f, g, 2.0, true}, {1, 1, 1, 1}, {0, 0, 0, 0.5}, totals);
  REQUIRE(totals.size() == 4);
  REQUIRE(totals[0].size() == 4);
  CHECK(totals[0][0] == 10);
  CHECK_THAT(totals[0][1], WithinRel(18.5 / 0.69 - 10, 1e-14));
  // Induced: first n rows of L*[g; w] minus L g, summed; L*[g; 0] by the same
  // closed system: the Type II solve is the reference here.
  const Matrix closed = leontief.SolveTypeII(g, Matrix::Constant(1, 1, 2.0), nullptr);
  const double induced = closed.sum() - leontief.SolveTypeI(g).sum();
  CHECK_THAT(totals[0][2], WithinRel(induced, 1e-13));
  CHECK_THAT(totals[0][3], WithinRel(closed.sum(), 1e-13));
  // Employment's explicit direct activity (0.5) adds to direct only.
  CHECK_THAT(totals[kEmployment][0], WithinRel(0.01 * 10 + 0.5, 1e-14));
  // Type I asked of the same rows: direct, indirect, total.
  YearTotalsFromRows(rows, {f, g, 2.0, false}, {1, 1, 1, 1}, {0, 0, 0, 0}, totals);
  REQUIRE(totals[0].size() == 3);
  CHECK_THAT(totals[0][2], WithinRel(18.5 / 0.69, 1e-14));
}

TEST_CASE("Type II totals asked of Type I rows are an internal error", "[mcfast]") {
  const LeontiefModel leontief(ParseModel(TwoSectorRegion()));
  const MultiplierRows rows = ComputeMultiplierRows(leontief, false);
  const Vector f = Vector::Ones(2);
  std::vector<std::vector<double>> totals;
  CHECK_THROWS_WITH(YearTotalsFromRows(rows, {f, f, 0.0, true}, {1, 1, 1, 1}, {0, 0, 0, 0}, totals),
                    "induced totals asked of Type I multiplier rows");
}

TEST_CASE("fast totals equal the solves on the shipped baseline with the model fixed", "[mcfast]") {
  const Evaluator evaluator = BaselineWithFixedModel();
  REQUIRE_FALSE(evaluator.model_varies());
  const MonteCarloResult fast = Draws(evaluator, 40, 2, true);
  const MonteCarloResult solved = Draws(evaluator, 40, 2, false);
  REQUIRE(fast.values.size() == 40 * fast.keys.size());
  CHECK(SameBits(fast.central, solved.central));
  CHECK(fast.parameter_values == solved.parameter_values);
  const double worst = MaxRelativeDifference(fast.values, solved.values);
  CHECK(worst < 1e-12);
  WARN("largest relative difference, fast vs solved: " << worst);
  CHECK(worst > 0);  // the fast path did run: rounding differs somewhere
  // A single variant through Metrics, against MetricValues(Run(...)).
  std::vector<double> values = evaluator.scenario().CentralValues(), metrics, reference;
  values[0] *= 1.1;
  evaluator.Metrics(values, nullptr, true, metrics);
  MetricValues(evaluator.Run(values), reference);
  MaxRelativeDifference(metrics, reference);
}

TEST_CASE("fast totals give identical draws with 1 and 2 threads", "[mcfast]") {
  const Evaluator evaluator = BaselineWithFixedModel();
  const MonteCarloResult one = Draws(evaluator, 24, 1, true);
  const MonteCarloResult two = Draws(evaluator, 24, 2, true);
  CHECK(SameBits(one.values, two.values));
}

TEST_CASE("draws that change the model are solved whether or not the fast path is on", "[mcfast]") {
  // sigma 0 but the FLQ delta drawn: every draw has its own model, so both
  // settings run the same solves and give the same bits.
  const Evaluator evaluator(
      ScenarioTemplate::Load(RepoPath("scenarios/plaine-images-baseline.toml"),
                             {{"uncertainty.technical_coefficients_sigma", "0"}}));
  REQUIRE(evaluator.model_varies());
  const MonteCarloResult fast = Draws(evaluator, 12, 2, true);
  const MonteCarloResult solved = Draws(evaluator, 12, 1, false);
  CHECK(SameBits(fast.values, solved.values));
}

TEST_CASE("metrics of solved draws equal those of the full run bit for bit", "[mcfast]") {
  // The baseline as written: FLQ delta, satellite factors and A noise drawn.
  const Evaluator evaluator(
      ScenarioTemplate::Load(RepoPath("scenarios/plaine-images-baseline.toml")));
  std::vector<double> values = evaluator.scenario().CentralValues(), metrics, reference;
  for (double& v : values) v *= 0.97;
  RandomStream noise(StreamSeed(5, 3, 1)), same_noise(StreamSeed(5, 3, 1));
  evaluator.Metrics(values, &noise, true, metrics);
  MetricValues(evaluator.Run(values, {}, &same_noise), reference);
  CHECK(SameBits(metrics, reference));
  // The central model, solved (fast path off): the same bits as Run as well.
  const Evaluator fixed = BaselineWithFixedModel();
  values = fixed.scenario().CentralValues();
  values[0] *= 1.1;
  fixed.Metrics(values, nullptr, false, metrics);
  MetricValues(fixed.Run(values), reference);
  CHECK(SameBits(metrics, reference));
}
