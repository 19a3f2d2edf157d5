// Public-finance indicators of a run, for the whole scenario or one
// intervention, on a gross and a net basis (net = after additionality).
// Money in EUR at reporting prices (constant prices) unless said otherwise;
// "present value" = discounted at the scenario's discount rate to its
// discount base year (prices.h); the shadow price is the opportunity cost of
// public funds (appraisal.public_funds_cost, default 1.2).
//
//   public cost          yearly public cost; its sum (undiscounted), present
//                        value, present value x shadow price, and the sum in
//                        current euros of each year (the budget line as voted)
//   job-years            total effect of the employment indicator summed over
//                        years; also discounted like money (present value)
//   FTE-years            the same for employment_fte (full-time equivalents)
//   cost per job-year    undiscounted cost / job-years ("ratio"); present
//                        value of cost / discounted job-years, without and with
//                        the shadow price
//   value added per public euro   the same three ways, value added over cost
//   fiscal return        revenues of fiscal_rules.h (total effect), by tax and
//                        by level of government; `circular` = the part raised
//                        on wages the grant itself pays (reported apart, never
//                        counted as a return)
//   net fiscal cost      present value of cost - present value of the fiscal
//                        return excluding the circular part
//   payback year         first year when the cumulative discounted net fiscal
//                        return excluding the circular part reaches the
//                        cumulative discounted public cost; none when it never does
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "ripple/run/fiscal_rules.h"
#include "ripple/run/result.h"
#include "ripple/run/run.h"

namespace ripple {

// One revenue (a rule of fiscal_rules.h, or all of them) on both bases.
struct Revenue {
  PerBasis<double> total;          // undiscounted, circular part included
  PerBasis<double> circular;       // undiscounted, raised on grant-paid wages
  PerBasis<double> present_value;  // circular part included
  PerBasis<double> present_value_excluding_circular;
};

struct PublicFinance {
  double cost = 0, cost_present_value = 0, cost_present_value_shadow = 0, cost_current_euros = 0;
  std::vector<double> yearly_cost;  // per horizon year, constant (reporting) prices
  PerBasis<double> job_years, job_years_discounted, value_added, value_added_present_value;
  Revenue fiscal_return;                                // all rules
  std::vector<std::pair<std::string, Revenue>> by_tax;  // one per rule, in rule order
  // Present value excluding the circular part, by RevenueRecipient (kRevenueRecipients order).
  PerBasis<std::array<double, 3>> by_level;
  std::string employment_indicator;  // "" when the model has none
  // The same in full-time equivalents (indicator "employment_fte"), when the
  // model has it; never added to job_years (persons).
  PerBasis<double> fte_years, fte_years_discounted;
  bool has_fte = false;
  std::optional<int> payback_year;  // net basis, discounted, excluding the circular part

  double NetFiscalCost(Basis basis) const {
    return cost_present_value - fiscal_return.present_value_excluding_circular[basis];
  }
};

// The indicator of job-years: "employment", else the first employment
// indicator; -1 when the model has none.
int EmploymentIndicator(const RunResult& result);

// `only` = nullptr for the whole scenario.
PublicFinance ComputePublicFinance(const RunResult& result, const InterventionImpact* only);

}  // namespace ripple
