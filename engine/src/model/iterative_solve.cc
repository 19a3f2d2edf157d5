#include "ripple/model/iterative_solve.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace ripple {
namespace {

// Restart length: a basis of 40 vectors of n = 8,000 is 2.6 MB per column.
constexpr int kRestart = 40;

// Systems from this many rows have their products with A split over two threads.
constexpr Eigen::Index kThreadedRows = 1000;

// A as a matrix and an optional column scale: A = m diag(*scale), or m itself
// when scale is null.
struct Coefficients {
  const Matrix& m;
  const Vector* scale;
};

// (I - A) V or (I - A)' V. From kThreadedRows the rows of the result are split in
// two fixed halves, one per thread (memory-bound: two cores read A faster than
// one); each entry is computed the same way whatever the machine's cores.
Matrix Apply(const Coefficients& a, const Matrix& v, Side side) {
  Matrix w = v;
  Matrix scaled;  // s .* V, read by both halves (kColumns with a scale)
  if (a.scale != nullptr && side == Side::kColumns) scaled = a.scale->asDiagonal() * v;
  const Matrix& right = scaled.size() > 0 ? scaled : v;
  const auto part = [&](Eigen::Index begin, Eigen::Index size) {
    if (side == Side::kColumns) {
      w.middleRows(begin, size).noalias() -= a.m.middleRows(begin, size) * right;
    } else if (a.scale == nullptr) {
      w.middleRows(begin, size).noalias() -= a.m.middleCols(begin, size).transpose() * v;
    } else {
      const Matrix product = a.m.middleCols(begin, size).transpose() * v;
      w.middleRows(begin, size).noalias() -= a.scale->segment(begin, size).asDiagonal() * product;
    }
  };
  const Eigen::Index n = a.m.rows();
  if (n < kThreadedRows) {
    part(0, n);
    return w;
  }
  const Eigen::Index half = (n / 2 + 7) / 8 * 8;
  std::thread other(part, half, n - half);
  part(0, half);
  other.join();
  return w;
}

// One column's Arnoldi state: basis, Hessenberg matrix in Givens-rotated form.
struct Krylov {
  Matrix basis;  // n x (kRestart + 1)
  Matrix h = Matrix::Zero(kRestart + 1, kRestart);
  Vector cs = Vector::Zero(kRestart), sn = Vector::Zero(kRestart);
  Vector g = Vector::Zero(kRestart + 1);
  int size = 0;  // basis vectors in use beyond the first
  bool done = false;
  bool breakdown = false;  // the new vector was in the basis's span: the solution is in it
};

// Orthogonalises w against the basis (modified Gram-Schmidt, twice), rotates the
// new Hessenberg column and returns the residual estimate |g(j + 1)|.
double Extend(Krylov& k, Vector w, int j) {
  for (int pass = 0; pass < 2; ++pass) {
    for (int i = 0; i <= j; ++i) {
      const double d = k.basis.col(i).dot(w);
      k.h(i, j) += d;
      w -= d * k.basis.col(i);
    }
  }
  const double norm = w.norm();
  k.h(j + 1, j) = norm;
  k.breakdown = !(norm > 0);
  if (!k.breakdown) k.basis.col(j + 1) = w / norm;
  for (int i = 0; i < j; ++i) {  // earlier rotations
    const double t = k.cs(i) * k.h(i, j) + k.sn(i) * k.h(i + 1, j);
    k.h(i + 1, j) = -k.sn(i) * k.h(i, j) + k.cs(i) * k.h(i + 1, j);
    k.h(i, j) = t;
  }
  const double r = std::hypot(k.h(j, j), k.h(j + 1, j));
  k.cs(j) = r > 0 ? k.h(j, j) / r : 1;
  k.sn(j) = r > 0 ? k.h(j + 1, j) / r : 0;
  k.h(j, j) = r;
  k.h(j + 1, j) = 0;
  k.g(j + 1) = -k.sn(j) * k.g(j);
  k.g(j) = k.cs(j) * k.g(j);
  k.size = j + 1;
  return std::abs(k.g(j + 1));
}

// x += V y with H y = g (the rotated, upper triangular part).
void Update(const Krylov& k, Eigen::Ref<Vector> x) {
  if (k.size == 0) return;
  const Vector y =
      k.h.topLeftCorner(k.size, k.size).triangularView<Eigen::Upper>().solve(k.g.head(k.size));
  x += k.basis.leftCols(k.size) * y;
}

// One restart cycle from x for the columns whose residual r is above target;
// `products` counts the products with A. Returns after kRestart steps or when
// every column's estimate is below its target.
void Cycle(const Coefficients& a, Side side, const Matrix& r, const Vector& target, Matrix& x,
           int& products) {
  const Eigen::Index n = a.m.rows(), columns = r.cols();
  std::vector<Krylov> ks(static_cast<size_t>(columns));
  for (Eigen::Index c = 0; c < columns; ++c) {
    Krylov& k = ks[static_cast<size_t>(c)];
    const double beta = r.col(c).norm();
    k.done = !(beta > target(c));
    if (k.done) continue;
    k.basis = Matrix::Zero(n, kRestart + 1);
    k.basis.col(0) = r.col(c) / beta;
    k.g(0) = beta;
  }
  for (int j = 0; j < kRestart && products < kIterativeMaxProducts; ++j) {
    std::vector<Eigen::Index> active;
    for (Eigen::Index c = 0; c < columns; ++c)
      if (!ks[static_cast<size_t>(c)].done) active.push_back(c);
    if (active.empty()) break;
    Matrix v(n, static_cast<Eigen::Index>(active.size()));
    for (size_t i = 0; i < active.size(); ++i)
      v.col(static_cast<Eigen::Index>(i)) = ks[static_cast<size_t>(active[i])].basis.col(j);
    const Matrix w = Apply(a, v, side);
    ++products;
    for (size_t i = 0; i < active.size(); ++i) {
      Krylov& k = ks[static_cast<size_t>(active[i])];
      const double estimate = Extend(k, w.col(static_cast<Eigen::Index>(i)), j);
      // Stop a column a little below its target: the true residual is checked after.
      k.done = estimate <= 0.1 * target(active[i]) || k.breakdown;
    }
  }
  for (Eigen::Index c = 0; c < columns; ++c) Update(ks[static_cast<size_t>(c)], x.col(c));
}

bool Solve(const Coefficients& a, const Matrix& b, Side side, Matrix& x) {
  const Eigen::Index columns = b.cols();
  Vector target(columns);
  for (Eigen::Index c = 0; c < columns; ++c) target(c) = kIterativeTolerance * b.col(c).norm();
  x = Matrix::Zero(b.rows(), columns);
  Matrix r = b;
  int products = 0;
  while (true) {
    bool converged = true;
    for (Eigen::Index c = 0; c < columns; ++c) {
      const double norm = r.col(c).norm();
      if (!std::isfinite(norm)) return false;
      converged = converged && norm <= target(c);
    }
    if (converged) return true;
    if (products >= kIterativeMaxProducts) return false;
    Cycle(a, side, r, target, x, products);
    r = b - Apply(a, x, side);  // the true residual, not the estimate
    ++products;
  }
}

}  // namespace

bool SolveLeontiefIteratively(const Matrix& a, const Matrix& b, Side side, Matrix& x) {
  return Solve({a, nullptr}, b, side, x);
}

bool SolveLeontiefIteratively(const Matrix& transactions, const Vector& column_scale,
                              const Matrix& b, Side side, Matrix& x) {
  return Solve({transactions, &column_scale}, b, side, x);
}

}  // namespace ripple
