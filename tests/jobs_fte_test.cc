// One unit of jobs (issue 10 item 6): persons and full-time equivalents are
// both reported, never added. Hand-computed on the two-sector package of
// support/two_sector_model.h with an employment_fte satellite [0.9, 0.4]
// thousand FTE against employment [1, 0.5] thousand persons: 0.9 FTE per
// person in a, 0.8 in b.
#include <catch2/catch.hpp>
#include <cmath>

#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/run/model_uncertainty.h"
#include "ripple/run/result.h"
#include "ripple/run/run.h"
#include "ripple/scenario/scenario.h"
#include "support/two_sector_model.h"

using namespace ripple;
using Catch::Matchers::WithinAbs;

namespace {

Model FteModel(bool with_fte = true) {
  ModelSources sources = testing::TwoSectorRegion("", "");
  if (with_fte) sources.satellites_text += "employment_fte,thousand FTE,0.9,0.4\n";
  return ParseModel(sources);
}

Scenario OneYear(const std::string& body) {
  return ParseScenario(
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2025\nprice_year = 2025\n"
      "inflation_rate = 0\n[[interventions]]\nid = \"x\"\nunit = \"EUR\"\n" +
          body,
      "t.toml");
}

RunResult Run(const Model& model, const std::string& body) {
  const Scenario scenario = OneYear(body);
  ResolveScenario(scenario, model);
  return RunScenario(scenario, model, LeontiefModel(model), false);
}

double Total(const RunResult& result, const char* indicator, Effect effect) {
  const int k = FindIndicator(result, indicator);
  REQUIRE(k >= 0);
  return HorizonTotal(result, nullptr, static_cast<size_t>(k), effect, Basis::kGross);
}

const char kGrant[] =
    "type = \"subsidy\"\namount = 1000000\nrecipient_sector = \"b\"\nwage_share = 1\n"
    "wage_cost_per_job = 50000\n";

std::string ParseError(const std::string& body) {
  try {
    OneYear(body);
  } catch (const Error& error) {
    return error.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("jobs: a cost per FTE gives FTE, persons = FTE / the sector's ratio",
          "[jobs-fte][subsidy]") {
  const Model model = FteModel();
  // 1,000,000 of wages / 50,000 per FTE = 20 FTE; persons = 20 / 0.8 = 25.
  const RunResult fte = Run(model, std::string(kGrant) + "wage_cost_basis = \"fte\"\n");
  CHECK_THAT(Total(fte, "employment_fte", Effect::kDirect), WithinAbs(20, 1e-9));
  CHECK_THAT(Total(fte, "employment", Effect::kDirect), WithinAbs(25, 1e-9));
  // The same cost per person: 20 persons, 16 FTE.
  const RunResult person = Run(model, std::string(kGrant) + "wage_cost_basis = \"person\"\n");
  CHECK_THAT(Total(person, "employment", Effect::kDirect), WithinAbs(20, 1e-9));
  CHECK_THAT(Total(person, "employment_fte", Effect::kDirect), WithinAbs(16, 1e-9));
  bool noted = false;
  for (const std::string& note : fte.interventions[0].notes)
    noted = noted ||
            note.find("persons = FTE / 0.8 (FTE per person of sector 'b'") != std::string::npos;
  CHECK(noted);
}

TEST_CASE("jobs: indirect and induced FTE use each sector's own ratio", "[jobs-fte]") {
  const Model model = FteModel();
  // EUR 1M of demand for a: L e_a = [0.9, 0.3] / 0.69; direct 10 persons, 9 FTE;
  // indirect (L e_a - e_a) = [0.21 / 0.69, 0.3 / 0.69] M EUR x [10, 10] persons
  // per M EUR = 7.3913 persons, x [9, 8] FTE per M EUR = 6.2174 FTE.
  const RunResult result = Run(model, "type = \"demand\"\nsector = \"a\"\namount = 1000000\n");
  CHECK_THAT(Total(result, "employment", Effect::kDirect), WithinAbs(10, 1e-9));
  CHECK_THAT(Total(result, "employment_fte", Effect::kDirect), WithinAbs(9, 1e-9));
  CHECK_THAT(Total(result, "employment", Effect::kIndirect), WithinAbs(5.1 / 0.69, 1e-9));
  CHECK_THAT(Total(result, "employment_fte", Effect::kIndirect),
             WithinAbs((0.21 * 9 + 0.3 * 8) / 0.69, 1e-9));
  // Each unit's total is its own direct + indirect + induced, never the other's.
  for (const char* unit : {"employment", "employment_fte"}) {
    CHECK_THAT(
        Total(result, unit, Effect::kTotal),
        WithinAbs(Total(result, unit, Effect::kDirect) + Total(result, unit, Effect::kIndirect) +
                      Total(result, unit, Effect::kInduced),
                  1e-9));
  }
}

TEST_CASE("jobs: summary.csv has cost per FTE-year beside cost per job-year", "[jobs-fte]") {
  const RunResult result = Run(FteModel(), std::string(kGrant) + "wage_cost_basis = \"fte\"\n");
  double per_job = NAN, per_fte = NAN;
  std::string fte_unit, fte_years_unit;
  VisitSummaryRows(result, [&](const MetricRow& row) {
    if (row.intervention != "all" || row.basis != "gross") return;
    if (row.indicator == "cost_per_job_year" && row.measure == "ratio") per_job = row.value;
    if (row.indicator == "cost_per_fte_year" && row.measure == "ratio") {
      per_fte = row.value;
      fte_unit = row.unit;
    }
    if (row.indicator == "employment_fte" && row.effect == "total" && row.measure == "job_years")
      fte_years_unit = row.unit;
  });
  const double fte_years = Total(result, "employment_fte", Effect::kTotal);
  const double job_years = Total(result, "employment", Effect::kTotal);
  CHECK(job_years > fte_years);
  CHECK_THAT(per_job, WithinAbs(1e6 / job_years, 1e-6));
  CHECK_THAT(per_fte, WithinAbs(1e6 / fte_years, 1e-6));
  CHECK(fte_unit == "EUR per FTE-year");
  CHECK(fte_years_unit == "FTE-years");
}

TEST_CASE("jobs: a cost per FTE on a model without FTE warns and counts 1 person per FTE",
          "[jobs-fte]") {
  const Model model = FteModel(false);
  const RunResult result = Run(model, std::string(kGrant) + "wage_cost_basis = \"fte\"\n");
  CHECK_THAT(Total(result, "employment", Effect::kDirect), WithinAbs(20, 1e-9));
  CHECK(FindIndicator(result, "employment_fte") < 0);
  bool warned = false;
  for (const std::string& warning : result.warnings) {
    warned = warned ||
             warning ==
                 "intervention 'x': wage_cost_per_job is per FTE but model 'r' has no "
                 "employment_fte for sector 'b': direct jobs are reported as persons at 1 person "
                 "per FTE (ASSUMPTION; persons are likely more)";
  }
  CHECK(warned);
}

TEST_CASE("jobs: wage_cost_basis is required with wage_cost_per_job, pinned errors",
          "[jobs-fte][errors]") {
  CHECK(ParseError(kGrant) ==
        "t.toml:14:21: interventions[1].wage_cost_basis: missing: say what wage_cost_per_job is "
        "the cost of: \"fte\" (one full-time equivalent, e.g. Eurostat SBS labour cost per FTE "
        "employee) or \"person\" (one person employed, e.g. compensation per employee)");
  CHECK(ParseError(std::string(kGrant) + "wage_cost_basis = \"ftes\"\n") ==
        "t.toml:15:19: interventions[1].wage_cost_basis: 'ftes' is not \"fte\" or \"person\" "
        "(did you mean 'fte'?)");
  CHECK(ParseError("type = \"subsidy\"\namount = 1000000\nrecipient_sector = \"b\"\n"
                   "wage_cost_basis = \"fte\"\n") ==
        "t.toml:13:19: interventions[1].wage_cost_basis: given without wage_cost_per_job (the "
        "model's default wage cost, compensation / employees, is per person)");
}

TEST_CASE("jobs: an uncertainty factor on employment also scales employment_fte", "[jobs-fte]") {
  const Model model = FteModel();
  const Model scaled = ScaleSatellite(model, "employment", 0.9);
  CHECK(scaled.FindSatellite("employment_fte")->values ==
        model.FindSatellite("employment_fte")->values * 0.9);
  const Model ratio = ScaleSatellite(model, "employment_fte", 0.9);
  CHECK(ratio.FindSatellite("employment")->values == model.FindSatellite("employment")->values);
  CHECK(ratio.FindSatellite("employment_fte")->values ==
        model.FindSatellite("employment_fte")->values * 0.9);
}
