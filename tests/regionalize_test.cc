// Location quotients and regional packages on a three-sector case computed
// by hand (tests/support/regional_fixture.h).
#include "ripple/import/regionalize.h"

#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/model/leontief.h"
#include "support/regional_fixture.h"

using namespace ripple;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

namespace {

// Hand computation shared by the cases below. Employment (thousand persons):
//   nation E^n = [400, 300, 300], E^n = 1000; region E^r = [20, 45, 35], E^r = 100.
//   SLQ_i = (E_i^r/E^r) / (E_i^n/E^n):
//     SLQ_1 = 0.20/0.40 = 0.5, SLQ_2 = 0.45/0.30 = 1.5, SLQ_3 = 0.35/0.30 = 7/6 = 1.166667
//   CILQ_ij = SLQ_i/SLQ_j off the diagonal, SLQ_i on it:
//     [0.5       0.333333  0.428571]
//     [3         1.5       1.285714]
//     [2.333333  0.777778  1.166667]
//   lambda = [log2(1 + 100/1000)]^0.3: log2(1.1) = ln 1.1 / ln 2 = 0.0953102/0.6931472
//     = 0.1375035; ln 0.1375035 = -1.984106; x 0.3 = -0.595232; e^-0.595232 = 0.551435
//   FLQ = lambda * CILQ:
//     [0.275717  0.183812  0.236329]
//     [1.654304  0.827152  0.708988]
//     [1.286681  0.428894  0.643341]
//   RPC = min(FLQ, 1): entries (2,1) and (3,1) become 1.
//   a^r = RPC * a^n with a^n = [0.10 0.20 0.05; 0.30 0.10 0.20; 0.05 0.15 0.10]:
//     [0.0275717  0.0367623  0.0118165]
//     [0.30       0.0827152  0.1417975]
//     [0.05       0.0643341  0.0643341]
//   x^r = x^n * E_i^r/E_i^n = [1000*0.05, 800*0.15, 600*35/300] = [50, 120, 70].
//   AFLQ multiplies the FLQ columns with SLQ_j > 1 by log2(1 + SLQ_j):
//     column 2: log2(2.5) = 1.321928, column 3: log2(13/6) = 1.115477
//     [0.275717  0.242986  0.263620]
//     [1.654304  1.093436  0.790859]
//     [1.286681  0.566967  0.717632]
void CheckMatrix(const Matrix& actual, const std::vector<std::vector<double>>& expected,
                 double tolerance) {
  for (size_t i = 0; i < expected.size(); ++i) {
    for (size_t j = 0; j < expected[i].size(); ++j) {
      INFO("entry (" << i + 1 << ", " << j + 1 << ")");
      CHECK_THAT(actual(i, j), WithinAbs(expected[i][j], tolerance));
    }
  }
}

RegionalizeOptions Options(LqMethod method) {
  RegionalizeOptions options;
  options.id = "three-sector-reg";
  options.method = method;
  return options;
}

Matrix Coefficients(const Model& model) { return LeontiefModel(model).technical_coefficients(); }

}  // namespace

TEST_CASE("FLQ with delta 0.3 matches the hand computation", "[regionalize][flq]") {
  const Regionalization result =
      Regionalize(testing::ThreeSectorNationalModel(), testing::ThreeSectorEmployment(),
                  Options(LqMethod::kFlq));
  const LocationQuotients& q = result.quotients;
  CHECK_THAT(q.lambda, WithinAbs(0.551435, 5e-7));
  CHECK_THAT(q.slq(0), WithinAbs(0.5, 1e-12));
  CHECK_THAT(q.slq(1), WithinAbs(1.5, 1e-12));
  CHECK_THAT(q.slq(2), WithinAbs(1.166667, 5e-7));
  CheckMatrix(q.quotients,
              {{0.275717, 0.183812, 0.236329},
               {1.654304, 0.827152, 0.708988},
               {1.286681, 0.428894, 0.643341}},
              5e-7);
  CheckMatrix(q.rpc,
              {{0.275717, 0.183812, 0.236329}, {1, 0.827152, 0.708988}, {1, 0.428894, 0.643341}},
              5e-7);
  CheckMatrix(Coefficients(result.model),
              {{0.0275717, 0.0367623, 0.0118165},
               {0.30, 0.0827152, 0.1417975},
               {0.05, 0.0643341, 0.0643341}},
              5e-8);
  CHECK_THAT(result.model.output(0), WithinAbs(50, 1e-9));
  CHECK_THAT(result.model.output(1), WithinAbs(120, 1e-9));
  CHECK_THAT(result.model.output(2), WithinAbs(70, 1e-9));
}

TEST_CASE("SLQ, CILQ and AFLQ match the hand computation", "[regionalize]") {
  const Model national = testing::ThreeSectorNationalModel();
  const SectorEmployment employment = testing::ThreeSectorEmployment();
  // SLQ: q_ij = SLQ_i for every j, so rows 2 and 3 (SLQ > 1) keep the national coefficients.
  const Regionalization slq = Regionalize(national, employment, Options(LqMethod::kSlq));
  CheckMatrix(slq.quotients.rpc, {{0.5, 0.5, 0.5}, {1, 1, 1}, {1, 1, 1}}, 1e-12);
  CHECK(slq.quotients.lambda == 1.0);
  // CILQ with SLQ on the diagonal (Miller & Blair 2009, section 8.4).
  const Regionalization cilq = Regionalize(national, employment, Options(LqMethod::kCilq));
  CheckMatrix(cilq.quotients.quotients,
              {{0.5, 0.333333, 0.428571}, {3, 1.5, 1.285714}, {2.333333, 0.777778, 1.166667}},
              5e-7);
  CheckMatrix(cilq.quotients.rpc, {{0.5, 0.333333, 0.428571}, {1, 1, 1}, {1, 0.777778, 1}}, 5e-7);
  const Regionalization aflq = Regionalize(national, employment, Options(LqMethod::kAflq));
  CheckMatrix(aflq.quotients.quotients,
              {{0.275717, 0.242986, 0.263620},
               {1.654304, 1.093436, 0.790859},
               {1.286681, 0.566967, 0.717632}},
              5e-7);
  CHECK_THAT(aflq.quotients.rpc(1, 1), WithinAbs(1.0, 0));
}

TEST_CASE("delta 0 gives lambda 1 and a delta outside the unit interval is rejected",
          "[regionalize][errors]") {
  const SectorEmployment employment = testing::ThreeSectorEmployment();
  CHECK(ComputeLocationQuotients(employment, LqMethod::kFlq, 0.0).lambda == 1.0);
  CHECK_THROWS_WITH(ComputeLocationQuotients(employment, LqMethod::kFlq, 1.0),
                    "delta: value 1 must be within [0, 1) (Flegg & Webber 1997: lambda = "
                    "[log2(1 + E^r/E^n)]^delta)");
  CHECK_THROWS_WITH(ComputeLocationQuotients(employment, LqMethod::kAflq, -0.1),
                    Contains("delta: value -0.1 must be within [0, 1)"));
  // SLQ and CILQ do not use delta.
  CHECK_NOTHROW(ComputeLocationQuotients(employment, LqMethod::kCilq, 7.0));
}

TEST_CASE("method names round-trip", "[regionalize]") {
  for (const auto& name : LqMethodNames()) {
    const auto method = ParseLqMethod(name);
    REQUIRE(method.has_value());
    CHECK(LqMethodName(*method) == name);
  }
  CHECK_FALSE(ParseLqMethod("FLQ").has_value());
  CHECK_FALSE(ParseLqMethod("").has_value());
}

TEST_CASE("regional coefficients and multipliers never exceed the national ones",
          "[regionalize][property]") {
  const Model national = testing::ThreeSectorNationalModel();
  const LeontiefModel national_model(national);
  const Vector ones = Vector::Ones(3);
  for (const auto& name : LqMethodNames()) {
    INFO("method " << name);
    RegionalizeOptions options = Options(*ParseLqMethod(name));
    options.local_consumption_share = 0.6;
    options.resident_income_share = 0.9;
    const Regionalization result = Regionalize(national, testing::ThreeSectorEmployment(), options);
    const LeontiefModel regional(result.model);
    const Matrix difference =
        national_model.technical_coefficients() - regional.technical_coefficients();
    CHECK(difference.minCoeff() >= 0);
    const Vector type1 = regional.WeightedColumnSumsTypeI(ones);
    const Vector type2 = regional.WeightedColumnSumsTypeII(ones);
    CHECK((national_model.WeightedColumnSumsTypeI(ones) - type1).minCoeff() >= 0);
    CHECK((national_model.WeightedColumnSumsTypeII(ones) - type2).minCoeff() >= 0);
    CHECK((type2 - type1).minCoeff() >= 0);
  }
}

TEST_CASE("household closure: consumption and income coefficients scale by the shares",
          "[regionalize][household]") {
  const Model national = testing::ThreeSectorNationalModel();
  RegionalizeOptions options = Options(LqMethod::kFlq);
  options.local_consumption_share = 0.6;
  options.resident_income_share = 0.9;
  const Regionalization result = Regionalize(national, testing::ThreeSectorEmployment(), options);
  // Regional compensation = [300*0.05, 250*0.15, 200*35/300] = [15, 37.5, 23.3333] = 75.8333
  // of 750 nationally: s = 0.1011111.
  CHECK_THAT(result.final_demand_share, WithinAbs(75.833333 / 750, 1e-8));
  CHECK_THAT(result.model.final_demand(1, 0), WithinAbs(300 * 75.833333 / 750, 1e-5));
  const LeontiefModel n(national), r(result.model);
  CHECK((r.household_consumption_coefficients() - 0.6 * n.household_consumption_coefficients())
            .cwiseAbs()
            .maxCoeff() < 1e-15);
  CHECK((r.household_income_coefficients() - 0.9 * n.household_income_coefficients())
            .cwiseAbs()
            .maxCoeff() < 1e-15);
  CHECK(result.model.household.local_consumption_share == 0.6);
  CHECK(result.model.household.resident_income_share == 0.9);
}

TEST_CASE("satellites scale with regional output and provenance names method and data",
          "[regionalize]") {
  const Regionalization result =
      Regionalize(testing::ThreeSectorNationalModel(), testing::ThreeSectorEmployment(),
                  Options(LqMethod::kFlq));
  const Satellite* employment = result.model.FindSatellite("employment");
  REQUIRE(employment != nullptr);
  CHECK_THAT(employment->values(0), WithinAbs(4 * 0.05, 1e-12));
  CHECK_THAT(employment->values(1), WithinAbs(3 * 0.15, 1e-12));
  const auto& provenance = result.model.info.provenance;
  auto value = [&](const std::string& key) {
    for (const auto& [k, v] : provenance)
      if (k == key) return v;
    return std::string("(absent)");
  };
  CHECK(value("national_model") == "three-sector");
  CHECK(value("method") == "flq");
  CHECK(value("delta") == "0.3");
  CHECK(value("lambda") == "0.551434772332");
  CHECK(value("employment_year") == "2018");
  CHECK(value("employment_region") == "REG");
  CHECK_THAT(result.model.info.notes,
             Contains("The employment year 2018 differs from the table year 2021"));
  CHECK(result.model.info.id == "three-sector-reg");
  CHECK(result.model.info.region == "REG");
}

TEST_CASE("a group without regional employment has no output and no purchases", "[regionalize]") {
  SectorEmployment employment = testing::ThreeSectorEmployment();
  employment.region(2) = 0;  // no J in the region
  const Regionalization result =
      Regionalize(testing::ThreeSectorNationalModel(), employment, Options(LqMethod::kFlq));
  CHECK(result.model.output(2) == 0);
  CHECK(result.model.transactions.col(2).cwiseAbs().maxCoeff() == 0);
  CHECK(result.model.transactions.row(2).cwiseAbs().maxCoeff() == 0);
  CHECK(result.quotients.rpc.col(2).cwiseAbs().maxCoeff() == 0);
  for (const auto& satellite : result.model.satellites) CHECK(satellite.values(2) == 0);
}

TEST_CASE("invalid regionalisation options are reported together", "[regionalize][errors]") {
  RegionalizeOptions options;
  options.local_consumption_share = 1.2;
  options.resident_income_share = -0.5;
  CHECK_THROWS_WITH(
      Regionalize(testing::ThreeSectorNationalModel(), testing::ThreeSectorEmployment(), options),
      "--id: a model id is required\n"
      "--local-consumption-share: value 1.2 must be within [0, 1]\n"
      "--resident-income-share: value -0.5 must be within [0, 1]");
}
