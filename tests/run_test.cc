// Scenario runs: accounting identities, attribution and effect splits.
#include "ripple/run/run.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "ripple/interventions/scenario_reader.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/report/report.h"
#include "ripple/scenario/scenario.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

Model MillerBlair() {
  return LoadModel(testing::RepoPath("tests/fixtures/miller_blair_2009_table_2_3"));
}

Scenario Demand(const std::string& interventions, const std::string& effects = "type1") {
  // inflation_rate = 0: the amounts are at the table's prices.
  return ParseScenario(
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\ninflation_rate = "
      "0\neffects = \"" +
          effects + "\"\n" + interventions,
      "t.toml");
}

// Total over years, interventions and sectors of one indicator/effect.
double Total(const RunResult& result, const std::string& indicator, Effect effect) {
  size_t k = 0;
  while (result.indicators[k].name != indicator) ++k;
  size_t e = 0;
  while (result.effects[e] != effect) ++e;
  double sum = 0;
  for (const auto& intervention : result.interventions) {
    for (const auto& year : intervention.years) sum += SectorTotal(year, k, e);
  }
  return sum;
}

}  // namespace

TEST_CASE("Type I run: direct output equals the shock, value added equals final demand",
          "[run][identity]") {
  // In the Miller & Blair table value added = output - intermediate inputs, so
  // total value added generated equals the final demand (GDP identity).
  const Model model = MillerBlair();
  const LeontiefModel leontief(model);
  const Scenario s = Demand(
      "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 600\n"
      "[[interventions]]\ntype = \"demand\"\nsector = \"s2\"\nunit = \"USD\"\n"
      "amount_by_year = { 2026 = 1500 }\n");
  ResolveScenario(s, model);
  const RunResult result = RunScenario(s, model, leontief);
  CHECK_THAT(Total(result, "output", Effect::kDirect), WithinRel(3300.0, 1e-12));
  CHECK_THAT(Total(result, "value_added", Effect::kTotal), WithinRel(3300.0, 1e-12));
  // Year 2026 carries f = [600, 1500]: x = [1247.52, 1841.58] (Miller & Blair 2009, section 2.3).
  double x2026 = 0;
  for (const auto& intervention : result.interventions)
    x2026 += SectorTotal(intervention.years[1], 0, 2);
  CHECK_THAT(x2026, WithinAbs(1247.52 + 1841.58, 0.01));
  REQUIRE(result.effects.size() == 3);  // no induced effect in Type I
}

TEST_CASE("results are attributable: interventions add up to the combined run", "[run][identity]") {
  const Model model = MillerBlair();
  const LeontiefModel leontief(model);
  const Scenario separate = Demand(
      "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 100\n"
      "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 250\n");
  const Scenario combined = Demand(
      "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 350\n");
  const RunResult a = RunScenario(separate, model, leontief);
  const RunResult b = RunScenario(combined, model, leontief);
  CHECK_THAT(Total(a, "output", Effect::kTotal),
             WithinRel(Total(b, "output", Effect::kTotal), 1e-12));
  const Scenario zero =
      Demand("[[interventions]]\ntype = \"demand\"\nsector = \"s2\"\nunit = \"USD\"\namount = 0\n");
  const RunResult none = RunScenario(zero, model, leontief);
  CHECK(Total(none, "output", Effect::kTotal) == 0.0);
  CHECK(Total(none, "value_added", Effect::kTotal) == 0.0);
}

TEST_CASE("reports are byte-identical across runs and use '.' decimals", "[run][report]") {
  const Model model = MillerBlair();
  const LeontiefModel leontief(model);
  const Scenario s = Demand(
      "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\namount = 1234.5\n");
  std::ostringstream first, second;
  WriteImpactsCsv(RunScenario(s, model, leontief), first);
  WriteImpactsCsv(RunScenario(s, model, leontief), second);
  CHECK(first.str() == second.str());
  CHECK(first.str().find("2025,demand-1,output,direct,gross,s1,,1234.5,USD\n") !=
        std::string::npos);
}

TEST_CASE("warnings flag shocks that are large against the sector's output", "[run][guardrail]") {
  const Model model = MillerBlair();
  const LeontiefModel leontief(model);
  const Scenario s = Demand(
      "[[interventions]]\nid = \"big\"\ntype = \"demand\"\nsector = \"s2\"\nunit = \"USD\"\n"
      "amount_by_year = { 2025 = 300 }\n");
  const RunResult result = RunScenario(s, model, leontief);
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0] ==
        "intervention 'big', 2025, sector 's2': shock is 15% of the sector's output (above "
        "shock_warning_share 0.1): the linear model may not hold");
}

// Issue 10: a warning repeated for every year of a horizon is one line
// listing the years. Miller & Blair's s2 output is 2,000: 300 = 15%, 400 = 20%.
TEST_CASE("a large shock in several years is one warning listing the years", "[run][guardrail]") {
  const Model model = MillerBlair();
  const LeontiefModel leontief(model);
  const Scenario s = Demand(
      "[[interventions]]\nid = \"big\"\ntype = \"demand\"\nsector = \"s2\"\nunit = \"USD\"\n"
      "amount_by_year = { 2025 = 300, 2026 = 400, 2027 = 300 }\n"
      "[[interventions]]\nid = \"gap\"\ntype = \"demand\"\nsector = \"s2\"\nunit = \"USD\"\n"
      "amount_by_year = { 2025 = 300, 2026 = 100, 2027 = 300 }\n");
  const RunResult result = RunScenario(s, model, leontief);
  REQUIRE(result.warnings.size() == 2);
  CHECK(result.warnings[0] ==
        "intervention 'big', 2025-2027, sector 's2': shock is 15 to 20% of the sector's output "
        "(above "
        "shock_warning_share 0.1): the linear model may not hold");
  CHECK(result.warnings[1] ==
        "intervention 'gap', 2025, 2027, sector 's2': shock is 15% of the sector's output (above "
        "shock_warning_share 0.1): the linear model may not hold");
}
