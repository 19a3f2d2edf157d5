#include "ripple/base/distribution.h"

#include <algorithm>
#include <bit>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <cmath>
#include <cstdint>
#include <stdexcept>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {

namespace {

// Boost.Math reports problems through return values (NaN, inf) instead of
// throwing; callers never pass p = 0 or 1, and results are clamped.
using NoThrow = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;
using StandardNormal = boost::math::normal_distribution<double, NoThrow>;

constexpr double kInf = std::numeric_limits<double>::infinity();

// Keeps a probability that must be positive away from 0 (underflow would
// turn a finite quantile into an infinite one); order is preserved.
double Positive(double probability) {
  return std::max(probability, std::numeric_limits<double>::denorm_min());
}

// Standard normal z with P(alpha < Z < z) = p P(alpha < Z < beta), p in
// (0, 1), alpha < beta (either may be infinite). The mass below 0 is
// computed with the lower tail Phi and the mass above 0 with the upper tail
// 1 - Phi, each where it is accurate, and z is taken from the tail it lies
// in: no cancellation against 1 far in a tail, and z stays finite for every
// p in (0, 1). Untruncated (alpha = -inf, beta = inf), z = Phi^-1(p).
double TruncatedStandardNormalQuantile(double alpha, double beta, double p) {
  const StandardNormal n01;
  const double lower_from = std::min(alpha, 0.0), lower_to = std::min(beta, 0.0);
  const double upper_from = std::max(alpha, 0.0), upper_to = std::max(beta, 0.0);
  const double cdf_from = boost::math::cdf(n01, lower_from);
  const double tail_to = boost::math::cdf(boost::math::complement(n01, upper_to));
  const double mass_lower = boost::math::cdf(n01, lower_to) - cdf_from;
  const double mass_upper = boost::math::cdf(boost::math::complement(n01, upper_from)) - tail_to;
  const double mass = mass_lower + mass_upper;
  if (!(mass > 0)) return std::clamp(0.0, alpha, beta);  // interval too far out to resolve
  if (p * mass < mass_lower) {
    const double z = boost::math::quantile(n01, Positive(cdf_from + p * mass));
    return std::clamp(z, alpha, lower_to);
  }
  const double z =
      boost::math::quantile(boost::math::complement(n01, Positive(tail_to + (1 - p) * mass)));
  return std::clamp(z, upper_from, beta);
}

// Closed form; min < max, min <= mode <= max, 0 < p < 1. Each branch is
// monotone and clamped to its side of the mode, so the whole is monotone.
double TriangularQuantile(const Distribution& d, double p) {
  const double width = d.max - d.min;
  if (p * width < d.mode - d.min) {
    return std::clamp(d.min + std::sqrt(p * width * (d.mode - d.min)), d.min, d.mode);
  }
  return std::clamp(d.max - std::sqrt((1 - p) * width * (d.max - d.mode)), d.mode, d.max);
}

// x in [0, 1] with I_x(alpha, beta) = p by bisection on the bit patterns of
// non-negative doubles (ordered like the values): at most 64 steps.
double InverseBetaByBisection(double alpha, double beta, double p) {
  uint64_t lo = 0, hi = std::bit_cast<uint64_t>(1.0);
  while (hi - lo > 1) {
    const uint64_t mid = lo + (hi - lo) / 2;
    if (boost::math::ibeta(alpha, beta, std::bit_cast<double>(mid), NoThrow()) < p) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return std::bit_cast<double>(hi);
}

// x in [0, 1] with I_x(alpha, beta) = p, 0 < p < 1. Boost.Math 1.74's
// ibeta_inv is accurate and monotone for p >= 1e-60 (checked over PERT
// shapes with lambda 0.01-1000), but below about 1e-75 it can return wrong
// values, raise an evaluation error whatever the policy, or fail an
// assertion (subnormal p); there bisection on the forward function is used.
double InverseBeta(double alpha, double beta, double p) {
  constexpr double kSmallestForBoost = 1e-60;
  if (p >= kSmallestForBoost) {
    try {
      const double x = boost::math::ibeta_inv(alpha, beta, p, NoThrow());
      if (x >= 0 && x <= 1) return x;
    } catch (const std::runtime_error&) {
    }
  }
  return InverseBetaByBisection(alpha, beta, p);
}

// Beta-PERT on [min, max] (min < max), 0 < p < 1.
double PertQuantile(const Distribution& d, double p) {
  const double width = d.max - d.min;
  const double alpha = 1 + d.lambda * (d.mode - d.min) / width;
  const double beta = 1 + d.lambda * (d.max - d.mode) / width;
  const double x = InverseBeta(alpha, beta, p);
  return std::clamp(d.min + width * x, d.min, d.max);
}

double NormalQuantile(const Distribution& d, double p) {
  const double z =
      TruncatedStandardNormalQuantile((d.min - d.mean) / d.sd, (d.max - d.mean) / d.sd, p);
  return std::clamp(d.mean + d.sd * z, d.min, d.max);
}

// True when every draw equals the central value.
bool IsZeroWidth(const Distribution& d) {
  switch (d.kind) {
    case DistributionKind::kTriangular:
    case DistributionKind::kPert:
    case DistributionKind::kUniform:
      return d.min == d.max;
    case DistributionKind::kNormal:
      return d.sd == 0 || d.min == d.max;
    case DistributionKind::kLognormal:
      return d.sigma == 0;
  }
  return false;
}

// Support bounds: the values at p = 0 and p = 1.
double Lowest(const Distribution& d) { return d.kind == DistributionKind::kLognormal ? 0 : d.min; }
double Highest(const Distribution& d) {
  return d.kind == DistributionKind::kLognormal ? kInf : d.max;
}

}  // namespace

const char* DistributionKindName(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::kTriangular:
      return "triangular";
    case DistributionKind::kPert:
      return "pert";
    case DistributionKind::kUniform:
      return "uniform";
    case DistributionKind::kNormal:
      return "normal";
    case DistributionKind::kLognormal:
      return "lognormal";
  }
  return "unknown";
}

std::optional<DistributionKind> ParseDistributionKind(std::string_view name) {
  for (DistributionKind kind :
       {DistributionKind::kTriangular, DistributionKind::kPert, DistributionKind::kUniform,
        DistributionKind::kNormal, DistributionKind::kLognormal}) {
    if (name == DistributionKindName(kind)) return kind;
  }
  return std::nullopt;
}

double Distribution::Central() const {
  switch (kind) {
    case DistributionKind::kTriangular:
    case DistributionKind::kPert:
      return mode;
    case DistributionKind::kUniform:
      return min == max ? min : min + 0.5 * (max - min);
    case DistributionKind::kNormal:
      return mean;
    case DistributionKind::kLognormal:
      return median;
  }
  return mean;
}

double Distribution::Quantile(double p) const {
  if (std::isnan(p))
    throw Error(ErrorKind::kInternal, "distribution quantile of a NaN probability");
  if (IsZeroWidth(*this)) return Central();
  if (p <= 0) return Lowest(*this);
  if (p >= 1) return Highest(*this);
  switch (kind) {
    case DistributionKind::kTriangular:
      return TriangularQuantile(*this, p);
    case DistributionKind::kPert:
      return PertQuantile(*this, p);
    case DistributionKind::kUniform:
      return std::clamp(min + p * (max - min), min, max);
    case DistributionKind::kNormal:
      return NormalQuantile(*this, p);
    case DistributionKind::kLognormal:
      return median * std::exp(sigma * TruncatedStandardNormalQuantile(-kInf, kInf, p));
  }
  return Central();
}

std::string Distribution::Describe() const {
  const auto item = [](const char* name, double value) {
    return std::string(name) + "=" + FormatNumber(value);
  };
  std::string text = std::string(DistributionKindName(kind)) + "(";
  switch (kind) {
    case DistributionKind::kTriangular:
      text += item("min", min) + ", " + item("mode", mode) + ", " + item("max", max);
      break;
    case DistributionKind::kPert:
      text += item("min", min) + ", " + item("mode", mode) + ", " + item("max", max) + ", " +
              item("lambda", lambda);
      break;
    case DistributionKind::kUniform:
      text += item("min", min) + ", " + item("max", max);
      break;
    case DistributionKind::kNormal:
      text += item("mean", mean) + ", " + item("sd", sd);
      if (std::isfinite(min)) text += ", " + item("min", min);
      if (std::isfinite(max)) text += ", " + item("max", max);
      break;
    case DistributionKind::kLognormal:
      text += item("median", median) + ", " + item("sigma", sigma);
      break;
  }
  return text + ")";
}

}  // namespace ripple
