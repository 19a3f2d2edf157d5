// Effect totals of a run without its per-sector vectors, for many runs on one
// unchanged model (a parameters-only Monte Carlo: draws move demand, prices,
// shares, not A). With c the coefficients of an indicator (1 for output), g =
// f + p the demand injected, w the household income injected and d explicit
// direct activity (run.h), the sums over sectors of run.h's effects are
//   direct   = s (c'f + 1'd)
//   indirect = s (r'g - c'f)                 r' = c'L                  (Type I row)
//   induced  = s (u'g + q w)                 u' = c'(L*_nn - L), q = c'L*_n,n+1
//   total    = direct + indirect (+ induced)
// where s is the indicator's scale (model units -> report units) and L*_nn,
// L*_n,n+1 are the sector rows of the closed inverse (Type II, leontief.h). The
// rows r, u, q are computed once (transposed solves, no inverse); each year of
// each intervention then costs a few dot products instead of a Leontief solve.
// The totals equal those of RunScenario's per-sector sums to rounding (about
// 1e-15 relative; tested to 1e-12 in tests/multiplier_rows_test.cc).
#pragma once

#include <vector>

#include "ripple/base/eigen.h"
#include "ripple/model/leontief.h"

namespace ripple {

// Rows of one indicator, in RunResult::indicators order (output, then the
// satellites in LeontiefModel order).
struct IndicatorRows {
  Vector coefficients;        // c (n)
  Vector open;                // r = L'c (n)
  Vector induced;             // u = (L*_nn - L)'c (n), empty without Type II
  double induced_income = 0;  // q = c'L*_n,n+1 (effect of one unit of household income)
};

struct MultiplierRows {
  std::vector<IndicatorRows> indicators;
  bool type2 = false;  // induced rows computed
};

// The rows of every indicator of `leontief`; with `type2` (the scenario
// reports induced effects) also the Type II rows. Throws Error(kInternal)
// when `type2` is asked of a model without a household closure.
MultiplierRows ComputeMultiplierRows(const LeontiefModel& leontief, bool type2);

// The totals of one year, in YearImpact::totals layout (per indicator k:
// direct, indirect, [induced,] total), each times scales[k]. `direct_sums[k]`
// is 1'd, the explicit direct activity of indicator k summed over sectors (0
// without). `totals` is resized; its vectors keep their capacity.
struct YearDemand {
  Eigen::Ref<const Vector> final_demand;  // f (n)
  Eigen::Ref<const Vector> injected;      // g = f + p (n)
  double income = 0;                      // w
  bool type2 = false;                     // the run reports induced effects (rows.type2 needed)
};
void YearTotalsFromRows(const MultiplierRows& rows, const YearDemand& demand,
                        const std::vector<double>& scales, const std::vector<double>& direct_sums,
                        std::vector<std::vector<double>>& totals);

}  // namespace ripple
