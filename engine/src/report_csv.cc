// CSV reports of a run: impacts, annual totals, summary, warnings.
#include <algorithm>
#include <ostream>

#include "ripple/csv.h"
#include "ripple/report.h"

namespace ripple {
namespace {

std::string YearsUnit(const std::string& base) {
  if (base == "persons" || base == "person") return "person-years";
  if (base == "jobs" || base == "job") return "job-years";
  return base + "-years";
}

// Per-year sector totals of one indicator/effect: for one intervention, or
// summed over all when `only` is null.
std::vector<double> AnnualTotals(const RunResult& result, const InterventionImpact* only,
                                 size_t indicator, size_t effect) {
  std::vector<double> totals(static_cast<size_t>(result.scenario.horizon_years()), 0.0);
  for (const auto& intervention : result.interventions) {
    if (only != nullptr && only != &intervention) continue;
    for (size_t t = 0; t < intervention.years.size(); ++t) {
      totals[t] += SectorTotal(intervention.years[t], indicator, effect);
    }
  }
  return totals;
}

// Calls `visit(name, impact-or-null)` for "all" then each intervention.
template <typename Visit>
void ForEachScope(const RunResult& result, Visit visit) {
  visit(std::string("all"), static_cast<const InterventionImpact*>(nullptr));
  for (const auto& intervention : result.interventions) visit(intervention.id, &intervention);
}

}  // namespace

void WriteImpactsCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out, {"year", "intervention", "indicator", "effect", "sector", "value", "unit"});
  for (const auto& intervention : result.interventions) {
    for (const auto& year : intervention.years) {
      const std::string year_text = std::to_string(year.year);
      for (size_t k = 0; k < result.indicators.size(); ++k) {
        for (size_t e = 0; e < result.effects.size(); ++e) {
          const Vector& values = year.values[k][e];
          for (size_t s = 0; s < result.sectors.size(); ++s) {
            WriteCsvLine(out, {year_text, intervention.id, result.indicators[k].name,
                               EffectName(result.effects[e]), result.sectors[s],
                               FormatNumber(values(static_cast<Eigen::Index>(s))),
                               result.indicators[k].unit});
          }
        }
      }
    }
  }
}

void WriteAnnualCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out, {"year", "intervention", "indicator", "effect", "value", "unit"});
  ForEachScope(result, [&](const std::string& scope, const InterventionImpact* only) {
    for (size_t k = 0; k < result.indicators.size(); ++k) {
      for (size_t e = 0; e < result.effects.size(); ++e) {
        const std::vector<double> totals = AnnualTotals(result, only, k, e);
        for (size_t t = 0; t < totals.size(); ++t) {
          WriteCsvLine(out, {std::to_string(result.scenario.start_year + static_cast<int>(t)), scope,
                             result.indicators[k].name, EffectName(result.effects[e]),
                             FormatNumber(totals[t]), result.indicators[k].unit});
        }
      }
    }
  });
}

void WriteSummaryCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out, {"intervention", "indicator", "effect", "measure", "value", "unit"});
  const double years = result.scenario.horizon_years();
  ForEachScope(result, [&](const std::string& scope, const InterventionImpact* only) {
    double demand = 0;
    for (const auto& intervention : result.interventions) {
      if (only != nullptr && only != &intervention) continue;
      for (const auto& year : intervention.years) demand += year.final_demand;
    }
    WriteCsvLine(out, {scope, "final_demand", "direct", "total", FormatNumber(demand),
                       result.indicators[0].unit});
    for (size_t k = 0; k < result.indicators.size(); ++k) {
      const Indicator& indicator = result.indicators[k];
      for (size_t e = 0; e < result.effects.size(); ++e) {
        const std::vector<double> totals = AnnualTotals(result, only, k, e);
        double sum = 0;
        for (double v : totals) sum += v;
        const std::string effect = EffectName(result.effects[e]);
        if (indicator.employment) {
          const double peak = *std::max_element(totals.begin(), totals.end(),
                                                [](double a, double b) { return std::abs(a) < std::abs(b); });
          WriteCsvLine(out, {scope, indicator.name, effect, "job_years", FormatNumber(sum), YearsUnit(indicator.unit)});
          WriteCsvLine(out, {scope, indicator.name, effect, "average_annual_jobs", FormatNumber(sum / years), indicator.unit});
          WriteCsvLine(out, {scope, indicator.name, effect, "peak_year_jobs", FormatNumber(peak), indicator.unit});
        } else {
          WriteCsvLine(out, {scope, indicator.name, effect, "total", FormatNumber(sum), indicator.unit});
          WriteCsvLine(out, {scope, indicator.name, effect, "average_annual", FormatNumber(sum / years),
                             indicator.unit + " per year"});
        }
      }
    }
  });
}

void WriteWarningsCsv(const RunResult& result, std::ostream& out) {
  WriteCsvLine(out, {"severity", "message"});
  for (const auto& warning : result.warnings) WriteCsvLine(out, {"warning", warning});
}

}  // namespace ripple
