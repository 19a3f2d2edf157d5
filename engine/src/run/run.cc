#include "ripple/run/run.h"

#include <algorithm>
#include <cmath>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/text.h"
#include "ripple/base/units.h"
#include "ripple/run/multiplier_rows.h"
#include "run/run_finite.h"

namespace ripple {

const char* EffectName(Effect effect) {
  switch (effect) {
    case Effect::kDirect:
      return "direct";
    case Effect::kIndirect:
      return "indirect";
    case Effect::kInduced:
      return "induced";
    case Effect::kTotal:
      return "total";
  }
  return "unknown";
}

std::optional<Effect> ParseEffect(std::string_view name) {
  for (Effect effect : {Effect::kDirect, Effect::kIndirect, Effect::kInduced, Effect::kTotal}) {
    if (name == EffectName(effect)) return effect;
  }
  return std::nullopt;
}

namespace {

// Monetary indicators are also converted from model-year to reporting prices.
std::vector<Indicator> MakeIndicators(const Model& model, const LeontiefModel& leontief,
                                      double price_factor) {
  const Unit money = ParseUnit(model.info.monetary_unit, "monetary_unit");
  std::vector<Indicator> indicators;
  indicators.push_back({"output", money.base, money.scale * price_factor, false, -1});
  for (size_t s = 0; s < leontief.satellite_count(); ++s) {
    const Unit unit =
        ParseUnit(leontief.satellite_unit(s), "satellite " + leontief.satellite_name(s));
    const double prices = unit.base == money.base ? price_factor : 1.0;
    indicators.push_back({leontief.satellite_name(s), unit.base, unit.scale * prices,
                          IsEmploymentUnit(unit), static_cast<int>(s)});
  }
  return indicators;
}

// `demand`: final demand + purchases of one intervention (n x T, model
// units). One warning per sector, listing the years above the share.
void WarnLargeShocks(const Matrix& demand, const CompiledIntervention& compiled,
                     const Scenario& scenario, const Model& model,
                     std::vector<std::string>& warnings) {
  for (Eigen::Index i = 0; i < demand.rows(); ++i) {
    const double x = model.output(i);
    std::vector<int> years;
    double low = INFINITY, high = 0;
    for (Eigen::Index t = 0; t < demand.cols(); ++t) {
      if (demand(i, t) == 0 ||
          (x != 0 && std::abs(demand(i, t)) <= scenario.shock_warning_share * x))
        continue;
      years.push_back(scenario.start_year + static_cast<int>(t));
      const double share = x == 0 ? 0 : 100 * std::abs(demand(i, t)) / x;
      low = std::min(low, share), high = std::max(high, share);
    }
    if (years.empty()) continue;
    const std::string shares =
        FormatNumber(low, 3) + (low == high ? "" : " to " + FormatNumber(high, 3)) + "%";
    warnings.push_back("intervention '" + compiled.id + "', " + YearRanges(years) + ", sector '" +
                       model.sectors[i] + "': shock is " +
                       (x == 0 ? std::string("on a sector with zero output")
                               : shares + " of the sector's output") +
                       " (above shock_warning_share " + FormatNumber(scenario.shock_warning_share) +
                       "): the linear model may not hold");
  }
}

// Gross effects of one indicator for year column t.
std::vector<Vector> Split(const Vector& c, const Vector& f, const Vector& open,
                          const Vector* closed, const Vector* explicit_direct, double scale) {
  std::vector<Vector> values;
  Vector direct = c.cwiseProduct(f);
  if (explicit_direct != nullptr) direct += *explicit_direct;
  values.push_back(scale * direct);
  values.push_back(scale * c.cwiseProduct(open - f));
  if (closed != nullptr) values.push_back(scale * c.cwiseProduct(*closed - open));
  Vector total = Vector::Zero(f.size());
  for (const auto& v : values) total += v;
  values.push_back(total);
  return values;
}

// The intervention's fields and, per year, what does not depend on the model's solve.
InterventionImpact Describe(const CompiledIntervention& compiled, const Matrix& injected,
                            const RunResult& result, const Scenario& scenario) {
  InterventionImpact impact;
  impact.id = compiled.id;
  impact.type = compiled.type;
  impact.additionality = compiled.additionality;
  impact.net_factor = compiled.additionality.NetFactor();
  impact.cluster = compiled.cluster;
  impact.backtest = compiled.backtest;
  impact.notes = compiled.notes;
  impact.funding = compiled.funding;
  const double scale = result.indicators[0].scale;
  for (Eigen::Index t = 0; t < injected.cols(); ++t) {
    YearImpact year;
    year.year = scenario.start_year + static_cast<int>(t);
    year.final_demand = (injected.col(t).sum() + compiled.household_income(t)) * scale;
    year.public_cost = compiled.public_cost(t);
    year.outside_region = compiled.outside_region.col(t).sum() * scale;
    year.grant_wages = compiled.grant_wages(t) * scale;
    impact.years.push_back(std::move(year));
  }
  return impact;
}

// Sums of Split's vectors (the same operations on each element, in vectors of
// `work` reused across indicators and years, so the same bits), values left out.
struct SplitWork {
  Vector direct, part, total;
};
void SplitTotals(const Vector& c, const Vector& f, const Vector& open, const Vector* closed,
                 const Vector* explicit_direct, double scale, SplitWork& work,
                 std::vector<double>& sums) {
  work.direct = c.cwiseProduct(f);
  if (explicit_direct != nullptr) work.direct += *explicit_direct;
  work.part = scale * work.direct;
  work.total.setZero(f.size());
  const auto add = [&] {
    sums.push_back(work.part.sum());
    work.total += work.part;
  };
  add();
  work.part = scale * c.cwiseProduct(open - f);
  add();
  if (closed != nullptr) {
    work.part = scale * c.cwiseProduct(*closed - open);
    add();
  }
  sums.push_back(work.total.sum());
}

// `injected`: final demand + purchases of `compiled` (n x T, model units).
// Without `keep_values`, the same totals without the per-sector vectors.
InterventionImpact Project(const CompiledIntervention& compiled, const Matrix& injected,
                           const RunResult& result, const Scenario& scenario,
                           const LeontiefModel& leontief, bool keep_values) {
  const bool type2 = scenario.effects == EffectsType::kTypeII;
  const Matrix open = leontief.SolveTypeI(injected);
  const Matrix closed =
      type2 ? leontief.SolveTypeII(injected, compiled.household_income.transpose(), nullptr)
            : Matrix();
  InterventionImpact impact = Describe(compiled, injected, result, scenario);
  const Vector ones = Vector::Ones(injected.rows());
  Vector f, x1, x2, extra;
  SplitWork work;
  for (Eigen::Index t = 0; t < injected.cols(); ++t) {
    YearImpact& year = impact.years[static_cast<size_t>(t)];
    f = compiled.final_demand.col(t), x1 = open.col(t);
    if (type2) x2 = closed.col(t);
    for (const Indicator& indicator : result.indicators) {
      const Vector& c =
          indicator.satellite < 0 ? ones : leontief.satellite_coefficients(indicator.satellite);
      const auto found = compiled.explicit_direct.find(indicator.name);
      const bool has_extra = found != compiled.explicit_direct.end() && found->second.rows() > 0;
      if (has_extra) extra = found->second.col(t);
      const Vector* closed_x = type2 ? &x2 : nullptr;
      const Vector* direct = has_extra ? &extra : nullptr;
      year.totals.emplace_back();
      if (!keep_values) {
        SplitTotals(c, f, x1, closed_x, direct, indicator.scale, work, year.totals.back());
        continue;
      }
      year.values.push_back(Split(c, f, x1, closed_x, direct, indicator.scale));
      for (const Vector& effect : year.values.back()) year.totals.back().push_back(effect.sum());
    }
  }
  return impact;
}

// The same totals from multiplier rows (multiplier_rows.h); values left empty.
InterventionImpact ProjectTotals(const CompiledIntervention& compiled, const Matrix& injected,
                                 const RunResult& result, const Scenario& scenario,
                                 const MultiplierRows& rows) {
  InterventionImpact impact = Describe(compiled, injected, result, scenario);
  std::vector<double> scales, direct_sums(result.indicators.size(), 0.0);
  for (const Indicator& indicator : result.indicators) scales.push_back(indicator.scale);
  for (Eigen::Index t = 0; t < injected.cols(); ++t) {
    for (size_t k = 0; k < result.indicators.size(); ++k) {
      const auto found = compiled.explicit_direct.find(result.indicators[k].name);
      direct_sums[k] = found == compiled.explicit_direct.end() ? 0 : found->second.col(t).sum();
    }
    const YearDemand demand{compiled.final_demand.col(t), injected.col(t),
                            compiled.household_income(t), scenario.effects == EffectsType::kTypeII};
    YearTotalsFromRows(rows, demand, scales, direct_sums,
                       impact.years[static_cast<size_t>(t)].totals);
  }
  return impact;
}

// `totals_only`: values left empty, totals from `rows` or, without, from the solves.
RunResult RunWith(const Scenario& scenario, const Model& model, const LeontiefModel& leontief,
                  bool with_multipliers, bool totals_only, const MultiplierRows* rows) {
  const CompiledScenario compiled = CompileScenario(scenario, model);
  RunResult result;
  result.scenario = scenario;
  result.model = model.info;
  result.sectors = model.sectors;
  result.warnings = compiled.warnings;
  const bool type2 = scenario.effects == EffectsType::kTypeII;
  result.effects = type2 ? std::vector<Effect>{Effect::kDirect, Effect::kIndirect, Effect::kInduced,
                                               Effect::kTotal}
                         : std::vector<Effect>{Effect::kDirect, Effect::kIndirect, Effect::kTotal};
  result.indicators = MakeIndicators(model, leontief, compiled.model_to_report_prices);
  result.household_spending_per_compensation = HouseholdSpendingPerIncome(model);
  result.imputed_rent_sector = model.household.imputed_rent_sector;
  if (with_multipliers) result.multipliers = ComputeMultipliers(leontief, model.info.monetary_unit);
  for (const CompiledIntervention& intervention : compiled.interventions) {
    const Matrix injected = intervention.final_demand + intervention.purchases;
    WarnLargeShocks(injected, intervention, scenario, model, result.warnings);
    result.interventions.push_back(
        rows != nullptr
            ? ProjectTotals(intervention, injected, result, scenario, *rows)
            : Project(intervention, injected, result, scenario, leontief, !totals_only));
  }
  CheckFiniteResult(result);
  return result;
}

}  // namespace

double HouseholdSpendingPerIncome(const Model& model) {
  const HouseholdClosure& h = model.household;
  const int column = h.enabled() ? model.FinalDemandColumn(h.consumption_column) : -1;
  const Satellite* income = model.FindSatellite(h.income_satellite);
  if (column < 0 || income == nullptr) return 0;
  const double denominator = h.income_total.value_or(income->values.sum());
  double spending = model.final_demand.col(column).sum();
  for (const int sector : model.ImputedRentSectors())
    spending -= model.final_demand(sector, column);
  return denominator > 0 ? spending / denominator : 0;
}

double SectorTotal(const YearImpact& year, size_t indicator, size_t effect) {
  return year.totals[indicator][effect];
}

int FindIndicator(const RunResult& result, const std::string& name) {
  for (size_t k = 0; k < result.indicators.size(); ++k) {
    if (result.indicators[k].name == name) return static_cast<int>(k);
  }
  return -1;
}

RunResult RunScenario(const Scenario& scenario, const Model& model, const LeontiefModel& leontief,
                      bool with_multipliers) {
  return RunWith(scenario, model, leontief, with_multipliers, false, nullptr);
}

RunResult RunScenarioTotals(const Scenario& scenario, const Model& model,
                            const LeontiefModel& leontief, const MultiplierRows* rows) {
  if (rows != nullptr && rows->indicators.size() != leontief.satellite_count() + 1)
    throw Error(ErrorKind::kInternal, "multiplier rows of another model");
  return RunWith(scenario, model, leontief, false, true, rows);
}

}  // namespace ripple
