// Shares by year (ParseYearShares, interventions/parse_common.cc): the
// acquisition's occupancy and occupancy_without read through one helper, each
// share within [0, 1], reported at the key written; and a project's
// operations, which have no area, state their reference case through the
// additionality keys (a warning says so when deadweight and displacement are 0).
#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/interventions/compile.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/model/model.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

const std::string kHeader = "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n";
const std::string kBuilding =
    "[[interventions]]\ntype = \"acquisition\"\nunit = \"EUR\"\nprice = 1000\n"
    "year = 2025\nfloor_area_m2 = 500\nm2_per_job = 12\nhosted_sector = \"J\"\n";

std::string ErrorOf(const std::string& text) {
  try {
    ParseScenario(kHeader + text, "t.toml");
  } catch (const Error& error) {
    return error.what();
  }
  return "";
}

std::vector<std::string> ProjectWarnings(const std::string& additionality) {
  const Scenario scenario = ParseScenario(
      "name = \"t\"\nmodel = \"" + testing::RepoPath("models/de-1995-eurostat-manual") +
          "\"\nstart_year = 2025\nend_year = 2027\neffects = \"type1\"\n" + additionality +
          "[[interventions]]\nid = \"studio\"\ntype = \"project\"\nunit = \"EUR\"\n"
          "funding = { region = 1 }\noperations_sector = \"CPA_J-N\"\nannual_turnover = 1000000\n"
          "operations_start_year = 2026\n[[interventions.capex]]\nsector = \"CPA_F\"\n"
          "amount = 500000\nend_year = 2025\n",
      "t.toml");
  const Model model = LoadModel(scenario.model_path);
  ResolveScenario(scenario, model);
  return CompileScenario(scenario, model).warnings;
}

}  // namespace

TEST_CASE("year shares: occupancy and occupancy_without within [0, 1], at the key written",
          "[year-shares]") {
  CHECK(ErrorOf(kBuilding + "occupancy = 1.5\noccupancy_without = 0.5\n") ==
        "t.toml:13:13: interventions[1].occupancy: occupied share 1.5 in 2025 must be within "
        "[0, 1]");
  CHECK(ErrorOf(kBuilding + "occupancy_by_year = { 2025 = 0.5, 2026 = 1.2, 2027 = 0.9 }\n"
                            "occupancy_without = 0.5\n") ==
        "t.toml:13:21: interventions[1].occupancy_by_year: occupied share 1.2 in 2026 must be "
        "within [0, 1]");
  CHECK(ErrorOf(kBuilding +
                "occupancy = 0.9\n"
                "occupancy_without_by_year = { 2025 = -0.1, 2026 = 0.5, 2027 = 0.5 }\n") ==
        "t.toml:14:29: interventions[1].occupancy_without_by_year: occupied share -0.1 in 2025 "
        "must be within [0, 1]");
  CHECK(ErrorOf(kBuilding + "occupancy = 0.9\noccupancy_without = 1.5\n") ==
        "t.toml:14:21: interventions[1].occupancy_without: occupied share 1.5 in 2025 must be "
        "within [0, 1]");
  CHECK(ErrorOf(kBuilding + "occupancy_by_year = { 2025 = 0.5, 2026 = 0.7, 2027 = 0.9 }\n"
                            "occupancy_without_by_year = { 2025 = 0.5, 2026 = 0.5, 2027 = 0.5 }\n")
            .empty());
}

TEST_CASE("year shares: a project's operations state their reference case by additionality",
          "[year-shares][project]") {
  const std::vector<std::string> warnings = ProjectWarnings("");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "intervention 'studio': its operations count as wholly additional (deadweight and "
        "displacement are 0); a project has no area to state an occupancy without it, so state "
        "its reference case, the activity that would be here without it, with additionality = { "
        "deadweight = ..., displacement = ... } (scenarios/README.md, \"project\")");
  CHECK(ProjectWarnings("[additionality]\ndisplacement = 0.3\n").empty());
}
