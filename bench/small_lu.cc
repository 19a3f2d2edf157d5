#include "small_lu.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

// Two copies of the loops, picked at start-up by the CPU's features (AVX2
// without FMA: both copies round alike).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RIPPLE_BENCH_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define RIPPLE_BENCH_CLONES
#endif

namespace ripple::bench {
namespace {

constexpr int kPanel = 4;  // columns eliminated together (a rank-4 update of the rest)

// Factors columns [k, k + width) of m (rows k..n-1) in place: the panel's own
// elimination, without row exchanges.
[[gnu::always_inline]] inline void FactorPanel(double* m, int n, int k, int width) {
  for (int p = k; p < k + width; ++p) {
    double* cp = m + static_cast<std::ptrdiff_t>(p) * n;
    const double inverse = 1.0 / cp[p];
    for (int i = p + 1; i < n; ++i) cp[i] *= inverse;
    for (int j = p + 1; j < k + width; ++j) {
      double* cj = m + static_cast<std::ptrdiff_t>(j) * n;
      const double a = cj[p];
      for (int i = p + 1; i < n; ++i) cj[i] -= cp[i] * a;
    }
  }
}

// Applies the panel [k, k + 4) to column c (a column of m right of the panel,
// or b): rows k..k+3 by forward substitution with the panel's unit lower
// triangle, then rows below by one rank-4 update.
[[gnu::always_inline]] inline void UpdateColumn(const double* m, int n, int k,
                                                double* __restrict__ c) {
  const double* l0 = m + static_cast<std::ptrdiff_t>(k) * n;
  const double* l1 = l0 + n;
  const double* l2 = l1 + n;
  const double* l3 = l2 + n;
  const double a0 = c[k];
  const double a1 = c[k + 1] - l0[k + 1] * a0;
  const double a2 = c[k + 2] - l0[k + 2] * a0 - l1[k + 2] * a1;
  const double a3 = c[k + 3] - l0[k + 3] * a0 - l1[k + 3] * a1 - l2[k + 3] * a2;
  c[k + 1] = a1;
  c[k + 2] = a2;
  c[k + 3] = a3;
  for (int i = k + 4; i < n; ++i) c[i] -= l0[i] * a0 + l1[i] * a1 + l2[i] * a2 + l3[i] * a3;
}

// The same for a panel of `width` < 4 columns (the last one).
[[gnu::always_inline]] inline void UpdateColumnNarrow(const double* m, int n, int k, int width,
                                                      double* __restrict__ c) {
  for (int p = k; p < k + width; ++p) {
    const double* lp = m + static_cast<std::ptrdiff_t>(p) * n;
    const double a = c[p];
    for (int i = p + 1; i < n; ++i) c[i] -= lp[i] * a;
  }
}

// sum |p[i]| over [0, count), in four interleaved partial sums (so the
// loop vectorises without reordering a single sum).
[[gnu::always_inline]] inline double SumAbs(const double* p, int count) {
  double s[4] = {0, 0, 0, 0};
  int i = 0;
  for (; i + 4 <= count; i += 4) {
    for (int l = 0; l < 4; ++l) s[l] += std::abs(p[i + l]);
  }
  for (; i < count; ++i) s[0] += std::abs(p[i]);
  return (s[0] + s[1]) + (s[2] + s[3]);
}

}  // namespace

RIPPLE_BENCH_CLONES
bool ColumnDiagonallyDominant(const double* m, int n) {
  for (int j = 0; j < n; ++j) {
    const double* c = m + static_cast<std::ptrdiff_t>(j) * n;
    const double off = SumAbs(c, j) + SumAbs(c + j + 1, n - j - 1);
    // The margin covers the rounding of the sum (below n ulps of it).
    if (!(std::abs(c[j]) > off * (1 + 1e-12))) return false;
  }
  return true;
}

RIPPLE_BENCH_CLONES
double EliminateAndSolve(double* m, int n, double* b) {
  for (int k = 0; k < n; k += kPanel) {
    const int width = std::min(kPanel, n - k);
    FactorPanel(m, n, k, width);
    for (int j = k + width; j <= n; ++j) {
      double* c = j < n ? m + static_cast<std::ptrdiff_t>(j) * n : b;
      if (width == kPanel) {
        UpdateColumn(m, n, k, c);
      } else {
        UpdateColumnNarrow(m, n, k, width, c);
      }
    }
  }
  // U x = y, column by column from the last.
  double smallest = INFINITY;
  for (int k = n - 1; k >= 0; --k) {
    const double* u = m + static_cast<std::ptrdiff_t>(k) * n;
    smallest = std::min(smallest, std::abs(u[k]));
    b[k] /= u[k];
    const double x = b[k];
    for (int i = 0; i < k; ++i) b[i] -= u[i] * x;
  }
  return smallest;
}

}  // namespace ripple::bench
