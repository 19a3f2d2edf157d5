// summary.csv: the horizon in a few lines per scope (all, each intervention);
// its rows are the result API's (VisitSummaryRows, ripple/run/result.h).
#include <cmath>
#include <ostream>

#include "ripple/base/csv.h"
#include "ripple/report/report.h"
#include "ripple/run/result.h"

namespace ripple {
namespace {

// Why a figure has no value (the `value` cell is then empty).
std::string NoteOf(const MetricRow& row) {
  if (!std::isnan(row.value)) return "";
  if (row.measure == "year") return "not reached within the horizon";
  return "undefined: its denominator is zero";
}

}  // namespace

void WriteSummaryCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(
      out, {"intervention", "indicator", "effect", "basis", "measure", "value", "unit", "note"});
  VisitSummaryRows(result, [&](const MetricRow& row) {
    if (!row.in_summary) return;
    const std::string value = std::isnan(row.value)   ? ""
                              : row.measure == "year" ? std::to_string(static_cast<int>(row.value))
                                                      : FormatNumber(row.value);
    WriteCsvLine(out, {std::string(row.intervention), std::string(row.indicator),
                       std::string(row.effect), std::string(row.basis), std::string(row.measure),
                       value, std::string(row.unit), NoteOf(row)});
  });
}

}  // namespace ripple
