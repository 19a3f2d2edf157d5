// LeontiefModel(model, Storage::kTakeTransactions): a large model factored in
// the memory of its transactions, Type II by bordering the Type I factors. Its
// results must equal those of the closed system's own LU (LeontiefModel(model))
// to 1e-12, relative, and its Type I results bit for bit; a small model is
// built exactly as before.
#include <catch2/catch.hpp>

#include "ripple/model/dense_lu.h"
#include "ripple/model/leontief.h"
#include "support/synthetic_model.h"

using namespace ripple;

namespace {

double RelativeDifference(const Matrix& a, const Matrix& b) {
  return (a - b).cwiseAbs().maxCoeff() / b.cwiseAbs().maxCoeff();
}

}  // namespace

TEST_CASE("lean Leontief model: Type II by bordering equals the closed LU to 1e-12", "[leontief]") {
  if (!OpenBlasAvailable()) {
    WARN("built without OpenBLAS: the lean path is the full one, nothing to compare");
    return;
  }
  const Model table = testing::SyntheticModel(1100, 7);
  const LeontiefModel full(table);
  Model taken = table;
  const LeontiefModel lean(taken, LeontiefModel::Storage::kTakeTransactions);
  CHECK(taken.transactions.size() == 0);
  CHECK(lean.technical_coefficients().size() == 0);
  REQUIRE(lean.has_type2());

  const Matrix demand = table.final_demand;                   // 2 columns
  CHECK(lean.SolveTypeI(demand) == full.SolveTypeI(demand));  // same factors: same bits
  const Vector employment = full.satellite_coefficients(1);
  CHECK(lean.WeightedColumnSumsTypeI(employment) == full.WeightedColumnSumsTypeI(employment));

  CHECK(RelativeDifference(lean.WeightedColumnSumsTypeII(employment),
                           full.WeightedColumnSumsTypeII(employment)) < 1e-12);
  const Vector ones = Vector::Ones(1100);
  CHECK(RelativeDifference(lean.WeightedColumnSumsTypeII(ones),
                           full.WeightedColumnSumsTypeII(ones)) < 1e-12);
  Matrix injection(1, 2);
  injection << 3.5, 0;
  Matrix lean_income, full_income;
  const Matrix lean_x = lean.SolveTypeII(demand, injection, &lean_income);
  const Matrix full_x = full.SolveTypeII(demand, injection, &full_income);
  CHECK(RelativeDifference(lean_x, full_x) < 1e-12);
  CHECK(RelativeDifference(lean_income, full_income) < 1e-12);
}

TEST_CASE("lean Leontief model: a small model is built exactly as before", "[leontief]") {
  const Model table = testing::SyntheticModel(40, 3);
  Model kept = table;
  const LeontiefModel lean(kept, LeontiefModel::Storage::kTakeTransactions);
  CHECK(kept.transactions == table.transactions);
  CHECK(testing::LeontiefFingerprint(lean, table) ==
        testing::LeontiefFingerprint(LeontiefModel(table), table));
}
