// Uncertain values that contradict each other are refused before any draw
// (range_check.h; issue 12 item 4). The case: the shipped Plaine Images
// baseline had m2_per_job = triangular(12, 12, 13.9) with floor_area_m2 =
// 25000 and base_jobs = 1800; 25,000 / 13.9 = 1,798.56 jobs < 1,800, so
// `ripple sensitivity --draws 20000 --seed 2` stopped at draw 10,079.
#include "ripple/interventions/range_check.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "ripple/base/error.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

const char* kCluster = "interventions.plaine-images-cluster.m2_per_job";

std::string Baseline() { return RepoPath("scenarios/plaine-images-baseline.toml"); }

std::string CheckMessage(const ScenarioTemplate& scenario) {
  try {
    CheckUncertainRanges(scenario);
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kBadInput);
    return error.what();
  }
  return "";
}

// A small subsidy scenario on the Nord model with `keys` in its intervention.
std::string SubsidyScenario(const std::string& keys) {
  const std::string file = MakeTempDir("range-check") + "/s.toml";
  WriteTextFile(file, "name = \"s\"\nmodel = \"" + RepoPath("models/nord-2021") +
                          "\"\nstart_year = 2025\nend_year = 2026\namounts_price_year = 2023\n"
                          "[[interventions]]\nid = \"sub\"\ntype = \"subsidy\"\nunit = \"EUR\"\n"
                          "recipient_sector = \"N80-N82\"\npurchases = { M73 = 1 }\n"
                          "wage_cost_per_job = 77790\nwage_cost_basis = \"fte\"\n" +
                          keys);
  return file;
}

}  // namespace

TEST_CASE("the shipped baseline's ranges cannot contradict each other", "[range_check]") {
  const ScenarioTemplate scenario = ScenarioTemplate::Load(Baseline());
  REQUIRE(scenario.FindParameter(kCluster) >= 0);
  CHECK(CheckMessage(scenario).empty());
}

TEST_CASE("every shipped scenario with uncertain values passes the range check", "[range_check]") {
  for (const auto& entry : std::filesystem::directory_iterator(RepoPath("scenarios"))) {
    if (entry.path().extension() != ".toml") continue;
    INFO(entry.path().string());
    const ScenarioTemplate scenario = ScenarioTemplate::Load(entry.path().string());
    CHECK(CheckMessage(scenario).empty());
  }
}

TEST_CASE("a capacity range below base_jobs is refused at load, naming the key and the rule",
          "[range_check]") {
  // The range the baseline had before: 25,000 / 13.9 = 1,798.56 < 1,800.
  const ScenarioTemplate scenario = ScenarioTemplate::Load(
      Baseline(), {{kCluster, "{ dist = \"triangular\", min = 12, mode = 12, max = 13.9 }"}});
  const std::string message = CheckMessage(scenario);
  CHECK(message ==
        "--set " + std::string(kCluster) + ":1:48: " + kCluster +
            " = 13.9 (its max) breaks a rule of the scenario: " + Baseline() +
            ":104:17: interventions[2].floor_area_m2: capacity of 1798.56 jobs is below "
            "base_jobs 1800 (the site must host the base-year jobs); every value of a range "
            "must be valid whatever the other values drawn: narrow the range "
            "(scenarios/README.md, \"Uncertain values\")");
}

TEST_CASE("a range reaching outside a key's rule is refused at its end", "[range_check]") {
  const ScenarioTemplate scenario = ScenarioTemplate::Load(SubsidyScenario(
      "amount = 1000\nwage_share = { dist = \"uniform\", min = 0.5, max = 1.2 }\n"));
  const std::string message = CheckMessage(scenario);
  CHECK(message.find(":15:14: interventions.sub.wage_share = 1.2 (its max) breaks a rule") !=
        std::string::npos);
  CHECK(message.find("breaks a rule of the scenario: interventions[1].wage_share: value 1.2 must "
                     "be within [0, 1]; every value") != std::string::npos);
}

TEST_CASE("two ranges that are valid alone but not together are named both", "[range_check]") {
  // The baseline's capacity with floor_area_m2 and m2_per_job both uncertain:
  // each alone at its end, the other central, keeps room for 1,800 jobs
  // (25,000 / 13.88 = 1,801.2; 24,900 / 12 = 2,075), together they do not
  // (24,900 / 13.88 = 1,793.9).
  const ScenarioTemplate scenario = ScenarioTemplate::Load(
      Baseline(), {{"interventions.plaine-images-cluster.floor_area_m2",
                    "{ dist = \"uniform\", min = 24900, max = 25100 }"},
                   {kCluster, "{ dist = \"triangular\", min = 12, mode = 12, max = 13.88 }"}});
  const std::string message = CheckMessage(scenario);
  CHECK(message.find("floor_area_m2 = 24900 (its min) together with") != std::string::npos);
  CHECK(message.find("m2_per_job = 13.88 (its max) break a rule of the scenario") !=
        std::string::npos);
  CHECK(message.find("capacity of 1793.95 jobs is below base_jobs 1800") != std::string::npos);
}

TEST_CASE("ripple sensitivity refuses contradicting ranges before any draw", "[range_check]") {
  const std::string out = MakeTempDir("range-check-cli") + "/sens";
  const CliResult result =
      RunCli("sensitivity " + Baseline() + " --draws 20000 --seed 2 --set '" + kCluster +
             "={dist=\"triangular\",min=12,mode=12,max=13.9}' --out " + out);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("m2_per_job = 13.9 (its max) breaks a rule of the scenario") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));
}
