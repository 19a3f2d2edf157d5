// FLQ delta re-derivation of regional packages (WithFlqDelta in
// ripple/model_uncertainty.h): exact at the package's own delta, monotone in
// delta, equal to a fresh Regionalize at other deltas (the three-sector
// fixture always; Nord from the Eurostat employment file when ../shared/data
// is present), and pinned errors.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/import/regionalize.h"
#include "ripple/model/model.h"
#include "ripple/run/model_uncertainty.h"
#include "support/regional_fixture.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::Message;

namespace {

constexpr const char* kEmploymentFile =
    "eurostat_regional_employment_nuts3_2018/nama_10r_3empers_2018_fr_hdf_ths_persons.csv";

Matrix Coefficients(const Model& model) {
  Matrix a = model.transactions;
  for (Eigen::Index j = 0; j < a.cols(); ++j) {
    if (model.output(j) > 0) a.col(j) /= model.output(j);
  }
  return a;
}

// max |a - b| / |b| over the cells, requiring identical zero patterns.
double MaxRelativeDifference(const Matrix& a, const Matrix& b) {
  double worst = 0;
  for (Eigen::Index j = 0; j < a.cols(); ++j) {
    for (Eigen::Index i = 0; i < a.rows(); ++i) {
      if (b(i, j) == 0) {
        if (a(i, j) != 0) return INFINITY;
        continue;
      }
      worst = std::max(worst, std::abs(a(i, j) - b(i, j)) / std::abs(b(i, j)));
    }
  }
  return worst;
}

// Writes a regional package the way `ripple model regionalize` does (model
// files and location_quotients.csv) into a fresh folder.
std::string WriteRegionalPackage(const Regionalization& result) {
  const std::string dir = testing::MakeTempDir("flq-delta");
  WriteModelPackage(result.model, dir);
  std::ofstream quotients(dir + "/location_quotients.csv", std::ios::binary);
  WriteLocationQuotientsCsv(result, quotients);
  return dir;
}

Regionalization ThreeSector(LqMethod method, double delta) {
  RegionalizeOptions options;
  options.id = "three-sector-reg";
  options.method = method;
  options.delta = delta;
  return Regionalize(testing::ThreeSectorNationalModel(), testing::ThreeSectorEmployment(),
                     options);
}

}  // namespace

TEST_CASE("WithFlqDelta: nord-2021 at its own delta is the package, bit for bit", "[flq-delta]") {
  const std::string dir = testing::RepoPath("models/nord-2021");
  const Model model = LoadModel(dir);
  const RegionalDeltaBasis basis = LoadRegionalDeltaBasis(dir, model);
  CHECK(basis.method == "flq");
  CHECK(basis.delta == 0.3);
  CHECK(basis.employment.region_total == 1061.1);
  CHECK(basis.employment.national_total == 28327.5);
  // The recomputed rpc is the one of rpc.csv (written with 12 significant digits).
  const CsvTable rpc = ReadCsvFile(dir + "/rpc.csv");
  REQUIRE(rpc.rows.size() == model.sectors.size());
  for (size_t i = 0; i < rpc.rows.size(); ++i) {
    for (size_t j = 0; j < model.sectors.size(); ++j) {
      double written = 0;
      REQUIRE(ParseDouble(rpc.rows[i].fields[j + 1], written));
      const double recomputed =
          basis.rpc_at_delta(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
      REQUIRE(std::abs(recomputed - written) <= 5e-12 * std::abs(written));
    }
  }
  const Model same = WithFlqDelta(model, basis, 0.3);
  CHECK(same.transactions == model.transactions);
  CHECK(same.output == model.output);
  CHECK(same.info.provenance == model.info.provenance);
}

TEST_CASE("WithFlqDelta: a larger delta never raises a regional coefficient", "[flq-delta]") {
  const std::string dir = testing::RepoPath("models/nord-2021");
  const Model model = LoadModel(dir);
  const RegionalDeltaBasis basis = LoadRegionalDeltaBasis(dir, model);
  // lambda = [log2(1 + E^r/E^n)]^delta decreases with delta (E^r/E^n < 1).
  Matrix previous = Coefficients(WithFlqDelta(model, basis, 0));
  for (double delta : {0.1, 0.2, 0.3, 0.4, 0.6, 0.9}) {
    INFO("delta " << delta);
    const Matrix a = Coefficients(WithFlqDelta(model, basis, delta));
    CHECK((a - previous).maxCoeff() <= 0);
    CHECK((a - previous).minCoeff() < 0);
    previous = a;
  }
}

TEST_CASE("WithFlqDelta equals Regionalize at another delta on the three-sector case (FLQ, AFLQ)",
          "[flq-delta]") {
  for (LqMethod method : {LqMethod::kFlq, LqMethod::kAflq}) {
    INFO("method " << LqMethodName(method));
    const std::string dir = WriteRegionalPackage(ThreeSector(method, 0.3));
    const Model model = LoadModel(dir);
    const RegionalDeltaBasis basis = LoadRegionalDeltaBasis(dir, model);
    CHECK(basis.method == LqMethodName(method));
    for (double delta : {0.0, 0.1, 0.6, 0.95}) {
      INFO("delta " << delta);
      const Model expected = ThreeSector(method, delta).model;
      const Model actual = WithFlqDelta(model, basis, delta);
      CHECK(MaxRelativeDifference(Coefficients(actual), Coefficients(expected)) < 1e-14);
    }
    std::filesystem::remove_all(dir);
  }
}

TEST_CASE("WithFlqDelta equals Regionalize of Nord from Eurostat employment at delta 0.2 and 0.4",
          "[flq-delta][shared]") {
  const std::string employment_file = testing::SharedDataPath(kEmploymentFile);
  if (employment_file.empty()) {
    WARN("skipped: ../shared/data/" << kEmploymentFile << " is absent");
    return;
  }
  const Model national = LoadModel(testing::RepoPath("models/fr-2021"));
  const SectorEmployment employment =
      MatchEmployment(ReadCsvFile(employment_file), national, "fr-2021", "FRE11", "FR");
  const std::string dir = testing::RepoPath("models/nord-2021");
  const Model nord = LoadModel(dir);
  const RegionalDeltaBasis basis = LoadRegionalDeltaBasis(dir, nord);
  for (double delta : {0.2, 0.4}) {
    INFO("delta " << delta);
    RegionalizeOptions options;
    options.id = "nord-2021";
    options.method = LqMethod::kFlq;
    options.delta = delta;
    const Model rebuilt = Regionalize(national, employment, options).model;
    const Model derived = WithFlqDelta(nord, basis, delta);
    // The package is written round-trip exact, so only a few ulps remain.
    CHECK(MaxRelativeDifference(Coefficients(derived), Coefficients(rebuilt)) < 1e-12);
  }
}

TEST_CASE("WithFlqDelta: a delta outside 0 to 1 (exclusive) is refused", "[flq-delta]") {
  const std::string dir = testing::RepoPath("models/nord-2021");
  const Model model = LoadModel(dir);
  const RegionalDeltaBasis basis = LoadRegionalDeltaBasis(dir, model);
  CHECK_THROWS_MATCHES(WithFlqDelta(model, basis, 1.2), Error,
                       Message("flq_delta 1.2 must be within [0, 1)"));
  CHECK_THROWS_MATCHES(WithFlqDelta(model, basis, 1), Error,
                       Message("flq_delta 1 must be within [0, 1)"));
  CHECK_THROWS_MATCHES(WithFlqDelta(model, basis, -0.1), Error,
                       Message("flq_delta -0.1 must be within [0, 1)"));
}

TEST_CASE("LoadRegionalDeltaBasis: a national package is not an FLQ estimate", "[flq-delta]") {
  const std::string dir = testing::RepoPath("models/fr-2021");
  CHECK_THROWS_MATCHES(
      LoadRegionalDeltaBasis(dir, LoadModel(dir)), Error,
      Message("model 'fr-2021' is not a regional FLQ/AFLQ estimate (its [provenance] has no "
              "method = \"flq\" or \"aflq\"): flq_delta needs a package built by ripple model "
              "regionalize --method flq"));
}

TEST_CASE("LoadRegionalDeltaBasis: problems of location_quotients.csv and provenance are listed",
          "[flq-delta]") {
  const std::string dir = WriteRegionalPackage(ThreeSector(LqMethod::kFlq, 0.3));
  Model model = LoadModel(dir);
  for (auto& [key, value] : model.info.provenance) {
    if (key == "employment_region_total") value = "many";
  }
  const std::string quotients = dir + "/location_quotients.csv";
  testing::WriteTextFile(quotients,
                         "sector,employment_group,employment_region,employment_national\n"
                         "CPA_A01,A,20,400\n"
                         "CPA_C10-12,B-E,-45,300\n"
                         "CPA_J62_64,J,35,x\n");
  const std::string toml = dir + "/model.toml";
  CHECK_THROWS_MATCHES(
      LoadRegionalDeltaBasis(dir, model), Error,
      Message(toml + ": provenance.employment_region_total: value 'many' is not a number\n" +
              quotients +
              ":4:1: sector: unknown sector 'CPA_J62_64' (did you mean 'CPA_J62_63'?)\n" +
              quotients + ":3:3: employment_region: value '-45' must be a number >= 0\n" +
              quotients + ": sector: no row for sector 'CPA_J62_63' of the model"));
  std::filesystem::remove_all(dir);
}
