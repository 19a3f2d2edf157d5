// Regional sourcing (models/README.md "Regional sourcing"): a subsidised
// body buys through the regional purchase coefficients of its sector's
// column, final goods through min(SLQ, 1) or a stated local share; what leaks
// is reported; grant-paid wages enter household income through the
// resident-income share. Hand-computed on a two-sector package.
#include <catch2/catch.hpp>
#include <cmath>

#include "ripple/base/error.h"
#include "ripple/interventions/compile.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/run/pipeline.h"
#include "ripple/run/result.h"
#include "ripple/run/run.h"
#include "ripple/scenario/scenario.h"
#include "support/test_support.h"
#include "support/two_sector_model.h"

using namespace ripple;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

Scenario OneYear(const std::string& body) {
  return ParseScenario(
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2025\n"
      "inflation_rate = 0\n[[interventions]]\nid = \"x\"\nunit = \"EUR\"\n" +
          body,
      "t.toml");
}

CompiledIntervention Compile(const Model& model, const std::string& body) {
  const Scenario scenario = OneYear(body);
  ResolveScenario(scenario, model);
  return CompileScenario(scenario, model).interventions.at(0);
}

std::string ParseError(const ModelSources& sources) {
  try {
    ParseModel(sources);
  } catch (const Error& error) {
    return error.what();
  }
  return "";
}

const char* kSubsidy =
    "type = \"subsidy\"\namount = 1000000\nrecipient_sector = \"b\"\nwage_share = 0.5\n"
    "wage_cost_per_job = 50000\nwage_cost_basis = \"person\"\npurchases = { a = 0.6, b = 0.4 }\n";

}  // namespace

TEST_CASE("regional sourcing files are read into the model and checked", "[regional_sourcing]") {
  const Model model = ParseModel(testing::TwoSectorRegion());
  REQUIRE(model.regional.enabled());
  CHECK(model.regional.Purchase(0, 1) == 0.8);
  CHECK(model.regional.Supply(0) == 0.7);
  CHECK(model.regional.Supply(1) == 1.0);  // min(SLQ 1.3, 1)
  const Model national = ParseModel(testing::TwoSectorRegion("", ""));
  CHECK_FALSE(national.regional.enabled());
  CHECK(national.regional.Purchase(0, 1) == 1.0);
  CHECK(national.regional.Supply(0) == 1.0);
  CHECK(ParseError(testing::TwoSectorRegion("sector,a,b\na,0.5,1.2\nb,1,1\n")) ==
        "m/rpc.csv:2: row 'a', column 'b': value '1.2' must be a number within [0, 1]");
  CHECK(ParseError(testing::TwoSectorRegion("sector,a,b\na,0.5,1\n")) ==
        "m/rpc.csv: no row for sector 'b'");
  CHECK(ParseError(testing::TwoSectorRegion("sector,a,c\na,1,1\nb,1,1\n")) ==
        "m/rpc.csv:1: header must be 'sector' then each sector of the model once");
  CHECK(ParseError(testing::TwoSectorRegion("", "sector,slq\na,-1\nb,1\n")) ==
        "m/location_quotients.csv:2: row 'a', column 'slq': value '-1' must be a number within [0, "
        "inf]");
}

TEST_CASE("a subsidised body buys through its sector's regional purchase coefficients",
          "[regional_sourcing][subsidy]") {
  const Model model = ParseModel(testing::TwoSectorRegion());
  const CompiledIntervention out = Compile(model, kSubsidy);
  // Non-wage spending 500,000: input a 300,000 x rpc(a, b) 0.8 = 240,000 in
  // the region, 60,000 outside; input b 200,000 x 1 = 200,000 (million EUR).
  CHECK_THAT(out.purchases(0, 0), WithinAbs(0.24, 1e-12));
  CHECK_THAT(out.purchases(1, 0), WithinAbs(0.20, 1e-12));
  CHECK_THAT(out.outside_region(0, 0), WithinAbs(0.06, 1e-12));
  CHECK_THAT(out.outside_region(1, 0), WithinAbs(0.0, 1e-12));
  // Wages 500,000 x resident_income_share 0.9 enter household income; the
  // grant pays all of them.
  CHECK_THAT(out.household_income(0), WithinAbs(0.45, 1e-12));
  CHECK_THAT(out.grant_wages(0), WithinAbs(0.5, 1e-12));
  // A national model (no rpc.csv): everything is bought in the economy.
  const CompiledIntervention national =
      Compile(ParseModel(testing::TwoSectorRegion("", "")), kSubsidy);
  CHECK_THAT(national.purchases(0, 0), WithinAbs(0.30, 1e-12));
  CHECK(national.outside_region.sum() == 0);
}

TEST_CASE("a default spending profile uses the recipient's column at national proportions",
          "[regional_sourcing][subsidy]") {
  const Model model = ParseModel(testing::TwoSectorRegion());
  const CompiledIntervention out =
      Compile(model, "type = \"subsidy\"\namount = 1000000\nrecipient_sector = \"b\"\n");
  // Column b of Z = [20, 5] regional; / rpc [0.8, 1] = [25, 5] at national
  // proportions: inputs 30 / 50 = 0.6 per EUR of output, compensation 0.2:
  // wage share 0.2 / 0.8 = 0.25; purchases 750,000 = a 625,000 + b 125,000;
  // in the region a 625,000 x 0.8 = 500,000, b 125,000.
  CHECK_THAT(out.purchases(0, 0), WithinAbs(0.5, 1e-12));
  CHECK_THAT(out.purchases(1, 0), WithinAbs(0.125, 1e-12));
  CHECK_THAT(out.outside_region.sum(), WithinAbs(0.125, 1e-12));
  CHECK_THAT(out.household_income(0), WithinAbs(0.9 * 0.25, 1e-12));
  REQUIRE(out.notes.size() == 2);
  CHECK(out.notes[1] ==
        "intervention 'x': 83.33% of purchases bought in the region (regional purchase "
        "coefficients of "
        "the column of sector 'b', rpc.csv); the rest is purchases_outside_region");
}

TEST_CASE("final goods are supplied from the region at min(SLQ, 1) or the stated local share",
          "[regional_sourcing][demand]") {
  const Model model = ParseModel(testing::TwoSectorRegion());
  const std::string demand = "type = \"demand\"\nsector = \"a\"\namount = 1000000\n";
  const CompiledIntervention by_slq = Compile(model, demand);
  CHECK_THAT(by_slq.final_demand(0, 0), WithinAbs(0.7, 1e-12));
  CHECK_THAT(by_slq.outside_region(0, 0), WithinAbs(0.3, 1e-12));
  const CompiledIntervention stated = Compile(
      model,
      demand +
          "local_share = 0.9\nlocal_share_source = \"ASSUMPTION: tender results, range 0.8-1\"\n");
  CHECK_THAT(stated.final_demand(0, 0), WithinAbs(0.9, 1e-12));
  CHECK_THAT(stated.outside_region(0, 0), WithinAbs(0.1, 1e-12));
  // The leak is a summary row; spending_injected counts only what enters the region.
  const Scenario scenario = OneYear(demand);
  const LeontiefModel leontief(model);
  const RunResult result = RunScenario(scenario, model, leontief, false);
  double outside = -1, injected = -1;
  VisitSummaryRows(result, [&](const MetricRow& row) {
    if (row.intervention != "all") return;
    if (row.indicator == "purchases_outside_region") outside = row.value;
    if (row.indicator == "spending_injected") injected = row.value;
  });
  CHECK_THAT(outside, WithinAbs(300000, 1e-6));
  CHECK_THAT(injected, WithinAbs(700000, 1e-6));
}

TEST_CASE("local_share needs its source and a value within [0, 1]", "[regional_sourcing][errors]") {
  auto error = [](const std::string& keys) {
    try {
      OneYear("type = \"demand\"\nsector = \"a\"\namount = 1\n" + keys);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error("local_share = 0.8\n") ==
        "t.toml:12:15: interventions[1].local_share: give local_share_source: where the local "
        "share 0.8 "
        "comes from (survey, tender results, ASSUMPTION with range)");
  CHECK(error("local_share = 1.5\nlocal_share_source = \"s\"\n") ==
        "t.toml:12:15: interventions[1].local_share: value 1.5 must be within [0, 1]");
  CHECK(
      error("local_share_source = \"s\"\n") ==
      "t.toml:12:22: interventions[1].local_share_source: local_share_source without local_share");
}

TEST_CASE(
    "Plaine Images baseline: the model's purchase coefficients cut indirect jobs by about 60%",
    "[regional_sourcing][shipped]") {
  // Issue 10: with the Nord model's rpc, total jobs fall by about 19% and
  // indirect jobs by about 60% against buying everything in Nord.
  PreparedRun run = PrepareRun(testing::RepoPath("scenarios/plaine-images-baseline.toml"));
  const RunResult sourced = RunScenario(run.scenario, *run.model, *run.leontief, false);
  Model all_local = *run.model;
  all_local.regional = RegionalSourcing{};
  all_local.household.resident_income_share = 1;  // the old injection of wages, in full
  const RunResult before = RunScenario(run.scenario, all_local, *run.leontief, false);
  const size_t jobs = static_cast<size_t>(FindIndicator(sourced, "employment"));
  auto total = [&](const RunResult& r, Effect e) {
    return HorizonTotal(r, nullptr, jobs, e, Basis::kGross);
  };
  const double indirect_fall =
      1 - total(sourced, Effect::kIndirect) / total(before, Effect::kIndirect);
  const double total_fall = 1 - total(sourced, Effect::kTotal) / total(before, Effect::kTotal);
  INFO("indirect fall " << indirect_fall << ", total fall " << total_fall);
  CHECK(indirect_fall > 0.55);
  CHECK(indirect_fall < 0.65);
  CHECK(total_fall > 0.15);
  CHECK(total_fall < 0.23);
}
