#include "ripple/run/public_finance.h"

#include "ripple/run/result.h"
#include "ripple/scenario/prices.h"

namespace ripple {
namespace {

// Yearly fiscal return on a basis: taxes + social contributions.
std::vector<double> FiscalReturns(const RunResult& result, const InterventionImpact* only, Basis basis) {
  std::vector<double> yearly(static_cast<size_t>(result.scenario.horizon_years()), 0.0);
  const std::string currency = result.indicators[0].unit;
  for (size_t k = 0; k < result.indicators.size(); ++k) {
    const Indicator& indicator = result.indicators[k];
    double weight = 0;
    if (indicator.unit == currency && indicator.name.find("tax") != std::string::npos) weight = 1;
    if (indicator.name == "compensation") weight = result.scenario.appraisal.social_contribution_rate;
    if (weight == 0) continue;
    const std::vector<double> values = AnnualTotals(result, only, k, Effect::kTotal, basis);
    for (size_t t = 0; t < yearly.size(); ++t) yearly[t] += weight * values[t];
  }
  return yearly;
}

}  // namespace

PublicFinance ComputePublicFinance(const RunResult& result, const InterventionImpact* only) {
  PublicFinance finance;
  const Scenario& scenario = result.scenario;
  const PriceConverter prices(scenario.appraisal, result.model.year);
  finance.yearly_cost.assign(static_cast<size_t>(scenario.horizon_years()), 0.0);
  for (const auto& intervention : result.interventions) {
    if (only != nullptr && only != &intervention) continue;
    for (size_t t = 0; t < intervention.years.size(); ++t) finance.yearly_cost[t] += intervention.years[t].public_cost;
  }
  for (size_t t = 0; t < finance.yearly_cost.size(); ++t) {
    finance.cost += finance.yearly_cost[t];
    finance.cost_present_value += finance.yearly_cost[t] * prices.Discount(scenario.start_year + static_cast<int>(t));
  }
  finance.cost_present_value_shadow = finance.cost_present_value * scenario.appraisal.public_funds_cost;

  int employment = FindIndicator(result, "employment");
  if (employment < 0) {
    for (size_t k = 0; k < result.indicators.size() && employment < 0; ++k) {
      if (result.indicators[k].employment) employment = static_cast<int>(k);
    }
  }
  const int value_added = FindIndicator(result, "value_added");
  for (Basis basis : kBothBases) {
    if (employment >= 0) finance.job_years[basis] = HorizonTotal(result, only, employment, Effect::kTotal, basis);
    if (value_added >= 0) finance.value_added[basis] = HorizonTotal(result, only, value_added, Effect::kTotal, basis);
    for (double value : FiscalReturns(result, only, basis)) finance.fiscal_return[basis] += value;
  }
  if (employment >= 0) finance.employment_indicator = result.indicators[employment].name;

  const std::vector<double> returns = FiscalReturns(result, only, Basis::kNet);
  double cumulative_cost = 0, cumulative_return = 0;
  for (size_t t = 0; t < returns.size(); ++t) {
    cumulative_cost += finance.yearly_cost[t];
    cumulative_return += returns[t];
    if (cumulative_cost > 0 && cumulative_return >= cumulative_cost) {
      finance.payback_year = scenario.start_year + static_cast<int>(t);
      break;
    }
  }
  return finance;
}

}  // namespace ripple
