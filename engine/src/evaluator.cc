#include "ripple/evaluator.h"

#include "ripple/error.h"

namespace ripple {
namespace {

// Re-throws `error` with `context` prefixed, keeping its kind.
[[noreturn]] void Rethrow(const Error& error, const std::string& context) {
  throw Error(error.kind(), context + ": " + error.what());
}

bool SameAdjustments(const ModelUncertaintySpec& a, const ModelUncertaintySpec& b) {
  if (a.flq_delta != b.flq_delta || a.satellite_factors.size() != b.satellite_factors.size()) return false;
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

std::optional<RegionalDeltaBasis> LoadDeltaBasisFor(const Scenario& scenario, const Model& package) {
  if (!scenario.uncertainty.flq_delta) return std::nullopt;
  try {
    return LoadRegionalDeltaBasis(scenario.model_path, package);
  } catch (const Error& error) {
    const SourcePosition& at = scenario.uncertainty.flq_delta_position;
    throw Error(error.kind(), Located(at.file, at.line, at.column, "uncertainty.flq_delta", error.what()));
  }
}

Model AdjustModel(const Model& package, const ModelUncertaintySpec& spec, const RegionalDeltaBasis* basis) {
  if (!spec.adjusts_model()) return package;
  Model model = spec.flq_delta && basis != nullptr ? WithFlqDelta(package, *basis, *spec.flq_delta) : package;
  for (const SatelliteFactor& factor : spec.satellite_factors) model = ScaleSatellite(model, factor.name, factor.factor);
  return model;
}

Evaluator::Evaluator(ScenarioTemplate scenario) : template_(std::move(scenario)) {
  const Scenario& central = template_.central();
  const std::string context = "loading model '" + central.model_path + "' for " + central.file;
  try {
    package_ = LoadModel(central.model_path);
  } catch (const Error& error) {
    Rethrow(error, context);
  }
  ResolveScenario(central, package_);
  basis_ = LoadDeltaBasisFor(central, package_);
  for (const auto& parameter : template_.parameters()) {
    if (parameter.key == "uncertainty.flq_delta" || StartsWith(parameter.key, "uncertainty.satellites.")) {
      model_varies_ = true;
    }
  }
  model_varies_ = model_varies_ || central.uncertainty.technical_coefficients_sigma > 0;
  central_model_ = AdjustModel(package_, central.uncertainty, basis_ ? &*basis_ : nullptr);
  try {
    central_leontief_ = std::make_unique<LeontiefModel>(central_model_);
  } catch (const Error& error) {
    Rethrow(error, "factoring model '" + package_.info.id + "'");
  }
}

RunResult Evaluator::Run(const std::vector<double>& values, const std::vector<Override>& overrides,
                         RandomStream* noise) const {
  const Scenario scenario = template_.Instantiate(values, overrides);
  const ModelUncertaintySpec& spec = scenario.uncertainty;
  const bool perturb = noise != nullptr && spec.technical_coefficients_sigma > 0;
  if (!perturb && SameAdjustments(spec, template_.central().uncertainty)) {
    return RunScenario(scenario, central_model_, *central_leontief_, false);
  }
  ResolveScenario(scenario, package_);
  std::optional<RegionalDeltaBasis> own_basis;
  if (spec.flq_delta && !basis_) own_basis = LoadDeltaBasisFor(scenario, package_);  // throws: not regional
  const RegionalDeltaBasis* basis = basis_ ? &*basis_ : own_basis ? &*own_basis : nullptr;
  Model model = AdjustModel(package_, spec, basis);
  if (perturb) model = PerturbTechnicalCoefficients(model, spec.technical_coefficients_sigma, *noise);
  const LeontiefModel leontief(model);
  return RunScenario(scenario, model, leontief, false);
}

}  // namespace ripple
