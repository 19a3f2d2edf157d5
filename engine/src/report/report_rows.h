// The rows of impacts.csv, annual.csv and summary.csv as values, shared by
// the CSV writers and report.xlsx (xlsx_report.h), so both hold the same
// figures in the same order.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ripple/run/result.h"

namespace ripple {

// One figure of impacts.csv: an intervention's `value` in one year, sector,
// indicator (index in result.indicators), effect and basis.
struct ImpactRow {
  int year = 0;
  const InterventionImpact* intervention = nullptr;
  size_t indicator = 0;
  Effect effect = Effect::kDirect;
  Basis basis = Basis::kGross;
  size_t sector = 0;  // index in result.sectors
  double value = 0;
};

// Visits impacts.csv's rows in file order (intervention, year, indicator,
// effect, basis, sector); rows of value 0 only when `keep_zero_rows`.
void VisitImpactRows(const RunResult& result, bool keep_zero_rows,
                     const std::function<void(const ImpactRow&)>& visit);

// One figure of annual.csv: the sum over sectors for a scope ("all" or an
// intervention id) in one year.
struct AnnualRow {
  int year = 0;
  std::string scope;
  size_t indicator = 0;
  Effect effect = Effect::kDirect;
  Basis basis = Basis::kGross;
  double value = 0;
};

// Visits annual.csv's rows in file order (scope, indicator, effect, basis, year).
void VisitAnnualRows(const RunResult& result, const std::function<void(const AnnualRow&)>& visit);

// One row of summary.csv, copied out of the result API's MetricRow.
struct SummaryRow {
  std::string intervention, indicator, effect, basis, measure, unit;
  double value = 0;  // NaN when the figure has no value
  std::string note;  // why `value` is missing ("" otherwise)
};

// summary.csv's rows in file order.
std::vector<SummaryRow> SummaryRows(const RunResult& result);

}  // namespace ripple
