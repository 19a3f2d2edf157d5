#include "run/run_finite.h"

#include <cmath>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

[[noreturn]] void Fail(const InterventionImpact& intervention, const YearImpact& year,
                       const std::string& figure, double value) {
  throw Error(
      ErrorKind::kNumerical,
      "intervention '" + intervention.id + "', " + std::to_string(year.year) + ": " + figure +
          " is " + (std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf")) +
          ", not a finite number: the amounts, prices or rates are too large for the arithmetic "
          "(check them against the limits in scenarios/README.md)");
}

void CheckYear(const RunResult& result, const InterventionImpact& intervention,
               const YearImpact& year) {
  if (!std::isfinite(year.public_cost))
    Fail(intervention, year, "the public cost", year.public_cost);
  if (!std::isfinite(year.final_demand))
    Fail(intervention, year, "the demand injected", year.final_demand);
  for (size_t k = 0; k < year.totals.size() && k < result.indicators.size(); ++k) {
    for (size_t e = 0; e < year.totals[k].size() && e < result.effects.size(); ++e) {
      const bool finite = std::isfinite(year.totals[k][e]) &&
                          (year.values.empty() || year.values[k][e].allFinite());
      if (!finite) {
        const double shown = std::isfinite(year.totals[k][e]) ? std::nan("") : year.totals[k][e];
        Fail(intervention, year,
             std::string(EffectName(result.effects[e])) + " effect on " + result.indicators[k].name,
             shown);
      }
    }
  }
}

}  // namespace

void CheckFiniteResult(const RunResult& result) {
  for (const auto& intervention : result.interventions) {
    for (const auto& year : intervention.years) CheckYear(result, intervention, year);
  }
}

}  // namespace ripple
