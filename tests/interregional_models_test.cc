// The shipped interregional model hdf-5dep-interregional-2021: it rebuilds byte
// for byte from models/fr-2021 and the Eurostat regional employment (when
// ../shared/data is present), its totals are the national model's, each
// region's block takes the employment share used, and a subsidy in Nord
// spills over to the other regions as documented in models/README.md.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <map>

#include "ripple/base/csv.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "support/regional_fixture.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

constexpr const char* kModel = "models/hdf-5dep-interregional-2021";
constexpr const char* kEmploymentFile =
    "eurostat_regional_employment_nuts3_2018/nama_10r_3empers_2018_fr_hdf_ths_persons.csv";
const char* const kRegions[] = {"NORD", "PDC", "AISNE", "OISE", "SOMME", "REST"};

const char* const kPackageFiles[] = {"model.toml",
                                     "transactions.csv",
                                     "output.csv",
                                     "final_demand.csv",
                                     "satellites.csv",
                                     "interregional_trade.csv",
                                     "interregional_shares.csv"};

// `text` between `mark`s, built piece by piece (GCC 12 reports a false
// -Wrestrict on const char* + std::string&&).
std::string Quoted(const std::string& text, char mark) {
  std::string out(1, mark);
  out += text;
  out += mark;
  return out;
}

std::string RegionOf(const std::string& sector) { return sector.substr(0, sector.find(':')); }

// Sum of `indicator` over `effects` (gross) per region prefix, from impacts.csv.
std::map<std::string, double> ByRegion(const std::string& report, const std::string& indicator,
                                       const std::vector<std::string>& effects) {
  const CsvTable table = ParseCsv(ReadFile(report + "/impacts.csv"), "impacts.csv");
  const int ind = table.ColumnIndex("indicator"), eff = table.ColumnIndex("effect"),
            basis = table.ColumnIndex("basis"), sector = table.ColumnIndex("sector"),
            value = table.ColumnIndex("value");
  std::map<std::string, double> sums;
  for (const CsvRow& row : table.rows) {
    if (row.fields[ind] != indicator || row.fields[basis] != "gross") continue;
    if (std::find(effects.begin(), effects.end(), row.fields[eff]) == effects.end()) continue;
    sums[RegionOf(row.fields[sector])] += std::stod(row.fields[value]);
  }
  return sums;
}

double Total(const std::map<std::string, double>& sums) {
  double total = 0;
  for (const auto& [region, value] : sums) total += value;
  return total;
}

}  // namespace

TEST_CASE("hdf-5dep-interregional-2021 rebuilds byte for byte from fr-2021 and Eurostat",
          "[interregional-models][shared]") {
  const std::string employment = testing::SharedDataPath(kEmploymentFile);
  if (employment.empty()) {
    WARN("skipped: ../shared/data/" << kEmploymentFile << " is absent");
    return;
  }
  const std::string data = employment.substr(0, employment.size() - std::strlen(kEmploymentFile));
  const std::string out = testing::MakeTempDir("interregional-models") + "/pkg";
  const std::string script = testing::RepoPath("models/build-hdf-5dep-interregional-2021.sh");
  const auto result = testing::RunCliUnder("RIPPLE_SHARED_DATA='" + data + "' sh '" + script + "'",
                                           Quoted(out, '\''));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  for (const char* file : kPackageFiles) {
    INFO("file " << file);
    CHECK(ReadFile(out + "/" + file) == ReadFile(testing::RepoPath(kModel) + "/" + file));
  }
  std::filesystem::remove_all(std::filesystem::path(out).parent_path());
}

TEST_CASE("hdf-5dep-interregional-2021: national final demand gives national output",
          "[interregional-models]") {
  const Model national = LoadModel(testing::RepoPath("models/fr-2021"));
  const Model model = LoadModel(testing::RepoPath(kModel));
  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  REQUIRE(model.sectors.size() == 6 * national.sectors.size());
  CHECK(model.sectors[0] == "NORD:A01");
  CHECK(model.sectors[5 * n] == "REST:A01");
  // The tables add up to the national ones.
  CHECK(testing::MaxRelativeDifference(testing::SumOverRegions(model.output, n), national.output) <
        1e-12);
  for (size_t s = 0; s < model.satellites.size(); ++s) {
    const Vector total = testing::SumOverRegions(model.satellites[s].values, n);
    CHECK((total - national.satellites[s].values).cwiseAbs().maxCoeff() <=
          1e-12 * national.satellites[s].values.cwiseAbs().maxCoeff());
  }
  // The aggregation identity: the national final demand, split across
  // regions as in final_demand.csv, gives national output by product (the
  // national model's solution, Type I and Type II) to 1e-9 relative.
  const LeontiefModel regional_model(model);
  const LeontiefModel national_model(national);
  const Matrix f = model.final_demand.rowwise().sum();
  const Matrix y = national.final_demand.rowwise().sum();
  CHECK(testing::MaxRelativeDifference(
            testing::SumOverRegions(model.final_demand.rowwise().sum(), n), y.col(0)) < 1e-12);
  CHECK(testing::MaxRelativeDifference(
            testing::SumOverRegions(regional_model.SolveTypeI(f).col(0), n),
            national_model.SolveTypeI(y).col(0)) < 1e-9);
  CHECK(testing::MaxRelativeDifference(
            testing::SumOverRegions(regional_model.SolveTypeII(f).col(0), n),
            national_model.SolveTypeII(y).col(0)) < 1e-9);
}

TEST_CASE("hdf-5dep-interregional-2021: each block takes the employment share used",
          "[interregional-models]") {
  const Model national = LoadModel(testing::RepoPath("models/fr-2021"));
  const Model model = LoadModel(testing::RepoPath(kModel));
  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  const CsvTable shares = ReadCsvFile(testing::RepoPath(kModel) + "/interregional_shares.csv");
  const int prefix = shares.ColumnIndex("prefix"), group = shares.ColumnIndex("employment_group"),
            region_employment = shares.ColumnIndex("employment_region"),
            national_employment = shares.ColumnIndex("employment_national");
  std::map<std::pair<std::string, std::string>, double> share;  // (prefix, group) -> E^r / E^n
  std::map<std::string, double> group_sum;
  for (const CsvRow& row : shares.rows) {
    const double e = std::stod(row.fields[region_employment]);
    share[{row.fields[prefix], row.fields[group]}] = e / std::stod(row.fields[national_employment]);
    group_sum[row.fields[group]] += e / std::stod(row.fields[national_employment]);
  }
  REQUIRE(share.size() == 60);  // 6 regions x 10 A*10 groups
  for (const auto& [g, sum] : group_sum) CHECK(sum == Approx(1).epsilon(1e-12));
  // Nord: Eurostat nama_10r_3empers 2018, FRE11 / FR, e.g. group J 33.4 / 964.3.
  CHECK(share[{"NORD", "J"}] == Approx(33.4 / 964.3).epsilon(1e-12));
  CHECK(share[{"REST", "A"}] ==
        Approx((730.8 - 12.5 - 12.8 - 8.2 - 5.8 - 8.8) / 730.8).epsilon(1e-12));
  // Every product j of region r: x_(r,j) / x_j = E_g^r / E_g^n of its group.
  const CsvTable groups = ReadCsvFile(testing::RepoPath("models/nord-2021/location_quotients.csv"));
  for (Eigen::Index r = 0; r < 6; ++r) {
    for (Eigen::Index j = 0; j < n; ++j) {
      const std::string& g = groups.rows[j].fields[1];
      REQUIRE(groups.rows[j].fields[0] == national.sectors[j]);
      CHECK(model.output(r * n + j) / national.output(j) ==
            Approx(share[{kRegions[r], g}]).epsilon(1e-12));
    }
  }
}

TEST_CASE("hdf-5dep-interregional-2021: Nord buys as much in Nord as the FLQ model says",
          "[interregional-models]") {
  // The distance decay (2.13) was chosen so that Nord's intermediate purchases
  // of French products come from Nord in the share of nord-2021 (FLQ, delta 0.3).
  const Model national = LoadModel(testing::RepoPath("models/fr-2021"));
  const Model flq = LoadModel(testing::RepoPath("models/nord-2021"));
  const CsvTable quotients =
      ReadCsvFile(testing::RepoPath("models/nord-2021/location_quotients.csv"));
  const int share_column = quotients.ColumnIndex("output_share");
  Vector share(quotients.rows.size());
  for (size_t j = 0; j < quotients.rows.size(); ++j) {
    share(static_cast<Eigen::Index>(j)) = std::stod(quotients.rows[j].fields[share_column]);
  }
  const double flq_local = flq.transactions.sum() / (national.transactions * share).sum();
  CHECK(flq_local == Approx(0.4173).margin(5e-5));
  const Model model = LoadModel(testing::RepoPath(kModel));
  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  const Matrix nord_columns = model.transactions.leftCols(n);  // buyers in Nord
  const double local = nord_columns.topRows(n).sum() / nord_columns.sum();
  CHECK(local == Approx(flq_local).margin(0.005));
}

TEST_CASE("a subsidy in Nord: totals as in fr-2021, spillovers as documented",
          "[interregional-models][cli]") {
  const std::string dir = testing::MakeTempDir("interregional-run");
  const auto run = testing::RunCli(
      "run " + Quoted(testing::RepoPath("scenarios/nord-interregional-subsidy.toml"), '\'') +
      " --out " + Quoted(dir + "/interregional", '\''));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  // The same subsidy on the national model (recipient N80-N82).
  std::string national_scenario =
      ReadFile(testing::RepoPath("scenarios/nord-interregional-subsidy.toml"));
  national_scenario.replace(national_scenario.find("\"../models/hdf-5dep-interregional-2021\""),
                            std::strlen("\"../models/hdf-5dep-interregional-2021\""),
                            Quoted(testing::RepoPath("models/fr-2021"), '"'));
  national_scenario.replace(national_scenario.find("\"NORD:N80-N82\""),
                            std::strlen("\"NORD:N80-N82\""), "\"N80-N82\"");
  testing::WriteTextFile(dir + "/national.toml", national_scenario);
  const auto national_run =
      testing::RunCli("run '" + dir + "/national.toml' --out '" + dir + "/national'");
  INFO(national_run.err);
  REQUIRE(national_run.exit_code == 0);
  for (const std::vector<std::string>& effects :
       {std::vector<std::string>{"direct", "indirect"}, {"induced"}}) {
    const double interregional = Total(ByRegion(dir + "/interregional", "output", effects));
    const double france = Total(ByRegion(dir + "/national", "output", effects));
    CHECK(interregional == Approx(france).epsilon(1e-9));
  }
  // Shares of the indirect output (the suppliers' chain) by region, as in
  // models/README.md: Nord 31.7%, Pas-de-Calais 4.6%, rest of France 62.8%.
  const auto indirect = ByRegion(dir + "/interregional", "output", {"indirect"});
  const double total = Total(indirect);
  CHECK(indirect.at("NORD") / total == Approx(0.3174).margin(5e-4));
  CHECK(indirect.at("PDC") / total == Approx(0.0461).margin(5e-4));
  CHECK(indirect.at("REST") / total == Approx(0.6276).margin(5e-4));
  const auto first = ByRegion(dir + "/interregional", "output", {"direct", "indirect"});
  CHECK(first.at("NORD") / Total(first) == Approx(0.6781).margin(5e-4));
  std::filesystem::remove_all(dir);
}
