// Regression tests for bugs found by fuzzing (tests/fuzz, tests/README.md
// "Fuzzing and sanitizers"); the input of each is also in
// tests/fuzz/regressions/<target>/ so the fuzzers replay it. Each test is named
// after the bug.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "ripple/base/distribution.h"
#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/model/model.h"
#include "ripple/scenario/scenario.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

const char* kHeader = "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n";

// "a.a.a...a" with `parts` parts.
std::string DottedKey(int parts) {
  std::string key = "a";
  for (int i = 1; i < parts; ++i) key += ".a";
  return key;
}

// The message of the Error(kBadInput) thrown by `parse`, or "" when none is.
template <typename Parse>
std::string BadInputOf(Parse&& parse) {
  try {
    parse();
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kBadInput);
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("regression: a 20,000-part dotted key overflowed the stack in ExtractDistributions",
          "[fuzz][errors]") {
  // Refused before toml::parse, which itself overflows from about 100,000 parts.
  const std::string text = std::string(kHeader) + DottedKey(20000) + " = 1\n";
  CHECK(BadInputOf([&] { ParseScenario(text, "s.toml"); }) ==
        "s.toml:5: invalid TOML: line is 40003 bytes long, more than 16384");
  const std::string shorter = std::string(kHeader) + DottedKey(5000) + " = 1\n";
  CHECK(BadInputOf([&] { ParseScenario(shorter, "s.toml"); }) ==
        "s.toml:5:128: tables and arrays nest more than 64 levels deep here (each part of a dotted "
        "key a.b.c is "
        "one level)");
}

TEST_CASE("regression: a [table.header] of 100,000 parts overflowed the stack inside toml::parse",
          "[fuzz][errors]") {
  const std::string text = std::string(kHeader) + "[" + DottedKey(100000) + "]\nx = 1\n";
  CHECK(BadInputOf([&] { ParseScenario(text, "s.toml"); }) ==
        "s.toml:5: invalid TOML: line is 200001 bytes long, more than 16384");
}

TEST_CASE("regression: inline tables and arrays nested 200 deep are refused, not walked",
          "[fuzz][errors]") {
  const std::string arrays =
      std::string(kHeader) + "x = " + std::string(200, '[') + std::string(200, ']') + "\n";
  CHECK(BadInputOf([&] { ParseScenario(arrays, "s.toml"); }) ==
        "s.toml:5:69: tables and arrays nest more than 64 levels deep here (each part of a dotted "
        "key a.b.c is "
        "one level)");
  std::string tables = std::string(kHeader) + "x = ";
  for (int i = 0; i < 200; ++i) tables += "{ a = ";
  tables += "1" + std::string(200, '}') + "\n";
  CHECK(BadInputOf([&] { ParseScenario(tables, "s.toml"); }) ==
        "s.toml:5:389: tables and arrays nest more than 64 levels deep here (each part of a dotted "
        "key a.b.c is "
        "one level)");
}

TEST_CASE("regression: --set with a 20,000-part key is refused before it is parsed",
          "[fuzz][errors]") {
  const std::vector<Override> long_value = {{"x", "{ " + DottedKey(20000) + " = 1 }"}};
  CHECK(BadInputOf([&] {
          ParseScenario(kHeader, "s.toml", long_value);
        }).find(": value is 40007 bytes long, more than 16384") != std::string::npos);
  const std::vector<Override> overrides = {{DottedKey(20000), "1"}};
  const std::string message = BadInputOf([&] { ParseScenario(kHeader, "s.toml", overrides); });
  const std::string suffix = "...: key has 20000 parts, more than the 64 Ripple reads";
  CHECK(message.substr(message.size() - suffix.size()) == suffix);
  const std::vector<Override> deep_value = {{"x", std::string(100, '[') + std::string(100, ']')}};
  CHECK(BadInputOf([&] {
          ParseScenario(kHeader, "s.toml", deep_value);
        }).find("...: value nests tables and arrays more than 64 levels deep") !=
        std::string::npos);
}

TEST_CASE("regression: a model.toml nested 5,000 deep is refused", "[fuzz][errors]") {
  ModelSources sources;
  sources.toml_text = DottedKey(5000) + " = 1\n";
  sources.toml_name = "m/model.toml";
  CHECK(BadInputOf([&] { ParseModel(sources); }) ==
        "m/model.toml:1:128: tables and arrays nest more than 64 levels deep here (each part of a "
        "dotted key a.b.c "
        "is one level)");
}

TEST_CASE("nesting up to 64 levels is still read (the limit is not off by one)", "[fuzz][errors]") {
  // A key of n parts puts its value n levels below the root: 64 is the
  // deepest allowed, 65 is refused.
  const std::string text = std::string(kHeader) + DottedKey(64) + " = 1\n";
  const std::string message = BadInputOf([&] { ParseScenario(text, "s.toml"); });
  CHECK(message.find("nest more than") == std::string::npos);
  CHECK(message.find("unknown key 'a'") != std::string::npos);
  const std::string deeper = std::string(kHeader) + DottedKey(65) + " = 1\n";
  CHECK(BadInputOf([&] { ParseScenario(deeper, "s.toml"); }).find("nest more than 64") !=
        std::string::npos);
}

TEST_CASE(
    "regression: end_year = 2030004 expanded every intervention over 2 million years (fuzz "
    "timeout)",
    "[fuzz][errors]") {
  const std::string text =
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2024\nend_year = 2030004\n"
      "[[interventions]]\nid = \"a\"\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\namount = "
      "1\n";
  CHECK(BadInputOf([&] { ParseScenario(text, "s.toml"); }) ==
        "s.toml:4:12: end_year: year 2030004 is outside 1900..2200, the years Ripple accepts");
  const std::string longest =
      "name = \"t\"\nmodel = \"m\"\nstart_year = 2001\nend_year = 2100\n"
      "[[interventions]]\nid = \"a\"\ntype = \"demand\"\nsector = \"s1\"\n"
      "unit = \"EUR\"\namount = 1\n";
  CHECK(ParseScenario(longest, "s.toml").horizon_years() ==
        100);  // kMaxHorizonYears (base/limits.h)
  const std::vector<Override> longer = {{"end_year", "2101"}};
  CHECK(BadInputOf([&] { ParseScenario(longest, "s.toml", longer); }) ==
        "--set end_year:1:10: end_year: horizon 2001-2101 is 101 years long, more than the 100 "
        "Ripple projects");
}

TEST_CASE("regression: a PERT lambda of 8.9e23 gave quantiles that decrease with p (fuzz contract)",
          "[fuzz][errors]") {
  const std::string intervention =
      "[[interventions]]\nid = \"a\"\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\namount "
      "= ";
  const std::string huge =
      "{ dist = \"pert\", min = 0, mode = 1, max = 4, lambda = 888888888888888888888886.5 }";
  CHECK(BadInputOf([&] { ParseScenario(kHeader + intervention + huge + "\n", "s.toml"); }) ==
        "s.toml:10:64: interventions[1].amount.lambda: value 8.88888888889e+23 is beyond +/-1e+15, "
        "the largest "
        "figure Ripple accepts\n"
        "s.toml:10:10: interventions[1].amount: expected a number, found table");
  const std::string largest = "{ dist = \"pert\", min = 0, mode = 1, max = 4, lambda = 1000 }";
  const Scenario scenario = ParseScenario(kHeader + intervention + largest + "\n", "s.toml");
  REQUIRE(scenario.uncertain.size() == 1);
  const Distribution& pert = scenario.uncertain[0].distribution;
  double previous = pert.Quantile(0);
  for (const double p :
       {1e-300, 1e-70, 1e-60, 1e-12, 1e-3, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1 - 1e-12, 1.0}) {
    CHECK(pert.Quantile(p) >= previous);
    previous = pert.Quantile(p);
  }
}

TEST_CASE("regression: a satellites.csv header without its unit column read past each row",
          "[fuzz][errors]") {
  // fuzz_model, 2026-12-06: a one-column satellites.csv header let one-field rows through the
  // width check, and the unit was read from a second field that does not exist (ASan:
  // heap-buffer-overflow in ParseSatellites).
  const std::string dir = testing::MakeTempDir("satellites-header") + "/m";
  std::filesystem::copy(testing::RepoPath("tests/fixtures/miller_blair_2009_table_2_3"), dir);
  testing::WriteTextFile(dir + "/satellites.csv", "satections.csv\nsector\ns1\n");
  const std::string message = BadInputOf([&] { LoadModel(dir); });
  CHECK(message.find("/m/satellites.csv:1: header: column 1 must be 'satellite', found "
                     "'satections.csv'\n") != std::string::npos);
  CHECK(message.find("/m/satellites.csv:1: header: column 2 must be 'unit', found ''") !=
        std::string::npos);
}

TEST_CASE("regression: an extends name too long for the system escaped as a std exception",
          "[fuzz][errors]") {
  // fuzz_scenario_override, 2026-12-06: std::filesystem::exists threw filesystem_error
  // ("File name too long") out of the scenario reader, which ended the process.
  const std::string name = "p" + std::string(300, 'a') + ".toml";
  CHECK(BadInputOf([&] { ParseScenario("extends = \"" + name + "\"\n", "s.toml"); }) ==
        "s.toml:1:11: extends: file '" + name + "' not found: File name too long");
}
