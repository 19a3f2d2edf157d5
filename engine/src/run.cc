#include "ripple/run.h"

#include "ripple/csv.h"
#include "ripple/error.h"
#include "ripple/units.h"

namespace ripple {

const char* EffectName(Effect effect) {
  switch (effect) {
    case Effect::kDirect: return "direct";
    case Effect::kIndirect: return "indirect";
    case Effect::kInduced: return "induced";
    case Effect::kTotal: return "total";
  }
  return "unknown";
}

namespace {

std::vector<Indicator> MakeIndicators(const Model& model, const LeontiefModel& leontief) {
  const Unit money = ParseUnit(model.info.monetary_unit, "monetary_unit");
  std::vector<Indicator> indicators;
  indicators.push_back({"output", money.base, money.scale, false, -1});
  for (size_t s = 0; s < leontief.satellite_count(); ++s) {
    const Unit unit = ParseUnit(leontief.satellite_unit(s), "satellite " + leontief.satellite_name(s));
    indicators.push_back({leontief.satellite_name(s), unit.base, unit.scale,
                          IsEmploymentUnit(unit), static_cast<int>(s)});
  }
  return indicators;
}

// Final demand per horizon year (columns) for one intervention, model units.
Matrix DemandByYear(const Intervention& intervention, const Scenario& scenario, const Model& model,
                    double money_scale) {
  Matrix demand = Matrix::Zero(static_cast<Eigen::Index>(model.sectors.size()), scenario.horizon_years());
  for (const DemandShock& shock : intervention.shocks) {
    const int sector = model.SectorIndex(shock.sector);
    if (sector < 0) throw Error(ErrorKind::kInternal, "scenario was not resolved against the model");
    demand(sector, shock.year - scenario.start_year) += shock.amount / money_scale;
  }
  return demand;
}

void WarnLargeShocks(const Matrix& demand, const Intervention& intervention, const Scenario& scenario,
                     const Model& model, std::vector<std::string>& warnings) {
  for (Eigen::Index t = 0; t < demand.cols(); ++t) {
    for (Eigen::Index i = 0; i < demand.rows(); ++i) {
      const double x = model.output(i);
      if (demand(i, t) == 0) continue;
      if (x == 0 || std::abs(demand(i, t)) > scenario.shock_warning_share * x) {
        const double share = x == 0 ? 0 : std::abs(demand(i, t)) / x;
        warnings.push_back("intervention '" + intervention.id + "', " +
                           std::to_string(scenario.start_year + t) + ", sector '" + model.sectors[i] +
                           "': shock is " + (x == 0 ? std::string("on a sector with zero output")
                                                    : FormatNumber(100 * share, 3) + "% of the sector's output") +
                           " (above shock_warning_share " + FormatNumber(scenario.shock_warning_share) +
                           "): the linear model may not hold");
      }
    }
  }
}

std::vector<Vector> Split(const Vector& direct_out, const Vector& type1, const Vector* type2,
                          const Vector& coefficients, double scale) {
  std::vector<Vector> values;
  values.push_back(scale * coefficients.cwiseProduct(direct_out));
  values.push_back(scale * coefficients.cwiseProduct(type1 - direct_out));
  if (type2 != nullptr) values.push_back(scale * coefficients.cwiseProduct(*type2 - type1));
  Vector total = Vector::Zero(direct_out.size());
  for (const auto& v : values) total += v;
  values.push_back(total);
  return values;
}

}  // namespace

double SectorTotal(const YearImpact& year, size_t indicator, size_t effect) {
  return year.values[indicator][effect].sum();
}

RunResult RunScenario(const Scenario& scenario, const Model& model, const LeontiefModel& leontief) {
  RunResult result;
  result.scenario = scenario;
  result.model = model.info;
  result.sectors = model.sectors;
  const bool type2 = scenario.effects == EffectsType::kTypeII;
  result.effects = type2 ? std::vector<Effect>{Effect::kDirect, Effect::kIndirect, Effect::kInduced, Effect::kTotal}
                         : std::vector<Effect>{Effect::kDirect, Effect::kIndirect, Effect::kTotal};
  result.indicators = MakeIndicators(model, leontief);
  result.multipliers = ComputeMultipliers(leontief, model.info.monetary_unit);
  const double money_scale = result.indicators[0].scale;
  const Vector ones = Vector::Ones(static_cast<Eigen::Index>(model.sectors.size()));

  for (const Intervention& intervention : scenario.interventions) {
    const Matrix demand = DemandByYear(intervention, scenario, model, money_scale);
    WarnLargeShocks(demand, intervention, scenario, model, result.warnings);
    const Matrix open = leontief.SolveTypeI(demand);
    const Matrix closed = type2 ? leontief.SolveTypeII(demand) : Matrix();
    InterventionImpact impact{intervention.id, InterventionTypeName(intervention.type), {}};
    for (Eigen::Index t = 0; t < demand.cols(); ++t) {
      YearImpact year;
      year.year = scenario.start_year + static_cast<int>(t);
      year.final_demand = demand.col(t).sum() * money_scale;
      const Vector f = demand.col(t), x1 = open.col(t);
      const Vector x2 = type2 ? Vector(closed.col(t)) : Vector();
      for (const Indicator& indicator : result.indicators) {
        const Vector& c = indicator.satellite < 0 ? ones : leontief.satellite_coefficients(indicator.satellite);
        year.values.push_back(Split(f, x1, type2 ? &x2 : nullptr, c, indicator.scale));
      }
      impact.years.push_back(std::move(year));
    }
    result.interventions.push_back(std::move(impact));
  }
  return result;
}

}  // namespace ripple
