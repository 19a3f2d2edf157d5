#include "ripple/run/model_preparation.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>

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

namespace {

Model LoadPackage(const Scenario& scenario) {
  Model package = InContext("loading model '" + scenario.model_path + "' for " + scenario.file,
                            [&] { return LoadModel(scenario.model_path); });
  ResolveScenario(scenario, package);
  return package;
}

std::string FactoringContext(const Model& model) {
  return "factoring model '" + model.info.id + "'";
}

}  // namespace

PreparedModel PrepareModel(const Scenario& scenario) {
  PreparedModel prepared;
  prepared.package = LoadPackage(scenario);
  prepared.delta_basis = LoadDeltaBasisFor(scenario, prepared.package);
  prepared.model =
      WithHouseholdClosure(AdjustModel(prepared.package, scenario.uncertainty,
                                       prepared.delta_basis ? &*prepared.delta_basis : nullptr),
                           scenario.closure);
  prepared.leontief = InContext(FactoringContext(prepared.package),
                                [&] { return std::make_unique<LeontiefModel>(prepared.model); });
  return prepared;
}

PreparedOneRun PrepareOneRun(const Scenario& scenario) {
  Model package = LoadPackage(scenario);
  const std::optional<RegionalDeltaBasis> basis = LoadDeltaBasisFor(scenario, package);
  const std::string context = FactoringContext(package);
  // AdjustModel(package, ...) without the copy when it would return the package.
  Model adjusted = scenario.uncertainty.adjusts_model()
                       ? AdjustModel(package, scenario.uncertainty, basis ? &*basis : nullptr)
                       : std::move(package);
  package = Model();  // released (or already moved from) before solving
  PreparedOneRun prepared;
  prepared.model =
      std::make_shared<const Model>(WithHouseholdClosure(std::move(adjusted), scenario.closure));
  prepared.leontief = InContext(context, [&] {
    return std::make_unique<LeontiefModel>(prepared.model, RunRightHandSides(scenario));
  });
  return prepared;
}

}  // namespace ripple
