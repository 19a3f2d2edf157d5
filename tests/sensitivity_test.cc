// Monte Carlo, tornado, sweep and goal seek (sensitivity.h, goal_seek.h) on
// the subsidy of the Plaine Images baseline (Nord model) with uncertain values,
// and on the shipped baseline itself. Identities checked: the same seed gives byte-identical
// quantiles for 1 and 2 threads; zero-width distributions reproduce the
// deterministic run exactly; quantiles are ordered; the IO model is linear in
// the subsidy (zero in -> zero out, double in -> double out).
#include "ripple/analysis/sensitivity.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "ripple/analysis/goal_seek.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/report/sensitivity_report.h"
#include "ripple/run/pipeline.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

// The subsidy of the Plaine Images baseline alone on the Nord model, with
// `subsidy_keys` added to the intervention and `extra` at the end of the file
// (e.g. an [uncertainty] table), `deadweight` written as the scenario's
// deadweight. Line 16 is the first of `subsidy_keys`.
std::string WriteScenario(const std::string& subsidy_keys, const std::string& extra = "",
                          const std::string& deadweight = "0.25") {
  const std::string dir = MakeTempDir("sensitivity");
  const std::string file = dir + "/uncertain.toml";
  WriteTextFile(
      file,
      "name = \"subsidy\"\nmodel = \"" + RepoPath("models/nord-2021") +
          "\"\nstart_year = 2025\nend_year = 2030\namounts_price_year = 2023\n"
          "[additionality]\ndeadweight = " +
          deadweight +
          "\ndisplacement = 0.25\nleakage = 0.1\n"
          "[[interventions]]\nid = \"plaine-images-subsidy\"\ntype = \"subsidy\"\nunit = \"EUR\"\n"
          "recipient_sector = \"N80-N82\"\n"
          "purchases = { L68B = 0.25, M73 = 0.20, N80-N82 = 0.20, I = 0.15, J62_J63 = 0.10, "
          "M69_M70 = 0.10 }\n" +
          subsidy_keys + extra);
  return file;
}

const char* kPlainSubsidy =
    "wage_share = 0.55\namount = 1350000\nwage_cost_per_job = 77790\nwage_cost_basis = \"fte\"\n";

const char* kUncertainSubsidy =
    "wage_share = { dist = \"triangular\", min = 0.4, mode = 0.55, max = 0.7 }\n"
    "amount = { dist = \"normal\", mean = 1350000, sd = 100000, min = 1000000 }\n"
    "wage_cost_per_job = { dist = \"pert\", min = 62440, mode = 77790, max = 102200 "
    "}\nwage_cost_basis = \"fte\"\n";

std::string Quantiles(const Evaluator& evaluator, size_t draws, int threads, uint64_t seed = 7) {
  MonteCarloOptions options;
  options.draws = draws;
  options.threads = threads;
  options.seed = seed;
  std::ostringstream out;
  WriteQuantilesCsv(RunMonteCarlo(evaluator, options), out);
  return out.str();
}

// The rows of quantiles.csv for `result`, 16 fields each.
std::vector<CsvRow> QuantileRows(const MonteCarloResult& result) {
  std::ostringstream out;
  WriteQuantilesCsv(result, out);
  CsvTable table = ParseCsv(out.str(), "quantiles.csv");
  for (const auto& row : table.rows) REQUIRE(row.fields.size() == 16);
  return table.rows;
}

std::vector<double> Metrics(const RunResult& run) {
  std::vector<double> values;
  MetricValues(run, values);
  return values;
}

double HeadlineValue(const RunResult& run, const std::string& name) {
  const std::vector<double> values = Metrics(run);
  for (const auto& headline : Headlines(MetricKeys(run))) {
    if (headline.name == name) return values[headline.metric];
  }
  FAIL("no headline " << name);
  return 0;
}

}  // namespace

TEST_CASE("distributions parse to their central values and are listed with their position",
          "[sensitivity]") {
  const std::string file = WriteScenario(kUncertainSubsidy);
  const ScenarioTemplate scenario = ScenarioTemplate::Load(file);
  REQUIRE(scenario.parameters().size() == 3);
  // Keys in table order (alphabetical within a table).
  CHECK(scenario.parameters()[0].key == "interventions.plaine-images-subsidy.amount");
  CHECK(scenario.parameters()[0].position.file == file);
  CHECK(scenario.parameters()[0].position.line == 17);
  CHECK(scenario.parameters()[0].position.column == 10);
  CHECK(scenario.parameters()[1].key == "interventions.plaine-images-subsidy.wage_cost_per_job");
  CHECK(scenario.parameters()[2].key == "interventions.plaine-images-subsidy.wage_share");
  const Intervention& subsidy = scenario.central().interventions[0];
  CHECK(subsidy.subsidy.spending.wage_share == 0.55);
  CHECK(subsidy.subsidy.spending.wage_cost_per_job == 77790);
  CHECK(subsidy.subsidy.amounts.front().value == 1350000);
}

TEST_CASE("a scenario with distributions runs like the same scenario with their central values",
          "[sensitivity]") {
  const PreparedRun uncertain = PrepareRun(WriteScenario(kUncertainSubsidy));
  const PreparedRun plain = PrepareRun(WriteScenario(kPlainSubsidy));
  const std::vector<double> a =
      Metrics(RunScenario(uncertain.scenario, *uncertain.model, *uncertain.leontief));
  const std::vector<double> b = Metrics(RunScenario(plain.scenario, *plain.model, *plain.leontief));
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::isnan(b[i])) {
      CHECK(std::isnan(a[i]));
    } else {
      CHECK(a[i] == b[i]);
    }
  }
}

TEST_CASE("the same seed gives byte-identical quantiles with 1 and 2 threads", "[sensitivity]") {
  const Evaluator evaluator(ScenarioTemplate::Load(WriteScenario(kUncertainSubsidy)));
  const std::string one = Quantiles(evaluator, 60, 1);
  CHECK(one == Quantiles(evaluator, 60, 2));
  CHECK(one != Quantiles(evaluator, 60, 2, 8));  // another seed, other draws
}

TEST_CASE("zero-width distributions reproduce the deterministic run exactly", "[sensitivity]") {
  const std::string file = WriteScenario(
      "wage_share = { dist = \"triangular\", min = 0.55, mode = 0.55, max = 0.55 }\n"
      "amount = { dist = \"normal\", mean = 1350000, sd = 0 }\n"
      "wage_cost_per_job = { dist = \"lognormal\", median = 77790, sigma = 0 }\nwage_cost_basis = "
      "\"fte\"\n",
      "[uncertainty]\nflq_delta = { dist = \"uniform\", min = 0.3, max = 0.3 }\n"
      "satellites = { employment = { dist = \"pert\", min = 1, mode = 1, max = 1 } }\n");
  const Evaluator evaluator(ScenarioTemplate::Load(file));
  CHECK(evaluator.model_varies());
  const PreparedRun plain = PrepareRun(WriteScenario(kPlainSubsidy));
  const std::vector<double> deterministic =
      Metrics(RunScenario(plain.scenario, *plain.model, *plain.leontief));
  MonteCarloOptions options;
  options.draws = 20;
  options.threads = 2;
  options.keep_every_figure = true;
  const MonteCarloResult result = RunMonteCarlo(evaluator, options);
  REQUIRE(result.central.size() == deterministic.size());
  for (size_t d = 0; d < result.draws; ++d) {
    for (size_t m = 0; m < deterministic.size(); ++m) {
      const double value = result.values[d * deterministic.size() + m];
      if (std::isnan(deterministic[m])) {
        REQUIRE(std::isnan(value));
      } else {
        REQUIRE(value == deterministic[m]);
      }
    }
  }
  // quantiles.csv: p05..p95 and mean are the central value, sd 0.
  const std::vector<CsvRow> rows = QuantileRows(result);
  REQUIRE(rows.size() == deterministic.size());  // one row per metric
  for (const auto& row : rows) {
    for (size_t c = 8; c <= 13; ++c) REQUIRE(row.fields[c] == row.fields[7]);
    if (!row.fields[7].empty()) REQUIRE(row.fields[14] == "0");
  }
}

TEST_CASE("quantiles are ordered p05 <= p25 <= p50 <= p75 <= p95", "[sensitivity]") {
  const Evaluator evaluator(ScenarioTemplate::Load(
      WriteScenario(kUncertainSubsidy, "[uncertainty]\ntechnical_coefficients_sigma = 0.1\n")));
  MonteCarloOptions options;
  options.draws = 200;
  options.threads = 2;
  const MonteCarloResult result = RunMonteCarlo(evaluator, options);
  int spread = 0;
  for (const auto& row : QuantileRows(result)) {
    const std::vector<std::string>& cells = row.fields;
    if (cells[8].empty()) continue;
    const double p05 = std::stod(cells[8]), p25 = std::stod(cells[9]), p50 = std::stod(cells[10]);
    const double p75 = std::stod(cells[11]), p95 = std::stod(cells[12]);
    REQUIRE(p05 <= p25);
    REQUIRE(p25 <= p50);
    REQUIRE(p50 <= p75);
    REQUIRE(p75 <= p95);
    spread += p95 > p05 ? 1 : 0;
  }
  CHECK(spread > 500);
}

TEST_CASE("a draw that breaks a rule names the draw and its values", "[sensitivity]") {
  const Evaluator evaluator(ScenarioTemplate::Load(
      WriteScenario("wage_share = { dist = \"normal\", mean = 0.55, sd = 0.5 }\namount = 1350000\n"
                    "wage_cost_per_job = 77790\nwage_cost_basis = \"fte\"\n")));
  MonteCarloOptions options;
  options.draws = 50;
  try {
    RunMonteCarlo(evaluator, options);
    FAIL("expected an error");
  } catch (const Error& error) {
    const std::string message = error.what();
    CHECK(message.rfind("draw ", 0) == 0);
    CHECK(message.find("(interventions.plaine-images-subsidy.wage_share = ") != std::string::npos);
    INFO(message);
    CHECK(message.find("uncertain.toml:16:14: interventions[1].wage_share: ") != std::string::npos);
  }
}

TEST_CASE("cancelling stops the Monte Carlo run", "[sensitivity]") {
  const Evaluator evaluator(ScenarioTemplate::Load(WriteScenario(kUncertainSubsidy)));
  std::atomic<bool> cancel{true};
  MonteCarloOptions options;
  options.draws = 1000;
  options.cancel = &cancel;
  CHECK(RunMonteCarlo(evaluator, options).cancelled);
}

TEST_CASE("tornado: additionality moves net figures only, ranked by swing", "[sensitivity]") {
  const Evaluator evaluator(
      ScenarioTemplate::Load(WriteScenario("wage_share = { dist = \"triangular\", min = 0.4, mode "
                                           "= 0.55, max = 0.7 }\namount = 1350000\n"
                                           "wage_cost_per_job = 77790\nwage_cost_basis = \"fte\"\n",
                                           "", "{ dist = \"uniform\", min = 0, max = 0.5 }")));
  const std::vector<TornadoRow> rows = RunTornado(evaluator);
  bool found = false;
  for (const auto& row : rows) {
    if (row.parameter == "additionality.deadweight" && row.headline.rfind("gross_", 0) == 0)
      CHECK(row.swing == 0);
    if (row.headline == "net_jobs" && row.parameter == "additionality.deadweight") {
      found = true;
      CHECK(row.rank == 1);
      CHECK(row.low == Approx(0.025));
      CHECK(row.high == Approx(0.475));
      // net = gross x (1 - leakage) (1 - displacement) (1 - deadweight): linear in deadweight.
      CHECK(row.at_low / row.at_high == Approx((1 - 0.025) / (1 - 0.475)).epsilon(1e-12));
    }
  }
  CHECK(found);
}

TEST_CASE("sweep: jobs are linear in the subsidy (zero in, zero out)", "[sensitivity]") {
  const Evaluator evaluator(
      ScenarioTemplate::Load(RepoPath("scenarios/plaine-images-baseline.toml")));
  std::ostringstream out;
  WriteSweepCsv(
      RunSweep(evaluator,
               {ParseSweepAxis("interventions.plaine-images-subsidy.amount=0:2700000:3")}),
      out);
  std::istringstream lines(out.str());
  std::string line;
  std::getline(lines, line);
  CHECK(line == "interventions.plaine-images-subsidy.amount,headline,value,unit");
  double jobs[3] = {-1, -1, -1};
  while (std::getline(lines, line)) {
    if (line.find(",gross_jobs,") == std::string::npos) continue;
    const double amount = std::stod(line.substr(0, line.find(',')));
    const double value = std::stod(line.substr(line.find(",gross_jobs,") + 12));
    jobs[amount == 0 ? 0 : amount < 2e6 ? 1 : 2] = value;
  }
  CHECK(jobs[0] == 0);
  CHECK(jobs[2] == Approx(2 * jobs[1]).epsilon(1e-9));
}

TEST_CASE("sweep axes: errors", "[sensitivity]") {
  const auto message = [](const std::string& text) {
    try {
      ParseSweepAxis(text);
    } catch (const Error& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  const std::string tail =
      " (expected KEY=LO:HI:STEPS, e.g. --sweep "
      "interventions.plaine-images-subsidy.amount=1e6:2e6:5)";
  CHECK(message("amount") == "--sweep amount: no KEY=" + tail);
  CHECK(message("amount=1:2") == "--sweep amount=1:2: range '1:2' is not LO:HI:STEPS" + tail);
  CHECK(message("amount=1:x:3") == "--sweep amount=1:x:3: HI 'x' is not a number" + tail);
  CHECK(message("amount=1:2:1") ==
        "--sweep amount=1:2:1: STEPS must be an integer from 2 to 10000" + tail);
  CHECK_THROWS_WITH(CheckSweepGrid({ParseSweepAxis("a=0:1:1000"), ParseSweepAxis("b=0:1:1000"),
                                    ParseSweepAxis("c=0:1:2")}),
                    "--sweep: a grid of 1000 x 1000 x 2 = 2000000 points is more than 1000000: use "
                    "fewer steps or axes");
  CHECK_NOTHROW(CheckSweepGrid({ParseSweepAxis("a=0:1:1000"), ParseSweepAxis("b=0:1:1000")}));
  const SweepAxis axis = ParseSweepAxis("discount_rate=0.01:0.05:5");
  CHECK(axis.Value(0) == 0.01);
  CHECK(axis.Value(2) == Approx(0.03));
  CHECK(axis.Value(4) == 0.05);
}

TEST_CASE("goal seek: the subsidy for twice the net jobs is twice the subsidy", "[sensitivity]") {
  const Evaluator evaluator(
      ScenarioTemplate::Load(RepoPath("scenarios/plaine-images-baseline.toml")));
  const double net_jobs = HeadlineValue(evaluator.RunCentral(), "net_jobs");
  GoalSeekOptions options;
  options.headline = "net_jobs";
  options.target = 2 * net_jobs;
  options.key = "interventions.plaine-images-subsidy.amount";
  const GoalSeekResult result = GoalSeek(evaluator, options);
  CHECK(result.low == 0);
  CHECK(result.high == 13500000);
  CHECK(result.value == Approx(2 * 1350000).epsilon(1e-8));
  CHECK(result.figure == Approx(2 * net_jobs).epsilon(1e-9));
  CHECK(result.steps.size() <= 6);  // linear: regula falsi lands at once
}

TEST_CASE("goal seek: errors", "[sensitivity]") {
  const Evaluator evaluator(
      ScenarioTemplate::Load(RepoPath("scenarios/plaine-images-baseline.toml")));
  const auto message = [&](GoalSeekOptions options) {
    try {
      GoalSeek(evaluator, options);
    } catch (const Error& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  GoalSeekOptions options;
  options.headline = "net_jobs";
  options.target = 1000;
  options.key = "interventions.plaine-images-subsidy.amount";
  options.high = 2000000;
  CHECK(
      message(options).rfind(
          "target net_jobs = 1000 cannot be reached by varying "
          "interventions.plaine-images-subsidy.amount within [0, 2000000]: net_jobs is 0 at 0 and ",
          0) == 0);
  options.headline = "net_job";
  CHECK(message(options).rfind(
            "--target net_job: unknown figure (did you mean 'net_jobs'?); this scenario and "
            "model have: gross_jobs, net_jobs, ",
            0) == 0);
  options.headline = "net_jobs";
  options.key = "interventions.plaine-images-subsidy.label";
  CHECK(message(options) ==
        "--vary interventions.plaine-images-subsidy.label: no number at this key in scenario " +
            RepoPath("scenarios/plaine-images-baseline.toml") +
            " (write KEY as for --set, e.g. interventions.<id>.amount)");
}

TEST_CASE("a Monte Carlo run too large for memory is refused before it starts",
          "[sensitivity][errors]") {
  const Evaluator evaluator(ScenarioTemplate::Load(WriteScenario(kUncertainSubsidy)));
  MonteCarloOptions options;
  options.draws = 100000000;
  const size_t per_draw =
      MetricKeys(evaluator.RunCentral()).size() + 3;  // figures + uncertain values
  CHECK_THROWS_WITH(RunMonteCarlo(evaluator, options),
                    "100000000 draws of " + std::to_string(per_draw) + " numbers each need " +
                        FormatNumber(1e8 * 8.0 * static_cast<double>(per_draw) / 1e9, 3) +
                        " GB of memory, above the limit of 4 GB: use at most " +
                        std::to_string(4000000000 / (8 * per_draw)) + " draws");
}
