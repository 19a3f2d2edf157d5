// `ripple model import csv`: a folder of the four tables becomes a package.
#include <catch2/catch.hpp>
#include <filesystem>

#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/model/multipliers.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace ripple;

TEST_CASE("import csv rebuilds the Germany 1995 package with the same multipliers",
          "[import][cli]") {
  const std::string source = testing::RepoPath("models/de-1995-eurostat-manual");
  const std::string dir = testing::MakeTempDir("import-csv");
  fs::create_directories(dir + "/tables");
  for (const char* file :
       {"transactions.csv", "output.csv", "final_demand.csv", "satellites.csv"}) {
    fs::copy_file(source + "/" + file, dir + "/tables/" + file);
  }
  const testing::CliResult result = testing::RunCli(
      "model import csv tables --id de-copy --out package --year 1995 --region Germany "
      "--household-consumption final_consumption_households --source 'Source: Eurostat' --licence "
      "test",
      dir);
  REQUIRE(result.exit_code == 0);
  const Model original = LoadModel(source);
  const Model copy = LoadModel(dir + "/package");
  CHECK(copy.info.id == "de-copy");
  CHECK(copy.household.consumption_column == "final_consumption_households");
  const MultiplierTable a = ComputeMultipliers(LeontiefModel(original), "million EUR");
  const MultiplierTable b = ComputeMultipliers(LeontiefModel(copy), "million EUR");
  CHECK((a.output_type1 - b.output_type1).cwiseAbs().maxCoeff() < 1e-12);
  CHECK((a.output_type2 - b.output_type2).cwiseAbs().maxCoeff() < 1e-12);
}

TEST_CASE("import csv reports a bad closure column and writes nothing", "[import][cli][errors]") {
  const std::string source = testing::RepoPath("models/de-1995-eurostat-manual");
  const std::string dir = testing::MakeTempDir("import-csv-bad");
  fs::create_directories(dir + "/tables");
  for (const char* file :
       {"transactions.csv", "output.csv", "final_demand.csv", "satellites.csv"}) {
    fs::copy_file(source + "/" + file, dir + "/tables/" + file);
  }
  const testing::CliResult result = testing::RunCli(
      "model import csv tables --id x --out package --year 1995 --household-consumption households",
      dir);
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "ripple: error: (import options): household.consumption: final-demand column 'households' "
        "not "
        "found (did you mean 'final_consumption_households'?)\n");
  CHECK_FALSE(fs::exists(dir + "/package"));
  const testing::CliResult missing =
      testing::RunCli("model import csv nowhere --id x --out p --year 1995", dir);
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "ripple: error: nowhere: folder not found\n");
}

// Regression (issue 10): --year defaulted to 0, so a user's table was
// inflated over 2,025 years ("cost per net job-year 1.91e+22 EUR").
TEST_CASE("import csv requires --year within 1900-2200", "[import][cli][errors]") {
  const std::string dir = testing::MakeTempDir("import-csv-year");
  const std::string tables = testing::RepoPath("models/de-1995-eurostat-manual");
  const testing::CliResult missing =
      testing::RunCli("model import csv '" + tables + "' --id x --out p", dir);
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.rfind("ripple model import csv: the option '--year' is required", 0) == 0);
  const testing::CliResult zero =
      testing::RunCli("model import csv '" + tables + "' --id x --out p --year 0", dir);
  CHECK(zero.exit_code == 1);
  CHECK(zero.err ==
        "ripple: error: (import options): year: 0 must be within 1900-2200 (the table's reference "
        "year: "
        "amounts are moved from its prices)\n");
  CHECK_FALSE(fs::exists(dir + "/p"));
}
