// The shipped regional models hdf-2021 and nord-2021: they rebuild byte for
// byte from models/fr-2021 and the Eurostat regional employment file (when
// ../shared/data is present), and their coefficients and multipliers never
// exceed the national ones. The commands below are the ones documented in
// models/README.md.
#include <catch2/catch.hpp>
#include <filesystem>

#include "ripple/base/csv.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/model/multipliers.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

constexpr const char* kEmploymentFile =
    "eurostat_regional_employment_nuts3_2018/nama_10r_3empers_2018_fr_hdf_ths_persons.csv";
constexpr const char* kEmploymentSource =
    "Eurostat nama_10r_3empers, employment by NUTS 3 region and NACE A*10, total employment "
    "(EMP, place of work), thousand persons, data update 2026-07-31";

struct RegionalBuild {
  const char* id;
  const char* region;
  const char* region_name;
  const char* title;
  const char* local_consumption_share;
  const char* resident_income_share;
  const char* notes;
};

const RegionalBuild kBuilds[] = {
    {"hdf-2021", "FRE", "Hauts-de-France (FRE)",
     "Hauts-de-France 2021: FLQ regional estimate from the France 2021 symmetric IO table", "0.7",
     "0.97",
     "ASSUMPTIONS (not measured): local_consumption_share 0.7, range 0.55 to 0.8, is the share of "
     "resident households spending on French-produced products that goes to producers in the "
     "region; reference point: Scotland 2019, where 70.8% of household purchases of UK-produced "
     "products at basic prices came from Scottish industries (Scottish Government Input-Output "
     "Tables 2019, household column, 57,975 of 81,856 GBP million). resident_income_share 0.97, "
     "range 0.93 to 1, is the share of compensation paid by employers in the region that goes to "
     "households living in it (in-commuting from Belgium, Ile-de-France and Grand Est); INSEE "
     "commuting flows (recensement, mobilites professionnelles) would replace it."},
    {"nord-2021", "FRE11", "Nord (FRE11)",
     "Nord (FRE11) 2021: FLQ regional estimate from the France 2021 symmetric IO table", "0.6",
     "0.92",
     "ASSUMPTIONS (not measured): local_consumption_share 0.6, range 0.45 to 0.75, is the share of "
     "resident households spending on French-produced products that goes to producers in Nord; "
     "reference point: Scotland 2019, where 70.8% of household purchases of UK-produced products "
     "at basic prices came from Scottish industries (Scottish Government Input-Output Tables "
     "2019, household column, 57,975 of 81,856 GBP million); Nord is about half of "
     "Hauts-de-France by employment (1,061.1 of 2,217.4 thousand persons, Eurostat 2018) and "
     "open to Pas-de-Calais and Belgium, hence lower. "
     "resident_income_share 0.92, range 0.85 to 0.97, is the share of compensation paid by "
     "employers in Nord that goes to households living in Nord (in-commuting from Pas-de-Calais "
     "and Belgium); INSEE commuting flows (recensement, mobilites professionnelles) would replace "
     "it. Nord contains the Metropole Europeenne de Lille but is not the MEL: no finer regional "
     "employment is used. J59_J60 and J62_J63 take the share of section J as a whole."},
};

const char* const kPackageFiles[] = {
    "model.toml", "transactions.csv",      "output.csv", "final_demand.csv", "satellites.csv",
    "rpc.csv",    "location_quotients.csv"};

std::string ShellQuote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string Arguments(const RegionalBuild& build, const std::string& employment,
                      const std::string& out) {
  return "model regionalize " + ShellQuote(testing::RepoPath("models/fr-2021")) + " --employment " +
         ShellQuote(employment) + " --employment-year 2018" + " --employment-source " +
         ShellQuote(kEmploymentSource) + " --region " + build.region + " --region-name " +
         ShellQuote(build.region_name) + " --national FR --method flq" +
         " --delta 0.3 --local-consumption-share " + build.local_consumption_share +
         " --resident-income-share " + build.resident_income_share + " --id " + build.id +
         " --title " + ShellQuote(build.title) + " --notes " + ShellQuote(build.notes) + " --out " +
         ShellQuote(out);
}

}  // namespace

TEST_CASE("hdf-2021 and nord-2021 rebuild byte for byte from fr-2021 and Eurostat employment",
          "[regional-models][shared]") {
  const std::string employment = testing::SharedDataPath(kEmploymentFile);
  if (employment.empty()) {
    WARN("skipped: ../shared/data/" << kEmploymentFile << " is absent");
    return;
  }
  const std::string dir = testing::MakeTempDir("regional-models");
  for (const auto& build : kBuilds) {
    INFO("model " << build.id);
    const std::string out = dir + "/" + build.id;
    const auto result = testing::RunCli(Arguments(build, employment, out));
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    for (const char* file : kPackageFiles) {
      INFO("file " << file);
      CHECK(ReadFile(out + "/" + file) ==
            ReadFile(testing::RepoPath(std::string("models/") + build.id + "/" + file)));
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("hdf-2021 and nord-2021: coefficients and multipliers never exceed fr-2021",
          "[regional-models]") {
  const Model national = LoadModel(testing::RepoPath("models/fr-2021"));
  const LeontiefModel national_model(national);
  const MultiplierTable national_table = ComputeMultipliers(national_model, "million EUR");
  REQUIRE(national_table.has_type2);
  for (const auto& build : kBuilds) {
    INFO("model " << build.id);
    const Model regional = LoadModel(testing::RepoPath(std::string("models/") + build.id));
    REQUIRE(regional.sectors == national.sectors);
    const LeontiefModel regional_model(regional);
    const MultiplierTable table = ComputeMultipliers(regional_model, "million EUR");
    REQUIRE(table.has_type2);
    const Matrix& a = regional_model.technical_coefficients();
    const Matrix& a_national = national_model.technical_coefficients();
    // a^r = rpc * a^n with rpc <= 1; 1e-15 absorbs the rounding of Z^r / x^r.
    CHECK((a - a_national).maxCoeff() <= 1e-15);
    for (size_t j = 0; j < regional.sectors.size(); ++j) {
      INFO("sector " << regional.sectors[j]);
      const auto k = static_cast<Eigen::Index>(j);
      CHECK(table.output_type1(k) <= national_table.output_type1(k) + 1e-12);
      CHECK(table.output_type2(k) <= national_table.output_type2(k) + 1e-12);
      CHECK(table.output_type2(k) >= table.output_type1(k) - 1e-12);
      for (size_t s = 0; s < table.satellites.size(); ++s) {
        // Effects of a satellite with negative coefficients (e.g. other taxes
        // less subsidies on production) shrink towards 0 from below instead.
        if (national_table.satellites[s].direct.minCoeff() < 0) continue;
        INFO("satellite " << table.satellites[s].name);
        CHECK(table.satellites[s].effect_type1(k) <=
              national_table.satellites[s].effect_type1(k) * (1 + 1e-12));
        CHECK(table.satellites[s].effect_type2(k) <=
              national_table.satellites[s].effect_type2(k) * (1 + 1e-12));
      }
    }
  }
}
