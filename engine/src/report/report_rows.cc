// The rows of impacts.csv, annual.csv and summary.csv (report_rows.h).
#include "report/report_rows.h"

#include <cmath>

namespace ripple {
namespace {

// Why a figure has no value (the `value` cell is then empty).
std::string NoteOf(const MetricRow& row) {
  if (!std::isnan(row.value)) return "";
  if (row.measure == "year") return "not reached within the horizon";
  return "undefined: its denominator is zero";
}

}  // namespace

void VisitImpactRows(const RunResult& result, bool keep_zero_rows,
                     const std::function<void(const ImpactRow&)>& visit) {
  ImpactRow row;
  for (const auto& intervention : result.interventions) {
    row.intervention = &intervention;
    for (const auto& year : intervention.years) {
      row.year = year.year;
      for (row.indicator = 0; row.indicator < result.indicators.size(); ++row.indicator) {
        for (size_t e = 0; e < result.effects.size(); ++e) {
          row.effect = result.effects[e];
          for (Basis basis : kBothBases) {
            row.basis = basis;
            const Vector values = BasisFactor(intervention, basis) * year.values[row.indicator][e];
            for (row.sector = 0; row.sector < result.sectors.size(); ++row.sector) {
              row.value = values(static_cast<Eigen::Index>(row.sector));
              if (row.value != 0 || keep_zero_rows) visit(row);
            }
          }
        }
      }
    }
  }
}

void VisitAnnualRows(const RunResult& result, const std::function<void(const AnnualRow&)>& visit) {
  ForEachScope(result, [&](const std::string& scope, const InterventionImpact* only) {
    AnnualRow row;
    row.scope = scope;
    for (row.indicator = 0; row.indicator < result.indicators.size(); ++row.indicator) {
      for (Effect effect : result.effects) {
        row.effect = effect;
        for (Basis basis : kBothBases) {
          row.basis = basis;
          const std::vector<double> totals =
              AnnualTotals(result, only, row.indicator, effect, basis);
          for (size_t t = 0; t < totals.size(); ++t) {
            row.year = result.scenario.start_year + static_cast<int>(t);
            row.value = totals[t];
            visit(row);
          }
        }
      }
    }
  });
}

std::vector<SummaryRow> SummaryRows(const RunResult& result) {
  std::vector<SummaryRow> rows;
  VisitSummaryRows(result, [&](const MetricRow& row) {
    if (!row.in_summary) return;
    rows.push_back({std::string(row.intervention), std::string(row.indicator),
                    std::string(row.effect), std::string(row.basis), std::string(row.measure),
                    std::string(row.unit), row.value, NoteOf(row)});
  });
  return rows;
}

}  // namespace ripple
