// `--set KEY=VALUE` flags: one-off changes to a scenario on the command line
// (syntax and examples: scenarios/README.md, "--set"). They are applied by
// ParseScenario(text, file, overrides) (scenario.h) after `extends` is
// resolved, and recorded in run.json under "overrides".
#pragma once

#include <string>
#include <vector>

#include "ripple/scenario/scenario.h"

namespace ripple {

// Splits "KEY=VALUE" at the first '=' (spaces around KEY and VALUE are
// trimmed). Throws Error(kBadInput) "--set TEXT: expected KEY=VALUE ..." when
// there is no '=' or KEY is empty. VALUE is checked later, when applied.
Override ParseOverride(const std::string& text);

// "KEY=VALUE", the spelling of the flag's argument.
std::string OverrideText(const Override& override_);

}  // namespace ripple
