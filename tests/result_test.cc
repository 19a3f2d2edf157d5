// The result API (ripple/run/result.h) and the enum <-> name convention:
// every XName has a ParseX that reads it back.
#include "ripple/run/result.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "ripple/analysis/sensitivity_run.h"
#include "ripple/base/distribution.h"
#include "ripple/base/error.h"
#include "ripple/run/pipeline.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

RunResult BaselineRun(const std::vector<Override>& overrides = {}) {
  const PreparedRun run =
      PrepareRun(testing::RepoPath("scenarios/plaine-images-baseline.toml"), overrides);
  return RunScenario(run.scenario, *run.model, *run.leontief);
}

}  // namespace

TEST_CASE("result API: net = gross x factor, totals add up over years and interventions",
          "[result]") {
  const RunResult result = BaselineRun();
  const int employment = FindIndicator(result, "employment");
  REQUIRE(employment >= 0);
  const auto k = static_cast<size_t>(employment);
  double by_intervention = 0;
  for (const auto& intervention : result.interventions) {
    const std::vector<double> gross =
        AnnualTotals(result, &intervention, k, Effect::kTotal, Basis::kGross);
    const std::vector<double> net =
        AnnualTotals(result, &intervention, k, Effect::kTotal, Basis::kNet);
    REQUIRE(gross.size() == static_cast<size_t>(result.scenario.horizon_years()));
    for (size_t t = 0; t < gross.size(); ++t) CHECK(net[t] == gross[t] * intervention.net_factor);
    by_intervention += HorizonTotal(result, &intervention, k, Effect::kTotal, Basis::kNet);
  }
  CHECK_THAT(HorizonTotal(result, nullptr, k, Effect::kTotal, Basis::kNet),
             Catch::Matchers::WithinRel(by_intervention, 1e-12));
  // total = direct + indirect + induced, year by year.
  const auto all = [&](Effect e) { return AnnualTotals(result, nullptr, k, e, Basis::kGross); };
  const auto total = all(Effect::kTotal), direct = all(Effect::kDirect),
             indirect = all(Effect::kIndirect), induced = all(Effect::kInduced);
  for (size_t t = 0; t < total.size(); ++t) {
    CHECK_THAT(direct[t] + indirect[t] + induced[t],
               Catch::Matchers::WithinAbs(total[t], 1e-9 * std::abs(total[t])));
  }
}

TEST_CASE("result API: a Type I run has no induced effect slot", "[result]") {
  const RunResult result = BaselineRun({{"effects", "\"type1\""}});
  CHECK_FALSE(Reports(result, Effect::kInduced));
  CHECK(EffectSlot(result, Effect::kTotal) == 2);
  CHECK_THROWS_WITH(EffectSlot(result, Effect::kInduced), "effect 'induced' is not in this result");
}

TEST_CASE("enum names read back with ParseX", "[result]") {
  for (Basis b : kBothBases) CHECK(ParseBasis(BasisName(b)) == b);
  for (Effect e : {Effect::kDirect, Effect::kIndirect, Effect::kInduced, Effect::kTotal})
    CHECK(ParseEffect(EffectName(e)) == e);
  for (EffectsType e : {EffectsType::kTypeI, EffectsType::kTypeII})
    CHECK(ParseEffectsType(EffectsTypeName(e)) == e);
  for (InterventionType type :
       {InterventionType::kDemand, InterventionType::kJobs, InterventionType::kSubsidy,
        InterventionType::kAcquisition, InterventionType::kProject, InterventionType::kCluster}) {
    CHECK(ParseInterventionType(InterventionTypeName(type)) == type);
  }
  for (DistributionKind kind :
       {DistributionKind::kTriangular, DistributionKind::kPert, DistributionKind::kUniform,
        DistributionKind::kNormal, DistributionKind::kLognormal}) {
    CHECK(ParseDistributionKind(DistributionKindName(kind)) == kind);
  }
  CHECK_FALSE(ParseBasis("Gross"));
  CHECK_FALSE(ParseEffectsType("type3"));
  CHECK_FALSE(ParseInterventionType("grant"));
}

TEST_CASE("SensitivityOptions validate themselves: field, value, rule", "[result]") {
  SensitivityOptions options;
  options.draws = -1;
  CHECK_THROWS_WITH(options.Validate(), "draws -1: must be within [0, 100000000]");
  options.draws = 10;
  options.threads = 0;
  CHECK_THROWS_WITH(options.Validate(), "threads 0: must be within [1, 256]");
  options.threads = 2;
  CHECK_NOTHROW(options.Validate());
}

TEST_CASE("CheckScenario compiles every intervention without projecting", "[result]") {
  const CheckedScenario checked =
      CheckScenario(testing::RepoPath("scenarios/plaine-images-baseline.toml"));
  CHECK(checked.compiled.interventions.size() == checked.scenario.interventions.size());
  CHECK(checked.model.info.id == "nord-2021");
}
