// `ripple compare`: rows, differences to the baseline, per-euro ratios and
// ranks, checked by hand on the Eurostat manual's German table.
#include "ripple/analysis/compare.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "ripple/base/error.h"
#include "ripple/run/pipeline.h"
#include "support/test_support.h"

using namespace ripple;
using Catch::Matchers::WithinRel;

namespace {

// A demand of `amount` EUR a year for construction (CPA_F), 2025-2026, at
// the table's prices (inflation 0), Type I, with the given deadweight.
std::string WriteOption(const std::string& dir, const std::string& id, double amount,
                        double deadweight,
                        const std::string& model = "models/de-1995-eurostat-manual") {
  const std::string file = dir + "/" + id + ".toml";
  testing::WriteTextFile(
      file, "id = \"" + id + "\"\nname = \"option " + id + "\"\nmodel = \"" +
                testing::RepoPath(model) +
                "\"\nstart_year = 2025\nend_year = 2026\ninflation_rate = 0\neffects = \"type1\"\n"
                "[additionality]\ndeadweight = " +
                std::to_string(deadweight) +
                "\n[[interventions]]\nid = \"build\"\ntype = \"demand\"\nsector = \"" +
                (model.find("miller") != std::string::npos ? "s1" : "CPA_F") + "\"\nunit = \"" +
                (model.find("miller") != std::string::npos ? "USD" : "EUR") +
                "\"\namount = " + std::to_string(amount) + "\n");
  return file;
}

RunResult Run(const std::string& file) {
  const PreparedRun run = PrepareRun(file);
  return RunScenario(run.scenario, *run.model, *run.leontief);
}

// Sum over years and sectors of one indicator's total effect (gross).
double Gross(const RunResult& result, const std::string& indicator) {
  const int k = FindIndicator(result, indicator);
  double sum = 0;
  for (const auto& year : result.interventions[0].years) {
    sum += SectorTotal(year, static_cast<size_t>(k), result.effects.size() - 1);
  }
  return sum;
}

const ComparisonRow& Row(const Comparison& c, const std::string& scenario,
                         const std::string& indicator, const std::string& basis,
                         const std::string& measure) {
  for (const auto& row : c.rows) {
    if (row.scenario == scenario && row.indicator == indicator && row.basis == basis &&
        row.measure == measure) {
      return row;
    }
  }
  FAIL("no row " << scenario << " " << indicator << " " << basis << " " << measure);
  throw 0;
}

}  // namespace

TEST_CASE("compare: values, differences, per-euro ratios and ranks", "[compare]") {
  const std::string dir = testing::MakeTempDir("compare");
  // a: EUR 1M a year, deadweight 0.2; b: EUR 2M a year, deadweight 0.5; c = a.
  std::vector<RunResult> runs = {Run(WriteOption(dir, "a", 1e6, 0.2)),
                                 Run(WriteOption(dir, "b", 2e6, 0.5)),
                                 Run(WriteOption(dir, "c", 1e6, 0.2))};
  const double jobs = Gross(runs[0], "employment");  // gross job-years of a (persons x years)
  const double va = Gross(runs[0], "value_added");   // EUR
  REQUIRE(jobs > 0);
  REQUIRE(va > 0);
  CHECK_THAT(Gross(runs[1], "employment"), WithinRel(2 * jobs, 1e-12));  // linear model
  const Comparison c = CompareRuns(runs, "b");
  CHECK(c.baseline == "b");
  CHECK(c.currency == "EUR");
  CHECK(c.price_year == 2025);
  CHECK(c.scenarios == std::vector<std::string>{"a", "b", "c"});

  // Public cost: 2 years x amount; the cheapest ranks first, a and c tie.
  const ComparisonRow& cost = Row(c, "a", "public_cost", "", "undiscounted");
  CHECK(*cost.value == 2e6);
  CHECK(*cost.baseline_value == 4e6);
  CHECK(*cost.difference == -2e6);
  CHECK(*cost.rank == 1);
  CHECK(*Row(c, "c", "public_cost", "", "undiscounted").rank == 1);
  CHECK(*Row(c, "b", "public_cost", "", "undiscounted").rank == 3);
  CHECK(*Row(c, "b", "public_cost", "", "undiscounted").difference == 0);

  // Net job-years: a 0.8 J, b 2 J x 0.5 = J: b ranks first.
  CHECK_THAT(*Row(c, "a", "employment", "net", "job_years").value, WithinRel(0.8 * jobs, 1e-12));
  CHECK_THAT(*Row(c, "a", "employment", "net", "job_years").difference,
             WithinRel(-0.2 * jobs, 1e-9));
  CHECK_THAT(*Row(c, "a", "employment", "net", "average_annual_jobs").value,
             WithinRel(0.4 * jobs, 1e-12));
  CHECK(*Row(c, "b", "employment", "net", "job_years").rank == 1);
  CHECK(*Row(c, "a", "employment", "net", "job_years").rank == 2);
  CHECK(*Row(c, "b", "employment", "gross", "job_years").rank == 1);

  // Per public euro: net jobs per EUR 1M = 0.8 J / 2M x 1e6 (a) vs J / 4M x 1e6 (b).
  const ComparisonRow& per_million = Row(c, "a", "jobs_per_million_public_cost", "net", "ratio");
  CHECK_THAT(*per_million.value, WithinRel(0.8 * jobs / 2e6 * 1e6, 1e-12));
  CHECK_THAT(*per_million.baseline_value, WithinRel(jobs / 4e6 * 1e6, 1e-12));
  CHECK_THAT(*per_million.difference, WithinRel(0.4 * jobs - 0.25 * jobs, 1e-9));
  CHECK(per_million.unit == "job-years per million EUR");
  CHECK(*per_million.rank == 1);
  CHECK(*Row(c, "c", "jobs_per_million_public_cost", "net", "ratio").rank == 1);
  CHECK(*Row(c, "b", "jobs_per_million_public_cost", "net", "ratio").rank == 3);
  // Gross per EUR: equal up to rounding for all (same sector, linear): all rank 1, difference 0.
  CHECK(*Row(c, "b", "jobs_per_million_public_cost", "gross", "ratio").rank == 1);
  CHECK(*Row(c, "a", "jobs_per_million_public_cost", "gross", "ratio").rank == 1);
  CHECK(*Row(c, "a", "jobs_per_million_public_cost", "gross", "ratio").difference == 0);
  CHECK(*Row(c, "a", "value_added_per_public_euro", "gross", "ratio").rank == 1);
  CHECK(*Row(c, "b", "value_added_per_public_euro", "gross", "ratio").rank == 1);
  CHECK_THAT(*Row(c, "a", "value_added_per_public_euro", "net", "ratio").value,
             WithinRel(0.8 * va / 2e6, 1e-12));
  // Cost per net job-year: lower is better.
  const ComparisonRow& cost_per_job = Row(c, "a", "cost_per_job_year", "net", "ratio");
  CHECK_THAT(*cost_per_job.value, WithinRel(2e6 / (0.8 * jobs), 1e-12));
  CHECK_THAT(*Row(c, "b", "cost_per_job_year", "net", "ratio").value, WithinRel(4e6 / jobs, 1e-12));
  CHECK(*cost_per_job.rank == 1);
  CHECK(*Row(c, "b", "cost_per_job_year", "net", "ratio").rank == 3);

  std::ostringstream csv;
  WriteCompareCsv(c, csv);
  CHECK(csv.str().rfind(
            "scenario,indicator,effect,basis,measure,value,unit,baseline_value,difference,rank\n"
            "a,public_cost,,,undiscounted,2000000,EUR (2025 prices),4000000,-2000000,1\n"
            "b,public_cost,,,undiscounted,4000000,EUR (2025 prices),4000000,0,3\n"
            "c,public_cost,,,undiscounted,2000000,EUR (2025 prices),4000000,-2000000,1\n",
            0) == 0);
  std::ostringstream md;
  WriteCompareMarkdown(c, md);
  CHECK(md.str().find("| measure | a | b (baseline) | c |\n|---|---:|---:|---:|\n"
                      "| undiscounted (EUR (2025 prices)) | 2,000,000 | 4,000,000 | 2,000,000 |\n"
                      "| difference to baseline | -2,000,000 (-50%) | - | -2,000,000 (-50%) |\n"
                      "| rank | 1 | 3 | 1 |\n") != std::string::npos);
}

TEST_CASE("compare: pinned errors", "[compare][errors]") {
  const std::string dir = testing::MakeTempDir("compare-errors");
  const std::string a = WriteOption(dir, "a", 1e6, 0);
  std::vector<RunResult> runs = {Run(a), Run(a)};
  CHECK_THROWS_WITH(CompareRuns({runs[0]}, ""), "compare needs at least two scenarios");
  CHECK_THROWS_WITH(CompareRuns(runs, ""),
                    a + ": id: scenario id 'a' is used by another scenario compared "
                        "(give each option its own `id`)");
  runs[1] = Run(WriteOption(dir, "b", 1e6, 0));
  CHECK_THROWS_WITH(CompareRuns(runs, "x"),
                    "--baseline x: no scenario compared has this id or file (ids: 'a', 'b')");
  const std::string usd =
      WriteOption(dir, "usd", 100, 0, "tests/fixtures/miller_blair_2009_table_2_3");
  runs[1] = Run(usd);
  CHECK_THROWS_WITH(CompareRuns(runs, ""),
                    usd + ": model: cannot compare scenarios in different currencies: model '" +
                        runs[1].model.id + "' is in USD, model 'de-1995-eurostat-manual' of " + a +
                        " is in EUR");
  const PreparedRun later = PrepareRun(WriteOption(dir, "later", 1e6, 0), {{"price_year", "2026"}});
  runs[1] = RunScenario(later.scenario, *later.model, *later.leontief);
  CHECK_THROWS_WITH(
      CompareRuns(runs, "", true),
      dir + "/later.toml: price_year: option 'later' reports in 2026 prices, option 'a' of " + a +
          " in 2025 prices: euros of different years are never ranked, even with --allow-mixed; "
          "add --price-year 2025 to the command (e.g. ripple compare " +
          a + " " + dir +
          "/later.toml --price-year 2025): it restates every option in those prices, converting "
          "each option's amounts from its own amounts_price_year");
}

// Regression (issue 10): compare ranked options over 6, 7 and 11 years
// without a word.
TEST_CASE("compare refuses options over different horizons unless allowed", "[compare][errors]") {
  const std::string dir = testing::MakeTempDir("compare-horizons");
  const std::string a = WriteOption(dir, "a", 1e6, 0);
  const PreparedRun longer = PrepareRun(WriteOption(dir, "longer", 1e6, 0), {{"end_year", "2030"}});
  const std::vector<RunResult> runs = {
      Run(a), RunScenario(longer.scenario, *longer.model, *longer.leontief)};
  CHECK_THROWS_WITH(
      CompareRuns(runs, ""),
      dir +
          "/longer.toml: end_year: option 'longer' runs over 2025-2030 (6 years), option 'a' of " +
          a +
          " over 2025-2026 (2 years): totals and job-years over different horizons do not rank "
          "options; give every option the same start_year and end_year, or pass --allow-mixed to "
          "compare them anyway");
  const Comparison mixed = CompareRuns(runs, "", true);
  CHECK(mixed.scenarios == std::vector<std::string>{"a", "longer"});
}
