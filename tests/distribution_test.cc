// Distributions of uncertain values: quantiles against certified values and
// closed forms, bounds, monotonicity and zero-width exactness
// (distribution_toml_test.cc: the TOML reader).
#include "ripple/base/distribution.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

#include "ripple/base/error.h"

using namespace ripple;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Standard normal quantiles, Phi^-1(p). Standard tables (e.g. Abramowitz &
// Stegun, Table 26.5) give 1.959963985 and 1.644853627; the 16 digits were
// computed with mpmath (sqrt(2) erfinv(2p - 1), 40 digits).
constexpr double kZ975 = 1.959963984540054;
constexpr double kZ95 = 1.6448536269514722;
constexpr double kZ75 = 0.6744897501960817;

Distribution Triangular(double min, double mode, double max) {
  Distribution d;
  d.kind = DistributionKind::kTriangular;
  d.min = min, d.mode = mode, d.max = max;
  return d;
}

Distribution Pert(double min, double mode, double max, double lambda = 4) {
  Distribution d = Triangular(min, mode, max);
  d.kind = DistributionKind::kPert;
  d.lambda = lambda;
  return d;
}

Distribution Uniform(double min, double max) {
  Distribution d;
  d.min = min, d.max = max;
  return d;
}

Distribution Normal(double mean, double sd, double min = -kInf, double max = kInf) {
  Distribution d;
  d.kind = DistributionKind::kNormal;
  d.mean = mean, d.sd = sd, d.min = min, d.max = max;
  return d;
}

Distribution Lognormal(double median, double sigma) {
  Distribution d;
  d.kind = DistributionKind::kLognormal;
  d.median = median, d.sigma = sigma, d.min = 0;
  return d;
}

// x in [0, 1] with cdf(x) = p, by bisection on an increasing closed-form CDF:
// an answer independent of Boost.Math.
double Bisect(const std::function<double(double)>& cdf, double p) {
  double lo = 0, hi = 1;
  for (int i = 0; i < 200 && hi - lo > 0; ++i) {
    const double mid = lo + (hi - lo) / 2;
    if (mid == lo || mid == hi) break;
    (cdf(mid) < p ? lo : hi) = mid;
  }
  return lo + (hi - lo) / 2;
}

std::vector<double> Grid() {
  std::vector<double> p = {0, 1e-300, 1e-12, std::nextafter(1.0, 0.0), 1};
  for (int i = 1; i < 1000; ++i) p.push_back(i / 1000.0);
  std::sort(p.begin(), p.end());
  return p;
}

}  // namespace

TEST_CASE("normal quantiles match the standard normal table", "[distribution]") {
  CHECK(Normal(0, 1).Quantile(0.975) == Approx(kZ975).epsilon(1e-15));
  CHECK(Normal(0, 1).Quantile(0.95) == Approx(kZ95).epsilon(1e-15));
  CHECK(Normal(0, 1).Quantile(0.025) == Approx(-kZ975).epsilon(1e-15));
  CHECK(Normal(0, 1).Quantile(0.5) == 0);
  CHECK(Normal(10, 2).Quantile(0.975) == Approx(10 + 2 * kZ975).epsilon(1e-15));
  CHECK(Normal(10, 2).Central() == 10);
}

TEST_CASE("truncated normal quantiles follow the renormalised CDF", "[distribution]") {
  // Half-normal: P(Z < z | Z > 0) = 0.5 at z = Phi^-1(0.75).
  CHECK(Normal(0, 1, 0).Quantile(0.5) == Approx(kZ75).epsilon(1e-14));
  // mpmath: Phi^-1(Phi(-1) + 0.3 (Phi(2) - Phi(-1))), 40 digits.
  CHECK(Normal(0, 1, -1, 2).Quantile(0.3) == Approx(-0.24240381788922680).epsilon(1e-13));
  // mpmath: 5 + 2 Phi^-1(Phi(-0.5) + 0.9 (1 - Phi(-0.5))).
  CHECK(Normal(5, 2, 4).Quantile(0.9) == Approx(7.9643593568818142).epsilon(1e-14));
  CHECK(Normal(5, 2, 4).Central() == 5);
}

TEST_CASE("a truncated normal far in a tail stays finite and inside its bounds", "[distribution]") {
  // The mean lies 10 sd below the interval (a reader would reject it; the
  // maths must still hold): the upper tail is used, not 1 - Phi.
  const Distribution d = Normal(0, 1, 10);
  // mpmath: Phi^-1(Phi(10) + 0.5 (1 - Phi(10))).
  CHECK(d.Quantile(0.5) == Approx(10.068411836081429).epsilon(1e-12));
  for (double p : Grid()) {
    if (p == 0 || p == 1) continue;
    const double x = d.Quantile(p);
    CHECK(std::isfinite(x));
    CHECK(x >= 10);
  }
  const Distribution mirrored = Normal(0, 1, -kInf, -10);
  CHECK(mirrored.Quantile(0.5) == Approx(-10.068411836081429).epsilon(1e-12));
  CHECK(std::isfinite(Normal(0, 1).Quantile(std::nextafter(1.0, 0.0))));
  CHECK(std::isfinite(Normal(0, 1).Quantile(std::numeric_limits<double>::denorm_min())));
  CHECK(std::isfinite(Normal(0, 1, -kInf, 3).Quantile(std::numeric_limits<double>::denorm_min())));
}

TEST_CASE("triangular quantiles equal the closed form", "[distribution]") {
  const Distribution d = Triangular(0, 1, 2);
  CHECK(d.Quantile(0.5) == 1);
  CHECK(d.Quantile(0.125) == 0.5);
  CHECK(d.Quantile(0.875) == 1.5);
  CHECK(d.Central() == 1);
  // Right-angled: mode at min, F(x) = 1 - (1 - x)^2 on [0, 1].
  CHECK(Triangular(0, 0, 1).Quantile(0.75) == Approx(0.5).epsilon(1e-15));
  CHECK(Triangular(0, 1, 1).Quantile(0.25) == Approx(0.5).epsilon(1e-15));
  CHECK(Triangular(0.4, 0.55, 0.7).Quantile(0.5) == Approx(0.55).epsilon(1e-15));
}

TEST_CASE("uniform quantiles are linear and the central value is the midpoint", "[distribution]") {
  const Distribution d = Uniform(2, 6);
  CHECK(d.Quantile(0.25) == 3);
  CHECK(d.Quantile(0.5) == 4);
  CHECK(d.Central() == 4);
}

TEST_CASE("lognormal quantiles are median times exp of sigma z", "[distribution]") {
  const Distribution d = Lognormal(100, 0.5);
  CHECK(d.Quantile(0.975) == Approx(100 * std::exp(0.5 * kZ975)).epsilon(1e-14));
  CHECK(d.Quantile(0.975) == Approx(266.44082615528980).epsilon(1e-14));  // mpmath
  CHECK(d.Quantile(0.5) == 100);
  CHECK(d.Central() == 100);
}

TEST_CASE("PERT quantiles equal Beta quantiles found by bisection on the closed-form CDF",
          "[distribution]") {
  // PERT(0, 0.5, 1): alpha = beta = 3, symmetric: the median is the mode.
  CHECK(Pert(0, 0.5, 1).Quantile(0.5) == Approx(0.5).epsilon(1e-15));
  const auto beta33 = [](double x) { return x * x * x * (10 - 15 * x + 6 * x * x); };
  CHECK(Pert(0, 0.5, 1).Quantile(0.9) == Approx(Bisect(beta33, 0.9)).epsilon(1e-13));
  CHECK(Bisect(beta33, 0.9) == Approx(0.75336354671153341).epsilon(1e-14));  // mpmath findroot
  // PERT(0, 1, 4): alpha = 1 + 4 * 1/4 = 2, beta = 1 + 4 * 3/4 = 4, scaled by 4.
  // Beta(2, 4): I(x) = 1 - (1 - x)^4 (1 + 4x); median 0.31381017045569744.
  const auto beta24 = [](double x) { return 1 - std::pow(1 - x, 4) * (1 + 4 * x); };
  CHECK(Bisect(beta24, 0.5) == Approx(0.31381017045569744).epsilon(1e-14));
  CHECK(Pert(0, 1, 4).Quantile(0.5) == Approx(4 * Bisect(beta24, 0.5)).epsilon(1e-13));
  CHECK(Pert(0, 1, 4).Quantile(0.1) == Approx(4 * Bisect(beta24, 0.1)).epsilon(1e-13));
  CHECK(Pert(0, 1, 4).Central() == 1);
  // lambda = 2 on [0, 1] with mode 0.5: alpha = beta = 2, I(x) = 3x^2 - 2x^3.
  const auto beta22 = [](double x) { return x * x * (3 - 2 * x); };
  CHECK(Pert(0, 0.5, 1, 2).Quantile(0.2) == Approx(Bisect(beta22, 0.2)).epsilon(1e-13));
}

TEST_CASE("quantiles are monotone and p = 0 and 1 give the support bounds", "[distribution]") {
  const std::vector<Distribution> all = {Triangular(0.4, 0.55, 0.7),
                                         Triangular(0, 0, 1),
                                         Triangular(0, 1, 1),
                                         Pert(0.4, 0.55, 0.7),
                                         Pert(0, 0, 1, 10),
                                         Uniform(-1, 3),
                                         Normal(1, 0.1),
                                         Normal(1, 0.1, 0.9),
                                         Normal(1, 0.1, 0.95, 1.3),
                                         Normal(0, 1e6, -1e-3, 1e-3),
                                         Lognormal(100, 0.5),
                                         Lognormal(1e-3, 3)};
  for (const Distribution& d : all) {
    INFO(d.Describe());
    double previous = -kInf;
    for (double p : Grid()) {
      const double x = d.Quantile(p);
      CHECK_FALSE(std::isnan(x));
      CHECK(x >= previous);
      previous = x;
    }
    const double lowest = d.kind == DistributionKind::kLognormal ? 0 : d.min;
    const double highest = d.kind == DistributionKind::kLognormal ? kInf : d.max;
    CHECK(d.Quantile(0) == lowest);
    CHECK(d.Quantile(1) == highest);
    CHECK(d.Quantile(-0.5) == lowest);
    CHECK(d.Quantile(1.5) == highest);
  }
  CHECK(Normal(1, 0.1).Quantile(0) == -kInf);
  CHECK_THROWS_AS(Normal(0, 1).Quantile(std::nan("")), Error);
}

TEST_CASE("zero-width distributions return their central value exactly", "[distribution]") {
  const std::vector<Distribution> all = {
      Triangular(0.1, 0.1, 0.1), Pert(0.3, 0.3, 0.3),        Uniform(0.7, 0.7), Normal(0.3, 0),
      Normal(0.3, 0, 0.1, 0.9),  Normal(0.3, 0.2, 0.3, 0.3), Lognormal(0.3, 0)};
  for (const Distribution& d : all) {
    INFO(d.Describe());
    REQUIRE(std::isfinite(d.Central()));
    for (double p : Grid()) REQUIRE(d.Quantile(p) == d.Central());
  }
  CHECK(Uniform(0.7, 0.7).Central() == 0.7);
}

TEST_CASE("Describe names the kind and its parameters", "[distribution]") {
  CHECK(Triangular(0.4, 0.55, 0.7).Describe() == "triangular(min=0.4, mode=0.55, max=0.7)");
  CHECK(Pert(0, 1, 4).Describe() == "pert(min=0, mode=1, max=4, lambda=4)");
  CHECK(Uniform(-1, 3).Describe() == "uniform(min=-1, max=3)");
  CHECK(Normal(1, 0.1, 0).Describe() == "normal(mean=1, sd=0.1, min=0)");
  CHECK(Normal(1, 0.1).Describe() == "normal(mean=1, sd=0.1)");
  CHECK(Normal(1, 0.1, 0, 2).Describe() == "normal(mean=1, sd=0.1, min=0, max=2)");
  CHECK(Lognormal(100, 0.5).Describe() == "lognormal(median=100, sigma=0.5)");
  CHECK(std::string(DistributionKindName(DistributionKind::kPert)) == "pert");
}
