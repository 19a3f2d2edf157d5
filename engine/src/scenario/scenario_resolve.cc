// Checking a parsed scenario against its model.
#include <set>

#include "ripple/base/error.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

std::vector<SectorValue> SectorReferences(const Intervention& intervention) {
  std::vector<SectorValue> references;
  auto add = [&](const SectorValue& sector) {
    if (!sector.sector.empty()) references.push_back(sector);
  };
  auto add_all = [&](const std::vector<SectorValue>& sectors) {
    for (const auto& sector : sectors) add(sector);
  };
  switch (intervention.type) {
    case InterventionType::kDemand:
      add(intervention.demand.sector);
      break;
    case InterventionType::kJobs:
      add(intervention.jobs.sector);
      break;
    case InterventionType::kSubsidy:
      add(intervention.subsidy.recipient_sector);
      add_all(intervention.subsidy.spending.purchases);
      add_all(intervention.subsidy.cofunding_spending.purchases);
      break;
    case InterventionType::kAcquisition: {
      const AcquisitionSpec& a = intervention.acquisition;
      add(a.notary_sector);
      add(a.agency_sector);
      if (!a.works.empty()) add(a.works_sector);
      if (a.floor_area_m2 > 0) add(a.hosted_sector);
      break;
    }
    case InterventionType::kProject:
      for (const auto& capex : intervention.project.capex) add(capex.sector);
      add(intervention.project.operations_sector);
      break;
    case InterventionType::kCluster:
      add(intervention.cluster.sector);
      break;
  }
  return references;
}

void ResolveScenario(const Scenario& scenario, const Model& model) {
  Problems problems;
  AddModelProblems(scenario, model, problems);
  problems.ThrowIfAny();
}

void AddModelProblems(const Scenario& scenario, const Model& model, Problems& problems) {
  const std::string model_name = "model '" + model.info.id + "'";
  for (size_t i = 0; i < scenario.interventions.size(); ++i) {
    const Intervention& intervention = scenario.interventions[i];
    const std::string path = "interventions[" + std::to_string(i + 1) + "]";
    if (!intervention.currency.empty() && intervention.currency != model.info.currency) {
      const SourcePosition& at = intervention.unit_position;
      problems.Add(Located(at.file, at.line, at.column, path + ".unit",
                           "currency '" + intervention.currency + "' differs from the " +
                               model_name + " currency '" + model.info.currency + "'"));
    }
    std::set<std::string> reported;
    for (const SectorValue& reference : SectorReferences(intervention)) {
      if (model.SectorIndex(reference.sector) >= 0 || !reported.insert(reference.sector).second)
        continue;
      std::string message = "unknown sector '" + reference.sector + "' in " + model_name;
      message += DidYouMean(reference.sector, model.sectors);
      const SourcePosition& at = reference.position;
      problems.Add(Located(at.file, at.line, at.column,
                           reference.field.empty() ? path : reference.field, message));
    }
  }
  for (const SatelliteFactor& factor : scenario.uncertainty.satellite_factors) {
    if (model.FindSatellite(factor.name) != nullptr) continue;
    std::vector<std::string> names;
    for (const auto& satellite : model.satellites) names.push_back(satellite.name);
    std::string message = "unknown satellite '" + factor.name + "' in " + model_name;
    message += DidYouMean(factor.name, names);
    const SourcePosition& at = factor.position;
    problems.Add(
        Located(at.file, at.line, at.column, "uncertainty.satellites." + factor.name, message));
  }
  if (scenario.effects == EffectsType::kTypeII && !model.household.enabled()) {
    problems.Add(Located(scenario.file, 0, 0, "effects",
                         model_name +
                             " has no [household] closure, so Type II effects are not "
                             "available: set effects = \"type1\" or use a model with a closure"));
  }
  if (scenario.closure.household_spending_per_euro && !model.household.enabled()) {
    const SourcePosition& at = scenario.closure.position;
    problems.Add(Located(at.file, at.line, at.column, "closure.household_spending_per_euro",
                         model_name +
                             " has no [household] closure: a household spending per euro needs "
                             "one (remove [closure] or use a model with a closure)"));
  }
}

}  // namespace ripple
