// Intervention types on the Eurostat Manual Germany 1995 model: what each
// type turns into, public cost, prices, discounting, gross and net.
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "ripple/base/error.h"
#include "ripple/interventions/compile.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/report/report.h"
#include "ripple/run/public_finance.h"
#include "ripple/run/run.h"
#include "ripple/scenario/scenario.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

const Model& Germany() {
  static const Model model = LoadModel(testing::RepoPath("models/de-1995-eurostat-manual"));
  return model;
}
const LeontiefModel& GermanyLeontief() {
  static const LeontiefModel leontief(Germany());
  return leontief;
}

RunResult Run(const std::string& body, const std::string& header = "") {
  const Scenario scenario = ParseScenario(
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n"
      "price_year = 1995\ninflation_rate = 0\n" +
          header + body,
      "t.toml");
  ResolveScenario(scenario, Germany());
  return RunScenario(scenario, Germany(), GermanyLeontief());
}

// Sum over years and sectors of an indicator/effect, gross.
double Total(const RunResult& result, const std::string& indicator, Effect effect) {
  const int k = FindIndicator(result, indicator);
  REQUIRE(k >= 0);
  size_t e = 0;
  while (result.effects[e] != effect) ++e;
  double sum = 0;
  for (const auto& intervention : result.interventions) {
    for (const auto& year : intervention.years) sum += SectorTotal(year, static_cast<size_t>(k), e);
  }
  return sum;
}

}  // namespace

TEST_CASE("an acquisition with no works and no fees has zero impact, its price is public cost",
          "[interventions][acquisition]") {
  const RunResult result =
      Run("[[interventions]]\nid = \"building\"\ntype = \"acquisition\"\nunit = \"EUR\"\nprice = "
          "7300000\n"
          "year = 2025\nnotary_fee_rate = 0\nnotary_sector = \"CPA_J-N\"\n");
  for (const auto& indicator : result.indicators) {
    for (Effect effect : result.effects) {
      INFO(indicator.name << " " << EffectName(effect));
      CHECK(Total(result, indicator.name, effect) == 0.0);
    }
  }
  const PublicFinance finance = ComputePublicFinance(result, nullptr);
  CHECK(finance.cost == 7300000.0);
  CHECK(finance.yearly_cost[0] == 7300000.0);
}

TEST_CASE("acquisition fees: the French notary tariff, transfer tax exemption of public buyers",
          "[interventions][acquisition]") {
  // 6500 x 3.870% + 10500 x 1.596% + 43000 x 1.064% + 7240000 x 0.799% = 58724.25
  CHECK_THAT(FrenchNotaryEmoluments(7300000), WithinAbs(58724.25, 1e-6));
  CHECK_THAT(FrenchNotaryEmoluments(5000), WithinAbs(193.5, 1e-9));
  CHECK(FrenchTransferTaxRate(true) == 0.0);
  CHECK(FrenchTransferTaxRate(false) == 0.0580665);
  const RunResult result = Run(
      "[[interventions]]\ntype = \"acquisition\"\nunit = \"EUR\"\nprice = 7300000\nyear = 2025\n"
      "notary_sector = \"CPA_J-N\"\nworks_sector = \"CPA_F\"\nworks_by_year = { 2026 = 2.0e6 }\n");
  // Direct output = the fees and the works, never the price.
  CHECK_THAT(Total(result, "output", Effect::kDirect), WithinAbs(58724.25 + 2.0e6, 1e-6));
  CHECK_THAT(ComputePublicFinance(result, nullptr).cost,
             WithinAbs(7300000 + 58724.25 + 2.0e6, 1e-6));
}

TEST_CASE("works equal to the price raise the 'price entered as construction' warning",
          "[interventions][guardrail]") {
  const RunResult result = Run(
      "[[interventions]]\nid = \"b\"\ntype = \"acquisition\"\nunit = \"EUR\"\nprice = 880000\nyear "
      "= 2025\n"
      "notary_sector = \"CPA_J-N\"\nworks_sector = \"CPA_F\"\nworks_by_year = { 2025 = 880000 }\n");
  REQUIRE_FALSE(result.warnings.empty());
  CHECK(
      result.warnings[0] ==
      "intervention 'b': works of 880000 in 2025 equal the purchase price: the price of an "
      "existing "
      "building is a transfer with no output; enter only renovation and fit-out spending as works");
}

TEST_CASE("a subsidy: direct jobs from wages, purchases as indirect, wages as induced",
          "[interventions][subsidy]") {
  const std::string subsidy =
      "[[interventions]]\nid = \"grant\"\ntype = \"subsidy\"\nunit = \"EUR\"\namount = 1000000\n"
      "recipient_sector = \"CPA_O-T\"\nwage_share = 0.5\nwage_cost_per_job = "
      "50000\nwage_cost_basis = \"person\"\n"
      "purchases = { \"CPA_J-N\" = 0.6, \"CPA_G-I\" = 0.4 }\n";
  const RunResult result = Run(subsidy);
  // 0.5 x 1,000,000 / 50,000 = 10 persons a year, 3 years: 30 person-years
  // (the model's employment is in thousand persons; reports are in persons).
  CHECK_THAT(Total(result, "employment", Effect::kDirect), WithinAbs(30.0, 1e-9));
  CHECK_THAT(Total(result, "output", Effect::kDirect), WithinAbs(3.0e6, 1e-6));
  CHECK_THAT(Total(result, "compensation", Effect::kDirect), WithinAbs(1.5e6, 1e-6));
  // Indirect output: the purchases and their supply chain, L p, at least p.
  CHECK(Total(result, "output", Effect::kIndirect) > 1.5e6);
  CHECK(Total(result, "output", Effect::kInduced) > 0);
  CHECK(result.warnings.empty());
  CHECK_THAT(ComputePublicFinance(result, nullptr).cost, WithinAbs(3.0e6, 1e-6));
  // Leverage: co-funding adds spending but not public cost.
  const RunResult levered = Run(subsidy + "leverage = 0.5\n");
  CHECK_THAT(Total(levered, "employment", Effect::kDirect), WithinAbs(45.0, 1e-9));
  CHECK_THAT(ComputePublicFinance(levered, nullptr).cost, WithinAbs(3.0e6, 1e-6));
}

TEST_CASE("a subsidy with no spending profile warns and uses the sector's cost structure",
          "[interventions][subsidy][guardrail]") {
  const RunResult result =
      Run("[[interventions]]\nid = \"g\"\ntype = \"subsidy\"\nunit = \"EUR\"\namount = 1000000\n"
          "recipient_sector = \"CPA_O-T\"\n");
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0] ==
        "intervention 'g': subsidy with no spending profile (wage_share, purchases): using the "
        "average "
        "cost structure of sector 'CPA_O-T' in the model");
  // wage share = 272975 / (272975 + 117578 domestic inputs); wage cost = 272975 / 9555 employees.
  const double wage_share = 272975.0 / (272975.0 + 117578.0);
  const double jobs = wage_share * 1.0e6 / (272975.0e6 / 9555.0e3);
  CHECK_THAT(Total(result, "employment", Effect::kDirect), WithinRel(3 * jobs, 1e-9));
}

TEST_CASE("gross >= net when additionality factors are positive, net = gross x factor",
          "[interventions][additionality]") {
  const RunResult result =
      Run("[[interventions]]\ntype = \"demand\"\nsector = \"CPA_F\"\nunit = \"MEUR\"\namount = 2\n"
          "[interventions.additionality]\ndeadweight = 0.2\n",
          "[additionality]\ndisplacement = 0.25\nleakage = 0.1\n");
  const InterventionImpact& impact = result.interventions[0];
  CHECK_THAT(impact.net_factor, WithinAbs(0.9 * 0.75 * 0.8, 1e-15));
  const PublicFinance finance = ComputePublicFinance(result, nullptr);
  CHECK(finance.job_years.net < finance.job_years.gross);
  CHECK_THAT(finance.job_years.net, WithinRel(finance.job_years.gross * 0.54, 1e-12));
  CHECK(finance.value_added.net <= finance.value_added.gross);
}

TEST_CASE("project: capex by sector, public share of funding, operations ramp-up",
          "[interventions][project]") {
  const RunResult result =
      Run("[[interventions]]\ntype = \"project\"\nunit = \"MEUR\"\n"
          "funding = { state = 0.3, metropolis = 0.2, private = 0.5 }\n"
          "operations_sector = \"CPA_J-N\"\nannual_turnover = 3\noperations_start_year = "
          "2025\nramp_up_years = 3\n"
          "[[interventions.capex]]\nsector = \"CPA_F\"\namount_by_year = { 2025 = 10 }\n");
  const InterventionImpact& impact = result.interventions[0];
  CHECK_THAT(impact.years[0].public_cost, WithinAbs(5.0e6, 1e-6));
  // Direct output: capex 10 + turnover 1, 2, 3 (ramp 1/3, 2/3, 1 of 3 MEUR).
  CHECK_THAT(Total(result, "output", Effect::kDirect), WithinAbs(16.0e6, 1e-6));
}

TEST_CASE("jobs become output at the model's output per job: direct jobs are what was written",
          "[interventions][jobs]") {
  const RunResult result =
      Run("[[interventions]]\ntype = \"jobs\"\nsector = \"CPA_J-N\"\njobs_by_year = { 2025 = 100, "
          "2026 = 100 }\n");
  CHECK_THAT(Total(result, "employment", Effect::kDirect), WithinAbs(200.0, 1e-9));
  // Output per job in business services: 692487 MEUR / 4258 thousand persons.
  CHECK_THAT(Total(result, "output", Effect::kDirect),
             WithinRel(200 * 692487.0e6 / 4258.0e3, 1e-12));
}

TEST_CASE("prices: amounts move to reporting prices, present values discount at the set rate",
          "[interventions][prices]") {
  const Scenario scenario = ParseScenario(
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2026\nprice_year = 2025\n"
      "amounts_price_year = 2024\ninflation_rate = 0.02\ndiscount_rate = 0.05\n"
      "[[interventions]]\ntype = \"demand\"\nsector = \"CPA_F\"\nunit = \"EUR\"\namount = 1000\n",
      "t.toml");
  const RunResult result = RunScenario(scenario, Germany(), GermanyLeontief());
  const PublicFinance finance = ComputePublicFinance(result, nullptr);
  CHECK_THAT(finance.yearly_cost[0], WithinAbs(1020.0, 1e-9));
  CHECK_THAT(finance.cost_present_value, WithinAbs(1020.0 + 1020.0 / 1.05, 1e-9));
  CHECK_THAT(finance.cost_present_value_shadow, WithinAbs(1.2 * (1020.0 + 1020.0 / 1.05), 1e-9));
  // Output in 2025 prices: 1000 (2024 prices) x 1.02, whatever the table year.
  double direct = 0;
  for (const auto& year : result.interventions[0].years) direct += SectorTotal(year, 0, 0);
  CHECK_THAT(direct, WithinAbs(2040.0, 1e-6));
}

TEST_CASE("Type II effects are never below Type I", "[interventions][identity]") {
  const std::string body =
      "[[interventions]]\ntype = \"demand\"\nsector = \"CPA_G-I\"\nunit = \"MEUR\"\namount = 1\n";
  const RunResult type2 = Run(body);
  const RunResult type1 = Run(body, "effects = \"type1\"\n");
  for (const auto& indicator : type2.indicators) {
    INFO(indicator.name);
    CHECK(Total(type2, indicator.name, Effect::kTotal) >=
          Total(type1, indicator.name, Effect::kTotal));
  }
}

TEST_CASE("intervention errors name the field, value and rule", "[interventions][errors]") {
  const std::string header =
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n[[interventions]]\n";
  struct Case {
    std::string body, expected;
  };
  const std::vector<Case> cases = {
      {"type = \"subsidy\"\nunit = \"EUR\"\namount = 10\nrecipient_sector = \"S94\"\nwage_share = "
       "0.5\n",
       "t.toml:10:14: interventions[1].purchases: missing: with wage_share below 1, give the "
       "non-wage spending "
       "by sector, e.g. purchases = { M69_M70 = 0.3, N = 0.7 }"},
      {"type = \"subsidy\"\nunit = \"EUR\"\namount = 10\nrecipient_sector = \"S94\"\nwage_share = "
       "0.5\n"
       "purchases = { F = 0.3, N = 0.3 }\n",
       "t.toml:11:13: interventions[1].purchases: shares sum to 0.6, expected 1"},
      {"type = \"subsidy\"\nunit = \"EUR\"\namount = -10\nrecipient_sector = \"S94\"\n",
       "t.toml:8:10: interventions[1].amount: a subsidy amount must be >= 0 (model a cut as a "
       "smaller amount)"},
      {"type = \"acquisition\"\nunit = \"EUR\"\nprice = 1000\nyear = 2031\n",
       "t.toml:9:8: interventions[1].year: year 2031 is outside the scenario horizon 2025-2027"},
      {"type = \"acquisition\"\nunit = \"EUR\"\nprice = 1000\nyear = 2025\nfloor_area_m2 = 500\n",
       "t.toml:5:1: interventions[1].m2_per_job: missing required key\n"
       "t.toml:5:1: interventions[1]: missing occupancy: give 'occupancy' (per year) or "
       "'occupancy_by_year'\n"
       "t.toml:5:1: interventions[1].hosted_sector: missing required key\n"
       "t.toml:5:1: interventions[1].occupancy_without: missing: floor_area_m2 is given, so state "
       "the "
       "reference case, the occupied share of the area without the purchase (occupancy_without = "
       "share, or "
       "occupancy_without_by_year = { year = share }); hosted jobs = floor_area_m2 x (occupancy - "
       "occupancy_without) / m2_per_job"},
      {"type = \"project\"\nunit = \"EUR\"\nfunding = { state = 0.5 }\n"
       "[[interventions.capex]]\nsector = \"F\"\namount = 5\n",
       "t.toml:8:11: interventions[1].funding: shares sum to 0.5, expected 1"},
      {"type = \"project\"\nunit = \"EUR\"\nfunding = { state = 1 }\n",
       "t.toml:5:1: interventions[1].capex: expected [[interventions.capex]] tables with sector "
       "and amount"},
      {"type = \"jobs\"\nsector = \"F\"\njobs = -3\n",
       "t.toml:8:8: interventions[1].jobs: jobs must be >= 0 (a job cut is not a jobs "
       "intervention)"},
      {"type = \"demand\"\nsector = \"F\"\namount = 3\n",
       "t.toml:5:1: interventions[1].unit: missing required key"},
  };
  for (const auto& c : cases) {
    INFO(c.body);
    std::string message;
    try {
      ParseScenario(header + c.body, "t.toml");
    } catch (const Error& error) {
      message = error.what();
    }
    CHECK(message == c.expected);
  }
}

TEST_CASE("unknown sectors anywhere in an intervention are reported with their field",
          "[interventions][errors]") {
  const Scenario scenario = ParseScenario(
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n[[interventions]]\n"
      "type = \"subsidy\"\nunit = \"EUR\"\namount = 10\nrecipient_sector = \"CPA_O-T\"\nwage_share "
      "= 0.5\n"
      "purchases = { \"CPA_J-M\" = 1 }\n",
      "t.toml");
  try {
    ResolveScenario(scenario, Germany());
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) ==
          "t.toml:11:27: interventions[1].purchases.CPA_J-M: unknown sector 'CPA_J-M' in model "
          "'de-1995-eurostat-manual' (did you mean 'CPA_J-N'?)");
  }
}

TEST_CASE("brief.md shows the public cost and the gross and net figures of the run",
          "[report][brief]") {
  const RunResult result =
      Run("[[interventions]]\nid = \"building\"\ntype = \"acquisition\"\nunit = \"EUR\"\nprice = "
          "7300000\n"
          "year = 2025\nnotary_fee_rate = 0\nnotary_sector = \"CPA_J-N\"\n"
          "[[interventions]]\nid = \"works\"\ntype = \"demand\"\nsector = \"CPA_F\"\nunit = "
          "\"MEUR\"\namount = 1\n"
          "public_share = 0\n[interventions.additionality]\ndeadweight = 0.5\n");
  std::ostringstream brief;
  WriteBriefMarkdown(result, brief);
  const std::string text = brief.str();
  CHECK(text.find("| public cost, undiscounted (EUR) | 7,300,000 | |\n") != std::string::npos);
  CHECK(text.find("| building | acquisition | 7,300,000 | 0 | 0 | 1 |\n") != std::string::npos);
  CHECK(text.find("- works: deadweight 0.5, displacement 0, leakage 0, substitution 0\n") !=
        std::string::npos);
}
