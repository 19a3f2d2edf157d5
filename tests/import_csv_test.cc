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
        "ripple: error: --household-consumption: final-demand column 'households' not found (did "
        "you mean 'final_consumption_households'?)\n");
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
  CHECK(
      zero.err ==
      "ripple: error: --year 0: must be within 1900-2200 (the table's reference year: amounts are "
      "moved from its prices)\n");
  CHECK_FALSE(fs::exists(dir + "/p"));
}

// Issue 12: problems of the import's own options name the flag, not the
// generated model.toml; the monetary unit names --currency; units may put the
// scale after the currency or use a symbol.
TEST_CASE("import csv reports its options at their flags", "[import][cli][errors]") {
  const std::string dir = testing::MakeTempDir("import-csv-flags");
  const std::string tables = testing::RepoPath("tests/fixtures/miller_blair_2009_table_2_3");
  const std::string base = "model import csv '" + tables + "' --out p --year 2009 ";
  const testing::CliResult pounds =
      testing::RunCli(base + "--id x --monetary-unit 'GBP million'", dir);
  CHECK(pounds.exit_code == 1);
  CHECK(pounds.err ==
        "ripple: error: --monetary-unit 'GBP million' is in GBP, not in the model currency EUR "
        "(--currency, default EUR): give --currency GBP, or a monetary unit in EUR\n");
  const testing::CliResult id = testing::RunCli(base + "--id ../x", dir);
  CHECK(id.exit_code == 1);
  CHECK(id.err ==
        "ripple: error: --id: id '../x' may hold only letters, digits, '.', '_' and '-' (it names "
        "a folder; no '/', '\\' or spaces)\n");
  CHECK_FALSE(fs::exists(dir + "/p"));
  const testing::CliResult symbol =
      testing::RunCli(base + "--id x --monetary-unit '£ million' --currency GBP", dir);
  CHECK(symbol.exit_code == 0);
}
