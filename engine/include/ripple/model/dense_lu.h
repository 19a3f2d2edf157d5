// Partial-pivoting LU of a square matrix, P M = L U: factored once, solved many
// times, never inverted. The back-end is chosen by size:
//
//   rows <  kOpenBlasMinRows, or a build without OpenBLAS   Eigen's PartialPivLU
//                                                            (one thread, the build's
//                                                            instruction set)
//   rows >= kOpenBlasMinRows, built with OpenBLAS            LAPACKE dgetrf / dgetrs
//                                                            on OpenBLAS, on exactly
//                                                            kOpenBlasThreads threads
//
// OpenBLAS is compiled in with the CMake option RIPPLE_WITH_OPENBLAS (default ON,
// when Debian's libopenblas-dev and liblapacke-dev are found). Small systems (the
// shipped 64-sector models, the textbook fixtures) therefore give the same bits in
// every build.
//
// Determinism: the result depends only on the matrix (and, above the threshold,
// on the OpenBLAS installed and the CPU family it picks kernels for), never on
// the calling thread, on concurrent calls, on the machine's core count or on
// OPENBLAS_NUM_THREADS. OpenBLAS's dgetrf gives different last bits for
// different thread counts, so Ripple sets OpenBLAS's (process-wide) thread count
// to kOpenBlasThreads before its first large factorisation; a program that links
// ripple_engine should not change it afterwards. An OpenMP build of OpenBLAS
// keeps that count per thread, so with one Ripple uses Eigen at every size
// (OpenBlasAvailable() is false). Both back-ends agree to about 1e-15, relative.
#pragma once

#include <vector>

#include "ripple/base/eigen.h"

namespace ripple {

// Smallest system (rows) factored by OpenBLAS. Measured on 2 cores (bench/README.md):
// one factorisation at a time, OpenBLAS on 2 threads beats Eigen from about 100
// rows, but two at once (Monte Carlo draws on 2 threads) are slower than Eigen's up
// to about 700 rows; from 1,000 rows OpenBLAS wins both ways (2x-3x).
inline constexpr Eigen::Index kOpenBlasMinRows = 1000;
// OpenBLAS threads used for every large factorisation and solve, whatever the
// machine: part of the result's definition, not a tuning knob.
inline constexpr int kOpenBlasThreads = 2;

// True when this build factors systems of kOpenBlasMinRows rows or more with
// OpenBLAS (built with it, and the OpenBLAS loaded is not an OpenMP build).
bool OpenBlasAvailable();

class DenseLu {
 public:
  // Factors `m` (square). Never throws for a singular matrix: callers check
  // the pivots, the diagonal of packed(). Throws Error(kInternal) if LAPACK
  // rejects an argument.
  void Compute(Matrix m);

  bool uses_openblas() const { return openblas_; }
  // L (unit diagonal, not stored) below the diagonal, U on and above it.
  const Matrix& packed() const { return openblas_ ? factors_ : eigen_.matrixLU(); }

  // X = M^-1 B for each column of `rhs` (rows() x k).
  Matrix Solve(const Matrix& rhs) const;
  // y = M'^-1 w, with the same factors: M' = U' L' P.
  Vector SolveTransposed(const Vector& w) const;

 private:
  bool openblas_ = false;
  Eigen::PartialPivLU<Matrix> eigen_;  // below the threshold
  Matrix factors_;                     // packed L and U from dgetrf (OpenBLAS path)
  std::vector<int> pivots_;            // dgetrf's 1-based row interchanges (OpenBLAS path)
};

}  // namespace ripple
