// CSV reports of a run: impacts, annual totals, warnings. (summary: summary_csv.cc)
#include <ostream>

#include "ripple/base/csv.h"
#include "ripple/report/report.h"
#include "ripple/run/result.h"

namespace ripple {

void WriteImpactsCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out,
               {"year", "intervention", "indicator", "effect", "basis", "sector", "value", "unit"});
  for (const auto& intervention : result.interventions) {
    for (const auto& year : intervention.years) {
      const std::string year_text = std::to_string(year.year);
      for (size_t k = 0; k < result.indicators.size(); ++k) {
        for (size_t e = 0; e < result.effects.size(); ++e) {
          for (Basis basis : kBothBases) {
            const Vector values = BasisFactor(intervention, basis) * year.values[k][e];
            for (size_t s = 0; s < result.sectors.size(); ++s) {
              WriteCsvLine(out, {year_text, intervention.id, result.indicators[k].name,
                                 EffectName(result.effects[e]), BasisName(basis), result.sectors[s],
                                 FormatNumber(values(static_cast<Eigen::Index>(s))),
                                 result.indicators[k].unit});
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
      for (Effect effect : result.effects) {
        for (Basis basis : kBothBases) {
          const std::vector<double> totals = AnnualTotals(result, only, k, effect, basis);
          for (size_t t = 0; t < totals.size(); ++t) {
            WriteCsvLine(out,
                         {std::to_string(result.scenario.start_year + static_cast<int>(t)), scope,
                          result.indicators[k].name, EffectName(effect), BasisName(basis),
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
