// Certified answers at full size: the ONS UK Input-Output Analytical Tables
// 2010 (Office for National Statistics, consistent with Blue Book 2013; file
// ukioanalyticaltablesio1062010detailedpubversion.xls, 127 products, £ million,
// basic prices, domestic use; Open Government Licence v3.0).
//
// The model is built in memory from the published domestic product-by-product
// table (tests/support/ons_uk.h) and checked against every figure ONS publishes
// with it, at full precision (tolerance 1e-9, absolute):
//   - the "Input-Output coefficients" sheet (A and the CoE, GOS and
//     production-tax input rows),
//   - the "Leontief inverse" sheet (L, computed column by column with SolveTypeI),
//   - "Multipliers and effects (product)": Type I output multipliers,
//     employment-cost (compensation) effects and multipliers, GVA effects and
//     multipliers, GVA = CoE + GOS + taxes less subsidies on production.
// No product has zero output in 2010. One has zero compensation (68-2IMP,
// imputed rent): ONS prints its employment-cost multiplier as 0, as Ripple does.
//
// Reads ../shared/data/ons_uk_ioat_2010 at test time and skips with a message
// when that folder is absent (the raw ONS files are not shipped).
#include <catch2/catch.hpp>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/model/multipliers.h"
#include "support/certified.h"
#include "support/ons_uk.h"
#include "support/test_support.h"

using namespace ripple;
using testing::CheckPublishedVector;
using testing::FindMultipliers;
using testing::MaxAbsDifference;

namespace {

constexpr double kTolerance = 1e-9;
constexpr Eigen::Index kProducts = 127;

// "" when ../shared/data is absent: the caller then WARNs and returns.
std::string OnsFolder() { return testing::SharedDataPath("ons_uk_ioat_2010"); }

const char* const kSkipped =
    "skipped: ../shared/data/ons_uk_ioat_2010 is absent (raw ONS tables are not shipped with "
    "Ripple)";

}  // namespace

TEST_CASE("ONS UK 2010: the domestic table builds a valid 127-product model",
          "[certified][ons_uk_2010]") {
  const std::string folder = OnsFolder();
  if (folder.empty()) {
    WARN(kSkipped);
    return;
  }
  const Model model = testing::BuildOnsUk2010Model(folder);
  REQUIRE(model.transactions.rows() == kProducts);
  CHECK(model.sectors.front() == "01");
  CHECK(model.sectors.back() == "NPISH_96");
  CHECK(model.final_demand_columns.size() == 9);
  CHECK(model.final_demand_columns.front() == "households");
  Problems problems;
  ValidateModel(model, "ons_uk_ioat_2010", problems);
  CHECK(problems.messages().empty());
  CHECK(model.output.minCoeff() > 0);  // no zero-output product in 2010
  // Output matches the x column of uk_2010_expected_by_code.csv (same order).
  const CsvTable expected = ReadCsvFile(folder + "/uk_2010_expected_by_code.csv");
  REQUIRE(expected.rows.size() == model.sectors.size());
  for (size_t j = 0; j < expected.rows.size(); ++j) {
    CHECK(expected.rows[j].fields[0] == model.sectors[j]);
    double x_published = 0;
    CHECK(ParseDouble(expected.rows[j].fields[2], x_published));
    CHECK(x_published == model.output(static_cast<Eigen::Index>(j)));
  }
  // The table balances: intermediate + final use = output, so x = A x + f.
  const LeontiefModel leontief(model);
  const Vector f = model.final_demand.rowwise().sum();
  const Vector& x = model.output;
  const Matrix& a = leontief.technical_coefficients();
  CHECK((x - (a * x + f)).cwiseAbs().maxCoeff() < 1e-12 * x.maxCoeff());
  CHECK((leontief.SolveTypeI(f) - x).cwiseAbs().maxCoeff() < 1e-12 * x.maxCoeff());
}

TEST_CASE("ONS UK 2010: A and the CoE and GVA input rows match the published coefficients",
          "[certified][ons_uk_2010]") {
  const std::string folder = OnsFolder();
  if (folder.empty()) {
    WARN(kSkipped);
    return;
  }
  const Model model = testing::BuildOnsUk2010Model(folder);
  const LeontiefModel leontief(model);
  const std::string path = folder + "/uk_2010_published_coefficients_pxp.csv";
  const Matrix published = testing::ReadOnsProductMatrix(path, model.sectors);
  const double a_error = MaxAbsDifference(leontief.technical_coefficients(), published);
  CHECK(a_error <= kTolerance);
  const MultiplierTable table = ComputeMultipliers(leontief, model.info.monetary_unit);
  CheckPublishedVector(
      "CoE coefficient", model.sectors, FindMultipliers(table, "compensation").direct,
      testing::ReadOnsRow(path, "Compensation of employees", model.sectors), kTolerance);
  CheckPublishedVector(
      "GOS coefficient", model.sectors, FindMultipliers(table, "gross_operating_surplus").direct,
      testing::ReadOnsRow(path, "Gross Operating Surplus", model.sectors), kTolerance);
  CheckPublishedVector(
      "production tax coefficient", model.sectors,
      FindMultipliers(table, "production_taxes").direct,
      testing::ReadOnsRow(path, "Taxes less subsidies on production", model.sectors), kTolerance);
}

TEST_CASE("ONS UK 2010: L = (I - A)^-1 matches the published Leontief inverse",
          "[certified][ons_uk_2010]") {
  const std::string folder = OnsFolder();
  if (folder.empty()) {
    WARN(kSkipped);
    return;
  }
  const Model model = testing::BuildOnsUk2010Model(folder);
  const LeontiefModel leontief(model);
  const Matrix l = leontief.SolveTypeI(Matrix::Identity(kProducts, kProducts));
  const std::string path = folder + "/uk_2010_published_leontief_inverse_pxp.csv";
  const double l_error = MaxAbsDifference(l, testing::ReadOnsProductMatrix(path, model.sectors));
  CHECK(l_error <= kTolerance);
  // The published "Total" row holds the column sums of L.
  CheckPublishedVector("L column sum", model.sectors, l.colwise().sum().transpose(),
                       testing::ReadOnsRow(path, "Total", model.sectors), kTolerance);
  const Matrix identity = Matrix::Identity(kProducts, kProducts);
  CHECK(MaxAbsDifference(l * (identity - leontief.technical_coefficients()), identity) < 1e-12);
}

TEST_CASE("ONS UK 2010: published multipliers and effects (product), all 127 products",
          "[certified][ons_uk_2010]") {
  const std::string folder = OnsFolder();
  if (folder.empty()) {
    WARN(kSkipped);
    return;
  }
  const Model model = testing::BuildOnsUk2010Model(folder);
  const LeontiefModel leontief(model);
  const MultiplierTable table = ComputeMultipliers(leontief, model.info.monetary_unit);
  const testing::OnsPublishedMultipliers published = testing::ReadOnsPublishedMultipliers(
      folder + "/uk_2010_published_multipliers_and_effects_product.csv", model.sector_names);
  const SatelliteMultipliers& coe = FindMultipliers(table, "compensation");
  const SatelliteMultipliers& gva = FindMultipliers(table, "gva");
  // One product has no compensation of employees: 68-2IMP, owner-occupiers'
  // imputed rent. ONS publishes its employment-cost multiplier as 0 (its
  // effect, from purchases, is not 0); Ripple's ratio convention is the same.
  const Eigen::Index imputed_rent = model.SectorIndex("68-2IMP");
  REQUIRE(imputed_rent >= 0);
  CHECK(coe.direct(imputed_rent) == 0);
  CHECK(published.employment_cost_multiplier(imputed_rent) == 0);
  CHECK(published.employment_cost_effect(imputed_rent) > 0);
  CHECK((coe.direct.array() != 0).count() == kProducts - 1);
  CHECK(gva.direct.cwiseAbs().minCoeff() > 0);

  auto check = [&](const std::string& what, const Vector& computed, const Vector& expected) {
    CHECK(CheckPublishedVector(what, model.sectors, computed, expected, kTolerance) <= kTolerance);
  };
  check("output multiplier", table.output_type1, published.output_type1);
  check("employment cost effect", coe.effect_type1, published.employment_cost_effect);
  check("employment cost multiplier", coe.multiplier_type1, published.employment_cost_multiplier);
  check("GVA effect", gva.effect_type1, published.gva_effect);
  check("GVA multiplier", gva.multiplier_type1, published.gva_multiplier);
}
