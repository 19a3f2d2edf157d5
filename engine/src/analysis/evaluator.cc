#include "ripple/analysis/evaluator.h"

#include "ripple/base/error.h"

namespace ripple {
namespace {

bool SameAdjustments(const ModelUncertaintySpec& a, const ModelUncertaintySpec& b) {
  if (a.flq_delta != b.flq_delta || a.satellite_factors.size() != b.satellite_factors.size())
    return false;
  for (size_t i = 0; i < a.satellite_factors.size(); ++i) {
    if (a.satellite_factors[i].name != b.satellite_factors[i].name ||
        a.satellite_factors[i].factor != b.satellite_factors[i].factor) {
      return false;
    }
  }
  return true;
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

Evaluator::Evaluator(ScenarioTemplate scenario)
    : template_(std::move(scenario)), prepared_(PrepareModel(template_.central())) {
  for (const auto& parameter : template_.parameters()) {
    if (parameter.key == "uncertainty.flq_delta" ||
        parameter.key == "closure.household_spending_per_euro" ||
        StartsWith(parameter.key, "uncertainty.satellites.")) {
      model_varies_ = true;
    }
  }
  model_varies_ = model_varies_ || template_.central().uncertainty.technical_coefficients_sigma > 0;
}

RunResult Evaluator::Run(const std::vector<double>& values, const std::vector<Override>& overrides,
                         RandomStream* noise) const {
  const Scenario scenario = template_.Instantiate(values, overrides);
  const ModelUncertaintySpec& spec = scenario.uncertainty;
  const bool perturb = noise != nullptr && spec.technical_coefficients_sigma > 0;
  if (!perturb && SameAdjustments(spec, template_.central().uncertainty) &&
      SameHouseholdClosure(scenario.closure, template_.central().closure)) {
    return RunScenario(scenario, prepared_.model, *prepared_.leontief, false);
  }
  const Model& package = prepared_.package;
  ResolveScenario(scenario, package);
  std::optional<RegionalDeltaBasis> own_basis;
  if (spec.flq_delta && !prepared_.delta_basis)
    own_basis = LoadDeltaBasisFor(scenario, package);  // throws: not regional
  const RegionalDeltaBasis* basis = prepared_.delta_basis ? &*prepared_.delta_basis
                                    : own_basis           ? &*own_basis
                                                          : nullptr;
  Model model = WithHouseholdClosure(AdjustModel(package, spec, basis), scenario.closure);
  if (perturb)
    model = PerturbTechnicalCoefficients(model, spec.technical_coefficients_sigma, *noise);
  const LeontiefModel leontief(model);
  return RunScenario(scenario, model, leontief, false);
}

}  // namespace ripple
