// Iterative solves of large models (ripple/model/iterative_solve.h and
// LeontiefModel(shared model, right_hand_sides)): the same figures as the LU to
// 1e-12, products with Z and 1/x read in the shared model (A never formed), and a
// fallback to the LU when the iteration does not converge.
#include "ripple/model/iterative_solve.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <memory>
#include <random>
#include <string>
#include <thread>

#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "support/test_support.h"

namespace ripple {
namespace {

// max |a - b| / max |a|, over all entries.
double RelativeDifference(const Matrix& a, const Matrix& b) {
  REQUIRE(a.rows() == b.rows());
  REQUIRE(a.cols() == b.cols());
  return (a - b).cwiseAbs().maxCoeff() / a.cwiseAbs().maxCoeff();
}

// A synthetic model of n sectors built like ../shared/bench/gen_io.py (labelled
// synthetic, for tests only): skewed non-negative coefficients (cubes of
// uniforms) plus a diagonal, every column of A summing to U(0.4, 0.6); output
// U(50, 150); compensation half of value added; household spending 80% of
// compensation, so the Type II closure is productive.
Model SyntheticModel(Eigen::Index n, unsigned seed) {
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Matrix a(n, n);
  for (Eigen::Index j = 0; j < n; ++j) {
    for (Eigen::Index i = 0; i < n; ++i) a(i, j) = std::pow(unit(random), 3.0);
    a(j, j) += a.col(j).sum() * (0.1 + 0.3 * unit(random));
    a.col(j) *= (0.4 + 0.2 * unit(random)) / a.col(j).sum();
  }
  Model model;
  model.info.id = "synthetic";
  for (Eigen::Index i = 0; i < n; ++i) {
    std::string code = std::to_string(i + 1);
    code.insert(code.begin(), 'S');
    model.sectors.push_back(code);
  }
  model.sector_names.assign(static_cast<size_t>(n), "");
  model.output = Vector(n);
  for (Eigen::Index j = 0; j < n; ++j) model.output(j) = 50 + 100 * unit(random);
  model.transactions = a * model.output.asDiagonal();
  const Vector value_added = model.output - Vector(model.transactions.colwise().sum().transpose());
  const Vector compensation = 0.5 * value_added;
  model.satellites.push_back({"compensation", "million EUR", compensation});
  Vector employment(n);
  for (Eigen::Index j = 0; j < n; ++j) employment(j) = model.output(j) * (1 + unit(random));
  model.satellites.push_back({"employment", "persons", employment});
  model.final_demand_columns = {"HH"};
  Vector spending(n);
  for (Eigen::Index i = 0; i < n; ++i) spending(i) = unit(random);
  model.final_demand = spending * (0.8 * compensation.sum() / spending.sum());
  model.household.consumption_column = "HH";
  return model;
}

Matrix RandomDemand(Eigen::Index n, Eigen::Index k, unsigned seed) {
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Matrix f(n, k);
  for (Eigen::Index c = 0; c < k; ++c)
    for (Eigen::Index i = 0; i < n; ++i) f(i, c) = unit(random) < 0.3 ? 10 * unit(random) : 0;
  return f;
}

std::shared_ptr<const Model> Shared(Model model) {
  return std::make_shared<const Model>(std::move(model));
}

TEST_CASE("a large model solved iteratively gives the LU's figures to 1e-12", "[iterative]") {
  const Eigen::Index n = LeontiefModel::kIterativeMinRows;
  const auto shared = Shared(SyntheticModel(n, 14));
  const Model& model = *shared;
  const LeontiefModel lu(model);
  const LeontiefModel iterative(shared, 3);
  REQUIRE(iterative.iterative());
  REQUIRE_FALSE(lu.iterative());
  const Matrix f = RandomDemand(n, 3, 5);
  CHECK(RelativeDifference(lu.SolveTypeI(f), iterative.SolveTypeI(f)) < 1e-12);
  Matrix income_lu, income_iterative;
  CHECK(RelativeDifference(lu.SolveTypeII(f, &income_lu),
                           iterative.SolveTypeII(f, &income_iterative)) < 1e-12);
  CHECK(RelativeDifference(income_lu, income_iterative) < 1e-12);
  // Exogenous household income (wages paid by a subsidised body) in the household row.
  const Matrix wages = Matrix::Constant(1, 3, 2.5);
  CHECK(RelativeDifference(lu.SolveTypeII(f, wages, &income_lu),
                           iterative.SolveTypeII(f, wages, &income_iterative)) < 1e-12);
  CHECK(RelativeDifference(income_lu, income_iterative) < 1e-12);
  const Vector ones = Vector::Ones(n);
  const Vector& jobs = lu.satellite_coefficients(1);
  CHECK(RelativeDifference(lu.WeightedColumnSumsTypeI(ones),
                           iterative.WeightedColumnSumsTypeI(ones)) < 1e-12);
  CHECK(RelativeDifference(lu.WeightedColumnSumsTypeII(jobs),
                           iterative.WeightedColumnSumsTypeII(jobs)) < 1e-12);
  CHECK_FALSE(iterative.factored());  // every solve converged: nothing was factored
  // More right-hand sides than the budget, or a smaller model: factored as always.
  const LeontiefModel over_budget(shared, LeontiefModel::IterativeBudget(n) + 1);
  CHECK_FALSE(over_budget.iterative());
  CHECK(over_budget.shared_model() == nullptr);  // factored: keeps nothing of the model
  CHECK(LeontiefModel::IterativeBudget(n) == 8);
  CHECK_FALSE(LeontiefModel(Shared(SyntheticModel(300, 3)), 1).iterative());
}

TEST_CASE("iterative mode shares the model: Z is read in place, never copied nor formed into A",
          "[iterative]") {
  const Eigen::Index n = LeontiefModel::kIterativeMinRows;
  auto shared = Shared(SyntheticModel(n, 21));
  const double* z = shared->transactions.data();
  const Model copy = *shared;
  const LeontiefModel iterative(shared, 1);
  REQUIRE(iterative.iterative());
  CHECK(iterative.shared_model() == shared);
  CHECK(iterative.shared_model()->transactions.data() == z);
  CHECK(iterative.technical_coefficients().size() == 0);  // no n x n A
  CHECK(shared.use_count() == 2);
  shared.reset();  // the caller lets go: the LeontiefModel keeps the model alive
  const Matrix f = RandomDemand(n, 1, 4);
  CHECK(RelativeDifference(LeontiefModel(copy).SolveTypeI(f), iterative.SolveTypeI(f)) < 1e-12);
  CHECK(iterative.shared_model()->transactions.data() == z);
  CHECK(iterative.shared_model()->transactions == copy.transactions);  // never modified
  CHECK(testing::ErrorOf([] { const LeontiefModel none(nullptr, 1); }) ==
        "LeontiefModel of a null model");
}

TEST_CASE("a zero-output sector solved iteratively: a zero column of A, as in the LU",
          "[iterative]") {
  // Sectors 5 and 1,234 produce nothing (x_j = 0; their column of Z is 0 as the
  // balance requires): A's column j is 0, satellite and income coefficients 0.
  const Eigen::Index n = LeontiefModel::kIterativeMinRows;
  Model model = SyntheticModel(n, 33);
  for (const Eigen::Index j : {Eigen::Index{5}, Eigen::Index{1234}}) {
    model.output(j) = 0;
    model.transactions.col(j).setZero();
  }
  const auto shared = Shared(std::move(model));
  const LeontiefModel lu(*shared);
  const LeontiefModel iterative(shared, 2);
  REQUIRE(iterative.iterative());
  Matrix f = RandomDemand(n, 2, 8);
  f(5, 0) = 7;  // demand for a zero-output sector's product
  const Matrix x = iterative.SolveTypeI(f);
  CHECK(RelativeDifference(lu.SolveTypeI(f), x) < 1e-12);
  Matrix income_lu, income_iterative;
  CHECK(RelativeDifference(lu.SolveTypeII(f, &income_lu),
                           iterative.SolveTypeII(f, &income_iterative)) < 1e-12);
  CHECK(RelativeDifference(income_lu, income_iterative) < 1e-12);
  const Vector ones = Vector::Ones(n);
  const Vector type1 = iterative.WeightedColumnSumsTypeI(ones);
  CHECK(RelativeDifference(lu.WeightedColumnSumsTypeI(ones), type1) < 1e-12);
  // Output multiplier of a sector that buys nothing: 1 (u_j - sum_i A_ij u_i = 1, A_ij = 0).
  CHECK(std::abs(type1(5) - 1) < 1e-12);
  CHECK(std::abs(type1(1234) - 1) < 1e-12);
  CHECK(RelativeDifference(lu.WeightedColumnSumsTypeII(ones),
                           iterative.WeightedColumnSumsTypeII(ones)) < 1e-12);
  CHECK_FALSE(iterative.factored());
}

TEST_CASE("the iteration agrees with the LU on shipped models", "[iterative]") {
  for (const char* name : {"models/fr-2021", "models/hdf-5dep-interregional-2021"}) {
    INFO(name);
    const Model model = LoadModel(testing::RepoPath(name));
    const LeontiefModel lu(model);
    const Matrix& a = lu.technical_coefficients();
    const Eigen::Index n = a.rows();
    Matrix f(n, 2);
    f.col(0) = model.final_demand.rowwise().sum();
    f.col(1) = RandomDemand(n, 1, 9);
    Matrix x;
    REQUIRE(SolveLeontiefIteratively(a, f, Side::kColumns, x));
    CHECK(RelativeDifference(lu.SolveTypeI(f), x) < 1e-12);
    const Vector ones = Vector::Ones(n);
    REQUIRE(SolveLeontiefIteratively(a, ones, Side::kTransposed, x));
    CHECK(RelativeDifference(lu.WeightedColumnSumsTypeI(ones), x) < 1e-12);
  }
}

TEST_CASE("a solve that does not converge falls back to the LU", "[iterative]") {
  // A with own-use coefficients spread over [0, 2], away from 1: I - A is
  // regular but has eigenvalues on both sides of 0, the Neumann series diverges
  // (column sums above 1) and GMRES stalls far from 1e-14 within its budget.
  const Eigen::Index n = LeontiefModel::kIterativeMinRows;
  Model model = SyntheticModel(n, 7);
  std::mt19937_64 random(11);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (Eigen::Index j = 0; j < n; ++j) {
    const double own = j % 2 == 0 ? 0.02 + 0.9 * unit(random) : 1.08 + 0.9 * unit(random);
    model.transactions(j, j) = own * model.output(j);
  }
  model.household.consumption_column.clear();  // Type I only
  const LeontiefModel lu(model);
  Matrix x;
  const Matrix f = RandomDemand(n, 2, 3);
  CHECK_FALSE(SolveLeontiefIteratively(lu.technical_coefficients(), f, Side::kColumns, x));
  const auto shared = Shared(std::move(model));
  const LeontiefModel iterative(shared, 2);
  REQUIRE(iterative.iterative());
  CHECK_FALSE(iterative.factored());
  // Two threads fall back at once: I - A is factored once, both get the LU's answer.
  Matrix first, second;
  std::thread other([&] { first = iterative.SolveTypeI(f); });
  second = iterative.SolveTypeI(f);
  other.join();
  CHECK(RelativeDifference(lu.SolveTypeI(f), first) < 1e-12);
  CHECK(first == second);
  CHECK(iterative.factored());
  // The fallback formed I - A with Identity - A's arithmetic: the LU path's bits.
  CHECK(first == lu.SolveTypeI(f));
  const Vector ones = Vector::Ones(n);
  CHECK(iterative.WeightedColumnSumsTypeI(ones) == lu.WeightedColumnSumsTypeI(ones));
  CHECK(iterative.shared_model()->transactions == shared->transactions);  // Z left as it was
}

TEST_CASE("products with Z and 1/x give the formed A's solution", "[iterative]") {
  const Eigen::Index n = 1500;  // above the two-thread split of the products
  const Model model = SyntheticModel(n, 41);
  const LeontiefModel lu(model);
  Vector scale(n);
  for (Eigen::Index j = 0; j < n; ++j) scale(j) = 1 / model.output(j);
  const Matrix f = RandomDemand(n, 3, 2);
  Matrix with_a, with_z;
  REQUIRE(SolveLeontiefIteratively(lu.technical_coefficients(), f, Side::kColumns, with_a));
  REQUIRE(SolveLeontiefIteratively(model.transactions, scale, f, Side::kColumns, with_z));
  CHECK(RelativeDifference(lu.SolveTypeI(f), with_z) < 1e-12);
  CHECK(RelativeDifference(with_a, with_z) < 1e-12);
  REQUIRE(SolveLeontiefIteratively(model.transactions, scale, f, Side::kTransposed, with_z));
  Matrix expected(n, 3);
  for (Eigen::Index c = 0; c < 3; ++c) expected.col(c) = lu.WeightedColumnSumsTypeI(f.col(c));
  CHECK(RelativeDifference(expected, with_z) < 1e-12);
}

}  // namespace
}  // namespace ripple
