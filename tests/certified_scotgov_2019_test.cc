// A real regional table with a Type II closure: the Scottish Government
// industry-by-industry input-output table 2019 (Supply, Use and Input-Output
// Tables 1998-2019, published October 2022; 98 industries, £ million, basic
// prices, domestic use; Open Government Licence v3.0), built in memory by
// tests/support/scotgov_io.h with households closed on compensation of
// employees.
//
// No published multipliers are in ../shared/data/scotgov_io_2018_2019, so this
// test checks identities only: the package rules (including the zero-output
// industry), x = A x + f, the closed-model equations, Type II >= Type I,
// linearity and zero in, zero out.
//
// Reads ../shared/data at test time and skips with a message when it is absent.
#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/model/multipliers.h"
#include "support/certified.h"
#include "support/scotgov_io.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

constexpr Eigen::Index kIndustries = 98;
constexpr Eigen::Index kTobacco = 18;  // IOC098_019, SIC 12: zero output in 2019

const char* const kSkipped =
    "skipped: ../shared/data/scotgov_io_2018_2019 is absent (raw Scottish Government tables are "
    "not shipped with Ripple)";

std::string ScotlandFolder() { return testing::SharedDataPath("scotgov_io_2018_2019"); }

}  // namespace

TEST_CASE("Scotland 2019 IxI: a valid package with one zero-output industry",
          "[certified][scotgov_2019][identity]") {
  const std::string folder = ScotlandFolder();
  if (folder.empty()) {
    WARN(kSkipped);
    return;
  }
  const Model model = testing::BuildScotlandIxiModel(folder, 2019);
  REQUIRE(model.transactions.rows() == kIndustries);
  CHECK(model.sector_names[kTobacco] == "Tobacco");
  // Industry 12 (tobacco) has no output, and its column, row and satellites are
  // all zero: the package rules allow a zero-output sector only then.
  CHECK(model.output(kTobacco) == 0);
  CHECK(model.transactions.col(kTobacco).cwiseAbs().maxCoeff() == 0);
  CHECK(model.transactions.row(kTobacco).cwiseAbs().maxCoeff() == 0);
  for (const auto& s : model.satellites) CHECK(s.values(kTobacco) == 0);
  Problems problems;
  ValidateModel(model, "scotgov_io_2018_2019", problems);
  CHECK(problems.messages().empty());
}

TEST_CASE("Scotland 2019 IxI: x = A x + f to the table's own balance",
          "[certified][scotgov_2019][identity]") {
  const std::string folder = ScotlandFolder();
  if (folder.empty()) {
    WARN(kSkipped);
    return;
  }
  const Model model = testing::BuildScotlandIxiModel(folder, 2019);
  const LeontiefModel leontief(model);
  const Matrix& a = leontief.technical_coefficients();
  const Vector f = model.final_demand.rowwise().sum();
  const Vector& x = model.output;
  // The published rows balance to 0.0015 £ million at most: for IOC098_007
  // (oil & gas extraction) total use is 547.59707 against output 547.59563.
  CHECK((x - (a * x + f)).cwiseAbs().maxCoeff() < 2e-3);
  // The solve itself is exact: x' = L f satisfies x' = A x' + f.
  const Vector solved = leontief.SolveTypeI(f);
  CHECK((solved - (a * solved + f)).cwiseAbs().maxCoeff() < 1e-12 * x.maxCoeff());
  CHECK((solved - x).cwiseAbs().maxCoeff() < 1e-2);
  CHECK(solved(kTobacco) == 0);
}

TEST_CASE("Scotland 2019 IxI: Type II closure equations and Type II >= Type I",
          "[certified][scotgov_2019][identity]") {
  const std::string folder = ScotlandFolder();
  if (folder.empty()) {
    WARN(kSkipped);
    return;
  }
  const Model model = testing::BuildScotlandIxiModel(folder, 2019);
  const LeontiefModel leontief(model);
  REQUIRE(leontief.has_type2());
  const Matrix& a = leontief.technical_coefficients();
  const Vector& c = leontief.household_consumption_coefficients();
  const Vector& h = leontief.household_income_coefficients();
  // c = household consumption / total compensation; h = compensation / output.
  const double compensation = model.FindSatellite("compensation")->values.sum();
  CHECK((c - model.final_demand.col(0) / compensation).cwiseAbs().maxCoeff() < 1e-15);
  CHECK(h(kTobacco) == 0);

  const Vector f = model.final_demand.rowwise().sum();
  Matrix income;
  const Vector x = leontief.SolveTypeII(f, &income);
  const double y = income(0, 0);
  CHECK((x - (a * x + c * y + f)).cwiseAbs().maxCoeff() < 1e-12 * x.maxCoeff());
  CHECK(std::abs(y - h.dot(x)) < 1e-12 * y);

  // Type II >= Type I holds entry by entry (L* >= L), so for effects it holds
  // for satellites with non-negative coefficients: compensation and GVA here.
  // GOS and taxes less subsidies on production have negative entries (losses,
  // subsidies; e.g. agriculture) and are not an identity case.
  const MultiplierTable table = ComputeMultipliers(leontief, model.info.monetary_unit);
  std::vector<const SatelliteMultipliers*> non_negative;
  for (const char* name : {"compensation", "gva"}) {
    non_negative.push_back(&testing::FindMultipliers(table, name));
    REQUIRE(non_negative.back()->direct.minCoeff() >= 0);
  }
  for (Eigen::Index j = 0; j < kIndustries; ++j) {
    INFO("industry " << model.sectors[static_cast<size_t>(j)]);
    if (j == kTobacco) {
      // No output, no inputs, no income: one unit of demand is one unit of output.
      CHECK(table.output_type1(j) == Approx(1.0).margin(1e-15));
      CHECK(table.output_type2(j) == Approx(1.0).margin(1e-15));
      continue;
    }
    CHECK(table.output_type2(j) > table.output_type1(j));
    for (const SatelliteMultipliers* s : non_negative) {
      INFO("satellite " << s->name);
      CHECK(s->effect_type2(j) > s->effect_type1(j));
    }
  }
}

TEST_CASE("Scotland 2019 IxI: linearity and zero in, zero out",
          "[certified][scotgov_2019][identity]") {
  const std::string folder = ScotlandFolder();
  if (folder.empty()) {
    WARN(kSkipped);
    return;
  }
  const Model model = testing::BuildScotlandIxiModel(folder, 2019);
  const LeontiefModel leontief(model);
  const Vector f = model.final_demand.rowwise().sum();
  const Vector g = model.final_demand.col(0) - 0.5 * model.final_demand.col(4);
  const double scale = 1.75;
  const Vector type1 = leontief.SolveTypeI(scale * f + g);
  const double tolerance = 1e-12 * type1.cwiseAbs().maxCoeff();
  CHECK((type1 - (scale * leontief.SolveTypeI(f) + leontief.SolveTypeI(g))).cwiseAbs().maxCoeff() <
        tolerance);
  const Vector type2 = leontief.SolveTypeII(scale * f + g);
  CHECK(
      (type2 - (scale * leontief.SolveTypeII(f) + leontief.SolveTypeII(g))).cwiseAbs().maxCoeff() <
      1e-12 * type2.cwiseAbs().maxCoeff());
  Matrix income;
  CHECK(leontief.SolveTypeI(Vector::Zero(kIndustries)).cwiseAbs().maxCoeff() == 0.0);
  CHECK(leontief.SolveTypeII(Vector::Zero(kIndustries), &income).cwiseAbs().maxCoeff() == 0.0);
  CHECK(income.cwiseAbs().maxCoeff() == 0.0);
}
