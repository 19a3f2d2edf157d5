// Distances between regions and the doubly constrained gravity balance
// (see ripple/import/interregional.h).
#include <algorithm>
#include <cmath>
#include <numbers>

#include "ripple/base/error.h"
#include "ripple/import/interregional.h"

namespace ripple {
namespace {

constexpr double kEarthRadiusKm = 6371.0088;  // IUGG mean radius
constexpr double kTolerance = 1e-13;
constexpr int kMaxIterations = 10000;

double Radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

// Largest |sum / target - 1| over the non-zero targets (a zero target needs a
// zero sum: its seed row or column is zeroed before the iteration).
double MarginError(const Vector& sums, const Vector& targets) {
  double error = 0;
  for (Eigen::Index k = 0; k < sums.size(); ++k) {
    if (targets(k) > 0) error = std::max(error, std::abs(sums(k) / targets(k) - 1));
  }
  return error;
}

void ScaleTo(Matrix& t, const Vector& targets, bool rows) {
  for (Eigen::Index k = 0; k < targets.size(); ++k) {
    const double sum = rows ? t.row(k).sum() : t.col(k).sum();
    const double factor = sum > 0 ? targets(k) / sum : 0.0;
    if (rows) {
      t.row(k) *= factor;
    } else {
      t.col(k) *= factor;
    }
  }
}

void CheckTotals(const Matrix& seed, const Vector& origins, const Vector& destinations) {
  Problems problems;
  if (seed.rows() != origins.size() || seed.cols() != destinations.size()) {
    problems.Add("gravity: seed is " + std::to_string(seed.rows()) + " x " +
                 std::to_string(seed.cols()) + " for " + std::to_string(origins.size()) +
                 " origins and " + std::to_string(destinations.size()) + " destinations");
  } else if (!(origins.minCoeff() >= 0) || !(destinations.minCoeff() >= 0) ||
             !(seed.minCoeff() >= 0)) {
    problems.Add("gravity: totals and seed must be >= 0");
  } else {
    const double a = origins.sum(), b = destinations.sum();
    if (std::abs(a - b) > 1e-9 * std::max(a, b)) {
      problems.Add("gravity: origins sum to " + FormatNumber(a, 12) + ", destinations to " +
                   FormatNumber(b, 12) + " (rule: equal totals)");
    }
  }
  problems.ThrowIfAny();
}

}  // namespace

double RegionDistanceKm(const InterregionalRegion& a, const InterregionalRegion& b) {
  if (&a == &b || a.code == b.code) return 2.0 / 3.0 * std::sqrt(a.area_km2 / std::numbers::pi);
  // Haversine formula.
  const double dlat = Radians(b.latitude - a.latitude);
  const double dlon = Radians(b.longitude - a.longitude);
  const double h = std::pow(std::sin(dlat / 2), 2) + std::cos(Radians(a.latitude)) *
                                                         std::cos(Radians(b.latitude)) *
                                                         std::pow(std::sin(dlon / 2), 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Matrix BalanceGravity(const Matrix& seed, const Vector& origins, const Vector& destinations) {
  CheckTotals(seed, origins, destinations);
  Matrix t = seed;
  for (Eigen::Index r = 0; r < t.rows(); ++r) {
    if (origins(r) == 0) t.row(r).setZero();
  }
  for (Eigen::Index s = 0; s < t.cols(); ++s) {
    if (destinations(s) == 0) t.col(s).setZero();
  }
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    ScaleTo(t, origins, true);
    ScaleTo(t, destinations, false);
    const Vector row_sums = t.rowwise().sum();
    if (MarginError(row_sums, origins) < kTolerance) return t;
  }
  throw Error(ErrorKind::kBadInput,
              "gravity: the trade matrix does not balance to its origin and destination totals "
              "in " +
                  std::to_string(kMaxIterations) +
                  " iterations (rule: a region with supply needs a positive seed towards a "
                  "region with demand)");
}

}  // namespace ripple
