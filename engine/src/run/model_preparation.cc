#include "ripple/run/model_preparation.h"

#include <algorithm>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/run/run.h"

namespace ripple {

std::optional<RegionalDeltaBasis> LoadDeltaBasisFor(const Scenario& scenario,
                                                    const Model& package) {
  if (!scenario.uncertainty.flq_delta) return std::nullopt;
  try {
    return LoadRegionalDeltaBasis(scenario.model_path, package);
  } catch (const Error& error) {
    const SourcePosition& at = scenario.uncertainty.flq_delta_position;
    throw Error(error.kind(),
                Located(at.file, at.line, at.column, "uncertainty.flq_delta", error.what()));
  }
}

Model AdjustModel(const Model& package, const ModelUncertaintySpec& spec,
                  const RegionalDeltaBasis* basis) {
  if (!spec.adjusts_model()) return package;
  Model model =
      spec.flq_delta && basis != nullptr ? WithFlqDelta(package, *basis, *spec.flq_delta) : package;
  for (const SatelliteFactor& factor : spec.satellite_factors)
    ScaleSatelliteInPlace(model, factor.name, factor.factor);
  return model;
}

Model WithHouseholdClosure(Model model, const ClosureSpec& closure) {
  if (!closure.household_spending_per_euro) return model;
  const double average = HouseholdSpendingPerIncome(model);
  const int column = model.FinalDemandColumn(model.household.consumption_column);
  if (!(average > 0) || column < 0) {
    const SourcePosition& at = closure.position;
    throw Error(ErrorKind::kBadInput,
                Located(at.file, at.line, at.column, "closure.household_spending_per_euro",
                        "model '" + model.info.id + "' has no household spending to rescale " +
                            "(average " + FormatNumber(average) +
                            " per EUR of income, imputed rents excluded)"));
  }
  model.final_demand.col(column) *= *closure.household_spending_per_euro / average;
  return model;
}

bool SameHouseholdClosure(const ClosureSpec& a, const ClosureSpec& b) {
  return a.household_spending_per_euro == b.household_spending_per_euro;
}

size_t RunRightHandSides(const Scenario& scenario) {
  const size_t years = static_cast<size_t>(std::max(scenario.horizon_years(), 1));
  const size_t per_year = scenario.effects == EffectsType::kTypeII ? 2 : 1;
  return scenario.interventions.size() * years * per_year;
}

PreparedModel PrepareModel(const Scenario& scenario, ModelUse use) {
  PreparedModel prepared;
  prepared.package = InContext("loading model '" + scenario.model_path + "' for " + scenario.file,
                               [&] { return LoadModel(scenario.model_path); });
  ResolveScenario(scenario, prepared.package);
  prepared.delta_basis = LoadDeltaBasisFor(scenario, prepared.package);
  prepared.model =
      WithHouseholdClosure(AdjustModel(prepared.package, scenario.uncertainty,
                                       prepared.delta_basis ? &*prepared.delta_basis : nullptr),
                           scenario.closure);
  prepared.leontief = InContext("factoring model '" + prepared.package.info.id + "'", [&] {
    if (use == ModelUse::kManyRuns) return std::make_unique<LeontiefModel>(prepared.model);
    return std::make_unique<LeontiefModel>(prepared.model, RunRightHandSides(scenario));
  });
  return prepared;
}

}  // namespace ripple
