// Effects attributed to each funder (issue 10 item 3): net job-years and net
// value added of each intervention split pro rata to each funder's share of
// its funding, summed over interventions; interventions without a funding
// table are "unattributed". The lists sum to the scenario's net totals.
#include <catch2/catch.hpp>
#include <map>

#include "ripple/run/pipeline.h"
#include "ripple/run/public_finance.h"
#include "ripple/run/result.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::WithinRel;

namespace {

// summary.csv rows of `scope` named `indicator`, keyed by measure.
std::map<std::string, double> Rows(const RunResult& result, const std::string& indicator,
                                   const std::string& scope = "all") {
  std::map<std::string, double> rows;
  VisitSummaryRows(result, [&](const MetricRow& row) {
    if (row.intervention == scope && row.indicator == indicator) {
      CHECK(row.basis == "net");
      rows[std::string(row.measure)] = row.value;
    }
  });
  return rows;
}

double Sum(const std::map<std::string, double>& rows) {
  double sum = 0;
  for (const auto& [name, value] : rows) sum += value;
  return sum;
}

double Net(const RunResult& result, const InterventionImpact* only, const char* indicator) {
  return HorizonTotal(result, only, static_cast<size_t>(FindIndicator(result, indicator)),
                      Effect::kTotal, Basis::kNet);
}

RunResult RunFile(const std::string& text) {
  const std::string file = testing::MakeTempDir("funder-effects") + "/s.toml";
  testing::WriteTextFile(file, text);
  const PreparedRun run = PrepareRun(file);
  return RunScenario(run.scenario, *run.model, *run.leontief, false);
}

}  // namespace

TEST_CASE("funder effects: pro rata to each funder's share of each intervention's funding",
          "[funder-effects]") {
  // p1: ville 25%, bpifrance 25%, private 50%; p2: ville 50%, state 50%; d: no funding table.
  const RunResult result = RunFile(
      "name = \"mixed\"\nmodel = \"" + testing::RepoPath("models/de-1995-eurostat-manual") +
      "\"\nstart_year = 2025\nend_year = 2026\ninflation_rate = 0\neffects = \"type1\"\n"
      "[funders]\nville = { level = \"municipality\" }\n"
      "[[interventions]]\nid = \"p1\"\ntype = \"project\"\nunit = \"EUR\"\n"
      "additionality = { deadweight = 0.2 }\n"
      "funding = { ville = 0.25, bpifrance = 0.25, private = 0.5 }\n"
      "[[interventions.capex]]\nsector = \"CPA_F\"\namount = 1000000\n"
      "[[interventions]]\nid = \"p2\"\ntype = \"project\"\nunit = \"EUR\"\n"
      "funding = { ville = 0.5, state = 0.5 }\n"
      "[[interventions.capex]]\nsector = \"CPA_B-E\"\namount = 400000\n"
      "[[interventions]]\nid = \"d\"\ntype = \"demand\"\nsector = \"CPA_F\"\nunit = \"EUR\"\n"
      "amount = 300000\n");
  const InterventionImpact &p1 = result.interventions[0], &p2 = result.interventions[1],
                           &d = result.interventions[2];
  for (const char* indicator : {"employment", "value_added"}) {
    INFO(indicator);
    const std::map<std::string, double> rows =
        Rows(result, indicator == std::string("employment") ? "net_job_years_by_funder"
                                                            : "value_added_by_funder");
    const double e1 = Net(result, &p1, indicator), e2 = Net(result, &p2, indicator),
                 ed = Net(result, &d, indicator);
    REQUIRE(e1 > 0);
    REQUIRE(e2 > 0);
    CHECK(rows.size() == 5);
    CHECK_THAT(rows.at("ville"), WithinRel(0.25 * e1 + 0.5 * e2, 1e-12));
    CHECK_THAT(rows.at("bpifrance"), WithinRel(0.25 * e1, 1e-12));
    CHECK_THAT(rows.at("private"), WithinRel(0.5 * e1, 1e-12));
    CHECK_THAT(rows.at("state"), WithinRel(0.5 * e2, 1e-12));
    CHECK_THAT(rows.at("unattributed"), WithinRel(ed, 1e-12));
    CHECK_THAT(Sum(rows), WithinRel(Net(result, nullptr, indicator), 1e-12));
  }
  // The deadweight of p1 is in: net, not gross.
  CHECK_THAT(Net(result, &p1, "employment"),
             WithinRel(0.8 * HorizonTotal(result, &p1,
                                          static_cast<size_t>(FindIndicator(result, "employment")),
                                          Effect::kTotal, Basis::kGross),
                       1e-12));
  // One intervention's scope: its own funders only.
  const std::map<std::string, double> p2_rows = Rows(result, "net_job_years_by_funder", "p2");
  CHECK(p2_rows.size() == 2);
  CHECK_THAT(p2_rows.at("state"), WithinRel(0.5 * Net(result, &p2, "employment"), 1e-12));
}

TEST_CASE("funder effects: the shipped project's lists add up to its net totals",
          "[funder-effects]") {
  const PreparedRun run = PrepareRun(testing::RepoPath("scenarios/union-studio-france2030.toml"));
  const RunResult result = RunScenario(run.scenario, *run.model, *run.leontief, false);
  const std::map<std::string, double> jobs = Rows(result, "net_job_years_by_funder");
  const std::map<std::string, double> added = Rows(result, "value_added_by_funder");
  REQUIRE(jobs.size() >= 2);
  CHECK_THAT(Sum(jobs), WithinRel(Net(result, nullptr, "employment"), 1e-12));
  CHECK_THAT(Sum(added), WithinRel(Net(result, nullptr, "value_added"), 1e-12));
  CHECK(jobs.count("unattributed") == 0);
}

TEST_CASE("funder effects: no rows without a funding table", "[funder-effects]") {
  const PreparedRun run = PrepareRun(testing::RepoPath("scenarios/plaine-images-baseline.toml"));
  const RunResult result = RunScenario(run.scenario, *run.model, *run.leontief, false);
  CHECK(Rows(result, "net_job_years_by_funder").empty());
  CHECK(Rows(result, "value_added_by_funder").empty());
}
