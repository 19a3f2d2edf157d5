// Probability distributions of uncertain scenario values (`ripple
// sensitivity`). Any number of a scenario may be written as an inline table
// instead of a number (scenarios/README.md, "Uncertain values"):
//
//   { dist = "triangular", min = a, mode = c, max = b }      a <= c <= b
//   { dist = "pert", min = a, mode = c, max = b [, lambda = 4] }      0 < lambda <= 1000
//                                  Beta-PERT: alpha = 1 + lambda (c - a) / (b - a),
//                                  beta = 1 + lambda (b - c) / (b - a), on [a, b]
//   { dist = "uniform", min = a, max = b }                   a <= b
//   { dist = "normal", mean = m, sd = s [, min = a] [, max = b] }
//                                  s >= 0; optional truncation to [a, b], a <= m <= b
//   { dist = "lognormal", median = m, sigma = s }            m > 0, s >= 0 (sd of ln X)
//
// Values are in the unit the field has when written as a plain number.
// The deterministic run (`ripple run`, and every parameter not being varied
// in a tornado or sweep) uses the central value: the mode (triangular, PERT),
// the midpoint (uniform), the mean (normal), the median (lognormal).
// Draws use the inverse CDF of a uniform number u in (0, 1): value =
// Quantile(u). A zero-width distribution (min = max, sd = 0, sigma = 0)
// returns its central value exactly for every u.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace ripple {

// Largest PERT lambda accepted. Quantiles are checked monotone up to here;
// from about 1e20 the inverse beta function returns noise around the mode
// (found by fuzzing), and a shape above 1000 is a point at the mode anyway.
constexpr double kMaxPertLambda = 1000;

enum class DistributionKind { kTriangular, kPert, kUniform, kNormal, kLognormal };

// "triangular", "pert", "uniform", "normal", "lognormal".
const char* DistributionKindName(DistributionKind kind);
std::optional<DistributionKind> ParseDistributionKind(std::string_view name);

struct Distribution {
  DistributionKind kind = DistributionKind::kUniform;
  // triangular, PERT, uniform: the support; normal: truncation bounds
  // (infinite when not truncated); lognormal: unused (0, +inf).
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
  double mode = 0;    // triangular, PERT
  double lambda = 4;  // PERT shape, 0 < lambda <= kMaxPertLambda
  double mean = 0;    // normal (before truncation)
  double sd = 0;      // normal, >= 0 (before truncation)
  double median = 0;  // lognormal, > 0
  double sigma = 0;   // lognormal, >= 0

  // The value used by deterministic runs (see above).
  double Central() const;

  // Inverse cumulative distribution function, p in [0, 1] (clamped). p = 0
  // and p = 1 give the support bounds (possibly infinite: -inf/+inf for an
  // untruncated normal, 0/+inf for a lognormal); every p in (0, 1) gives a
  // finite value inside them. Monotone non-decreasing in p; exact closed
  // forms for triangular and uniform; normal via the inverse normal CDF
  // (Boost.Math), truncated normal as
  // mean + sd * Phi^-1(Phi(alpha) + p (Phi(beta) - Phi(alpha))), computed in
  // the upper tail with 1 - Phi above the mean so far tails keep their
  // precision; PERT via the inverse regularised incomplete beta function
  // (Boost.Math; bisection on the incomplete beta for p < 1e-60).
  // Preconditions: the rules above hold, triangular/PERT/uniform bounds are
  // finite. Throws Error(kInternal) when p is NaN.
  double Quantile(double p) const;

  // Short text for messages and reports, numbers with FormatNumber:
  // "triangular(min=0.4, mode=0.55, max=0.7)", "normal(mean=1, sd=0.1, min=0)".
  std::string Describe() const;
};

}  // namespace ripple
