// Scenario inheritance: `extends`, overrides by intervention id, removal,
// several parents, and errors that point at the file that set the value.
#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/interventions/scenario_template.h"
#include "ripple/scenario/overrides.h"
#include "ripple/scenario/scenario.h"
#include "support/test_support.h"

using namespace ripple;
using testing::WriteTextFile;

namespace {

struct Files {
  std::string dir = testing::MakeTempDir("extends");
  std::string Write(const std::string& name, const std::string& text) {
    WriteTextFile(dir + "/" + name, text);
    return dir + "/" + name;
  }
};

const char* kParent =
    "name = \"parent\"\nmodel = \"models/m\"\nstart_year = 2025\nend_year = 2027\n"
    "[additionality]\ndeadweight = 0.2\n"
    "[[interventions]]\nid = \"grant\"\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\namount "
    "= 100\n"
    "[[interventions]]\nid = \"works\"\ntype = \"demand\"\nsector = \"s2\"\nunit = \"EUR\"\namount "
    "= 50\n";

}  // namespace

TEST_CASE("a child overrides keys by intervention id and inherits the rest",
          "[scenario][extends]") {
  Files files;
  files.Write("parent.toml", kParent);
  const std::string child = files.Write(
      "sub/child.toml",
      "extends = \"../parent.toml\"\nname = \"child\"\n[additionality]\ndisplacement = 0.5\n"
      "[[interventions]]\nid = \"grant\"\namount = 75\n"
      "[[interventions]]\nid = \"new\"\ntype = \"demand\"\nsector = \"s2\"\nunit = \"EUR\"\namount "
      "= 1\n");
  const Scenario s = LoadScenario(child);
  CHECK(s.name == "child");
  CHECK(s.id == "child");
  CHECK(s.model_path == files.dir + "/models/m");  // relative to the parent that wrote it
  CHECK(s.additionality.deadweight == 0.2);
  CHECK(s.additionality.displacement == 0.5);
  REQUIRE(s.interventions.size() == 3);
  CHECK(s.interventions[0].id == "grant");
  CHECK(s.interventions[0].demand.amounts[0].value == 75);
  CHECK(s.interventions[0].demand.sector.sector == "s1");
  CHECK(s.interventions[2].id == "new");
}

TEST_CASE("remove_interventions drops inherited interventions", "[scenario][extends]") {
  Files files;
  files.Write("parent.toml", kParent);
  const Scenario s = LoadScenario(
      files.Write("child.toml", "extends = \"parent.toml\"\nremove_interventions = [\"works\"]\n"));
  REQUIRE(s.interventions.size() == 1);
  CHECK(s.interventions[0].id == "grant");
  try {
    LoadScenario(
        files.Write("bad.toml", "extends = \"parent.toml\"\nremove_interventions = [\"wrks\"]\n"));
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) ==
          files.dir +
              "/bad.toml:2:25: remove_interventions: no inherited intervention "
              "with id 'wrks'");
  }
}

TEST_CASE("several parents keep their own additionality and price year", "[scenario][extends]") {
  Files files;
  files.Write("a.toml", kParent);
  files.Write("b.toml",
              "name = \"b\"\nmodel = \"models/m\"\nstart_year = 2025\nend_year = "
              "2027\namounts_price_year = 2020\n"
              "[additionality]\nleakage = 0.3\n"
              "[[interventions]]\nid = \"studio\"\ntype = \"demand\"\nsector = \"s1\"\nunit = "
              "\"EUR\"\namount = 9\n");
  const Scenario s = LoadScenario(
      files.Write("programme.toml",
                  "extends = [\"a.toml\", \"b.toml\"]\nname = \"programme\"\nend_year = 2030\n"));
  REQUIRE(s.interventions.size() == 3);
  CHECK(s.end_year == 2030);
  CHECK(s.interventions[0].additionality->deadweight == 0.2);
  CHECK(s.interventions[0].additionality->leakage == 0.0);
  CHECK(s.interventions[2].additionality->leakage == 0.3);
  CHECK(s.interventions[2].additionality->deadweight == 0.0);
  CHECK(s.interventions[2].amounts_price_year == 2020);
  CHECK_FALSE(s.interventions[0].amounts_price_year.has_value());
}

TEST_CASE("extends errors: missing parent, cycles, and bad values located in the parent",
          "[scenario][extends][errors]") {
  Files files;
  auto error_of = [](const std::string& path) {
    try {
      LoadScenario(path);
    } catch (const Error& error) {
      return std::string(error.what());
    }
    return std::string();
  };
  CHECK(error_of(files.Write("orphan.toml", "extends = \"nope.toml\"\n")) ==
        files.dir + "/orphan.toml:1:11: extends: file '" + files.dir + "/nope.toml' not found");
  files.Write("x.toml", "extends = \"y.toml\"\n");
  files.Write("y.toml", "extends = \"x.toml\"\n");
  CHECK(error_of(files.dir + "/x.toml") ==
        files.dir +
            "/y.toml:1:11: extends: 'x.toml' is already in the chain of extended files (a cycle)");
  files.Write("bad-parent.toml",
              "name = \"p\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n"
              "[[interventions]]\nid = \"g\"\ntype = \"demand\"\nsector = \"s1\"\nunit = "
              "\"EUR\"\namount = \"x\"\n");
  CHECK(error_of(files.Write("ok-child.toml", "extends = \"bad-parent.toml\"\nname = \"c\"\n")) ==
        files.dir +
            "/bad-parent.toml:10:10: interventions[1].amount: expected a number, found string");
}

TEST_CASE("a distribution replaces the value below it as a whole, in a child and with --set",
          "[scenario][extends][sensitivity]") {
  Files files;
  files.Write(
      "parent.toml",
      "name = \"parent\"\nmodel = \"models/m\"\nstart_year = 2025\nend_year = 2027\n"
      "[additionality]\ndeadweight = { dist = \"triangular\", min = 0.1, mode = 0.2, max = 0.3 }\n"
      "displacement = 0.1\n"
      "[[interventions]]\nid = \"grant\"\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\n"
      "amount = { dist = \"uniform\", min = 80, max = 120 }\n");
  // Not merged key by key: "mode" of the parent's triangular would not be
  // allowed in a uniform distribution.
  const std::string child =
      files.Write("child.toml",
                  "extends = \"parent.toml\"\n[additionality]\ndeadweight = { dist = \"uniform\", "
                  "min = 0, max = 0.5 }\n"
                  "displacement = { dist = \"uniform\", min = 0, max = 0.2 }\n"
                  "[[interventions]]\nid = \"grant\"\namount = 100\n");
  const ScenarioTemplate scenario = ScenarioTemplate::Load(child);
  REQUIRE(scenario.parameters().size() == 2);
  CHECK(scenario.parameters()[0].key == "additionality.deadweight");
  CHECK(scenario.parameters()[0].distribution.kind == DistributionKind::kUniform);
  CHECK(scenario.parameters()[0].position.file == child);
  CHECK(scenario.parameters()[1].key == "additionality.displacement");
  CHECK(scenario.central().interventions[0].demand.amounts[0].value == 100);
  // --set: a distribution over a distribution, a number over a distribution.
  const ScenarioTemplate set = ScenarioTemplate::Load(
      child,
      {ParseOverride("additionality.deadweight={ dist = \"normal\", mean = 0.3, sd = 0.05 }"),
       ParseOverride("additionality.displacement=0.15")});
  REQUIRE(set.parameters().size() == 1);
  CHECK(set.parameters()[0].distribution.kind == DistributionKind::kNormal);
  CHECK(set.central().additionality.deadweight == 0.3);
  CHECK(set.central().additionality.displacement == 0.15);
}

TEST_CASE("a variant that breaks a rule is located in the parent file that wrote the distribution",
          "[scenario][extends][sensitivity]") {
  Files files;
  const std::string parent =
      files.Write("parent.toml",
                  "name = \"parent\"\nmodel = \"models/m\"\nstart_year = 2025\nend_year = 2027\n"
                  "[additionality]\ndeadweight = { dist = \"normal\", mean = 0.2, sd = 0.5 }\n"
                  "[[interventions]]\nid = \"grant\"\ntype = \"demand\"\nsector = \"s1\"\nunit = "
                  "\"EUR\"\namount = 1\n");
  const std::string child =
      files.Write("child.toml", "extends = \"parent.toml\"\nname = \"child\"\n");
  const ScenarioTemplate scenario = ScenarioTemplate::Load(child);
  REQUIRE(scenario.parameters().size() == 1);
  CHECK(scenario.Instantiate({0.4}).additionality.deadweight == 0.4);
  // Twice: the second variant runs on a reused tree and is located alike.
  for (int attempt = 0; attempt < 2; ++attempt) {
    CHECK_THROWS_WITH(
        scenario.Instantiate({1.5}),
        Catch::Contains(parent +
                        ":6:14: additionality.deadweight: share 1.5 must be within [0, 1]"));
  }
}

TEST_CASE(
    "with several parents, a parent's uncertain additionality stays one value for its "
    "interventions",
    "[scenario][extends][sensitivity]") {
  Files files;
  const std::string a =
      files.Write("a.toml",
                  "name = \"a\"\nmodel = \"models/m\"\nstart_year = 2025\nend_year = 2027\n"
                  "[additionality]\ndeadweight = { dist = \"uniform\", min = 0.1, max = 0.3 }\n"
                  "[[interventions]]\nid = \"grant\"\ntype = \"demand\"\nsector = \"s1\"\nunit = "
                  "\"EUR\"\namount = 1\n"
                  "[[interventions]]\nid = \"works\"\ntype = \"demand\"\nsector = \"s2\"\nunit = "
                  "\"EUR\"\namount = 2\n");
  const std::string b =
      files.Write("b.toml",
                  "name = \"b\"\nmodel = \"models/m\"\nstart_year = 2025\nend_year = 2027\n"
                  "[additionality]\nleakage = 0.3\n"
                  "[[interventions]]\nid = \"studio\"\ntype = \"demand\"\nsector = \"s1\"\nunit = "
                  "\"EUR\"\namount = 9\n");
  const ScenarioTemplate programme = ScenarioTemplate::Load(
      files.Write("programme.toml", "extends = [\"a.toml\", \"b.toml\"]\nname = \"programme\"\n"));
  // One value, written in a.toml line 6: the programme's own [additionality]
  // (merged from the parents, first in key order) and its copies in a's two
  // interventions.
  REQUIRE(programme.parameters().size() == 1);
  const UncertainParameter& deadweight = programme.parameters()[0];
  CHECK(deadweight.key == "additionality.deadweight");
  CHECK(deadweight.position.Text() == a + ":6:14");
  CHECK(deadweight.copies.size() == 2);
  const Scenario variant = programme.Instantiate({0.15});
  REQUIRE(variant.interventions.size() == 3);
  CHECK(variant.interventions[0].additionality->deadweight == 0.15);
  CHECK(variant.interventions[1].additionality->deadweight == 0.15);
  CHECK(variant.interventions[2].additionality->deadweight == 0.0);
  CHECK(variant.interventions[2].additionality->leakage == 0.3);
  // A number given for the value's key (a sweep, a goal seek) sets every copy.
  const Scenario swept = programme.Instantiate({0.15}, {{"additionality.deadweight", "0.25"}});
  CHECK(swept.interventions[0].additionality->deadweight == 0.25);
  CHECK(swept.interventions[1].additionality->deadweight == 0.25);
  // A copied plain value keeps its position too: errors point at the parent.
  files.Write(
      "b.toml",
      "name = \"b\"\nmodel = \"models/m\"\nstart_year = 2025\nend_year = 2027\n"
      "[additionality]\nleakage = 1.3\n"
      "[[interventions]]\nid = \"studio\"\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\n"
      "amount = 9\n");
  CHECK_THROWS_WITH(
      LoadScenario(files.dir + "/programme.toml"),
      Catch::Contains(
          b + ":6:11: interventions[3].additionality.leakage: share 1.3 must be within [0, 1]"));
}
