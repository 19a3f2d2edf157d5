// `ripple compare` and `--set` on the built binary: help, reports, exit codes,
// run.json "overrides".
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_support.h"

using namespace ripple::testing;
namespace fs = std::filesystem;

namespace {

// An option on the Eurostat manual's German table: EUR `amount` a year for construction.
void WriteOption(const std::string& dir, const std::string& id, const std::string& amount) {
  WriteTextFile(
      dir + "/" + id + ".toml",
      "name = \"option " + id + "\"\nmodel = \"" + RepoPath("models/de-1995-eurostat-manual") +
          "\"\nstart_year = 2025\nend_year = 2026\ninflation_rate = 0\neffects = \"type1\"\n"
          "[[interventions]]\nid = \"build\"\ntype = \"demand\"\nsector = \"CPA_F\"\nunit = "
          "\"EUR\"\n"
          "amount = " +
          amount + "\n");
}

}  // namespace

TEST_CASE("compare --help prints the usage", "[cli][compare]") {
  const CliResult help = RunCli("compare --help");
  CHECK(help.exit_code == 0);
  CHECK(
      help.out.rfind("usage: ripple compare A.toml B.toml ... [--baseline FILE_OR_ID] [--out DIR] "
                     "[--lang fr|en] [--csv-dialect standard|excel-fr] [--allow-mixed] "
                     "[--price-year YEAR] [--set KEY=VALUE]...\n",
                     0) == 0);
  CHECK(help.out.find("--baseline") != std::string::npos);
  const CliResult one = RunCli("compare a.toml");
  CHECK(one.exit_code == 1);
  CHECK(one.err ==
        "ripple compare: compare needs at least two scenario files\n"
        "run 'ripple compare --help' for usage\n");
}

TEST_CASE("compare two scenarios writes compare.csv, compare.md and compare.html",
          "[cli][compare]") {
  const std::string dir = MakeTempDir("cli-compare");
  WriteOption(dir, "small", "1000000");
  WriteOption(dir, "large", "3000000");
  const CliResult result = RunCli("compare small.toml large.toml --baseline large.toml", dir);
  CHECK(result.err.empty());
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "compared 2 scenarios against 'large': reports/compare/compare.csv, "
        "reports/compare/compare.md, reports/compare/compare.html\n");
  const std::string csv = ReadTextFile(dir + "/reports/compare/compare.csv");
  CHECK(csv.rfind(
            "scenario,indicator,effect,basis,measure,value,unit,baseline_value,difference,rank\n"
            "small,public_cost,,,undiscounted,2000000,EUR (2025 prices),6000000,-4000000,1\n"
            "large,public_cost,,,undiscounted,6000000,EUR (2025 prices),6000000,0,2\n",
            0) == 0);
  CHECK(fs::exists(dir + "/reports/compare/compare.md"));
  CHECK(ReadTextFile(dir + "/reports/compare/compare.html").rfind("<!DOCTYPE html>", 0) == 0);
  // --set applies to every scenario: both now cost EUR 1M a year.
  const CliResult same = RunCli(
      "compare small.toml large.toml --out out --set interventions.build.amount=1e6 -q", dir);
  REQUIRE(same.exit_code == 0);
  CHECK(same.out.empty());
  CHECK(ReadTextFile(dir + "/out/compare.csv")
            .find("large,public_cost,,,undiscounted,2000000,EUR (2025 prices),2000000,0,1\n") !=
        std::string::npos);
}

TEST_CASE("a bad --set exits 1 and leaves no reports", "[cli][compare][errors]") {
  const std::string dir = MakeTempDir("cli-set");
  WriteOption(dir, "a", "1000000");
  WriteOption(dir, "b", "2000000");
  const CliResult compare = RunCli("compare a.toml b.toml --set interventions.foo.amount=1", dir);
  CHECK(compare.exit_code == 1);
  CHECK(compare.err ==
        "ripple: error: --set interventions.foo.amount=1: no intervention with id 'foo' in a.toml "
        "(valid: build)\n");
  CHECK_FALSE(fs::exists(dir + "/reports"));
  const CliResult run = RunCli("run a.toml --set discount_rate=abc", dir);
  CHECK(run.exit_code == 1);
  CHECK(run.err.rfind("ripple: error: --set discount_rate=abc: value 'abc' is not a TOML value",
                      0) == 0);
  const CliResult check = RunCli("check a.toml --set discountrate=0.04", dir);
  CHECK(check.exit_code == 1);
  CHECK(check.err ==
        "ripple: error: --set discountrate:1:1: discountrate: unknown key 'discountrate' "
        "(did you mean 'discount_rate'?)\n");
  CHECK_FALSE(fs::exists(dir + "/reports"));
}

TEST_CASE("run --set records the overrides in run.json", "[cli][overrides]") {
  const std::string dir = MakeTempDir("cli-set-run");
  WriteOption(dir, "a", "1000000");
  const CliResult run =
      RunCli("run a.toml -q --set discount_rate=0.045 --set 'additionality.deadweight = 0.3'", dir);
  REQUIRE(run.exit_code == 0);
  const std::string json = ReadTextFile(dir + "/reports/a/run.json");
  CHECK(json.find("\"overrides\": [\n    {\n      \"key\": \"discount_rate\",\n      \"value\": "
                  "\"0.045\"\n    },\n"
                  "    {\n      \"key\": \"additionality.deadweight\",\n      \"value\": \"0.3\"\n "
                  "   }\n  ]") != std::string::npos);
  CHECK(json.find("\"discount_rate\": 0.045") != std::string::npos);
}
