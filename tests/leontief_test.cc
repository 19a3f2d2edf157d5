// Leontief core against certified textbook answers and accounting identities.
#include "ripple/model/leontief.h"

#include <catch2/catch.hpp>
#include <cstring>

#include "ripple/model/model.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::WithinAbs;

namespace {

Model MillerBlair() {
  return LoadModel(testing::RepoPath("tests/fixtures/miller_blair_2009_table_2_3"));
}

}  // namespace

// Miller & Blair (2009), 2nd ed., section 2.3: A (eq. 2.11), L = (I-A)^-1
// (printed to 4 decimals) and x for f = [600, 1500] (x = [1247.52, 1841.58]).
TEST_CASE("Miller & Blair Table 2.3: A, L and x for f = (600, 1500)", "[leontief][certified]") {
  const LeontiefModel model(MillerBlair());
  const Matrix& a = model.technical_coefficients();
  CHECK_THAT(a(0, 0), WithinAbs(0.15, 1e-12));
  CHECK_THAT(a(0, 1), WithinAbs(0.25, 1e-12));
  CHECK_THAT(a(1, 0), WithinAbs(0.20, 1e-12));
  CHECK_THAT(a(1, 1), WithinAbs(0.05, 1e-12));

  const Matrix l = model.SolveTypeI(Matrix::Identity(2, 2));
  CHECK_THAT(l(0, 0), WithinAbs(1.2541, 5e-5));
  CHECK_THAT(l(0, 1), WithinAbs(0.3300, 5e-5));
  CHECK_THAT(l(1, 0), WithinAbs(0.2640, 5e-5));
  CHECK_THAT(l(1, 1), WithinAbs(1.1221, 5e-5));

  Vector f(2);
  f << 600, 1500;
  const Vector x = model.SolveTypeI(f);
  CHECK_THAT(x(0), WithinAbs(1247.52, 5e-3));
  CHECK_THAT(x(1), WithinAbs(1841.58, 5e-3));
}

TEST_CASE("identities: x = A x + f, L (I - A) = I, linearity, zero in -> zero out",
          "[leontief][identity]") {
  const LeontiefModel model(MillerBlair());
  const Matrix& a = model.technical_coefficients();
  Vector f(2), g(2);
  f << 600, 1500;
  g << -35, 12.5;
  const Vector x = model.SolveTypeI(f);
  CHECK((x - (a * x + f)).cwiseAbs().maxCoeff() < 1e-9);
  const Matrix l = model.SolveTypeI(Matrix::Identity(2, 2));
  CHECK((l * (Matrix::Identity(2, 2) - a) - Matrix::Identity(2, 2)).cwiseAbs().maxCoeff() < 1e-12);
  const Vector combined = model.SolveTypeI(2.5 * f + g);
  CHECK((combined - (2.5 * x + model.SolveTypeI(g))).cwiseAbs().maxCoeff() < 1e-9);
  CHECK(model.SolveTypeI(Vector::Zero(2)).cwiseAbs().maxCoeff() == 0.0);
  // The original table reproduces itself: L f0 = x0 with f0 = [350, 1700].
  Vector f0(2);
  f0 << 350, 1700;
  const Vector x0 = model.SolveTypeI(f0);
  CHECK_THAT(x0(0), WithinAbs(1000, 1e-9));
  CHECK_THAT(x0(1), WithinAbs(2000, 1e-9));
}

TEST_CASE("I - A and the closed system are built with the bits of Identity - A (fr-2021, Type II)",
          "[leontief]") {
  const Model model = LoadModel(testing::RepoPath("models/fr-2021"));
  const LeontiefModel leontief(model);
  REQUIRE(leontief.has_type2());
  const Eigen::Index n = static_cast<Eigen::Index>(leontief.size());
  const Matrix& a = leontief.technical_coefficients();
  const Vector f = model.final_demand.rowwise().sum();
  // What the engine factored (DenseLu) before it wrote I - A into fresh 2 MiB pages itself.
  DenseLu open_lu, closed_lu;
  open_lu.Compute(Matrix::Identity(n, n) - a);
  const Vector open = open_lu.Solve(f).col(0);
  Matrix closed = Matrix::Identity(n + 1, n + 1);
  closed.topLeftCorner(n, n) -= a;
  closed.topRightCorner(n, 1) = -leontief.household_consumption_coefficients();
  closed.bottomLeftCorner(1, n) = -leontief.household_income_coefficients().transpose();
  Vector bordered = Vector::Zero(n + 1);
  bordered.head(n) = f;
  closed_lu.Compute(closed);
  const Vector type2 = closed_lu.Solve(bordered).col(0);
  const Vector engine_open = leontief.SolveTypeI(f).col(0);
  const Vector engine_type2 = leontief.SolveTypeII(f).col(0);
  CHECK(std::memcmp(open.data(), engine_open.data(), sizeof(double) * n) == 0);
  CHECK(std::memcmp(type2.data(), engine_type2.data(), sizeof(double) * n) == 0);
}
