// Public-finance indicators of a run, for the whole scenario or one
// intervention, on a gross and a net basis (net = after additionality).
//
//   public cost        sum of the yearly public cost (EUR, reporting prices);
//                      present value at the scenario's discount rate and base
//                      year; and that present value times the opportunity
//                      cost of public funds (shadow price, default 1.2).
//   job-years          total effect of the `employment` indicator summed over years
//   cost per job-year  undiscounted public cost / job-years
//   value added per public euro   total value added / undiscounted public cost
//   fiscal return      total effect of every monetary indicator whose name
//                      contains "tax" + social_contribution_rate x total
//                      compensation (EUR, reporting prices)
//   payback year       first year when cumulative net fiscal return reaches
//                      cumulative public cost; none when it never does
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ripple/run/result.h"
#include "ripple/run/run.h"

namespace ripple {

struct PublicFinance {
  double cost = 0, cost_present_value = 0, cost_present_value_shadow = 0;
  std::vector<double> yearly_cost;  // per horizon year
  PerBasis<double> job_years, value_added, fiscal_return;
  std::string employment_indicator;  // "" when the model has none
  std::optional<int> payback_year;   // net basis
};

// `only` = nullptr for the whole scenario.
PublicFinance ComputePublicFinance(const RunResult& result, const InterventionImpact* only);

}  // namespace ripple
