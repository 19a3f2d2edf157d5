// A stated marginal propensity to consume for the Type II closure (issue 10
// item 7): [closure] household_spending_per_euro rescales the model's
// household consumption vector. Hand-computed on the two-sector package of
// support/two_sector_model.h: A = [0.1 0.4; 0.3 0.1], L = [0.9 0.4; 0.3 0.9]
// / 0.69, income coefficients h = 0.9 x [0.3, 0.2], consumption c0 = [40, 5] /
// 40 = [1, 0.125] (average propensity 1.125). With c = k c0, a demand of 1 on
// sector a gives P = L e_a, household income y = h'P / (1 - k h'L c0) and an
// induced output k 1'L c0 y, i.e. k x 1.3625 x 0.297 / (0.69 (0.69 - 0.33075 k)):
//   average  k = 1           17985 / 11017 = 1.63248 MEUR
//   m = 0.5  k = 0.5 / 1.125  5995 / 12489 = 0.48002 MEUR
#include <catch2/catch.hpp>

#include "ripple/analysis/evaluator.h"
#include "ripple/base/error.h"
#include "ripple/interventions/range_check.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/interventions/scenario_template.h"
#include "ripple/model/leontief.h"
#include "ripple/run/model_preparation.h"
#include "ripple/run/result.h"
#include "ripple/run/run.h"
#include "support/test_support.h"
#include "support/two_sector_model.h"

using namespace ripple;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinRel;

namespace {

const Model& National() { return testing::TwoSectorNational(); }

const char* kDemand =
    "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2025\n"
    "[[interventions]]\nid = \"x\"\ntype = \"demand\"\nunit = \"EUR\"\nsector = \"a\"\n"
    "amount = 1000000\n";

RunResult Run(const std::string& closure) {
  const Scenario scenario = ParseScenario(std::string(kDemand) + closure, "t.toml");
  ResolveScenario(scenario, National());
  const Model model = WithHouseholdClosure(National(), scenario.closure);
  const LeontiefModel leontief(model);
  return RunScenario(scenario, model, leontief, false);
}

double Induced(const RunResult& result) {
  return HorizonTotal(result, nullptr, 0, Effect::kInduced, Basis::kGross);
}

// summary.csv's household_spending_per_euro row: "measure=value".
std::string ClosureRow(const RunResult& result) {
  std::string row;
  VisitSummaryRows(result, [&](const MetricRow& r) {
    if (r.indicator == "household_spending_per_euro")
      row += std::string(r.intervention) + ":" + std::string(r.measure) + "=" +
             std::to_string(r.value) + " " + std::string(r.unit);
  });
  return row;
}

std::string ParseError(const std::string& closure) {
  try {
    ParseScenario(std::string(kDemand) + closure, "t.toml");
  } catch (const Error& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("closure: a stated marginal propensity scales the induced effect as by hand",
          "[closure-mpc]") {
  const RunResult average = Run("");
  CHECK(average.scenario.closure.kind() == HouseholdClosureKind::kAverage);
  CHECK_THAT(average.household_spending_per_compensation, WithinRel(1.125, 1e-12));
  CHECK_THAT(Induced(average), WithinRel(1e6 * 17985.0 / 11017.0, 1e-9));
  CHECK(ClosureRow(average) == "all:average=1.125000 EUR per EUR of household income");

  const RunResult marginal = Run(
      "[closure]\nhousehold_spending_per_euro = 0.5\nhousehold_spending_source = \"ASSUMPTION\"\n");
  CHECK(marginal.scenario.closure.kind() == HouseholdClosureKind::kMarginal);
  CHECK_THAT(marginal.household_spending_per_compensation, WithinRel(0.5, 1e-12));
  CHECK_THAT(Induced(marginal), WithinRel(1e6 * 5995.0 / 12489.0, 1e-9));
  CHECK(ClosureRow(marginal) == "all:marginal=0.500000 EUR per EUR of household income");
  // Direct and indirect effects do not depend on the closure.
  CHECK_THAT(HorizonTotal(marginal, nullptr, 0, Effect::kIndirect, Basis::kGross),
             WithinRel(HorizonTotal(average, nullptr, 0, Effect::kIndirect, Basis::kGross), 1e-12));
  // The structure by product is kept: both sectors' consumption scaled by 0.5 / 1.125.
  const Model scaled = WithHouseholdClosure(National(), marginal.scenario.closure);
  CHECK_THAT(scaled.final_demand(0, 0), WithinRel(40 * 0.5 / 1.125, 1e-12));
  CHECK_THAT(scaled.final_demand(1, 0), WithinRel(5 * 0.5 / 1.125, 1e-12));
}

TEST_CASE("closure: a spending per euro outside (0, 1) or without a source is a located error",
          "[closure-mpc]") {
  const std::string rule =
      " must be within (0, 1): households spend a part of each extra euro of income (a marginal "
      "propensity to consume)";
  const std::string source = "\nhousehold_spending_source = \"x\"\n";
  CHECK_THAT(ParseError("[closure]\nhousehold_spending_per_euro = 0" + source),
             Contains("t.toml:12:31: closure.household_spending_per_euro: value 0" + rule));
  CHECK_THAT(ParseError("[closure]\nhousehold_spending_per_euro = 1" + source),
             Contains("t.toml:12:31: closure.household_spending_per_euro: value 1" + rule));
  CHECK_THAT(ParseError("[closure]\nhousehold_spending_per_euro = -0.2" + source),
             Contains("t.toml:12:31: closure.household_spending_per_euro: value -0.2" + rule));
  CHECK_THAT(ParseError("[closure]\nhousehold_spending_per_euro = 1.4" + source),
             Contains("t.toml:12:31: closure.household_spending_per_euro: value 1.4" + rule));
  CHECK_THAT(ParseError("[closure]\nhousehold_spending_per_euro = 0.6\n"),
             Contains("t.toml:12:31: closure.household_spending_per_euro: give "
                      "household_spending_source: where the marginal propensity 0.6 comes from "
                      "(study, survey, ASSUMPTION with range)"));
  CHECK_THAT(ParseError("[closure]\nhousehold_spending = 0.6\n"),
             Contains("closure.household_spending"));
}

TEST_CASE("closure: a model without a household closure refuses a stated spending per euro",
          "[closure-mpc]") {
  ModelSources sources = testing::TwoSectorRegion("", "");
  sources.toml_text = sources.toml_text.substr(0, sources.toml_text.find("[household]"));
  const Model open = ParseModel(sources);
  const Scenario scenario = ParseScenario("effects = \"type1\"\n" + std::string(kDemand) +
                                              "[closure]\nhousehold_spending_per_euro = 0.5\n"
                                              "household_spending_source = \"x\"\n",
                                          "t.toml");
  try {
    ResolveScenario(scenario, open);
    FAIL("no error");
  } catch (const Error& error) {
    CHECK_THAT(std::string(error.what()),
               Contains("t.toml:13:31: closure.household_spending_per_euro: model 'r' has no "
                        "[household] closure: a household spending per euro needs one (remove "
                        "[closure] or use a model with a closure)"));
  }
}

namespace {

// A demand of 1 MEUR on the Nord model with `closure` at the end of the file.
std::string WriteNordScenario(const std::string& closure) {
  const std::string file = testing::MakeTempDir("closure-mpc") + "/s.toml";
  testing::WriteTextFile(file, "name = \"t\"\nmodel = \"" + testing::RepoPath("models/nord-2021") +
                                   "\"\nstart_year = 2025\nend_year = 2025\n"
                                   "[[interventions]]\nid = \"x\"\ntype = \"demand\"\n"
                                   "unit = \"EUR\"\nsector = \"N80-N82\"\namount = 1000000\n"
                                   "[closure]\nhousehold_spending_source = \"ASSUMPTION\"\n" +
                                   closure);
  return file;
}

}  // namespace

TEST_CASE("closure: an uncertain spending per euro is drawn, each value with its own closure",
          "[closure-mpc]") {
  const Evaluator evaluator(ScenarioTemplate::Load(WriteNordScenario(
      "household_spending_per_euro = { dist = \"triangular\", min = 0.3, mode = 0.5, "
      "max = 0.7 }\n")));
  CHECK(evaluator.model_varies());
  CheckUncertainRanges(evaluator.scenario());
  const RunResult high = evaluator.Run({0.7});
  CHECK_THAT(high.household_spending_per_compensation, WithinRel(0.7, 1e-12));
  // The same value written as a number: the same induced effect.
  const Scenario fixed = LoadScenario(WriteNordScenario("household_spending_per_euro = 0.7\n"));
  const PreparedModel prepared = PrepareModel(fixed);
  const RunResult direct = RunScenario(fixed, prepared.model, *prepared.leontief, false);
  CHECK_THAT(Induced(high), WithinRel(Induced(direct), 1e-12));
  CHECK(Induced(evaluator.Run({0.3})) < Induced(evaluator.RunCentral()));
  CHECK(Induced(evaluator.RunCentral()) < Induced(high));

  const Evaluator wide(ScenarioTemplate::Load(WriteNordScenario(
      "household_spending_per_euro = { dist = \"triangular\", min = 0.3, mode = 0.5, "
      "max = 1.2 }\n")));
  CHECK_THROWS_WITH(CheckUncertainRanges(wide.scenario()),
                    Contains(": closure.household_spending_per_euro = 1.2 (its max) breaks a rule "
                             "of the scenario: closure.household_spending_per_euro: value 1.2 must "
                             "be within (0, 1)"));
}
