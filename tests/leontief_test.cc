// Leontief core against certified textbook answers and accounting identities.
#include "ripple/model/leontief.h"

#include <catch2/catch.hpp>

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
