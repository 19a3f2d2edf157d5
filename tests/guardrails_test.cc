// Guardrails of issue 10 (item 8): a cluster that is a large part of its
// regional sector warns, with the share and the years, once per measure.
#include <algorithm>
#include <catch2/catch.hpp>

#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/run/pipeline.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

std::vector<std::string> ClusterWarnings(const std::vector<Override>& overrides) {
  const CheckedScenario checked =
      CheckScenario(testing::RepoPath("scenarios/plaine-images-baseline.toml"), overrides);
  std::vector<std::string> found;
  for (const std::string& warning : checked.compiled.warnings) {
    if (warning.find("cluster_warning_share") != std::string::npos) found.push_back(warning);
  }
  return found;
}

}  // namespace

// Regression (issue 10): the Plaine Images cluster's revenue, 1,800 persons x
// EUR 317,838 = EUR 572.1M in 2021 (2021 prices), is 55.8% of the Nord
// model's J59_J60 output (EUR 1,024.9M, models/nord-2021/output.csv), 64.6% by
// 2030; nothing said so.
TEST_CASE(
    "a cluster above a quarter of its regional sector warns once per measure, listing the years",
    "[guardrail][cluster][regression]") {
  const std::vector<std::string> warnings = ClusterWarnings({});
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0] ==
        "intervention 'plaine-images-cluster': the cluster's revenue is up to 64.6% of sector "
        "'J59_J60' "
        "output in the model (above cluster_warning_share 0.25) in 2021-2030: check its sector, "
        "revenue per "
        "job and area against the regional sector");
  CHECK(warnings[1] ==
        "intervention 'plaine-images-cluster': the cluster's jobs are up to 64.6% of sector "
        "'J59_J60' "
        "employment in the model (above cluster_warning_share 0.25) in 2021-2030: check its "
        "sector, revenue "
        "per job and area against the regional sector");
  // Above 60% only from 2024: the years listed follow the share.
  const std::vector<std::string> high = ClusterWarnings({{"cluster_warning_share", "0.6"}});
  REQUIRE(high.size() == 2);
  CHECK(high[0].find("(above cluster_warning_share 0.6) in 2024-2030:") != std::string::npos);
  CHECK(ClusterWarnings({{"cluster_warning_share", "0.7"}}).empty());
}

TEST_CASE("cluster_warning_share must be > 0", "[guardrail][errors]") {
  std::string message;
  try {
    ParseScenario(
        "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\ncluster_warning_share = "
        "0\n"
        "[[interventions]]\ntype = \"demand\"\nsector = \"F\"\nunit = \"EUR\"\namount = 1\n",
        "t.toml");
  } catch (const Error& error) {
    message = error.what();
  }
  CHECK(message == "t.toml:5:25: cluster_warning_share: value 0 must be > 0");
}
