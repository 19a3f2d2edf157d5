// Reports of the cluster type: cluster.csv, cluster_backtest.csv and the
// closing note of a back-test (see ripple/cluster.h).
#include <cmath>
#include <ostream>

#include "ripple/base/csv.h"
#include "ripple/base/text.h"
#include "ripple/interventions/cluster.h"

namespace ripple {

namespace {

// A share as a percentage with one decimal, e.g. 0.0214 -> "2.1%".
std::string Percent(double share) { return FormatNumber(std::round(share * 1000) / 10) + "%"; }

std::string Count(size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// "companies 2023, jobs 2024" for the rows with used_for_fit == `fitted`.
std::vector<std::string> Labels(const std::vector<BacktestRow>& rows, bool fitted) {
  std::vector<std::string> labels;
  for (const BacktestRow& row : rows) {
    if (row.used_for_fit == fitted)
      labels.push_back(row.indicator + " " + std::to_string(row.year));
  }
  return labels;
}

std::string FittedPart(const ClusterFit& fit, const std::vector<std::string>& fitted) {
  std::string text;
  for (const auto& p : fit.parameters) {
    text += (text.empty() ? "fitted " : ", ") + p.name + " = " + FormatNumber(p.value, 6);
    if (p.at_bound)
      text += " (at its bound " + FormatNumber(p.value, 6) + ": the data push beyond it)";
  }
  if (text.empty()) text = "no parameter fitted";
  if (fitted.empty()) return text + "; no figure marked use = \"fit\"";
  return text + " on " + Count(fitted.size(), "figure") + " (" + Join(fitted) + ")";
}

}  // namespace

std::string DescribeBacktest(const ClusterFit& fit, const std::vector<BacktestRow>& rows) {
  const std::vector<std::string> fitted = Labels(rows, true), tested = Labels(rows, false);
  const BacktestSummary summary = SummarizeBacktest(rows);
  std::string text = FittedPart(fit, fitted);
  if (!fitted.empty()) text += ", fit error " + Percent(summary.fit_mean_abs_relative_error);
  if (tested.empty()) return text + "; no figure held out for testing";
  return text + "; tested on " + Count(tested.size(), "figure") + " (" + Join(tested) +
         "): mean absolute relative error " + Percent(summary.test_mean_abs_relative_error) +
         ", largest " + Percent(summary.test_max_abs_relative_error);
}

void WriteClusterCsv(
    const std::vector<std::pair<std::string, std::vector<ClusterYear>>>& by_intervention,
    std::ostream& out, CsvDialect dialect) {
  CsvWriter csv(out, dialect,
                {"year", "intervention", "companies", "jobs", "revenue", "unit_revenue", "arrivals",
                 "capacity_jobs", "capacity_bound"},
                {"companies", "jobs", "revenue", "unit_revenue", "arrivals", "capacity_jobs"});
  for (const auto& [intervention, years] : by_intervention) {
    for (const ClusterYear& year : years) {
      const double unit_revenue = year.jobs > 0 ? year.revenue / year.jobs : 0;
      csv.Row({std::to_string(year.year), intervention, FormatNumber(year.companies),
               FormatNumber(year.jobs), FormatNumber(year.revenue), FormatNumber(unit_revenue),
               FormatNumber(year.arrivals), FormatNumber(year.capacity_jobs),
               year.capacity_bound ? "true" : "false"});
    }
  }
}

void WriteBacktestCsv(
    const std::vector<std::pair<std::string, std::vector<BacktestRow>>>& by_intervention,
    std::ostream& out, CsvDialect dialect) {
  CsvWriter csv(out, dialect,
                {"intervention", "year", "indicator", "observed", "projected", "error",
                 "relative_error", "use", "source"},
                {"observed", "projected", "error", "relative_error"});
  for (const auto& [intervention, rows] : by_intervention) {
    for (const BacktestRow& row : rows) {
      csv.Row({intervention, std::to_string(row.year), row.indicator, FormatNumber(row.observed),
               FormatNumber(row.projected), FormatNumber(row.error),
               FormatNumber(row.relative_error), row.used_for_fit ? "fit" : "test", row.source});
    }
  }
}

}  // namespace ripple
