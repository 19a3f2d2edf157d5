// Model-level uncertainty (ripple/model_uncertainty.h): lognormal noise on
// technical coefficients, FLQ delta re-derivation of regional packages,
// satellite factors. Statistical checks use fixed seeds (deterministic).
#include "ripple/run/model_uncertainty.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "ripple/base/error.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "support/regional_fixture.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::Message;

namespace {

// n sectors, every coefficient a_ij = column_sum / n, x_j = 100 (j + 1).
Model DenseModel(int n, double column_sum) {
  Model model = testing::ThreeSectorNationalModel();
  model.sectors.clear();
  // Appended rather than "S" + to_string(i): GCC 12 warns (-Wrestrict) on the
  // latter when inlined, a known false positive.
  for (int i = 0; i < n; ++i) model.sectors.push_back(std::string("S").append(std::to_string(i)));
  model.sector_names.assign(static_cast<size_t>(n), "");
  model.output = Vector::LinSpaced(n, 100, 100.0 * n);
  model.transactions = Matrix::Constant(n, n, column_sum / n) * model.output.asDiagonal();
  model.final_demand_columns = {"P3_S14"};
  model.final_demand = Vector::Constant(n, 10);
  model.satellites = {{"compensation", "million EUR", Vector::Constant(n, 30)}};
  return model;
}

Vector CoefficientColumnSums(const Model& model) {
  return (model.transactions.colwise().sum().transpose().array() / model.output.array()).matrix();
}

}  // namespace

TEST_CASE("PerturbTechnicalCoefficients: sigma 0 returns Z unchanged and draws nothing",
          "[model-uncertainty]") {
  const Model model = LoadModel(testing::RepoPath("models/fr-2021"));
  RandomStream stream(5), twin(5);
  const Model result = PerturbTechnicalCoefficients(model, 0, stream);
  CHECK(result.transactions == model.transactions);
  CHECK(result.output == model.output);
  CHECK(stream.NextBits() == twin.NextBits());
}

TEST_CASE("PerturbTechnicalCoefficients: factors drawn in column-major order of non-zero cells",
          "[model-uncertainty]") {
  Model model = DenseModel(3, 0.6);
  model.transactions(1, 0) = 0;  // skipped: the second draw goes to cell (2, 0)
  const double sigma = 0.3;
  RandomStream stream(11), twin(11);
  const Model result = PerturbTechnicalCoefficients(model, sigma, stream);
  const double z1 = twin.Normal(), z2 = twin.Normal(), z3 = twin.Normal();
  auto factor = [&](double z) { return std::exp(sigma * z - sigma * sigma / 2); };
  CHECK(result.transactions(0, 0) == model.transactions(0, 0) * factor(z1));
  CHECK(result.transactions(1, 0) == 0);
  CHECK(result.transactions(2, 0) == model.transactions(2, 0) * factor(z2));
  CHECK(result.transactions(0, 1) == model.transactions(0, 1) * factor(z3));
  CHECK(result.output == model.output);
}

TEST_CASE("PerturbTechnicalCoefficients: zero cells stay zero, the same seed gives the same model",
          "[model-uncertainty]") {
  const Model model = LoadModel(testing::RepoPath("models/fr-2021"));
  RandomStream a(StreamSeed(3, 0, 1)), b(StreamSeed(3, 0, 1)), c(StreamSeed(3, 1, 1));
  const Model first = PerturbTechnicalCoefficients(model, 0.4, a);
  const Model again = PerturbTechnicalCoefficients(model, 0.4, b);
  const Model other = PerturbTechnicalCoefficients(model, 0.4, c);
  CHECK(first.transactions == again.transactions);
  CHECK(first.transactions != other.transactions);
  int zeros = 0;
  for (Eigen::Index j = 0; j < model.transactions.cols(); ++j) {
    for (Eigen::Index i = 0; i < model.transactions.rows(); ++i) {
      if (model.transactions(i, j) == 0) {
        ++zeros;
        CHECK(first.transactions(i, j) == 0);
      } else {
        CHECK(first.transactions(i, j) > 0);
      }
    }
  }
  CHECK(zeros > 0);  // fr-2021 has empty cells, so the rule is exercised
}

TEST_CASE(
    "PerturbTechnicalCoefficients: column sums stay below 1 and rescaled columns keep "
    "their sum",
    "[model-uncertainty]") {
  const Model model = DenseModel(4, 0.95);  // column sums 0.95: noise often pushes them past 1
  const Vector before = CoefficientColumnSums(model);
  int rescaled = 0, kept = 0;
  for (uint64_t draw = 0; draw < 200; ++draw) {
    RandomStream stream(StreamSeed(1, draw, 0));
    const Vector after = CoefficientColumnSums(PerturbTechnicalCoefficients(model, 0.5, stream));
    for (Eigen::Index j = 0; j < after.size(); ++j) {
      REQUIRE(after(j) < 1);
      if (std::abs(after(j) - before(j)) <= 1e-15) {
        ++rescaled;
      } else {
        ++kept;
      }
    }
  }
  CHECK(rescaled > 50);  // both branches are exercised
  CHECK(kept > 50);
}

TEST_CASE("PerturbTechnicalCoefficients: the factors have mean 1 and log-sd sigma",
          "[model-uncertainty]") {
  const double sigma = 0.5;
  const Model model = DenseModel(200, 0.2);  // column sums 0.2: no column is rescaled
  RandomStream stream(StreamSeed(2024, 0, 0));
  const Model result = PerturbTechnicalCoefficients(model, sigma, stream);
  const Matrix factors = result.transactions.cwiseQuotient(model.transactions);
  const double n = static_cast<double>(factors.size());
  const double mean = factors.mean();
  const Matrix logs = factors.array().log().matrix();
  const double log_mean = logs.mean();
  const double log_sd = std::sqrt((logs.array() - log_mean).square().sum() / (n - 1));
  // 40000 factors: standard errors 0.0027 (mean), 0.0025 (log mean), 0.0018 (log sd).
  CHECK(std::abs(mean - 1) < 0.01);
  CHECK(std::abs(log_mean + sigma * sigma / 2) < 0.01);
  CHECK(std::abs(log_sd - sigma) < 0.01);
}

TEST_CASE("PerturbTechnicalCoefficients: fr-2021 with sigma 0.5 still builds a Leontief model",
          "[model-uncertainty]") {
  const Model model = LoadModel(testing::RepoPath("models/fr-2021"));
  RandomStream stream(StreamSeed(9, 0, 0));
  const Model result = PerturbTechnicalCoefficients(model, 0.5, stream);
  CHECK(CoefficientColumnSums(result).maxCoeff() < 1);
  const LeontiefModel leontief(result);
  CHECK(leontief.has_type2());
  CHECK(leontief.SolveTypeI(Vector::Ones(64)).minCoeff() >= 1);
}

TEST_CASE("PerturbTechnicalCoefficients: a negative sigma is refused", "[model-uncertainty]") {
  RandomStream stream(1);
  CHECK_THROWS_MATCHES(PerturbTechnicalCoefficients(DenseModel(2, 0.5), -1, stream), Error,
                       Message("technical_coefficients_sigma -1 must be >= 0"));
}

TEST_CASE("ScaleSatellite: one satellite times the factor, the others untouched",
          "[model-uncertainty]") {
  const Model model = testing::ThreeSectorNationalModel();
  const Model result = ScaleSatellite(model, "employment", 0.9);
  CHECK(result.FindSatellite("employment")->values ==
        model.FindSatellite("employment")->values * 0.9);
  CHECK(result.FindSatellite("compensation")->values ==
        model.FindSatellite("compensation")->values);
  CHECK(ScaleSatellite(model, "employment", 1).FindSatellite("employment")->values ==
        model.FindSatellite("employment")->values);
  CHECK(ScaleSatellite(model, "employment", 0).FindSatellite("employment")->values.isZero());
}

TEST_CASE("ScaleSatellite: unknown names and negative factors are refused", "[model-uncertainty]") {
  const Model model = testing::ThreeSectorNationalModel();
  CHECK_THROWS_MATCHES(ScaleSatellite(model, "employmnet", 0.9), Error,
                       Message("unknown satellite 'employmnet' (did you mean 'employment'?)"));
  CHECK_THROWS_MATCHES(ScaleSatellite(model, "co2", 0.9), Error,
                       Message("unknown satellite 'co2' (valid: compensation, employment)"));
  CHECK_THROWS_MATCHES(ScaleSatellite(model, "employment", -1), Error,
                       Message("satellite factor -1 must be >= 0"));
}
