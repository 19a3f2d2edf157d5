// Funders (issue 10, item 3) and the property counterfactual (item 1): who
// pays, at which level of government, and what a purchase adds to the
// occupancy its building has anyway.
#include "ripple/scenario/funders.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <map>

#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/run/pipeline.h"
#include "ripple/run/result.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::WithinRel;
using ripple::testing::ErrorOf;

namespace {

RunResult RunShipped(const std::string& scenario, const std::vector<Override>& overrides) {
  const PreparedRun run = PrepareRun(testing::RepoPath("scenarios/" + scenario), overrides);
  return RunScenario(run.scenario, *run.model, *run.leontief, false);
}

// summary.csv rows of intervention "all", keyed "indicator/effect/basis/measure".
std::map<std::string, double> SummaryOfAll(const RunResult& result) {
  std::map<std::string, double> rows;
  VisitSummaryRows(result, [&](const MetricRow& row) {
    if (row.intervention != "all") return;
    rows[std::string(row.indicator) + "/" + std::string(row.effect) + "/" + std::string(row.basis) +
         "/" + std::string(row.measure)] = row.value;
  });
  return rows;
}

const std::string kHeader = "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n";
const std::string kProject = "[[interventions]]\ntype = \"project\"\nunit = \"EUR\"\n";
const std::string kCapex = "[[interventions.capex]]\nsector = \"F\"\namount = 5\n";

}  // namespace

TEST_CASE("funder names and levels round-trip; French and English names agree", "[funders]") {
  for (const std::string& name : GovernmentLevelNames()) {
    CHECK(GovernmentLevelName(*ParseGovernmentLevel(name)) == name);
  }
  CHECK_FALSE(ParseGovernmentLevel("city"));
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"state", "etat"},
      {"department", "departement"},
      {"metropolis", "metropole"},
      {"metropolis", "epci"},
      {"municipality", "commune"},
      {"eu", "ue"},
      {"eu", "feder"},
      {"caisse_des_depots", "banque_des_territoires"},
      {"private", "prive"}};
  for (const auto& [english, french] : pairs) {
    INFO(english << " / " << french);
    const Funder a = *FindFunder(english, {}), b = *FindFunder(french, {});
    CHECK(a.level == b.level);
    CHECK(a.is_public == b.is_public);
  }
  CHECK(FindFunder("bpifrance", {})->level == GovernmentLevel::kPublicAgency);
  CHECK(FindFunder("cnc", {})->is_public);
  CHECK_FALSE(FindFunder("prive", {})->is_public);
  CHECK_FALSE(FindFunder("ville", {}));
  // A declared funder comes before a known one of the same name.
  CHECK_FALSE(FindFunder("region", {{"region", GovernmentLevel::kPrivate, false}})->is_public);
}

// Regression (issue 10): French names were private money, silently. Union
// Studio's capex (modes, 2025 prices) is 16M x 2 + 6M + 1.8M + 1.72M + 4M =
// EUR 45.52M; public = 0.3 + 0.1 + 0.05 = 0.45 of it, EUR 20.484M (the issue
// quotes about 20.7M). Before, only 'region' was public: 0.1 x 45.52M = 4.552M.
TEST_CASE("French funder names are public money: Union Studio's public cost is 0.45 of its capex",
          "[funders][regression]") {
  // The shipped file with its funding line in French (a --set would merge
  // the new table into the old one).
  std::string text =
      testing::ReadTextFile(testing::RepoPath("scenarios/union-studio-france2030.toml"));
  const std::string english =
      "funding = { state = 0.25, region = 0.05, metropolis = 0.05, private = 0.65 }";
  REQUIRE(text.find(english) != std::string::npos);
  text.replace(text.find(english), english.size(),
               "funding = { etat = 0.3, region = 0.1, metropole = 0.05, prive = 0.55 }");
  const std::string model = "model = \"../models/nord-2021\"";
  REQUIRE(text.find(model) != std::string::npos);
  text.replace(text.find(model), model.size(),
               "model = \"" + testing::RepoPath("models/nord-2021") + "\"");
  const std::string file = testing::MakeTempDir("funders-french") + "/union-studio-fr.toml";
  testing::WriteTextFile(file, text);
  const PreparedRun run = PrepareRun(file);
  const RunResult result = RunScenario(run.scenario, *run.model, *run.leontief, false);
  const auto rows = SummaryOfAll(result);
  const double cost = rows.at("public_cost///undiscounted");
  const double etat = rows.at("public_cost_by_funder///etat");
  CHECK_THAT(cost, WithinRel(0.45 * 45.52e6, 1e-12));
  CHECK_THAT(etat / cost, WithinRel(0.3 / 0.45, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_funder///region") / cost, WithinRel(0.1 / 0.45, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_level///intercommunality") / cost,
             WithinRel(0.05 / 0.45, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_level///state"), WithinRel(etat, 1e-12));
  CHECK_THAT(rows.at("private_funding///undiscounted") / cost, WithinRel(0.55 / 0.45, 1e-12));
  CHECK_THAT(rows.at("leverage///private_per_public_euro"), WithinRel(0.55 / 0.45, 1e-12));
  CHECK(rows.count("public_cost_by_funder///prive") == 0);
  CHECK(rows.count("public_cost_by_funder///unattributed") == 0);
}

TEST_CASE("public cost without a funding table is 'unattributed'; the lists sum to the public cost",
          "[funders]") {
  const std::string dir = testing::MakeTempDir("funders-mixed");
  const std::string file = dir + "/s.toml";
  testing::WriteTextFile(
      file,
      "name = \"mixed\"\nmodel = \"" + testing::RepoPath("models/de-1995-eurostat-manual") +
          "\"\nstart_year = 2025\nend_year = 2025\ninflation_rate = 0\neffects = \"type1\"\n"
          "[funders]\nville = { level = \"municipality\" }\n"
          "[[interventions]]\nid = \"p\"\ntype = \"project\"\nunit = \"EUR\"\n"
          "funding = { ville = 0.25, bpifrance = 0.25, private = 0.5 }\n"
          "[[interventions.capex]]\nsector = \"CPA_F\"\namount = 1000000\n"
          "[[interventions]]\nid = \"d\"\ntype = \"demand\"\nsector = \"CPA_F\"\nunit = \"EUR\"\n"
          "amount = 300000\n");
  const PreparedRun run = PrepareRun(file);
  const auto rows = SummaryOfAll(RunScenario(run.scenario, *run.model, *run.leontief, false));
  // Hand case: project public 0.5 x 1,000,000; the demand's 300,000 is public with no funder named.
  CHECK_THAT(rows.at("public_cost///undiscounted"), WithinRel(800000.0, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_funder///ville"), WithinRel(250000.0, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_funder///bpifrance"), WithinRel(250000.0, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_funder///unattributed"), WithinRel(300000.0, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_level///municipality"), WithinRel(250000.0, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_level///public_agency"), WithinRel(250000.0, 1e-12));
  CHECK_THAT(rows.at("public_cost_by_level///unattributed"), WithinRel(300000.0, 1e-12));
  CHECK_THAT(rows.at("private_funding///undiscounted"), WithinRel(500000.0, 1e-12));
  CHECK_THAT(rows.at("leverage///private_per_public_euro"), WithinRel(1.0, 1e-12));
}

TEST_CASE("funder errors: unknown name with 'did you mean' and the list; bad [funders] entries",
          "[funders][errors]") {
  struct Case {
    std::string text, expected;
  };
  const std::string known =
      "known funders: state, etat, region, department, departement, metropolis, metropole, epci, "
      "intercommunality, municipality, commune, eu, ue, erdf, feder, bpifrance, cnc, "
      "caisse_des_depots, "
      "banque_des_territoires, private, prive; declare another in the scenario's [funders] table";
  const std::vector<Case> cases = {
      {kProject + "funding = { etta = 0.5, prive = 0.5 }\n" + kCapex,
       "t.toml:8:20: interventions[1].funding.etta: unknown funder 'etta' (did you mean "
       "'etat'?); " +
           known},
      {kProject + "funding = { ville = 1 }\n" + kCapex,
       "t.toml:8:21: interventions[1].funding.ville: unknown funder 'ville'; " + known},
      {"[funders]\nville = { level = \"municipality\" }\n" + kProject +
           "funding = { ville = 1 }\n"
           "public_funders = [\"ville\"]\n" +
           kCapex,
       "t.toml:11:18: interventions[1].public_funders: no longer read: whether a funder is public "
       "comes from its "
       "name (known funders) or from the scenario's [funders] table, e.g. [funders] ville = { "
       "level = "
       "\"municipality\", public = true }"},
      {"[funders]\nville = { level = \"city\" }\n" + kProject + "funding = { ville = 1 }\n" +
           kCapex,
       "t.toml:6:19: funders.ville.level: unknown level 'city' (valid: state, region, department, "
       "intercommunality, municipality, eu, public_agency, private)\n"
       "t.toml:10:21: interventions[1].funding.ville: unknown funder 'ville'; known funders: " +
           known.substr(std::string("known funders: ").size())},
      {"[funders]\nfondation = { level = \"private\", public = true }\n" + kProject +
           "funding = { prive = 1 }\n" + kCapex,
       "t.toml:6:43: funders.fondation.public: public = true contradicts level 'private' (private "
       "money is not "
       "public and public levels are public)"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(ErrorOf([&] { ParseScenario(kHeader + c.text, "t.toml"); }) == c.expected);
  }
}

// Regression (issue 10): the Imaginarium (7,200 m², occupied 85-90% before
// and after the purchase) was credited with its tenants: 748 average annual
// gross jobs. With the same occupancy with and without the purchase, it hosts
// no new job.
TEST_CASE("an acquisition whose building is as occupied without the purchase hosts no job",
          "[funders][acquisition][regression]") {
  const std::string area = "interventions.imaginarium.";
  std::vector<Override> overrides = {{area + "floor_area_m2", "7200"},
                                     {area + "m2_per_job", "12"},
                                     {area + "occupancy", "0.9"},
                                     {area + "occupancy_start_year", "2025"},
                                     {area + "hosted_sector", "\"J59_J60\""},
                                     {area + "occupancy_without", "0.9"}};
  const RunResult same = RunShipped("imaginarium-teinturerie.toml", overrides);
  overrides.back().value = "0.85";
  const RunResult more = RunShipped("imaginarium-teinturerie.toml", overrides);
  const RunResult none = RunShipped("imaginarium-teinturerie.toml", {});
  const int employment = FindIndicator(same, "employment");
  const auto total = [&](const RunResult& r) {
    return HorizonTotal(r, &r.interventions[0], employment, Effect::kTotal, Basis::kGross);
  };
  // Zero hosted jobs: exactly the run without a floor area (fees only).
  CHECK(total(same) == total(none));
  // 5 points of occupancy added: 7,200 x 0.05 / 12 = 30 direct jobs a year, 2025-2030.
  const double direct =
      HorizonTotal(more, &more.interventions[0], employment, Effect::kDirect, Basis::kGross) -
      HorizonTotal(none, &none.interventions[0], employment, Effect::kDirect, Basis::kGross);
  CHECK_THAT(direct, WithinRel(30.0 * 6, 1e-9));
}

TEST_CASE("occupancy_without: required with a floor area, within [0, 1], not above occupancy",
          "[funders][acquisition][errors]") {
  const std::string building =
      "[[interventions]]\ntype = \"acquisition\"\nunit = \"EUR\"\nprice = 1000\n"
      "year = 2025\nfloor_area_m2 = 500\nm2_per_job = 12\nhosted_sector = \"J\"\n"
      "occupancy = 0.9\n";
  struct Case {
    std::string text, expected;
  };
  const std::vector<Case> cases = {
      {building,
       "t.toml:5:1: interventions[1].occupancy_without: missing: floor_area_m2 is given, so state "
       "the "
       "reference case, the occupied share of the area without the purchase (occupancy_without = "
       "share, or "
       "occupancy_without_by_year = { year = share }); hosted jobs = floor_area_m2 x (occupancy - "
       "occupancy_without) / m2_per_job"},
      {building + "occupancy_without = 0.95\n",
       "t.toml:14:21: interventions[1].occupancy_without: occupancy_without 0.95 is above "
       "occupancy 0.9 in "
       "2025: the purchase would host negative activity; a purchase is not debited with the "
       "tenants it loses "
       "here, state such a loss as an intervention of its own"},
      {building + "occupancy_without = 1.5\n",
       "t.toml:14:21: interventions[1].occupancy_without: occupied share 1.5 in 2025 must be "
       "within [0, 1]"},
      {building + "occupancy_without_by_year = { 2025 = 0.8, 2026 = 0.8 }\n",
       "t.toml:14:29: interventions[1].occupancy_without_by_year: no value for 2027, a year of "
       "occupancy"},
      {"[[interventions]]\ntype = \"acquisition\"\nunit = \"EUR\"\nprice = 1000\nyear = 2025\n"
       "occupancy_without = 0.5\n",
       "t.toml:10:21: interventions[1].occupancy_without: needs floor_area_m2 (the area it applies "
       "to)"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(ErrorOf([&] { ParseScenario(kHeader + c.text, "t.toml"); }) == c.expected);
  }
  CHECK_NOTHROW(ParseScenario(kHeader + building + "occupancy_without = 0.9\n", "t.toml"));
}
