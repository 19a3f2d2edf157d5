#include "ripple/run/public_finance.h"

#include "ripple/run/result.h"
#include "ripple/scenario/prices.h"

namespace ripple {
namespace {

using Series = std::vector<double>;

// Per-year sum over sectors of an indicator's total effect; zeros when the model lacks it.
Series Base(const RunResult& result, const InterventionImpact* only, const char* name,
            Basis basis) {
  const int k = FindIndicator(result, name);
  if (k < 0) return Series(static_cast<size_t>(result.scenario.horizon_years()), 0.0);
  return AnnualTotals(result, only, static_cast<size_t>(k), Effect::kTotal, basis);
}

// Wages paid out of the grant, per year, on a basis.
Series GrantWages(const RunResult& result, const InterventionImpact* only, Basis basis) {
  Series wages(static_cast<size_t>(result.scenario.horizon_years()), 0.0);
  for (const auto& intervention : result.interventions) {
    if (only != nullptr && only != &intervention) continue;
    for (size_t t = 0; t < wages.size(); ++t) {
      wages[t] += intervention.years[t].grant_wages * BasisFactor(intervention, basis);
    }
  }
  return wages;
}

// A rule's yearly base per EUR of compensation (wage rules) or its satellite.
Series RuleBase(const RunResult& result, const InterventionImpact* only, const FiscalRule& rule,
                Basis basis) {
  switch (rule.base) {
    case TaxBase::kCompensation:
      return Base(result, only, "compensation", basis);
    case TaxBase::kHouseholdSpending: {
      Series base = Base(result, only, "compensation", basis);
      for (double& v : base) v *= result.household_spending_per_compensation;
      return base;
    }
    case TaxBase::kOperatingSurplus:
      return Base(result, only, "gross_operating_surplus_mixed_income", basis);
    case TaxBase::kTaxesOnProducts:
      return Base(result, only, "taxes_less_subsidies_on_products", basis);
    case TaxBase::kOtherProductionTaxes:
      return Base(result, only, "other_taxes_less_subsidies_on_production", basis);
  }
  return {};
}

struct RuleFlows {
  Series revenue, circular;  // per year
};

RuleFlows Flows(const RunResult& result, const InterventionImpact* only, const FiscalRule& rule,
                Basis basis) {
  RuleFlows flows{RuleBase(result, only, rule, basis), GrantWages(result, only, basis)};
  const double per_wage =
      rule.base == TaxBase::kHouseholdSpending ? result.household_spending_per_compensation : 1.0;
  for (size_t t = 0; t < flows.revenue.size(); ++t) {
    flows.revenue[t] *= rule.rate;
    flows.circular[t] = rule.on_wages ? rule.rate * per_wage * flows.circular[t] : 0.0;
  }
  return flows;
}

void Accumulate(const RuleFlows& flows, const std::vector<double>& discount, Basis basis,
                Revenue& revenue) {
  for (size_t t = 0; t < discount.size(); ++t) {
    revenue.total[basis] += flows.revenue[t];
    revenue.circular[basis] += flows.circular[t];
    revenue.present_value[basis] += flows.revenue[t] * discount[t];
    revenue.present_value_excluding_circular[basis] +=
        (flows.revenue[t] - flows.circular[t]) * discount[t];
  }
}

void ComputeRevenues(const RunResult& result, const InterventionImpact* only,
                     const std::vector<double>& discount, PublicFinance& finance,
                     Series& net_returns) {
  net_returns.assign(discount.size(), 0.0);
  for (const FiscalRule& rule :
       FrenchFiscalRules(result.scenario.appraisal.social_contribution_rate)) {
    Revenue revenue;
    for (Basis basis : kBothBases) {
      const RuleFlows flows = Flows(result, only, rule, basis);
      Accumulate(flows, discount, basis, revenue);
      Accumulate(flows, discount, basis, finance.fiscal_return);
      if (basis == Basis::kNet) {
        for (size_t t = 0; t < discount.size(); ++t)
          net_returns[t] += (flows.revenue[t] - flows.circular[t]) * discount[t];
      }
    }
    for (Basis basis : kBothBases) {
      for (size_t l = 0; l < 3; ++l) {
        finance.by_level[basis][l] +=
            rule.Share(kRevenueRecipients[l]) * revenue.present_value_excluding_circular[basis];
      }
    }
    finance.by_tax.emplace_back(rule.name, revenue);
  }
}

void ComputeCost(const RunResult& result, const InterventionImpact* only,
                 const std::vector<double>& discount, PublicFinance& finance) {
  const Scenario& scenario = result.scenario;
  const PriceConverter prices(scenario.appraisal, result.model.year);
  finance.yearly_cost.assign(discount.size(), 0.0);
  for (const auto& intervention : result.interventions) {
    if (only != nullptr && only != &intervention) continue;
    for (size_t t = 0; t < intervention.years.size(); ++t)
      finance.yearly_cost[t] += intervention.years[t].public_cost;
  }
  for (size_t t = 0; t < discount.size(); ++t) {
    const int year = scenario.start_year + static_cast<int>(t);
    finance.cost += finance.yearly_cost[t];
    finance.cost_present_value += finance.yearly_cost[t] * discount[t];
    finance.cost_current_euros +=
        finance.yearly_cost[t] * prices.Factor(scenario.appraisal.price_year, year);
  }
  finance.cost_present_value_shadow =
      finance.cost_present_value * scenario.appraisal.public_funds_cost;
}

// Sum and discounted sum of an indicator's total effect.
void Totals(const RunResult& result, const InterventionImpact* only, int k,
            const std::vector<double>& discount, PerBasis<double>& sum,
            PerBasis<double>& discounted) {
  if (k < 0) return;
  for (Basis basis : kBothBases) {
    const Series values = AnnualTotals(result, only, static_cast<size_t>(k), Effect::kTotal, basis);
    for (size_t t = 0; t < values.size(); ++t) {
      sum[basis] += values[t];
      discounted[basis] += values[t] * discount[t];
    }
  }
}

std::optional<int> PaybackYear(const PublicFinance& finance, const Series& net_returns,
                               const std::vector<double>& discount, int start_year) {
  double cumulative_cost = 0, cumulative_return = 0;
  for (size_t t = 0; t < net_returns.size(); ++t) {
    cumulative_cost += finance.yearly_cost[t] * discount[t];
    cumulative_return += net_returns[t];
    if (cumulative_cost > 0 && cumulative_return >= cumulative_cost)
      return start_year + static_cast<int>(t);
  }
  return std::nullopt;
}

}  // namespace

int EmploymentIndicator(const RunResult& result) {
  int employment = FindIndicator(result, "employment");
  for (size_t k = 0; k < result.indicators.size() && employment < 0; ++k) {
    if (result.indicators[k].employment) employment = static_cast<int>(k);
  }
  return employment;
}

PublicFinance ComputePublicFinance(const RunResult& result, const InterventionImpact* only) {
  PublicFinance finance;
  const Scenario& scenario = result.scenario;
  const PriceConverter prices(scenario.appraisal, result.model.year);
  std::vector<double> discount;
  for (int t = 0; t < scenario.horizon_years(); ++t)
    discount.push_back(prices.Discount(scenario.start_year + t));
  ComputeCost(result, only, discount, finance);
  const int employment = EmploymentIndicator(result);
  if (employment >= 0)
    finance.employment_indicator = result.indicators[static_cast<size_t>(employment)].name;
  Totals(result, only, employment, discount, finance.job_years, finance.job_years_discounted);
  const int fte = FindIndicator(result, "employment_fte");
  finance.has_fte = fte >= 0 && employment >= 0;
  if (finance.has_fte)
    Totals(result, only, fte, discount, finance.fte_years, finance.fte_years_discounted);
  Totals(result, only, FindIndicator(result, "value_added"), discount, finance.value_added,
         finance.value_added_present_value);
  Series net_returns;
  ComputeRevenues(result, only, discount, finance, net_returns);
  finance.payback_year = PaybackYear(finance, net_returns, discount, scenario.start_year);
  return finance;
}

}  // namespace ripple
