#include "ripple/analysis/evaluator.h"

#include "ripple/analysis/metrics.h"
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

const Evaluator::FastPath& Evaluator::Fast() const {
  std::call_once(fast_once_, [&] {
    auto fast = std::make_unique<FastPath>();
    const LeontiefModel& leontief = *prepared_.leontief;
    fast->rows = ComputeMultiplierRows(leontief, leontief.has_type2());
    fast->central_values = template_.CentralValues();
    MetricValues(RunCentral(), fast->central_metrics);
    fast_ = std::move(fast);
  });
  return *fast_;
}

void Evaluator::Metrics(const std::vector<double>& values, RandomStream* noise, bool fast,
                        std::vector<double>& metrics) const {
  const Scenario scenario = template_.Instantiate(values, {});
  if (fast && UsesCentralModel(scenario, noise)) {
    const FastPath& path = Fast();
    if (values == path.central_values) {
      metrics = path.central_metrics;
      return;
    }
    try {
      MetricValues(RunScenarioTotals(scenario, prepared_.model, *prepared_.leontief, &path.rows),
                   metrics);
      return;
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::kNumerical) throw;  // else: the solves say what failed
    }
  }
  MetricValues(RunInstantiated(scenario, noise, true), metrics);
}

bool Evaluator::UsesCentralModel(const Scenario& scenario, const RandomStream* noise) const {
  const ModelUncertaintySpec& spec = scenario.uncertainty;
  const bool perturb = noise != nullptr && spec.technical_coefficients_sigma > 0;
  return !perturb && SameAdjustments(spec, template_.central().uncertainty) &&
         SameHouseholdClosure(scenario.closure, template_.central().closure);
}

RunResult Evaluator::Run(const std::vector<double>& values, const std::vector<Override>& overrides,
                         RandomStream* noise) const {
  return RunInstantiated(template_.Instantiate(values, overrides), noise, false);
}

RunResult Evaluator::RunInstantiated(const Scenario& scenario, RandomStream* noise,
                                     bool totals_only) const {
  const auto run = [&](const Model& model, const LeontiefModel& leontief) {
    return totals_only ? RunScenarioTotals(scenario, model, leontief, nullptr)
                       : RunScenario(scenario, model, leontief, false);
  };
  if (UsesCentralModel(scenario, noise)) return run(prepared_.model, *prepared_.leontief);
  const ModelUncertaintySpec& spec = scenario.uncertainty;
  const bool perturb = noise != nullptr && spec.technical_coefficients_sigma > 0;
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
    PerturbTechnicalCoefficientsInPlace(model, spec.technical_coefficients_sigma, *noise);
  const LeontiefModel leontief(model);
  return run(model, leontief);
}

}  // namespace ripple
