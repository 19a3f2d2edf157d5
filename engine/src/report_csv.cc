// CSV reports of a run: impacts, annual totals, warnings. (summary: report_summary.cc)
#include <ostream>

#include "report_internal.h"
#include "ripple/csv.h"
#include "ripple/report.h"

namespace ripple {

const char* const kBases[] = {"gross", "net"};

double BasisFactor(const InterventionImpact& intervention, int basis) {
  return basis == 0 ? 1.0 : intervention.net_factor;
}

std::vector<double> AnnualTotals(const RunResult& result, const InterventionImpact* only, size_t indicator,
                                 size_t effect, int basis) {
  std::vector<double> totals(static_cast<size_t>(result.scenario.horizon_years()), 0.0);
  for (const auto& intervention : result.interventions) {
    if (only != nullptr && only != &intervention) continue;
    const double factor = BasisFactor(intervention, basis);
    for (size_t t = 0; t < intervention.years.size(); ++t) {
      totals[t] += factor * SectorTotal(intervention.years[t], indicator, effect);
    }
  }
  return totals;
}

void WriteImpactsCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out, {"year", "intervention", "indicator", "effect", "basis", "sector", "value", "unit"});
  for (const auto& intervention : result.interventions) {
    for (const auto& year : intervention.years) {
      const std::string year_text = std::to_string(year.year);
      for (size_t k = 0; k < result.indicators.size(); ++k) {
        for (size_t e = 0; e < result.effects.size(); ++e) {
          for (int basis = 0; basis < 2; ++basis) {
            const Vector values = BasisFactor(intervention, basis) * year.values[k][e];
            for (size_t s = 0; s < result.sectors.size(); ++s) {
              WriteCsvLine(out, {year_text, intervention.id, result.indicators[k].name,
                                 EffectName(result.effects[e]), kBases[basis], result.sectors[s],
                                 FormatNumber(values(static_cast<Eigen::Index>(s))), result.indicators[k].unit});
            }
          }
        }
      }
    }
  }
}

void WriteAnnualCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out, {"year", "intervention", "indicator", "effect", "basis", "value", "unit"});
  ForEachScope(result, [&](const std::string& scope, const InterventionImpact* only) {
    for (size_t k = 0; k < result.indicators.size(); ++k) {
      for (size_t e = 0; e < result.effects.size(); ++e) {
        for (int basis = 0; basis < 2; ++basis) {
          const std::vector<double> totals = AnnualTotals(result, only, k, e, basis);
          for (size_t t = 0; t < totals.size(); ++t) {
            WriteCsvLine(out, {std::to_string(result.scenario.start_year + static_cast<int>(t)), scope,
                               result.indicators[k].name, EffectName(result.effects[e]), kBases[basis],
                               FormatNumber(totals[t]), result.indicators[k].unit});
          }
        }
      }
    }
  });
}

void WriteWarningsCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out, {"severity", "message"});
  for (const auto& warning : result.warnings) WriteCsvLine(out, {"warning", warning});
}

}  // namespace ripple
