// The rows of summary.csv (ripple/run/result.h): shared by the summary writer
// and metrics.h, so that summary.csv and the sensitivity reports always
// describe the same figures.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "ripple/interventions/cluster.h"
#include "ripple/run/public_finance.h"
#include "ripple/run/result.h"

namespace ripple {
namespace {

std::string YearsUnit(const std::string& base) {
  if (base == "persons" || base == "person") return "person-years";
  if (base == "jobs" || base == "job") return "job-years";
  if (base == "enterprises") return "enterprise-years";
  return base + "-years";
}

// Stocks (people employed, enterprises active) are counted per year: their
// sum over years is in "-years", never a count.
bool IsStock(const Indicator& indicator) {
  return indicator.employment || indicator.unit == "enterprises";
}

// Emits one row; `value` NaN = undefined.
struct Emitter {
  const MetricVisitor& visit;
  std::string_view scope;
  void operator()(std::string_view indicator, std::string_view effect, std::string_view basis,
                  std::string_view measure, double value, std::string_view unit,
                  bool in_summary = true) const {
    visit(MetricRow{scope, indicator, effect, basis, "total", measure, unit, value, in_summary});
  }
};

void VisitEffects(const RunResult& result, const InterventionImpact* only, const Emitter& emit) {
  const double years = result.scenario.horizon_years();
  std::vector<double> totals;  // reused
  for (size_t k = 0; k < result.indicators.size(); ++k) {
    const Indicator& indicator = result.indicators[k];
    const std::string years_unit = YearsUnit(indicator.unit);
    const std::string per_year = indicator.unit + " per year";
    for (size_t e = 0; e < result.effects.size(); ++e) {
      const std::string_view effect = EffectName(result.effects[e]);
      for (Basis basis : kBothBases) {
        AnnualTotalsInto(result, only, k, result.effects[e], basis, totals);
        double sum = 0;
        for (double v : totals) sum += v;
        const std::string_view b = BasisName(basis);
        if (IsStock(indicator)) {
          const double peak =
              *std::max_element(totals.begin(), totals.end(),
                                [](double x, double y) { return std::abs(x) < std::abs(y); });
          const bool jobs = indicator.employment;
          emit(indicator.name, effect, b, jobs ? "job_years" : "stock_years", sum, years_unit);
          emit(indicator.name, effect, b, jobs ? "average_annual_jobs" : "average_annual",
               sum / years, indicator.unit);
          emit(indicator.name, effect, b, jobs ? "peak_year_jobs" : "peak_year", peak,
               indicator.unit);
        } else {
          emit(indicator.name, effect, b, "total", sum, indicator.unit);
          emit(indicator.name, effect, b, "average_annual", sum / years, per_year);
        }
      }
    }
  }
}

double Div(double numerator, double denominator) {
  return denominator != 0 ? numerator / denominator : std::numeric_limits<double>::quiet_NaN();
}

// A ratio three ways: undiscounted ("ratio"), on present values
// ("present_value") and with the shadow price of public funds applied to the
// cost ("present_value_with_shadow_price"). A NaN value is undefined and left
// out of summary.csv; so is every row when the public cost is not positive.
void RatioRows(const Emitter& emit, std::string_view indicator, std::string_view basis,
               const std::string& unit, bool with_cost, double undiscounted, double present_value,
               double with_shadow) {
  auto row = [&](std::string_view measure, double value) {
    const bool defined = with_cost && !std::isnan(value);
    emit(indicator, "total", basis, measure,
         defined ? value : std::numeric_limits<double>::quiet_NaN(), unit, defined);
  };
  row("ratio", undiscounted);
  row("present_value", present_value);
  row("present_value_with_shadow_price", with_shadow);
}

// fiscal_return: all revenues, the circular part, present values; by level
// (fiscal_return_<level>) and by tax (fiscal_return_<rule>), excluding the
// circular part; net_fiscal_cost.
void VisitFiscalReturn(const PublicFinance& f, const std::string& prices, const Emitter& emit) {
  for (Basis basis : kBothBases) {
    const std::string_view b = BasisName(basis);
    emit("fiscal_return", "total", b, "total", f.fiscal_return.total[basis], prices);
    emit("fiscal_return", "total", b, "circular", f.fiscal_return.circular[basis], prices);
    emit("fiscal_return", "total", b, "present_value", f.fiscal_return.present_value[basis],
         prices);
    emit("fiscal_return", "total", b, "present_value_excluding_circular",
         f.fiscal_return.present_value_excluding_circular[basis], prices);
    for (size_t l = 0; l < 3; ++l) {
      emit("fiscal_return_" + std::string(RevenueRecipientName(kRevenueRecipients[l])), "total", b,
           "present_value_excluding_circular", f.by_level[basis][l], prices);
    }
    for (const auto& [name, revenue] : f.by_tax) {
      emit("fiscal_return_" + name, "total", b, "present_value_excluding_circular",
           revenue.present_value_excluding_circular[basis], prices);
    }
    emit("net_fiscal_cost", "total", b, "present_value", f.NetFiscalCost(basis), prices);
  }
}

void VisitPublicFinance(const RunResult& result, const InterventionImpact* only,
                        const Emitter& emit) {
  const PublicFinance f = ComputePublicFinance(result, only);
  const std::string eur = result.indicators[0].unit;
  const std::string prices =
      eur + " (" + std::to_string(result.scenario.appraisal.price_year) + " prices)";
  const std::string per_job_year = eur + " per job-year", per_eur = eur + " per " + eur;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  emit("public_cost", "", "", "undiscounted", f.cost, prices);
  emit("public_cost", "", "", "present_value", f.cost_present_value, prices);
  emit("public_cost", "", "", "present_value_with_shadow_price", f.cost_present_value_shadow,
       prices);
  emit("public_cost", "", "", "current_euros", f.cost_current_euros,
       eur + " (current prices of each year)");
  for (Basis basis : kBothBases) {
    const std::string_view b = BasisName(basis);
    const double jobs = f.employment_indicator.empty() ? nan : 1.0;
    RatioRows(emit, "cost_per_job_year", b, per_job_year, f.cost > 0,
              jobs * Div(f.cost, f.job_years[basis]),
              jobs * Div(f.cost_present_value, f.job_years_discounted[basis]),
              jobs * Div(f.cost_present_value_shadow, f.job_years_discounted[basis]));
    if (f.has_fte) {
      RatioRows(emit, "cost_per_fte_year", b, eur + " per FTE-year", f.cost > 0,
                Div(f.cost, f.fte_years[basis]),
                Div(f.cost_present_value, f.fte_years_discounted[basis]),
                Div(f.cost_present_value_shadow, f.fte_years_discounted[basis]));
    }
    RatioRows(emit, "value_added_per_public_euro", b, per_eur, f.cost > 0,
              Div(f.value_added[basis], f.cost),
              Div(f.value_added_present_value[basis], f.cost_present_value),
              Div(f.value_added_present_value[basis], f.cost_present_value_shadow));
  }
  VisitFiscalReturn(f, prices, emit);
  emit("payback_year", "total", "net", "year", f.payback_year ? *f.payback_year : nan, "year");
}

// Net job-years and net value added attributed to each funder (public or
// private) pro rata to its share of each intervention's funding, summed over
// interventions; effects of interventions without a funding table are
// "unattributed", so each list sums to the scope's net totals. A convention
// for reading who pays for what, not a causal split.
void VisitFunderEffects(const RunResult& result, const InterventionImpact* only,
                        const Emitter& emit) {
  const int jobs = EmploymentIndicator(result), value_added = FindIndicator(result, "value_added");
  std::map<std::string, double> job_years, added;
  for (const InterventionImpact& intervention : result.interventions) {
    if (only != nullptr && only != &intervention) continue;
    auto net = [&](int k) {
      return k < 0 ? 0.0
                   : HorizonTotal(result, &intervention, static_cast<size_t>(k), Effect::kTotal,
                                  Basis::kNet);
    };
    const double intervention_jobs = net(jobs), intervention_added = net(value_added);
    double funding = 0;
    for (const FunderAmount& share : intervention.funding) funding += share.amount;
    if (!(funding > 0)) {
      job_years["unattributed"] += intervention_jobs;
      added["unattributed"] += intervention_added;
      continue;
    }
    for (const FunderAmount& share : intervention.funding) {
      job_years[share.funder.name] += intervention_jobs * share.amount / funding;
      added[share.funder.name] += intervention_added * share.amount / funding;
    }
  }
  const std::string eur = result.indicators[0].unit;
  if (jobs >= 0) {
    const std::string unit = YearsUnit(result.indicators[static_cast<size_t>(jobs)].unit);
    for (const auto& [name, value] : job_years)
      emit("net_job_years_by_funder", "total", "net", name, value, unit);
  }
  if (value_added < 0) return;
  const std::string prices =
      eur + " (" + std::to_string(result.scenario.appraisal.price_year) + " prices)";
  for (const auto& [name, value] : added)
    emit("value_added_by_funder", "total", "net", name, value, prices);
}

// Public cost by funder and by level of government, private funding and
// leverage, when the scope has a funding table (projects). Public cost of
// interventions without one is "unattributed", so each list sums to the
// undiscounted public cost.
void VisitFunding(const RunResult& result, const InterventionImpact* only, const Emitter& emit) {
  std::map<std::string, double> by_funder, by_level;
  double unattributed = 0, private_money = 0, public_money = 0;
  bool funded = false;
  for (const InterventionImpact& intervention : result.interventions) {
    if (only != nullptr && only != &intervention) continue;
    funded = funded || !intervention.funding.empty();
    if (intervention.funding.empty()) {
      for (const YearImpact& year : intervention.years) unattributed += year.public_cost;
    }
    for (const FunderAmount& share : intervention.funding) {
      if (!share.funder.is_public) {
        private_money += share.amount;
        continue;
      }
      public_money += share.amount;
      by_funder[share.funder.name] += share.amount;
      by_level[GovernmentLevelName(share.funder.level)] += share.amount;
    }
  }
  if (!funded) return;
  const std::string eur = result.indicators[0].unit;
  const std::string prices =
      eur + " (" + std::to_string(result.scenario.appraisal.price_year) + " prices)";
  if (unattributed != 0) by_funder["unattributed"] = by_level["unattributed"] = unattributed;
  for (const auto& [name, amount] : by_funder)
    emit("public_cost_by_funder", "", "", name, amount, prices);
  for (const auto& [name, amount] : by_level)
    emit("public_cost_by_level", "", "", name, amount, prices);
  emit("private_funding", "", "", "undiscounted", private_money, prices);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  emit("leverage", "", "", "private_per_public_euro",
       public_money > 0 ? private_money / public_money : nan, eur + " per " + eur,
       public_money > 0);
  VisitFunderEffects(result, only, emit);
}

// The Type II closure used, for the whole scenario: household spending per
// EUR of income, measure "average" or "marginal" (ClosureSpec); none when the
// model has no closure.
void VisitClosure(const RunResult& result, const Emitter& emit) {
  if (!(result.household_spending_per_compensation > 0)) return;
  const std::string eur = result.indicators[0].unit;
  emit("household_spending_per_euro", "", "",
       HouseholdClosureKindName(result.scenario.closure.kind()),
       result.household_spending_per_compensation, eur + " per " + eur + " of household income");
}

void VisitCluster(const InterventionImpact& intervention, const std::string& currency,
                  const Emitter& emit) {
  if (intervention.cluster.empty()) return;
  const ClusterYear& last = intervention.cluster.back();
  const std::string in_year = "in_" + std::to_string(last.year);
  emit("cluster_companies", "", "", in_year, last.companies, "enterprises");
  emit("cluster_jobs", "", "", in_year, last.jobs, "persons");
  emit("cluster_revenue", "", "", in_year, last.revenue, currency);
  if (intervention.backtest.empty()) return;
  const BacktestSummary backtest = SummarizeBacktest(intervention.backtest);
  emit("cluster_backtest", "", "", "fit_mean_abs_relative_error",
       backtest.fit_mean_abs_relative_error, "ratio");
  emit("cluster_backtest", "", "", "test_mean_abs_relative_error",
       backtest.test_mean_abs_relative_error, "ratio");
  emit("cluster_backtest", "", "", "test_max_abs_relative_error",
       backtest.test_max_abs_relative_error, "ratio");
}

}  // namespace

void VisitSummaryRows(const RunResult& result, const MetricVisitor& visit) {
  ForEachScope(result, [&](const std::string& scope, const InterventionImpact* only) {
    const Emitter emit{visit, scope};
    double injected = 0, outside = 0;
    for (const auto& intervention : result.interventions) {
      if (only != nullptr && only != &intervention) continue;
      for (const auto& year : intervention.years) {
        injected += year.final_demand;
        outside += year.outside_region;
      }
    }
    emit("spending_injected", "", "", "total", injected, result.indicators[0].unit);
    emit("purchases_outside_region", "", "", "total", outside, result.indicators[0].unit);
    if (only == nullptr) VisitClosure(result, emit);
    VisitPublicFinance(result, only, emit);
    VisitFunding(result, only, emit);
    VisitEffects(result, only, emit);
    if (only != nullptr) VisitCluster(*only, result.indicators[0].unit, emit);
  });
}

}  // namespace ripple
