#include "ripple/model/dense_lu.h"

#include <string>

#include "ripple/base/error.h"

#ifdef RIPPLE_HAVE_OPENBLAS
#include <lapacke.h>

#include <mutex>

// OpenBLAS's own API (declared by its cblas.h, which Debian installs under an
// alternatives link that may point at another BLAS, so declared here).
extern "C" void openblas_set_num_threads(int num_threads);
extern "C" int openblas_get_parallel(void);  // 0 sequential, 1 pthreads, 2 OpenMP
#endif

namespace ripple {
namespace {

#ifdef RIPPLE_HAVE_OPENBLAS
static_assert(sizeof(lapack_int) == sizeof(int), "Ripple expects 32-bit LAPACK integers (LP64)");

// OpenBLAS's dgetrf splits its work by its thread count, so the factors' last
// bits depend on that count (OpenBLAS 0.3.21: 1, 2, 3, 4 and 8 threads give five
// different results at n = 100, 600 and 2,000). OpenBLAS starts with as many
// threads as cores, or OPENBLAS_NUM_THREADS; Ripple sets kOpenBlasThreads once,
// before its first large factorisation, so the result is the same on every
// machine, for every caller thread and any OPENBLAS_NUM_THREADS. The count is
// process-wide in the pthreads build; call_once because growing OpenBLAS's pool
// from two threads at once is not safe.
void PinOpenBlasThreads() {
  static std::once_flag once;
  std::call_once(once, [] { openblas_set_num_threads(kOpenBlasThreads); });
}

void CheckLapack(lapack_int info, const char* routine) {
  if (info < 0) {
    throw Error(ErrorKind::kInternal,
                std::string(routine) + ": argument " + std::to_string(-info) + " is invalid");
  }
}
#endif

}  // namespace

bool OpenBlasAvailable() {
#ifdef RIPPLE_HAVE_OPENBLAS
  // An OpenMP build keeps the thread count per thread: it could not be pinned
  // for the Monte Carlo threads, so Eigen is used instead.
  static const bool usable = openblas_get_parallel() != 2;
  return usable;
#else
  return false;
#endif
}

void DenseLu::Compute(Matrix m) {
  openblas_ = m.rows() >= kOpenBlasMinRows && OpenBlasAvailable();
  if (!openblas_) {
    eigen_.compute(m);
    return;
  }
#ifdef RIPPLE_HAVE_OPENBLAS
  PinOpenBlasThreads();
  factors_ = std::move(m);
  const auto n = static_cast<lapack_int>(factors_.rows());
  pivots_.assign(static_cast<size_t>(n), 0);
  // info > 0 is an exactly zero pivot: left to the caller's pivot check.
  CheckLapack(LAPACKE_dgetrf(LAPACK_COL_MAJOR, n, n, factors_.data(), n, pivots_.data()), "dgetrf");
#endif
}

Matrix DenseLu::Solve(const Matrix& rhs) const {
  if (!openblas_) return eigen_.solve(rhs);
  Matrix x = rhs;
#ifdef RIPPLE_HAVE_OPENBLAS
  const auto n = static_cast<lapack_int>(factors_.rows());
  CheckLapack(LAPACKE_dgetrs(LAPACK_COL_MAJOR, 'N', n, static_cast<lapack_int>(x.cols()),
                             factors_.data(), n, pivots_.data(), x.data(), n),
              "dgetrs");
#endif
  return x;
}

Vector DenseLu::SolveTransposed(const Vector& w) const {
  if (!openblas_) {
    const Matrix& packed = eigen_.matrixLU();
    Vector z = packed.triangularView<Eigen::Upper>().transpose().solve(w);
    packed.triangularView<Eigen::UnitLower>().transpose().solveInPlace(z);
    return eigen_.permutationP().transpose() * z;
  }
  Vector y = w;
#ifdef RIPPLE_HAVE_OPENBLAS
  const auto n = static_cast<lapack_int>(factors_.rows());
  CheckLapack(
      LAPACKE_dgetrs(LAPACK_COL_MAJOR, 'T', n, 1, factors_.data(), n, pivots_.data(), y.data(), n),
      "dgetrs");
#endif
  return y;
}

}  // namespace ripple
