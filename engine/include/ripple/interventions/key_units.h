// The unit of a number of a scenario, named by its `--set` key, for answers
// that print a value of it (`ripple solve`): "EUR, 2023 prices", "share, 0
// to 1", "jobs", "m² per job", ...
#pragma once

#include <string>

#include "ripple/interventions/scenario_template.h"

namespace ripple {

// The unit of the number at `key` ("interventions.<id>.amount",
// "additionality.deadweight", "interventions.<id>.amounts[2]"): money keys in
// the intervention's `unit` as written (e.g. "million EUR") with the price
// year of its amounts; shares, rates, jobs, areas and years by their name
// (scenarios/README.md). "" when the key is not one Ripple knows the unit of.
std::string ScenarioKeyUnit(const ScenarioTemplate& scenario, const std::string& key);

}  // namespace ripple
