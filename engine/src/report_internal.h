// Private helpers shared by the report writers.
#pragma once

#include <string>
#include <vector>

#include "ripple/run.h"

namespace ripple {

extern const char* const kBases[];  // {"gross", "net"}

// 1 for gross (basis 0), the intervention's additionality factor for net (basis 1).
double BasisFactor(const InterventionImpact& intervention, int basis);

// Per-year sector totals of one indicator/effect on a basis: for one
// intervention, or summed over all when `only` is null.
std::vector<double> AnnualTotals(const RunResult& result, const InterventionImpact* only, size_t indicator,
                                 size_t effect, int basis);

// Calls `visit(name, impact-or-null)` for "all" then each intervention.
template <typename Visit>
void ForEachScope(const RunResult& result, Visit visit) {
  visit(std::string("all"), static_cast<const InterventionImpact*>(nullptr));
  for (const auto& intervention : result.interventions) visit(intervention.id, &intervention);
}

}  // namespace ripple
