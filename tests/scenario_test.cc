// Scenario parsing and resolution: table-driven error texts are pinned here.
#include "ripple/scenario/scenario.h"

#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/model/model.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

const char* kHeader = "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n";

std::string ErrorOf(const std::string& text) {
  try {
    ParseScenario(text, "s.toml");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kBadInput);
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a constant annual amount expands over its year range in base units", "[scenario]") {
  const Scenario s = ParseScenario(std::string(kHeader) +
                                       "[[interventions]]\nid = \"a\"\ntype = \"demand\"\n"
                                       "sector = \"s1\"\nunit = \"kEUR\"\namount = 2.5\n"
                                       "start_year = 2026\n",
                                   "dir/s.toml");
  CHECK(s.id == "s");
  CHECK(s.model_path == "dir/m");
  CHECK(s.effects == EffectsType::kTypeII);
  REQUIRE(s.interventions.size() == 1);
  const auto& shocks = s.interventions[0].demand.amounts;
  REQUIRE(shocks.size() == 2);
  CHECK(shocks[0].year == 2026);
  CHECK(shocks[1].year == 2027);
  CHECK(shocks[0].value == 2500.0);
  CHECK(s.interventions[0].currency == "EUR");
}

TEST_CASE("amount_by_year gives one shock per listed year", "[scenario]") {
  const Scenario s =
      ParseScenario(std::string(kHeader) +
                        "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\n"
                        "unit = \"million EUR\"\namount_by_year = { 2025 = 1, 2027 = 0.5 }\n",
                    "s.toml");
  const auto& shocks = s.interventions[0].demand.amounts;
  REQUIRE(shocks.size() == 2);
  CHECK(s.interventions[0].id == "demand-1");
  CHECK(shocks[0].value == 1e6);
  CHECK(shocks[1].year == 2027);
  CHECK(shocks[1].value == 5e5);
}

TEST_CASE("scenario errors name file, line, column, field and rule", "[scenario][errors]") {
  const std::string demand =
      "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\n";
  struct Case {
    std::string text, expected;
  };
  const std::vector<Case> cases = {
      {"name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2024\n" + demand +
           "amount = 1\n",
       "s.toml:4:12: end_year: end_year 2024 is before start_year 2025"},
      {std::string(kHeader) + demand + "amount = 1\nstart_year = 2020\n",
       "s.toml:10:14: interventions[1].start_year: year 2020 is outside the scenario horizon "
       "2025-2027"},
      {std::string(kHeader) + demand,
       "s.toml:5:1: interventions[1]: missing amount: give 'amount' (per year) or "
       "'amount_by_year'"},
      {std::string(kHeader) + demand + "amount = \"lots\"\n",
       "s.toml:9:10: interventions[1].amount: expected a number, found string"},
      {std::string(kHeader) + demand + "amount = 1\nsecter = \"x\"\n",
       "s.toml:10:1: interventions[1].secter: unknown key 'secter' (did you mean 'sector'?)"},
      {std::string(kHeader) + "[[interventions]]\ntype = \"demnd\"\n",
       "s.toml:6:8: interventions[1].type: unknown intervention type 'demnd' (did you mean "
       "'demand'?)"},
      {std::string(kHeader) + "[[interventions]]\ntype = \"grant\"\n",
       "s.toml:6:8: interventions[1].type: unknown intervention type 'grant' (valid: demand, jobs, "
       "subsidy, acquisition, project, cluster)"},
      {std::string(kHeader) + demand + "amount = 1\namount_by_year = { 2025 = 1 }\n",
       "s.toml:10:18: interventions[1].amount_by_year: give either 'amount' (per year over a year "
       "range) or 'amount_by_year', not both"},
      {std::string(kHeader) + demand + "amount = 1\npublic_share = 1.5\n",
       "s.toml:10:16: interventions[1].public_share: value 1.5 must be within [0, 1]"},
      {std::string(kHeader) + "discount_rate = -0.1\n" + demand + "amount = 1\n",
       "s.toml:5:17: discount_rate: value -0.1 must be within [0, 1]"},
      {std::string(kHeader) + "[additionality]\ndeadweight = 2\n" + demand + "amount = 1\n",
       "s.toml:6:14: additionality.deadweight: share 2 must be within [0, 1]"},
      {std::string(kHeader) + demand + "amount_by_year = { 2030 = 1 }\n",
       "s.toml:9:27: interventions[1].amount_by_year.2030: year 2030 is outside the scenario "
       "horizon 2025-2027"},
      {std::string(kHeader),
       "s.toml:1:1: interventions: no [[interventions]]: a scenario needs at least one"},
      {"model = \"m\"\nstart_year = 2025\nend_year = 2027\n" + demand + "amount = 1\n",
       "s.toml:1:1: name: missing required key"},
      {std::string(kHeader) + "effects = \"type3\"\n" + demand + "amount = 1\n",
       "s.toml:5:11: effects: unknown value 'type3' (expected \"type1\" or \"type2\")"},
      {"name = \"t\"\nname = \"u\"\n",
       "s.toml:2:8: invalid TOML: error while parsing key-value pair: cannot redefine existing "
       "string 'name'"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(ErrorOf(c.text) == c.expected);
  }
}

TEST_CASE("several problems are reported together", "[scenario][errors]") {
  const std::string message = ErrorOf(
      "model = \"m\"\nstart_year = 2025\nend_year = 2027\nfoo = 1\n"
      "[[interventions]]\ntype = \"demand\"\nunit = \"EUR\"\namount = 1\n");
  CHECK(message ==
        "s.toml:4:1: foo: unknown key 'foo' (valid: id, name, description, language, model, "
        "start_year, end_year, effects, "
        "shock_warning_share, price_year, amounts_price_year, inflation_rate and 13 more)\n"
        "s.toml:1:1: name: missing required key\n"
        "s.toml:5:1: interventions[1].sector: missing required key");
}

TEST_CASE("resolution against the model: unknown sector with suggestion, currency, Type II",
          "[scenario][errors]") {
  const Model model = LoadModel(testing::RepoPath("tests/fixtures/miller_blair_2009_table_2_3"));
  const Scenario s = ParseScenario(std::string(kHeader) +
                                       "[[interventions]]\ntype = \"demand\"\nsector = \"s3\"\n"
                                       "unit = \"EUR\"\namount = 1\n",
                                   "s.toml");
  try {
    ResolveScenario(s, model);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) ==
          "s.toml:8:8: interventions[1].unit: currency 'EUR' differs from the model "
          "'miller-blair-2009-t2-3' currency 'USD'\n"
          "s.toml:7:10: interventions[1].sector: unknown sector 's3' in model "
          "'miller-blair-2009-t2-3' (valid: s1, s2)\n"
          "s.toml: effects: model 'miller-blair-2009-t2-3' has no [household] closure, so Type II "
          "effects are not available: set effects = \"type1\" or use a model with a closure");
  }
}

TEST_CASE("one run lists parse problems and what the model rejects together",
          "[scenario][errors]") {
  const std::string model = testing::RepoPath("tests/fixtures/miller_blair_2009_table_2_3");
  const std::string text = "name = \"t\"\nmodel = \"" + model +
                           "\"\nstart_year = 2025\nend_year = 2027\neffects = \"type1\"\n"
                           "[[interventions]]\ntype = \"demand\"\nsector = \"s3\"\n"
                           "unit = \"USD\"\namount = 1\nstart_year = 2031\n";
  CHECK(ErrorOf(text) ==
        "s.toml:11:14: interventions[1].start_year: year 2031 is outside the scenario horizon "
        "2025-2027\n"
        "s.toml:8:10: interventions[1].sector: unknown sector 's3' in model "
        "'miller-blair-2009-t2-3' (valid: s1, s2)");
  // A model that cannot be loaded adds nothing: its error comes on the next run.
  CHECK(ErrorOf(std::string(kHeader) +
                "[[interventions]]\ntype = \"demand\"\nsector = \"s3\"\nunit = \"EUR\"\n") ==
        "s.toml:5:1: interventions[1]: missing amount: give 'amount' (per year) or "
        "'amount_by_year'");
}
