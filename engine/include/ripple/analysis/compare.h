// Comparing options: several scenario runs side by side on the headline
// indicators, each against a baseline and per public euro, ranked
// (reports/README.md, compare.csv and compare.md).
//
// Measures, for the whole of each scenario (public_finance.h):
//   public_cost                  undiscounted; present_value (scenario's own discount rate)
//   <employment indicator>       job_years and average_annual_jobs (= job-years / horizon years),
//                                total effect, gross and net
//   value_added                  total effect, gross and net
//   fiscal_return                gross and net
//   jobs_per_million_public_cost job-years / undiscounted public cost x 1e6, gross and net
//   value_added_per_public_euro  value added / undiscounted public cost, gross and net
//   cost_per_job_year            undiscounted public cost / job-years, gross and net
// A ratio is missing (no value, no rank) when its denominator is zero;
// employment rows are missing when a model has no employment indicator, value
// added rows when it has no value_added.
//
// Rank, per row key (indicator, effect, basis, measure) across the options:
// 1 = best. Best is the most jobs, value added, fiscal return and jobs or
// value added per euro, and the least public cost and cost per job-year.
// Equal values share a rank (1, 1, 3). Values equal to a relative 1e-9
// (kSameRelative: rounding noise) count as equal, for ranks and for a
// difference to the baseline (then 0).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/run/run.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

constexpr double kSameRelative = 1e-9;

// One headline measure of one option (the list above).
struct ComparedMeasure {
  std::string indicator, effect, basis, measure, unit;
  bool higher_is_better = true;
  std::optional<double> value;  // missing: undefined ratio
};

// One option as compare needs it, taken from its run by CompareOptionOf on
// whichever process ran it: the scenario's header, the model's name, the
// run's warnings and the headline measures. Text and numbers only, so that a
// rank of a distributed compare sends it to rank 0 (compare_distributed.h).
struct ComparedOption {
  std::string id, name, file, language;  // the scenario's
  int start_year = 0, end_year = 0, price_year = 0;
  std::string model_id, model_source, currency;
  std::vector<std::string> warnings;  // the run's, in order
  std::vector<ComparedMeasure> measures;
};
ComparedOption CompareOptionOf(const RunResult& run);

struct ComparisonRow {
  std::string scenario;  // scenario id
  std::string indicator, effect, basis, measure, unit;
  std::optional<double> value;           // missing: undefined ratio
  std::optional<double> baseline_value;  // the baseline's value of the same row key
  std::optional<double> difference;      // value - baseline_value
  std::optional<int> rank;
};

struct Comparison {
  std::vector<std::string> scenarios;  // ids, in the order given
  std::vector<std::string> names;      // scenario names, same order
  std::string baseline;                // id of the baseline
  std::string currency;                // e.g. "EUR"
  int price_year = 0;                  // prices of every money value
  // Grouped by row key in the order of the list above, then by scenario in
  // the order given.
  std::vector<ComparisonRow> rows;
  std::vector<ComparedOption> options;  // in the order of `scenarios`
};

// The runs of `files` (each parsed with `overrides`, reports' multipliers
// included), each with the overrides it ran with recorded in
// RunResult::overrides. With `price_year`, every option is restated in prices
// of that year: an option of another price_year runs with price_year set to it
// and amounts_price_year pinned to the option's own (written, or following its
// own price_year), so that its amounts are converted through its deflator
// (inflation_rate or price_index, prices.h) rather than relabelled. Throws
// Error(kBadInput) when `price_year` is given together with a price_year
// override, and when, without it, a price_year override would move an
// option's amounts_price_year (not written in the file) along: the message
// names the file and the --price-year flag to use. Throws what PrepareRun and
// RunScenario throw. (Over the ranks of an MPI job: compare_run.h.)
std::vector<RunResult> RunComparedOptions(const std::vector<std::string>& files,
                                          const std::vector<Override>& overrides,
                                          std::optional<int> price_year);
// Its two steps: the flags' check, once; and the overrides one option of
// `file` runs with (its own checks included).
void CheckPriceYearFlags(const std::vector<Override>& overrides, std::optional<int> price_year);
std::vector<Override> OptionOverrides(const std::string& file,
                                      const std::vector<Override>& overrides,
                                      std::optional<int> price_year);

// Compares `runs` (at least two) against the run whose scenario id is
// `baseline_id` ("" = the first). Throws Error(kBadInput) when ids repeat,
// the baseline is not among them, models differ in currency, scenarios
// report in different price years, or (unless `allow_mixed`) run over
// different horizons; the message names both options and their values.
Comparison CompareRuns(const std::vector<RunResult>& runs, const std::string& baseline_id,
                       bool allow_mixed = false);
// The same from the options (CompareRuns = CompareOptions of CompareOptionOf
// of each run).
Comparison CompareOptions(std::vector<ComparedOption> options, const std::string& baseline_id,
                          bool allow_mixed = false);

// compare.csv: scenario,indicator,effect,basis,measure,value,unit,baseline_value,difference,rank
void WriteCompareCsv(const Comparison& comparison, std::ostream& out,
                     CsvDialect dialect = CsvDialect::kStandard);
// compare.md: one small table per indicator, options side by side.
void WriteCompareMarkdown(const Comparison& comparison, std::ostream& out);
// (compare.html and the folder: report/compare_html.h, WriteCompareReports.)

}  // namespace ripple
