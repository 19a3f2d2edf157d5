// CSV reports of a run: impacts, annual totals, summary, warnings, each
// through a CsvWriter in the run's dialect; rows from report_rows.h.
#include <cmath>
#include <ostream>

#include "report/report_rows.h"
#include "ripple/base/csv.h"
#include "ripple/report/report.h"

namespace ripple {

void WriteImpactsCsv(const RunResult& result, std::ostream& out, const CsvOptions& options) {
  CsvWriter csv(out, options.dialect,
                {"year", "intervention", "indicator", "effect", "basis", "sector", "sector_label",
                 "value", "unit"},
                {"value"});
  VisitImpactRows(result, options.keep_zero_rows, [&](const ImpactRow& row) {
    const Indicator& indicator = result.indicators[row.indicator];
    csv.Row({std::to_string(row.year), row.intervention->id, indicator.name, EffectName(row.effect),
             BasisName(row.basis), result.sectors[row.sector],
             row.sector < options.sector_labels.size() ? options.sector_labels[row.sector] : "",
             FormatNumber(row.value), indicator.unit});
  });
}

void WriteAnnualCsv(const RunResult& result, std::ostream& out, const CsvOptions& options) {
  CsvWriter csv(out, options.dialect,
                {"year", "intervention", "indicator", "effect", "basis", "value", "unit"},
                {"value"});
  VisitAnnualRows(result, [&](const AnnualRow& row) {
    const Indicator& indicator = result.indicators[row.indicator];
    csv.Row({std::to_string(row.year), row.scope, indicator.name, EffectName(row.effect),
             BasisName(row.basis), FormatNumber(row.value), indicator.unit});
  });
}

void WriteSummaryCsv(const RunResult& result, std::ostream& out, const CsvOptions& options) {
  CsvWriter csv(
      out, options.dialect,
      {"intervention", "indicator", "effect", "basis", "measure", "value", "unit", "note"},
      {"value"});
  for (const SummaryRow& row : SummaryRows(result)) {
    const std::string value = std::isnan(row.value)   ? ""
                              : row.measure == "year" ? std::to_string(static_cast<int>(row.value))
                                                      : FormatNumber(row.value);
    csv.Row({row.intervention, row.indicator, row.effect, row.basis, row.measure, value, row.unit,
             row.note});
  }
}

void WriteWarningsCsv(const RunResult& result, std::ostream& out, const CsvOptions& options) {
  CsvWriter csv(out, options.dialect, {"severity", "message"});
  for (const auto& warning : result.warnings) csv.Row({"warning", warning});
}

}  // namespace ripple
