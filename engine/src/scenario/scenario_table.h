// Private: reading a scenario from its resolved TOML tree (after `extends`
// and `--set`), shared by ParseScenario and ScenarioTemplate.
#pragma once

#include <toml++/toml.h>

#include <string>

#include "ripple/scenario/scenario.h"

namespace ripple {

// Replaces distributions in `root` by their central values (recorded in
// Scenario::uncertain), then reads every key. Throws Error(kBadInput) listing
// every problem.
Scenario ScenarioFromTable(toml::table& root, const std::string& file);

}  // namespace ripple
