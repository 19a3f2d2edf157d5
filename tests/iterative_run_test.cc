// `ripple run` on a large package (PrepareRun -> PrepareOneRun, model_preparation.h):
// the run and its iterative LeontiefModel share one model (one Z: the subsidy's
// cost structure and the solves read the same matrix), with the figures of the
// factored path (PrepareModel) to 1e-12.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <string>

#include "ripple/run/model_preparation.h"
#include "ripple/run/pipeline.h"
#include "ripple/run/run.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"

namespace ripple {
namespace {

using testing::MakeTempDir;
using testing::WriteTextFile;

// The largest |a - b| / |a| over every total of every intervention, year,
// indicator and effect (a = 0: |b|).
double LargestRelativeDifference(const RunResult& a, const RunResult& b) {
  REQUIRE(a.interventions.size() == b.interventions.size());
  double largest = 0;
  for (size_t i = 0; i < a.interventions.size(); ++i) {
    const auto& years_a = a.interventions[i].years;
    const auto& years_b = b.interventions[i].years;
    REQUIRE(years_a.size() == years_b.size());
    for (size_t t = 0; t < years_a.size(); ++t) {
      for (size_t k = 0; k < years_a[t].totals.size(); ++k) {
        for (size_t e = 0; e < years_a[t].totals[k].size(); ++e) {
          const double x = years_a[t].totals[k][e], y = years_b[t].totals[k][e];
          largest = std::max(largest, x == 0 ? std::abs(y) : std::abs(x - y) / std::abs(x));
        }
      }
    }
  }
  return largest;
}

TEST_CASE("ripple run on a large package: one shared model, the factored path's figures",
          "[iterative][run]") {
  const std::string dir = MakeTempDir("iterative-run");
  const Model big = testing::SyntheticPackageModel(2000, 11, "big");  // kIterativeMinRows
  WriteModelPackage(big, dir + "/big");
  // 2 interventions x 2 years x 2 (Type II) = 8 demand vectors: the budget at n = 2,000.
  WriteTextFile(dir + "/s.toml",
                "name = \"big\"\nmodel = \"big\"\nstart_year = 2025\nend_year = 2026\n"
                "effects = \"type2\"\n"
                "[[interventions]]\nid = \"buy\"\ntype = \"demand\"\nsector = \"s0001\"\n"
                "unit = \"EUR\"\namount = 1000000\n"
                "[[interventions]]\nid = \"grant\"\ntype = \"subsidy\"\nunit = \"EUR\"\n"
                "amount = 500000\nrecipient_sector = \"s0777\"\n");
  const PreparedRun run = PrepareRun(dir + "/s.toml");
  REQUIRE(run.model != nullptr);
  REQUIRE(run.leontief->iterative());
  CHECK(run.leontief->shared_model() == run.model);  // the run compiles with the solves' Z
  CHECK(run.leontief->technical_coefficients().size() == 0);
  CHECK(run.model.use_count() == 2);  // no other holder: the package was not kept beside it
  const PreparedModel factored = PrepareModel(run.scenario);
  REQUIRE_FALSE(factored.leontief->iterative());
  CHECK(run.model->transactions == factored.model.transactions);  // the same bits as loaded
  CHECK(run.model->output == factored.model.output);
  CHECK(run.model->final_demand == factored.model.final_demand);
  const RunResult iterative = RunScenario(run.scenario, *run.model, *run.leontief);
  const RunResult lu = RunScenario(run.scenario, factored.model, *factored.leontief);
  CHECK(iterative.warnings == lu.warnings);
  CHECK(LargestRelativeDifference(lu, iterative) < 1e-12);
  CHECK_FALSE(run.leontief->factored());  // every solve converged
  std::filesystem::remove_all(dir);       // 65 MB of model
}

TEST_CASE("ripple run on shipped scenarios: the same model and bits as PrepareModel",
          "[iterative][run]") {
  // The baseline's [uncertainty] adjusts the model (FLQ delta: built from the
  // package); the interregional one adjusts nothing (the package moved into it).
  for (const char* name : {"plaine-images-baseline.toml", "nord-interregional-subsidy.toml"}) {
    INFO(name);
    const PreparedRun run = PrepareRun(testing::RepoPath(std::string("scenarios/") + name));
    CHECK_FALSE(run.leontief->iterative());  // 64 and 384 sectors: factored, nothing shared
    CHECK(run.leontief->shared_model() == nullptr);
    const PreparedModel factored = PrepareModel(run.scenario);
    CHECK(run.model->transactions == factored.model.transactions);
    CHECK(run.model->final_demand == factored.model.final_demand);
    const RunResult a = RunScenario(run.scenario, *run.model, *run.leontief);
    const RunResult b = RunScenario(run.scenario, factored.model, *factored.leontief);
    CHECK(LargestRelativeDifference(a, b) == 0);
  }
}

}  // namespace
}  // namespace ripple
