// `ripple model regionalize` end to end on the three-sector test economy:
// files written, help text, and the errors users see.
#include <catch2/catch.hpp>
#include <filesystem>

#include "ripple/base/csv.h"
#include "ripple/model/model.h"
#include "support/regional_fixture.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::Contains;

namespace {

struct Workspace {
  std::string dir, model, employment;
};

Workspace MakeWorkspace(const Model& national = testing::ThreeSectorNationalModel()) {
  Workspace w;
  w.dir = testing::MakeTempDir("regionalize");
  w.model = w.dir + "/national";
  w.employment = w.dir + "/employment.csv";
  WriteModelPackage(national, w.model);
  testing::WriteTextFile(w.employment, testing::ThreeSectorEmploymentCsv());
  return w;
}

std::string Command(const Workspace& w, const std::string& extra) {
  return "model regionalize '" + w.model + "' --employment '" + w.employment +
         "' --employment-year 2018 --national NAT --id reg-test --out '" + w.dir + "/out' " + extra;
}

}  // namespace

TEST_CASE("regionalize --help documents every flag", "[regionalize][cli]") {
  const auto result = testing::RunCli("model regionalize --help");
  CHECK(result.exit_code == 0);
  for (const char* flag :
       {"--employment ", "--employment-year", "--employment-source", "--employment-unit",
        "--region ", "--national", "--region-name", "--method", "--delta", "--id", "--out",
        "--title", "--local-consumption-share", "--resident-income-share", "--notes"}) {
    INFO("flag " << flag);
    CHECK_THAT(result.out, Contains(flag));
  }
}

TEST_CASE("regionalize writes the package, rpc.csv and location_quotients.csv",
          "[regionalize][cli]") {
  const Workspace w = MakeWorkspace();
  const auto result = testing::RunCli(Command(w,
                                              "--region REG --local-consumption-share 0.6 "
                                              "--resident-income-share 0.9"));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string out = w.dir + "/out";
  const Model regional = LoadModel(out);
  CHECK(regional.info.id == "reg-test");
  CHECK(regional.household.local_consumption_share == 0.6);
  bool found = false;
  for (const auto& [key, value] : regional.info.provenance) {
    if (key != "built_by") continue;
    found = true;
    CHECK(value ==
          "ripple model regionalize <national model three-sector> --employment <employment.csv> "
          "--employment-year 2018 --region REG --national NAT --method flq --delta 0.3 --id "
          "reg-test --local-consumption-share 0.6 --resident-income-share 0.9");
  }
  CHECK(found);
  // Values checked with python3: lambda = log2(1.1)**0.3, q as in regionalize_test.cc.
  CHECK(ReadFile(out + "/rpc.csv") ==
        "sector,CPA_A01,CPA_C10-12,CPA_J62_63\n"
        "CPA_A01,0.275717386166,0.183811590777,0.236329188142\n"
        "CPA_C10-12,1,0.827152158499,0.708987564427\n"
        "CPA_J62_63,1,0.428893711814,0.643340567721\n");
  CHECK(ReadFile(out + "/location_quotients.csv") ==
        "sector,employment_group,employment_region,employment_national,output_share,slq,"
        "output_national,output_region\n"
        "CPA_A01,A,20,400,0.05,0.5,1000,50\n"
        "CPA_C10-12,B-E,45,300,0.15,1.5,800,120\n"
        "CPA_J62_63,J,35,300,0.116666666667,1.16666666667,600,70\n");
  // Same inputs, same bytes.
  const auto again = testing::RunCli(
      "model regionalize '" + w.model + "' --employment '" + w.employment +
      "' --employment-year 2018 --national NAT --id reg-test --out '" + w.dir + "/again' " +
      "--region REG --local-consumption-share 0.6 --resident-income-share 0.9");
  REQUIRE(again.exit_code == 0);
  for (const char* file : {"model.toml", "transactions.csv", "output.csv", "final_demand.csv",
                           "satellites.csv", "rpc.csv", "location_quotients.csv"}) {
    INFO(file);
    CHECK(ReadFile(out + "/" + file) == ReadFile(w.dir + "/again/" + file));
  }
  std::filesystem::remove_all(w.dir);
}

TEST_CASE("regionalize errors are pinned", "[regionalize][cli][errors]") {
  const Workspace w = MakeWorkspace();
  auto run = [&](const std::string& extra) { return testing::RunCli(Command(w, extra)); };

  auto result = run("--region REG --method flx");
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "ripple: error: --method: unknown method 'flx' (did you mean 'flq'?); methods: slq, "
        "cilq, flq, aflq\n");

  result = run("--region REG --delta 1");
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "ripple: error: delta: value 1 must be within [0, 1) (Flegg & Webber 1997: lambda = "
        "[log2(1 + E^r/E^n)]^delta)\n");

  result = run("--region REG --delta abc");
  CHECK(result.exit_code == 1);
  CHECK(result.err == "ripple: error: --delta: 'abc' is not a number\n");

  result = run("--region FRE11");
  CHECK(result.exit_code == 1);
  CHECK(result.err == "ripple: error: " + w.employment +
                          ":1: region: code 'FRE11' is not a column of the employment table "
                          "(valid: NAT, REG, OTHER)\n");

  result = run("--region REG --local-consumption-share 1.5");
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "ripple: error: --local-consumption-share: value 1.5 must be within [0, 1]\n");

  result = testing::RunCli("model regionalize '" + w.model + "' --region REG");
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err,
             Contains("ripple model regionalize: the option '--employment' is required"));
  CHECK_FALSE(std::filesystem::exists(w.dir + "/out"));
  std::filesystem::remove_all(w.dir);
}

TEST_CASE("regionalize rejects a national sector with no A*10 group",
          "[regionalize][cli][errors]") {
  Model national = testing::ThreeSectorNationalModel();
  national.sectors[1] = "CA";  // an INSEE A38 code: no CPA section pattern
  const Workspace w = MakeWorkspace(national);
  const auto result = testing::RunCli(Command(w, "--region REG"));
  CHECK(result.exit_code == 1);
  CHECK(result.err == "ripple: error: " + w.model +
                          ": sector 'CA': no NACE A*10 group (rule: a product code is an optional "
                          "'CPA_', a section letter A-U, then nothing, a digit or '_', e.g. "
                          "'CPA_J62_63')\n");
  std::filesystem::remove_all(w.dir);
}
