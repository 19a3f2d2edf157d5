// `ripple model regionalize --interregional` end to end on the three-sector
// test economy: the package, `ripple run` and `ripple multipliers` on it, and
// the errors users see.
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
  std::string dir, model, employment, regions;
};

Workspace MakeWorkspace() {
  Workspace w;
  w.dir = testing::MakeTempDir("interregional-cli");
  w.model = w.dir + "/national";
  w.employment = w.dir + "/employment.csv";
  w.regions = w.dir + "/regions.csv";
  WriteModelPackage(testing::ThreeSectorNationalModel(), w.model);
  testing::WriteTextFile(w.employment, testing::ThreeSectorEmploymentCsv());
  testing::WriteTextFile(w.regions,
                         "region,prefix,name,latitude,longitude,area_km2\n"
                         "REG,R1,Region one,50,3,100\n"
                         "OTHER,R2,Region two,50.5,3,400\n"
                         "REST,R3,Rest,49,2.5,10000\n");
  return w;
}

std::string Command(const Workspace& w, const std::string& extra) {
  std::string command = "model regionalize '" + w.model;
  command += "' --employment '" + w.employment;
  command += "' --employment-year 2018 --national NAT --id three-regions --out '" + w.dir;
  command += "/out' " + extra;
  return command;
}

}  // namespace

TEST_CASE("regionalize --interregional writes a package that run and multipliers read",
          "[interregional][cli]") {
  const Workspace w = MakeWorkspace();
  auto result = testing::RunCli(Command(w, "--interregional --regions '" + w.regions + "'"));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string out = w.dir + "/out";
  const Model model = LoadModel(out);
  CHECK(model.sectors.size() == 9);
  for (const auto& [key, value] : model.info.provenance) {
    if (key != "built_by") continue;
    CHECK(value ==
          "ripple model regionalize <national model three-sector> --interregional --regions "
          "<regions.csv> --employment <employment.csv> --employment-year 2018 --national NAT "
          "--distance-decay 1 --id three-regions");
  }
  result = testing::RunCli("multipliers '" + out + "' --out '" + w.dir + "/multipliers'");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(ReadFile(w.dir + "/multipliers/multipliers.csv"), Contains("\nR1:CPA_C10-12,"));
  testing::WriteTextFile(w.dir + "/s.toml",
                         "name = \"demand in region one\"\nmodel = \"out\"\nstart_year = 2021\n"
                         "end_year = 2021\n[[interventions]]\ntype = \"demand\"\n"
                         "sector = \"R1:CPA_C10-12\"\namount = 1000000\nunit = \"EUR\"\n");
  result = testing::RunCli("run '" + w.dir + "/s.toml' --out '" + w.dir + "/report'");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(ReadFile(w.dir + "/report/impacts.csv"), Contains(",R2:CPA_C10-12,"));
  std::filesystem::remove_all(w.dir);
}

TEST_CASE("regionalize --interregional errors are pinned", "[interregional][cli][errors]") {
  const Workspace w = MakeWorkspace();
  auto run = [&](const std::string& extra) { return testing::RunCli(Command(w, extra)); };
  auto result = run("--interregional");
  CHECK(result.exit_code == 1);
  CHECK(result.err == "ripple: error: --regions: required with --interregional\n");

  result = run("--interregional --regions '" + w.regions + "' --region REG");
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "ripple: error: --region: not used with --interregional (the regions are listed in "
        "--regions; the package covers the nation, with one national household sector)\n");

  result = run("--regions '" + w.regions + "'");
  CHECK(result.exit_code == 1);
  CHECK(result.err == "ripple: error: --region: required (or --interregional --regions FILE)\n");

  result = run("--region REG --distance-decay 2");
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "ripple: error: --regions and --distance-decay are used only with --interregional\n");

  result = run("--interregional --regions '" + w.regions + "' --distance-decay x");
  CHECK(result.exit_code == 1);
  CHECK(result.err == "ripple: error: --distance-decay: 'x' is not a number\n");

  testing::WriteTextFile(w.regions,
                         "region,prefix,name,latitude,longitude,area_km2\n"
                         "REG,R1,Region one,50,3,100\n"
                         "FRE13,R2,Region two,50.5,3,400\n");
  result = run("--interregional --regions '" + w.regions + "'");
  CHECK(result.exit_code == 1);
  CHECK(result.err == "ripple: error: " + w.employment +
                          ":1: region: code 'FRE13' is not a column of the employment table "
                          "(valid: NAT, REG, OTHER)\n");
  CHECK_FALSE(std::filesystem::exists(w.dir + "/out"));
  std::filesystem::remove_all(w.dir);
}
