// summary.csv: the horizon in a few lines per scope (all, each intervention).
#include <algorithm>
#include <cmath>
#include <ostream>

#include "report_internal.h"
#include "ripple/csv.h"
#include "ripple/public_finance.h"
#include "ripple/report.h"

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

using Line = std::vector<std::string>;

void WriteEffects(const RunResult& result, const std::string& scope, const InterventionImpact* only,
                  std::ostream& out) {
  const double years = result.scenario.horizon_years();
  for (size_t k = 0; k < result.indicators.size(); ++k) {
    const Indicator& indicator = result.indicators[k];
    for (size_t e = 0; e < result.effects.size(); ++e) {
      const std::string effect = EffectName(result.effects[e]);
      for (int basis = 0; basis < 2; ++basis) {
        const std::vector<double> totals = AnnualTotals(result, only, k, e, basis);
        double sum = 0;
        for (double v : totals) sum += v;
        const std::string b = kBases[basis];
        if (IsStock(indicator)) {
          const double peak = *std::max_element(totals.begin(), totals.end(),
                                                [](double x, double y) { return std::abs(x) < std::abs(y); });
          const bool jobs = indicator.employment;
          WriteCsvLine(out, Line{scope, indicator.name, effect, b, jobs ? "job_years" : "stock_years", FormatNumber(sum),
                                 YearsUnit(indicator.unit)});
          WriteCsvLine(out, Line{scope, indicator.name, effect, b, jobs ? "average_annual_jobs" : "average_annual",
                                 FormatNumber(sum / years), indicator.unit});
          WriteCsvLine(out, Line{scope, indicator.name, effect, b, jobs ? "peak_year_jobs" : "peak_year",
                                 FormatNumber(peak), indicator.unit});
        } else {
          WriteCsvLine(out, Line{scope, indicator.name, effect, b, "total", FormatNumber(sum), indicator.unit});
          WriteCsvLine(out, Line{scope, indicator.name, effect, b, "average_annual", FormatNumber(sum / years),
                                 indicator.unit + " per year"});
        }
      }
    }
  }
}

void WritePublicFinance(const RunResult& result, const std::string& scope, const InterventionImpact* only,
                        std::ostream& out) {
  const PublicFinance f = ComputePublicFinance(result, only);
  const std::string eur = result.indicators[0].unit;
  const std::string prices = eur + " (" + std::to_string(result.scenario.appraisal.price_year) + " prices)";
  WriteCsvLine(out, Line{scope, "public_cost", "", "", "undiscounted", FormatNumber(f.cost), prices});
  WriteCsvLine(out, Line{scope, "public_cost", "", "", "present_value", FormatNumber(f.cost_present_value), prices});
  WriteCsvLine(out, Line{scope, "public_cost", "", "", "present_value_with_shadow_price",
                         FormatNumber(f.cost_present_value_shadow), prices});
  for (int basis = 0; basis < 2; ++basis) {
    const std::string b = kBases[basis];
    if (!f.employment_indicator.empty() && f.job_years[basis] != 0 && f.cost > 0) {
      WriteCsvLine(out, Line{scope, "cost_per_job_year", "total", b, "ratio", FormatNumber(f.cost / f.job_years[basis]),
                             eur + " per job-year"});
    }
    if (f.cost > 0) {
      WriteCsvLine(out, Line{scope, "value_added_per_public_euro", "total", b, "ratio",
                             FormatNumber(f.value_added[basis] / f.cost), eur + " per " + eur});
    }
    WriteCsvLine(out, Line{scope, "fiscal_return", "total", b, "total", FormatNumber(f.fiscal_return[basis]), prices});
  }
  WriteCsvLine(out, Line{scope, "payback_year", "total", "net", "year",
                         f.payback_year ? std::to_string(*f.payback_year) : "none", "year"});
}

void WriteCluster(const InterventionImpact& intervention, std::ostream& out, const std::string& currency) {
  if (intervention.cluster.empty()) return;
  const ClusterYear& last = intervention.cluster.back();
  const std::string year = std::to_string(last.year);
  WriteCsvLine(out, Line{intervention.id, "cluster_companies", "", "", "in_" + year, FormatNumber(last.companies), "enterprises"});
  WriteCsvLine(out, Line{intervention.id, "cluster_jobs", "", "", "in_" + year, FormatNumber(last.jobs), "persons"});
  WriteCsvLine(out, Line{intervention.id, "cluster_revenue", "", "", "in_" + year, FormatNumber(last.revenue), currency});
  if (intervention.backtest.empty()) return;
  const BacktestSummary backtest = SummarizeBacktest(intervention.backtest);
  WriteCsvLine(out, Line{intervention.id, "cluster_backtest", "", "", "fit_mean_abs_relative_error",
                         FormatNumber(backtest.fit_mean_abs_relative_error), "ratio"});
  WriteCsvLine(out, Line{intervention.id, "cluster_backtest", "", "", "test_mean_abs_relative_error",
                         FormatNumber(backtest.test_mean_abs_relative_error), "ratio"});
  WriteCsvLine(out, Line{intervention.id, "cluster_backtest", "", "", "test_max_abs_relative_error",
                         FormatNumber(backtest.test_max_abs_relative_error), "ratio"});
}

}  // namespace

void WriteSummaryCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out, {"intervention", "indicator", "effect", "basis", "measure", "value", "unit"});
  ForEachScope(result, [&](const std::string& scope, const InterventionImpact* only) {
    double injected = 0;
    for (const auto& intervention : result.interventions) {
      if (only != nullptr && only != &intervention) continue;
      for (const auto& year : intervention.years) injected += year.final_demand;
    }
    WriteCsvLine(out, Line{scope, "spending_injected", "", "", "total", FormatNumber(injected), result.indicators[0].unit});
    WritePublicFinance(result, scope, only, out);
    WriteEffects(result, scope, only, out);
    if (only != nullptr) WriteCluster(*only, out, result.indicators[0].unit);
  });
}

}  // namespace ripple
