// Private: the rows of summary.csv and of annual.csv (scope "all") as
// numbers, walked in report order. Shared by the summary writer
// (report_summary.cc) and metrics.h, so that summary.csv and the
// sensitivity reports always describe the same figures.
#pragma once

#include <functional>
#include <string_view>

#include "ripple/run.h"

namespace ripple {

struct MetricRow {
  std::string_view intervention, indicator, effect, basis, period, measure, unit;
  double value = 0;      // NaN when undefined
  bool in_summary = true;  // false: summary.csv leaves this row out (undefined ratio)
};

using MetricVisitor = std::function<void(const MetricRow&)>;

// Rows of summary.csv in file order (period "total").
void VisitSummaryRows(const RunResult& result, const MetricVisitor& visit);

// Rows of annual.csv for intervention "all" in file order (measure "annual").
void VisitAnnualRowsOfAll(const RunResult& result, const MetricVisitor& visit);

}  // namespace ripple
