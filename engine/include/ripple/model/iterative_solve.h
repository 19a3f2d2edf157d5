// Solves (I - A) X = B (or (I - A)' X = B) for a few right-hand sides of a large
// model without factoring I - A: GMRES (Saad & Schultz 1986, restarted; one Krylov
// basis per column, run in lockstep so every iteration reads A once for all
// columns), stopped on the true residual.
//
// Why it pays: factoring I - A costs about 2n^3/3 flops (n = 8,000: 4-5 s on 2
// cores), one product A V about 2n^2 k (k columns). For an input-output matrix
// (A >= 0, column sums below 1) the eigenvalues of I - A lie within 1 - rho(A)
// .. 1 + rho(A), so GMRES reaches a relative residual of 1e-14 in 10-30 products.
//
// Contract: on success every column j satisfies the residual check, computed
// afresh after the iteration (not the recurrence's estimate):
//   || B_j - (I - A) X_j ||_2 <= kIterativeTolerance * || B_j ||_2
// With cond(I - A) = kappa, the relative error against the LU solution is then at
// most about kappa * 1e-14 (kappa <= (1 + a) / (1 - a) in the 1-norm when every
// column sum of A is at most a < 1: 4 for a = 0.6). Returns false when the check
// fails after kIterativeMaxProducts products (a singular or nearly singular
// I - A, or a series that diverges): the caller then factors. Deterministic: the
// result depends only on A and B (Eigen's products on one thread).
#pragma once

#include "ripple/base/eigen.h"

namespace ripple {

inline constexpr double kIterativeTolerance = 1e-14;
inline constexpr int kIterativeMaxProducts = 120;

enum class Side { kColumns, kTransposed };

// X = (I - A)^-1 B (kColumns) or (I - A)'^-1 B (kTransposed), B n x k. False
// when it did not converge (X is then unspecified).
bool SolveLeontiefIteratively(const Matrix& a, const Matrix& b, Side side, Matrix& x);

// The same with A = Z diag(s) never formed: every product is A V = Z (s .* V) or
// A' V = s .* (Z' V), reading `transactions` (Z, n x n) in place. `column_scale`
// (s, n) is 1 / x_j, 0 for a sector without output (its column of A is 0). Both
// are only read, during the call.
bool SolveLeontiefIteratively(const Matrix& transactions, const Vector& column_scale,
                              const Matrix& b, Side side, Matrix& x);

}  // namespace ripple
