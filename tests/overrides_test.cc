// `--set KEY=VALUE`: applied after `extends`, by intervention id, validated
// like the file; pinned errors name the flag.
#include "ripple/scenario/overrides.h"

#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/run/pipeline.h"
#include "ripple/run/public_finance.h"
#include "ripple/scenario/scenario.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::WithinRel;

namespace {

const char* kScenario =
    "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2026\n"
    "[[interventions]]\nid = \"grant\"\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\namount "
    "= 100\n"
    "[[interventions]]\nid = \"works\"\ntype = \"demand\"\nsector = \"s2\"\nunit = \"EUR\"\namount "
    "= 50\n";

Scenario Parse(const std::vector<std::string>& flags) {
  std::vector<Override> overrides;
  for (const auto& flag : flags) overrides.push_back(ParseOverride(flag));
  return ParseScenario(kScenario, "t.toml", overrides);
}

std::string ErrorOf(const std::vector<std::string>& flags) {
  try {
    Parse(flags);
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kBadInput);
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("ParseOverride splits at the first '=' and trims", "[overrides]") {
  const Override o = ParseOverride(" name = \"a=b\" ");
  CHECK(o.key == "name");
  CHECK(o.value == "\"a=b\"");
  CHECK(OverrideText(o) == "name=\"a=b\"");
  CHECK_THROWS_WITH(ParseOverride("discount_rate"),
                    "--set discount_rate: expected KEY=VALUE, e.g. --set discount_rate=0.045");
  CHECK_THROWS_WITH(ParseOverride("=1"),
                    "--set =1: expected KEY=VALUE, e.g. --set discount_rate=0.045");
}

TEST_CASE("overrides: --set changes scenario keys, nested tables and interventions by id",
          "[overrides]") {
  const Scenario s =
      Parse({"discount_rate=0.045", "additionality.deadweight=0.3", "interventions.works.amount=75",
             "name=\"changed\"", "effects=\"type1\""});
  CHECK(s.appraisal.discount_rate == 0.045);
  CHECK(s.additionality.deadweight == 0.3);
  CHECK(s.name == "changed");
  CHECK(s.effects == EffectsType::kTypeI);
  REQUIRE(s.interventions.size() == 2);
  CHECK(s.interventions[0].demand.amounts[0].value == 100);
  CHECK(s.interventions[1].demand.amounts[0].value == 75);
  // Later flags win; an inline table merges key by key into an existing table.
  const Scenario t =
      Parse({"additionality={ deadweight = 0.1, leakage = 0.2 }", "additionality.deadweight=0.4"});
  CHECK(t.additionality.deadweight == 0.4);
  CHECK(t.additionality.leakage == 0.2);
}

TEST_CASE("overrides: --set applies after extends", "[overrides][extends]") {
  const std::string dir = testing::MakeTempDir("overrides-extends");
  testing::WriteTextFile(dir + "/parent.toml", kScenario);
  const std::string child =
      "extends = \"parent.toml\"\nname = \"child\"\n[[interventions]]\nid = \"grant\"\namount = "
      "7\n";
  const Scenario s =
      ParseScenario(child, dir + "/child.toml", {{"interventions.grant.amount", "9"}});
  CHECK(s.interventions[0].demand.amounts[0].value == 9);
  CHECK(s.interventions[1].demand.amounts[0].value == 50);
}

TEST_CASE("overrides: --set errors name the flag", "[overrides][errors]") {
  CHECK(ErrorOf({"interventions.foo.amount=1"}) ==
        "--set interventions.foo.amount=1: no intervention with id 'foo' in t.toml (valid: grant, "
        "works)");
  CHECK(ErrorOf({"interventions.grnt.amount=1"}) ==
        "--set interventions.grnt.amount=1: no intervention with id 'grnt' in t.toml (did you mean "
        "'grant'?)");
  CHECK(ErrorOf({"interventions.grant=1"}) ==
        "--set interventions.grant=1: expected interventions.<id>.<key>=VALUE");
  CHECK(ErrorOf({"discount_rate=abc"}) ==
        "--set discount_rate=abc: value 'abc' is not a TOML value (numbers as 0.045, text in "
        "quotes as \"x\", "
        "true/false, [arrays], { inline = tables })");
  CHECK(ErrorOf({"name=two words"})
            .rfind("--set name=two words: value 'two words' is not a TOML value", 0) == 0);
  CHECK(ErrorOf({"discount_rate=1\nname=\"x\""})
            .rfind("--set discount_rate=1\nname=\"x\": value", 0) == 0);
  CHECK(ErrorOf({"discount rate=1"}) ==
        "--set discount rate=1: key 'discount rate' must be a dotted path of names made of "
        "letters, digits, '_' and '-'");
  CHECK(
      ErrorOf({"additionality..deadweight=1"}).rfind("--set additionality..deadweight=1: key", 0) ==
      0);
  // Unknown keys and bad values are found by the scenario's own checks, located at the flag.
  CHECK(ErrorOf({"discountrate=0.04"}) ==
        "--set discountrate:1:1: discountrate: unknown key 'discountrate' (did you mean "
        "'discount_rate'?)");
  CHECK(ErrorOf({"additionality.deadwieght=0.3"}) ==
        "--set additionality.deadwieght:1:15: additionality.deadwieght: unknown key 'deadwieght' "
        "(did you mean 'deadweight'?)");
  CHECK(ErrorOf({"interventions.grant.amout=1"}) ==
        "--set interventions.grant.amout:1:21: interventions[1].amout: unknown key 'amout' (did "
        "you mean 'amount'?)");
  CHECK(ErrorOf({"discount_rate=2"}) ==
        "--set discount_rate:1:15: discount_rate: value 2 must be within [0, 1]");
}

TEST_CASE("overrides: --set changes a run's result by the expected amount", "[overrides][run]") {
  // A demand of EUR 1M a year for construction, 2025-2026, prices of the table
  // (inflation 0). The model is linear: 2.5 x the amount gives 2.5 x the
  // job-years, and deadweight 0.3 leaves 0.7 of them net.
  const std::string dir = testing::MakeTempDir("overrides-run");
  const std::string file = dir + "/s.toml";
  testing::WriteTextFile(
      file, "name = \"s\"\nmodel = \"" + testing::RepoPath("models/de-1995-eurostat-manual") +
                "\"\nstart_year = 2025\nend_year = 2026\ninflation_rate = 0\neffects = \"type1\"\n"
                "[[interventions]]\nid = \"build\"\ntype = \"demand\"\nsector = \"CPA_F\"\n"
                "unit = \"EUR\"\namount = 1000000\n");
  auto finance = [&](const std::vector<Override>& overrides) {
    const PreparedRun run = PrepareRun(file, overrides);
    return ComputePublicFinance(RunScenario(run.scenario, *run.model, *run.leontief), nullptr);
  };
  const PublicFinance base = finance({});
  const PublicFinance more =
      finance({{"interventions.build.amount", "2500000"}, {"additionality.deadweight", "0.3"}});
  REQUIRE(base.job_years.gross > 0);
  CHECK(base.job_years.net == base.job_years.gross);
  CHECK(base.cost == 2e6);
  CHECK(more.cost == 5e6);
  CHECK_THAT(more.job_years.gross, WithinRel(2.5 * base.job_years.gross, 1e-12));
  CHECK_THAT(more.job_years.net, WithinRel(0.7 * 2.5 * base.job_years.gross, 1e-12));
}

// Issue 12: a sector code given with --set was reported at the scenario file's
// line 1 ("union-studio-france2030.toml:1:46"), which has no such value.
TEST_CASE("overrides: an unknown sector given with --set is located at the flag",
          "[overrides][errors]") {
  const testing::CliResult result = testing::RunCli(
      "run scenarios/union-studio-france2030.toml -q --out '" + testing::MakeTempDir("set-sector") +
          "/r' --set 'interventions.union-studio.operations_sector=\"J59X\"'",
      testing::RepoPath(""));
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "ripple: error: --set interventions.union-studio.operations_sector:1:46: "
        "interventions[1].operations_sector: unknown sector 'J59X' in model 'nord-2021' (did you "
        "mean 'J59_J60'?)\n");
}
