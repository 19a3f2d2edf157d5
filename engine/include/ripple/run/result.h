// Queries on a run's result (RunResult, run.h): the one place that knows how
// effects, bases, scopes and years are laid out. Public finance, metrics, every
// report writer and the terminal summary read a RunResult through these.
//
//   basis   gross (as projected) or net (gross x the intervention's
//           additionality factor, Additionality Guide)
//   effect  direct, indirect, induced (Type II only) or total; a result holds
//           only the effects its scenario reports (RunResult::effects)
//   scope   the whole scenario (nullptr) or one intervention
// Totals are in the indicator's report unit (run.h): EUR at reporting prices,
// persons. A year's persons summed over years are job-years.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ripple/run/run.h"

namespace ripple {

enum class Basis { kGross, kNet };
inline constexpr Basis kBothBases[] = {Basis::kGross, Basis::kNet};

// "gross" / "net", the spelling of every report.
const char* BasisName(Basis basis);
std::optional<Basis> ParseBasis(std::string_view name);

// A value on each basis, indexed by Basis.
template <typename T>
struct PerBasis {
  T gross{}, net{};
  T& operator[](Basis basis) { return basis == Basis::kGross ? gross : net; }
  const T& operator[](Basis basis) const { return basis == Basis::kGross ? gross : net; }
};

// 1 for gross, the intervention's additionality factor for net.
double BasisFactor(const InterventionImpact& intervention, Basis basis);

// Position of `effect` in result.effects (and in YearImpact::values[k]).
// Throws Error(kInternal) when the result does not report it (kInduced in a
// Type I run).
size_t EffectSlot(const RunResult& result, Effect effect);
bool Reports(const RunResult& result, Effect effect);

// Per-year totals over sectors of one indicator and effect on a basis, for
// one intervention (`only`) or the whole scenario (nullptr); one value per
// horizon year.
std::vector<double> AnnualTotals(const RunResult& result, const InterventionImpact* only,
                                 size_t indicator, Effect effect, Basis basis);
// The same into `totals` (resized), for callers that reuse one vector.
void AnnualTotalsInto(const RunResult& result, const InterventionImpact* only, size_t indicator,
                      Effect effect, Basis basis, std::vector<double>& totals);
// Their sum over the horizon.
double HorizonTotal(const RunResult& result, const InterventionImpact* only, size_t indicator,
                    Effect effect, Basis basis);

// Calls `visit(name, impact-or-null)` for "all" then each intervention.
template <typename Visit>
void ForEachScope(const RunResult& result, Visit visit) {
  visit(std::string("all"), static_cast<const InterventionImpact*>(nullptr));
  for (const auto& intervention : result.interventions) visit(intervention.id, &intervention);
}

// One figure of the reports, walked in report order.
struct MetricRow {
  std::string_view intervention, indicator, effect, basis, period, measure, unit;
  double value = 0;        // NaN when undefined
  bool in_summary = true;  // false: summary.csv leaves this row out (undefined ratio)
};
using MetricVisitor = std::function<void(const MetricRow&)>;

// Rows of summary.csv in file order (period "total"): spending injected,
// public finance, effects by indicator/effect/basis, cluster figures.
void VisitSummaryRows(const RunResult& result, const MetricVisitor& visit);
// Rows of annual.csv for intervention "all" in file order (measure "annual").
void VisitAnnualRowsOfAll(const RunResult& result, const MetricVisitor& visit);

}  // namespace ripple
