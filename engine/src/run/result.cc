#include "ripple/run/result.h"

#include "ripple/base/error.h"

namespace ripple {

const char* BasisName(Basis basis) { return basis == Basis::kGross ? "gross" : "net"; }

std::optional<Basis> ParseBasis(std::string_view name) {
  if (name == "gross") return Basis::kGross;
  if (name == "net") return Basis::kNet;
  return std::nullopt;
}

double BasisFactor(const InterventionImpact& intervention, Basis basis) {
  return basis == Basis::kGross ? 1.0 : intervention.net_factor;
}

bool Reports(const RunResult& result, Effect effect) {
  for (Effect reported : result.effects) {
    if (reported == effect) return true;
  }
  return false;
}

size_t EffectSlot(const RunResult& result, Effect effect) {
  for (size_t e = 0; e < result.effects.size(); ++e) {
    if (result.effects[e] == effect) return e;
  }
  throw Error(ErrorKind::kInternal,
              std::string("effect '") + EffectName(effect) + "' is not in this result");
}

std::vector<double> AnnualTotals(const RunResult& result, const InterventionImpact* only,
                                 size_t indicator, Effect effect, Basis basis) {
  std::vector<double> totals;
  AnnualTotalsInto(result, only, indicator, effect, basis, totals);
  return totals;
}

void AnnualTotalsInto(const RunResult& result, const InterventionImpact* only, size_t indicator,
                      Effect effect, Basis basis, std::vector<double>& totals) {
  const size_t slot = EffectSlot(result, effect);
  totals.assign(static_cast<size_t>(result.scenario.horizon_years()), 0.0);
  for (const auto& intervention : result.interventions) {
    if (only != nullptr && only != &intervention) continue;
    const double factor = BasisFactor(intervention, basis);
    for (size_t t = 0; t < intervention.years.size(); ++t) {
      totals[t] += factor * SectorTotal(intervention.years[t], indicator, slot);
    }
  }
}

double HorizonTotal(const RunResult& result, const InterventionImpact* only, size_t indicator,
                    Effect effect, Basis basis) {
  double sum = 0;
  for (double value : AnnualTotals(result, only, indicator, effect, basis)) sum += value;
  return sum;
}

void VisitAnnualRowsOfAll(const RunResult& result, const MetricVisitor& visit) {
  std::vector<double> totals;  // reused
  for (size_t k = 0; k < result.indicators.size(); ++k) {
    for (Effect effect : result.effects) {
      for (Basis basis : kBothBases) {
        AnnualTotalsInto(result, nullptr, k, effect, basis, totals);
        for (size_t t = 0; t < totals.size(); ++t) {
          const std::string year = std::to_string(result.scenario.start_year + static_cast<int>(t));
          visit(MetricRow{"all", result.indicators[k].name, EffectName(effect), BasisName(basis),
                          year, "annual", result.indicators[k].unit, totals[t], true});
        }
      }
    }
  }
}

}  // namespace ripple
