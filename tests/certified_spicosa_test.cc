// Certified answers: the Netherlands 2000 six-sector table of D'Hernoncourt,
// Cordier & Hadley (2011), "Input-Output Multipliers - Specification sheet and
// supporting material", Spicosa project report (hal-03233439), Table 1 p. 9
// (fixture tests/fixtures/spicosa_netherlands_2000, million EUR).
//
// Published figures are typed in below; they are the values the report prints
// and rOpenGov/iotables tests @84e420fc assert (files named per block), also
// listed in ../shared/data/spicosa_netherlands_2000/expected_results.csv (not
// read here). They are printed with 3 decimals (2 for one row of A, 4 for the
// Type II multipliers); the tolerance is half a unit of the last printed digit
// except where stated.
#include <catch2/catch.hpp>

#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/model/multipliers.h"
#include "support/certified.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::WithinAbs;
using testing::CheckPublished;
using testing::FindMultipliers;
using testing::PrintedTolerance;

namespace {

const std::vector<std::string> kSectors = {"agriculture_group",   "mining_group",
                                           "manufacturing_group", "utilities_group",
                                           "construction_group",  "services_group"};

Model Netherlands() {
  Model model = LoadModel(testing::RepoPath("tests/fixtures/spicosa_netherlands_2000"));
  REQUIRE(model.sectors == kSectors);
  return model;
}

// The Type II closure behind the published Type II income multipliers: the
// household column of A* printed with 2 decimals, c = [0, 0, 0.08, 0.03, 0,
// 0.59] (as hard-coded, "for the time being", in the inactive block of
// iotables tests/testthat/test-multiplier_create.R), household row h =
// compensation / output. The column is added to final demand as consumption
// per unit of household income, with household.income_total = 1 so that
// c_i = column_i / 1 exactly.
void CloseWithPrintedHouseholdColumn(Model& model) {
  const Eigen::Index k = model.final_demand.cols();
  model.final_demand_columns.push_back("household_coefficients_2dp");
  model.final_demand.conservativeResize(Eigen::NoChange, k + 1);
  model.final_demand.col(k) << 0, 0, 0.08, 0.03, 0, 0.59;
  model.household.consumption_column = "household_coefficients_2dp";
  model.household.income_satellite = "compensation";
  model.household.income_total = 1.0;
}

}  // namespace

TEST_CASE("Spicosa Netherlands 2000: input coefficients (Table 1 p. 9)", "[certified][spicosa]") {
  const LeontiefModel model(Netherlands());
  const Matrix& a = model.technical_coefficients();
  const double tolerance = PrintedTolerance(3);
  CHECK_THAT(a(0, 0), WithinAbs(0.125, tolerance));
  CHECK_THAT(a(1, 1), WithinAbs(0.023, tolerance));
  CHECK_THAT(a(2, 2), WithinAbs(0.191, tolerance));
  CHECK_THAT(1 - a(0, 0), WithinAbs(0.875, tolerance));
  CHECK_THAT(1 - a(1, 1), WithinAbs(0.977, tolerance));
  CHECK_THAT(1 - a(5, 5), WithinAbs(0.755, tolerance));
  // Services row, printed with 2 decimals (test-input_coefficient_matrix.R).
  CheckPublished("A[services, *]", kSectors, a.row(5).transpose(),
                 {0.13, 0.09, 0.13, 0.08, 0.16, 0.25}, PrintedTolerance(2));
}

TEST_CASE("Spicosa Netherlands 2000: Type I income multipliers and income effects",
          "[certified][spicosa]") {
  const Model netherlands = Netherlands();
  const LeontiefModel model(netherlands);
  const MultiplierTable table = ComputeMultipliers(model, netherlands.info.monetary_unit);
  const SatelliteMultipliers& income = FindMultipliers(table, "compensation");
  const double tolerance = PrintedTolerance(3);
  // Type I income multipliers (w' L / w, w = compensation / output),
  // test-input_multipliers_create.R.
  CHECK(CheckPublished("Type I income multiplier", kSectors, income.multiplier_type1,
                       {2.466, 2.333, 1.840, 2.372, 1.953, 1.417}, tolerance) <= tolerance);
  // Income effects per unit of final demand (w' L), test-direct_effects_create.R.
  CHECK(CheckPublished("income effect", kSectors, income.effect_type1,
                       {0.263, 0.099, 0.306, 0.212, 0.465, 0.493}, tolerance) <= tolerance);
}

// The published Type II income multipliers (4 decimals) are reproduced only up
// to the 2-decimal rounding of the household column they were computed from:
// with the printed column the largest difference is 1.18e-3, hence the
// tolerance 1.5e-3 (not half a unit of the 4th decimal). The engine is not the
// limit: the unrounded column final_consumption_households / total
// compensation gives 3.678..2.114 (differences up to 4e-2), and we could not
// trace the denominator that would reproduce all six to 4 decimals (a fit
// gives about 210480, not a total of Table 1), so that fit is not used.
TEST_CASE("Spicosa Netherlands 2000: Type II income multipliers with the printed household column",
          "[certified][spicosa]") {
  Model netherlands = Netherlands();
  CloseWithPrintedHouseholdColumn(netherlands);
  const LeontiefModel model(netherlands);
  REQUIRE(model.has_type2());
  CHECK(model.household_consumption_coefficients()(5) == 0.59);
  const MultiplierTable table = ComputeMultipliers(model, netherlands.info.monetary_unit);
  const double tolerance = 1.5e-3;
  CHECK(CheckPublished("Type II income multiplier", kSectors,
                       FindMultipliers(table, "compensation").multiplier_type2,
                       {3.6377, 3.4423, 2.7144, 3.4996, 2.8813, 2.0907}, tolerance) <= tolerance);
}
