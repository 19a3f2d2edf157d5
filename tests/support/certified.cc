#include "support/certified.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

namespace ripple::testing {

double PrintedTolerance(int decimals) { return 0.5 * std::pow(10.0, -decimals); }

double CheckPublished(const std::string& what, const std::vector<std::string>& sectors,
                      const Vector& computed, const std::vector<double>& published,
                      double tolerance) {
  REQUIRE(static_cast<size_t>(computed.size()) == published.size());
  REQUIRE(sectors.size() == published.size());
  double max_error = 0;
  for (size_t j = 0; j < published.size(); ++j) {
    const double error = std::abs(computed(static_cast<Eigen::Index>(j)) - published[j]);
    INFO(what << ", sector '" << sectors[j] << "': computed "
              << computed(static_cast<Eigen::Index>(j)) << ", published " << published[j]);
    CHECK(error <= tolerance);
    max_error = std::max(max_error, error);
  }
  return max_error;
}

double CheckPublishedVector(const std::string& what, const std::vector<std::string>& sectors,
                            const Vector& computed, const Vector& published, double tolerance) {
  return CheckPublished(what, sectors, computed,
                        std::vector<double>(published.data(), published.data() + published.size()),
                        tolerance);
}

const SatelliteMultipliers& FindMultipliers(const MultiplierTable& table, const std::string& name) {
  const auto it = std::find_if(table.satellites.begin(), table.satellites.end(),
                               [&](const SatelliteMultipliers& s) { return s.name == name; });
  INFO("satellite " << name);
  REQUIRE(it != table.satellites.end());
  return *it;
}

double MaxAbsDifference(const Matrix& a, const Matrix& b) {
  REQUIRE(a.rows() == b.rows());
  REQUIRE(a.cols() == b.cols());
  return (a - b).cwiseAbs().maxCoeff();
}

}  // namespace ripple::testing
