// Reading uncertain values written as TOML tables: accepted forms and every
// error text, pinned with file, line and column.
//
// The engine links the shared toml++ library (tomlplusplus::tomlplusplus sets
// these two macros); this file uses toml++ types directly through the private
// distribution_toml.h, so it must see the same configuration.
#define TOML_HEADER_ONLY 0
#define TOML_SHARED_LIB 1

#include "scenario/distribution_toml.h"  // white-box: a private header of engine/src

#include <catch2/catch.hpp>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "ripple/base/error.h"

using namespace ripple;

namespace {

struct ReadResult {
  std::optional<Distribution> distribution;
  std::vector<std::string> problems;
};

// Reads the inline table of `x = <value>` in a file named "d.toml".
ReadResult Read(const std::string& value) {
  const toml::table root = ParseTomlText("x = " + value + "\n", "d.toml");
  const toml::node* node = root.get("x");
  REQUIRE(node != nullptr);
  REQUIRE(IsDistributionTable(*node));
  Problems problems;
  TomlFields fields("d.toml", problems);
  ReadResult result;
  result.distribution = ReadDistribution(*node->as_table(), "x", fields);
  result.problems = problems.messages();
  CHECK(result.distribution.has_value() == problems.empty());
  return result;
}

}  // namespace

TEST_CASE("only tables with a dist key are distribution tables", "[distribution][toml]") {
  const toml::table root =
      ParseTomlText("a = 1\nb = { min = 1 }\nc = { dist = \"uniform\" }\n", "d.toml");
  CHECK_FALSE(IsDistributionTable(*root.get("a")));
  CHECK_FALSE(IsDistributionTable(*root.get("b")));
  CHECK(IsDistributionTable(*root.get("c")));
}

TEST_CASE("every distribution kind is read with its parameters", "[distribution][toml]") {
  const auto triangular = Read("{ dist = \"triangular\", min = 0.4, mode = 0.55, max = 0.7 }");
  REQUIRE(triangular.distribution);
  CHECK(triangular.distribution->Describe() == "triangular(min=0.4, mode=0.55, max=0.7)");

  const auto pert = Read("{ dist = \"pert\", min = 0, mode = 1, max = 4 }");  // integers accepted
  REQUIRE(pert.distribution);
  CHECK(pert.distribution->Describe() == "pert(min=0, mode=1, max=4, lambda=4)");
  const auto pert_lambda = Read("{ dist = \"pert\", min = 0, mode = 1, max = 4, lambda = 2.5 }");
  REQUIRE(pert_lambda.distribution);
  CHECK(pert_lambda.distribution->lambda == 2.5);

  const auto uniform = Read("{ dist = \"uniform\", min = -1, max = 3 }");
  REQUIRE(uniform.distribution);
  CHECK(uniform.distribution->Describe() == "uniform(min=-1, max=3)");
  CHECK(uniform.distribution->Central() == 1);

  const auto normal = Read("{ dist = \"normal\", mean = 1, sd = 0.1 }");
  REQUIRE(normal.distribution);
  CHECK(normal.distribution->Describe() == "normal(mean=1, sd=0.1)");
  CHECK(std::isinf(normal.distribution->min));
  CHECK(std::isinf(normal.distribution->max));
  const auto truncated = Read("{ dist = \"normal\", mean = 1, sd = 0.1, min = 0 }");
  REQUIRE(truncated.distribution);
  CHECK(truncated.distribution->Describe() == "normal(mean=1, sd=0.1, min=0)");

  const auto lognormal = Read("{ dist = \"lognormal\", median = 100, sigma = 0.5 }");
  REQUIRE(lognormal.distribution);
  CHECK(lognormal.distribution->Describe() == "lognormal(median=100, sigma=0.5)");

  // Zero width is allowed: a value fixed for now but written as a distribution.
  CHECK(Read("{ dist = \"triangular\", min = 2, mode = 2, max = 2 }").distribution);
  CHECK(Read("{ dist = \"normal\", mean = 2, sd = 0 }").distribution);
}

TEST_CASE("distribution table errors name file, line, column, field and rule",
          "[distribution][toml]") {
  struct Case {
    std::string value, expected;
  };
  const std::vector<Case> cases = {
      {"{ dist = \"triang\", min = 0, mode = 1, max = 2 }",
       "d.toml:1:14: x.dist: unknown distribution 'triang' (did you mean 'triangular'?)"},
      {"{ dist = \"normel\", mean = 0, sd = 1 }",
       "d.toml:1:14: x.dist: unknown distribution 'normel' (did you mean 'normal'?)"},
      {"{ dist = \"gamma\", shape = 2 }",
       "d.toml:1:14: x.dist: unknown distribution 'gamma' (valid: triangular, pert, uniform, "
       "normal, "
       "lognormal)"},
      {"{ dist = 3 }", "d.toml:1:14: x.dist: expected a string, found integer"},
      {"{ dist = \"uniform\", min = 0, max = 2, mode = 1 }",
       "d.toml:1:43: x.mode: unknown key 'mode' for a uniform distribution (valid: dist, min, "
       "max)"},
      {"{ dist = \"triangular\", min = 0, max = 2 }", "d.toml:1:5: x.mode: missing required key"},
      {"{ dist = \"triangular\", min = 0, mode = \"1\", max = 2 }",
       "d.toml:1:44: x.mode: expected a number, found string"},
      {"{ dist = \"triangular\", min = 0.4, mode = 0.8, max = 0.7 }",
       "d.toml:1:46: x.mode: mode 0.8 must be within [min 0.4, max 0.7]"},
      {"{ dist = \"pert\", min = 0.7, mode = 0.5, max = 0.4 }",
       "d.toml:1:28: x.min: min 0.7 must not exceed max 0.4"},
      {"{ dist = \"pert\", min = 0, mode = 0.5, max = 1, lambda = 0 }",
       "d.toml:1:61: x.lambda: lambda 0 must be > 0"},
      {"{ dist = \"uniform\", min = 0.7, max = 0.4 }",
       "d.toml:1:31: x.min: min 0.7 must not exceed max 0.4"},
      {"{ dist = \"normal\", mean = 0, sd = -1 }", "d.toml:1:39: x.sd: sd -1 must be >= 0"},
      {"{ dist = \"normal\", mean = 5, sd = 1, min = 0, max = 1 }",
       "d.toml:1:31: x.mean: mean 5 must be within [min 0, max 1]"},
      {"{ dist = \"normal\", mean = -1, sd = 1, min = 0 }",
       "d.toml:1:31: x.mean: mean -1 must be >= min 0"},
      {"{ dist = \"normal\", mean = 3, sd = 1, max = 2 }",
       "d.toml:1:31: x.mean: mean 3 must be <= max 2"},
      {"{ dist = \"normal\", mean = 1, sd = 1, min = 2, max = 0 }",
       "d.toml:1:48: x.min: min 2 must not exceed max 0"},
      {"{ dist = \"lognormal\", median = 0, sigma = 0.5 }",
       "d.toml:1:36: x.median: median 0 must be > 0"},
      {"{ dist = \"lognormal\", median = 100, sigma = -0.5 }",
       "d.toml:1:49: x.sigma: sigma -0.5 must be >= 0"},
  };
  for (const auto& c : cases) {
    INFO(c.value);
    const ReadResult result = Read(c.value);
    CHECK_FALSE(result.distribution);
    CHECK(result.problems == std::vector<std::string>{c.expected});
  }
}

TEST_CASE("a distribution table reports all its problems at once", "[distribution][toml]") {
  CHECK(Read("{ dist = \"triangular\", min = 0, mod = 1, max = 2 }").problems ==
        std::vector<std::string>{"d.toml:1:37: x.mod: unknown key 'mod' for a triangular "
                                 "distribution (did you mean 'mode'?)",
                                 "d.toml:1:5: x.mode: missing required key"});
  const ReadResult result = Read("{ dist = \"normal\", mean = \"a\", sd = -2, median = 1 }");
  CHECK_FALSE(result.distribution);
  CHECK(result.problems ==
        std::vector<std::string>{
            "d.toml:1:45: x.median: unknown key 'median' for a normal distribution "
            "(did you mean 'mean'?)",
            "d.toml:1:31: x.mean: expected a number, found string",
            "d.toml:1:41: x.sd: sd -2 must be >= 0"});
}
