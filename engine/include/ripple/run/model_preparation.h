// One path from a scenario to the model it runs on, shared by `ripple run`,
// `check`, `compare`, `sensitivity` and `solve`:
//
//   load the package (LoadModel: parse + validate every file)
//   -> resolve the scenario against it (ResolveScenario: sector codes, currency)
//   -> adjust for [uncertainty] at its central values (FLQ delta re-derived,
//      satellite factors; model_uncertainty.h)
//   -> the household closure of [closure] (WithHouseholdClosure)
//   -> factor I - A and the closed system once (LeontiefModel)
//
// Errors are wrapped with the stage that failed ("loading model 'models/x'
// for scenarios/y.toml: ...", "factoring model 'x': ...").
#pragma once

#include <memory>
#include <optional>

#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/run/model_uncertainty.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

// The package model adjusted by `spec` without noise (FLQ delta, satellite
// factors); the package itself when `spec` adjusts nothing. `basis` is needed
// only when spec.flq_delta is set. Throws Error(kBadInput) as
// model_uncertainty.h.
Model AdjustModel(const Model& package, const ModelUncertaintySpec& spec,
                  const RegionalDeltaBasis* basis);

// `model` with the Type II household spending `closure` states: with a
// household_spending_per_euro m, the consumption column of the closure is
// multiplied by m / HouseholdSpendingPerIncome(model), so that households
// spend m per EUR of income (imputed rents excluded, before the local and
// resident shares) with the model's structure by product. `model` unchanged
// for the average closure. Throws Error(kBadInput) located at the key when
// the model has no household spending to rescale.
Model WithHouseholdClosure(Model model, const ClosureSpec& closure);
// Do `a` and `b` give the same closure (the same model)?
bool SameHouseholdClosure(const ClosureSpec& a, const ClosureSpec& b);

// The FLQ basis of the scenario's model when its [uncertainty] sets
// flq_delta (nullopt otherwise). Throws Error(kBadInput) located at
// flq_delta when the model is not a regional FLQ/AFLQ estimate.
std::optional<RegionalDeltaBasis> LoadDeltaBasisFor(const Scenario& scenario, const Model& package);

struct PreparedModel {
  Model package;                                  // as read from scenario.model_path
  std::optional<RegionalDeltaBasis> delta_basis;  // set when [uncertainty] flq_delta is
  Model model;  // package adjusted at the central values, with the scenario's closure
  std::unique_ptr<LeontiefModel> leontief;  // `model` factored
};

// The demand vectors one run of `scenario` solves.
size_t RunRightHandSides(const Scenario& scenario);

// Runs the stages above for `scenario`, for many runs (Monte Carlo draws,
// compare, check reuse it): I - A is factored, and the package is kept beside
// the adjusted model. Throws Error (bad input, I/O, numerical: a household
// closure that is not productive is found only when factoring) with the
// failing stage named.
PreparedModel PrepareModel(const Scenario& scenario);

// The model of one run of `scenario` (`ripple run`) and its LeontiefModel,
// built with LeontiefModel(model, RunRightHandSides(scenario)): a large model
// with few demand vectors is solved iteratively, reading Z in `model` itself
// (shared, leontief.h). Memory: when [uncertainty] adjusts nothing, the package
// becomes the model without a copy, so one n x n matrix (Z) is held from
// loading to the end of the run in iterative mode (an adjusted model is built
// from the package, which is then released). The same stages, errors and
// model (the same bits) as PrepareModel.
struct PreparedOneRun {
  std::shared_ptr<const Model> model;       // as PreparedModel::model; never null
  std::unique_ptr<LeontiefModel> leontief;  // `*model` factored, or shares `model`
};
PreparedOneRun PrepareOneRun(const Scenario& scenario);

}  // namespace ripple
