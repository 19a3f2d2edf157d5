// Private: reading a scenario from its resolved TOML tree (after `extends`
// and `--set`), shared by ParseScenario and ScenarioTemplate.
#pragma once

#include <toml++/toml.h>

#include <string>

#include "ripple/scenario/scenario.h"

namespace ripple {

// Replaces distributions in `root` by their central values (recorded in
// Scenario::uncertain), then reads every key. Throws Error(kBadInput) listing
// every problem. `distributions` false: the caller knows `root` has none left
// (a tree whose distributions were replaced before, ScenarioTemplate's), so
// the walk looking for them is skipped and Scenario::uncertain left empty.
Scenario ScenarioFromTable(toml::table& root, const std::string& file, bool distributions = true);

}  // namespace ripple
