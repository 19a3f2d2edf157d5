// The interregional importer on hand-checkable cases: gravity balance,
// distances, and the aggregation identity on the three-sector economy
// (ripple/import/interregional.h).
#include "ripple/import/interregional.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/model/leontief.h"
#include "support/regional_fixture.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

const char* kRegionsCsv =
    "region,prefix,name,latitude,longitude,area_km2\n"
    "REG,R1,Region one,50,3,100\n"
    "OTHER,R2,Region two,50.5,3,400\n"
    "REST,R3,Rest,49,2.5,10000\n";

std::vector<InterregionalRegion> Regions() {
  return ParseInterregionalRegions(ParseCsv(kRegionsCsv, "regions.csv"));
}

Interregional BuildThreeSector(double decay = 1.0) {
  const Model national = testing::ThreeSectorNationalModel();
  const auto regions = Regions();
  RegionalEmployment employment =
      MatchRegionalEmployment(ParseCsv(testing::ThreeSectorEmploymentCsv(), "employment.csv"),
                              national, "three-sector", regions, "NAT");
  employment.source = "hand-made test table";
  employment.year = 2018;
  InterregionalOptions options;
  options.id = "three-regions";
  options.distance_decay = decay;
  return BuildInterregional(national, employment, regions, options);
}

}  // namespace

TEST_CASE("gravity balance: hand-solved 2 x 2 and margins", "[interregional]") {
  // Symmetric margins 1, 1 and seed [[4, 1], [1, 4]]: T = [[a, 1 - a], [1 - a, a]]
  // with a^2 / (1 - a)^2 = 16 (the cross ratio of the seed is kept), a = 0.8.
  Matrix seed(2, 2);
  seed << 4, 1, 1, 4;
  Vector ones = Vector::Ones(2);
  const Matrix t = BalanceGravity(seed, ones, ones);
  CHECK(t(0, 0) == Approx(0.8).epsilon(1e-12));
  CHECK(t(0, 1) == Approx(0.2).epsilon(1e-12));
  Matrix seed3(3, 3);
  seed3 << 1, 0.5, 0.1, 0.5, 1, 0.2, 0.1, 0.2, 1;
  Vector origins(3), destinations(3);
  origins << 10, 5, 85;
  destinations << 8, 7, 85;
  const Matrix flows = BalanceGravity(seed3, origins, destinations);
  CHECK(testing::MaxRelativeDifference(flows.rowwise().sum(), origins) < 1e-12);
  CHECK(testing::MaxRelativeDifference(flows.colwise().sum().transpose(), destinations) < 1e-12);
  Vector unequal = destinations;
  unequal(0) = 9;
  CHECK_THROWS_WITH(BalanceGravity(seed3, origins, unequal),
                    "gravity: origins sum to 100, destinations to 101 (rule: equal totals)");
}

TEST_CASE("region distances: haversine and (2/3) sqrt(area / pi) inside", "[interregional]") {
  InterregionalRegion a{"A", "A", "a", 50, 3, 9 * std::numbers::pi};
  InterregionalRegion b{"B", "B", "b", 51, 3, 1};
  CHECK(RegionDistanceKm(a, a) == Approx(2.0).epsilon(1e-12));  // (2/3) * 3
  // One degree of latitude along a meridian: 6371.0088 * pi / 180 km.
  CHECK(RegionDistanceKm(a, b) == Approx(6371.0088 * std::numbers::pi / 180).epsilon(1e-12));
}

TEST_CASE("regions file errors name file, line, field and rule", "[interregional]") {
  CHECK_THROWS_WITH(ParseInterregionalRegions(
                        ParseCsv("region,prefix,name,latitude,longitude\nA,A,a,1,1\n", "r.csv")),
                    Catch::Contains("r.csv:1: area_km2: missing column"));
  CHECK_THROWS_WITH(
      ParseInterregionalRegions(ParseCsv("region,prefix,name,latitude,longitude,area_km2\n"
                                         "A,A:1,a,91,1,0\nB,B,b,1,1,5\nC,B,c,1,1,5\n",
                                         "r.csv")),
      "r.csv:2: prefix: 'A:1' is not a prefix (rule: letters, digits, '_' or '-')\n"
      "r.csv:2: latitude: value 91 must be within [-90, 90]\n"
      "r.csv:2: area_km2: value 0 must be > 0\n"
      "r.csv:4: prefix: prefix 'B' appears twice");
}

TEST_CASE("three-sector interregional model: shares, trade and the aggregation identity",
          "[interregional]") {
  const Model national = testing::ThreeSectorNationalModel();
  const Interregional result = BuildThreeSector();
  const Model& model = result.model;
  const Eigen::Index n = 3;
  REQUIRE(model.sectors.size() == 9);
  CHECK(model.sectors[0] == "R1:CPA_A01");
  CHECK(model.sectors[5] == "R2:CPA_J62_63");
  CHECK(model.sector_names[8] == "Rest: CPA_J62_63");
  // Output shares = employment shares of the group (fixture: nation 400, 300,
  // 300; REG 20, 45, 35; OTHER 10, 20, 20; REST the remainder).
  CHECK(model.output(0) == Approx(1000 * 20.0 / 400));
  CHECK(model.output(n + 1) == Approx(800 * 20.0 / 300));
  CHECK(model.output(2 * n + 2) == Approx(600 * 245.0 / 300));
  CHECK(testing::MaxRelativeDifference(testing::SumOverRegions(model.output, n), national.output) <
        1e-14);
  for (size_t i = 0; i < result.trade_shares.size(); ++i) {
    const Matrix& t = result.trade_shares[i];
    CHECK((t.colwise().sum().array() - 1).abs().maxCoeff() < 1e-13);
    CHECK(t.minCoeff() > 0);
  }
  // Rows balance up to the national table's own residual (intermediate sales +
  // final demand - output; not 0 in the fixture), spread by output share.
  const Vector row_total = model.transactions.rowwise().sum() + model.final_demand.rowwise().sum();
  const Vector residual = national.transactions.rowwise().sum() +
                          national.final_demand.rowwise().sum() - national.output;
  for (Eigen::Index k = 0; k < 9; ++k) {
    CHECK(row_total(k) - model.output(k) ==
          Approx(residual(k % n) * result.output_share(k % n, k / n)).margin(1e-9));
  }

  // Any final demand: aggregated output = national output of the aggregated
  // demand (Type I and II), e.g. the national final demand split by region.
  const LeontiefModel regional_model(model);
  const LeontiefModel national_model(national);
  const Matrix f = model.final_demand.rowwise().sum();
  const Matrix y = national.final_demand.rowwise().sum();
  CHECK(testing::MaxRelativeDifference(
            testing::SumOverRegions(regional_model.SolveTypeI(f).col(0), n),
            national_model.SolveTypeI(y).col(0)) < 1e-12);
  CHECK(testing::MaxRelativeDifference(
            testing::SumOverRegions(regional_model.SolveTypeII(f).col(0), n),
            national_model.SolveTypeII(y).col(0)) < 1e-12);
  // Every block's Type I output multiplier is the national one of its product.
  const Vector multipliers = regional_model.WeightedColumnSumsTypeI(Vector::Ones(9));
  const Vector national_multipliers = national_model.WeightedColumnSumsTypeI(Vector::Ones(3));
  for (Eigen::Index k = 0; k < 9; ++k) {
    CHECK(multipliers(k) == Approx(national_multipliers(k % n)).epsilon(1e-12));
  }
}

TEST_CASE("three-sector interregional model: distance keeps trade nearby", "[interregional]") {
  // With no deterrence (beta = 0) a region buys from each origin in proportion
  // to the origins' supply; with beta = 1 it buys more from itself.
  const Interregional flat = BuildThreeSector(0.0);
  const Interregional near = BuildThreeSector(1.0);
  const Matrix& t0 = flat.trade_shares[1];
  CHECK(t0(0, 0) == Approx(flat.output_share(1, 0)).epsilon(1e-12));
  CHECK(t0(0, 1) == Approx(flat.output_share(1, 0)).epsilon(1e-12));
  CHECK(near.trade_shares[1](0, 0) > 2 * t0(0, 0));
}

TEST_CASE("interregional options and employment errors", "[interregional]") {
  const Model national = testing::ThreeSectorNationalModel();
  auto regions = Regions();
  regions[1].code = "OTHR";
  CHECK_THROWS_WITH(MatchRegionalEmployment(ParseCsv(testing::ThreeSectorEmploymentCsv(), "e.csv"),
                                            national, "three-sector", regions, "NAT"),
                    "e.csv:1: region: code 'OTHR' is not a column of the employment table (did "
                    "you mean 'OTHER'?)");
  regions = Regions();
  regions.pop_back();  // no REST: REG and OTHER are not the nation
  CHECK_THROWS_WITH(MatchRegionalEmployment(ParseCsv(testing::ThreeSectorEmploymentCsv(), "e.csv"),
                                            national, "three-sector", regions, "NAT"),
                    "e.csv: group 'A': the listed regions employ 30 of the nation's 400 (rule: the "
                    "regions make up the nation; add a 'REST' region for the rest)");
  RegionalEmployment employment =
      MatchRegionalEmployment(ParseCsv(testing::ThreeSectorEmploymentCsv(), "e.csv"), national,
                              "three-sector", Regions(), "NAT");
  InterregionalOptions options;
  options.id = "x";
  options.distance_decay = -1;
  CHECK_THROWS_WITH(BuildInterregional(national, employment, Regions(), options),
                    "distance_decay: value -1 must be a number >= 0 (trade falls with distance as "
                    "d^-beta)");
}

TEST_CASE("interregional package round-trips through WriteInterregionalPackage and LoadModel",
          "[interregional]") {
  const Interregional result = BuildThreeSector();
  const std::string dir = testing::MakeTempDir("interregional") + "/pkg";
  WriteInterregionalPackage(result, dir);
  const Model loaded = LoadModel(dir);
  CHECK(loaded.sectors == result.model.sectors);
  CHECK((loaded.transactions - result.model.transactions).cwiseAbs().maxCoeff() == 0);
  CHECK_FALSE(loaded.regional.enabled());  // no rpc.csv: the package covers the nation
  const std::string shares = ReadFile(dir + "/interregional_shares.csv");
  CHECK(shares.rfind(
            "region,prefix,employment_group,employment_region,employment_national,output_share\n"
            "REG,R1,A,20,400,0.05\n",
            0) == 0);
  const std::string trade = ReadFile(dir + "/interregional_trade.csv");
  CHECK(trade.rfind("product,origin,destination,distance_km,trade_share,flow\nCPA_A01,R1,R1,", 0) ==
        0);
}
