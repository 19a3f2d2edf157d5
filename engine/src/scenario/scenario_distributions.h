// Private: values written as distributions in a scenario's TOML tree
// (distribution.h, scenarios/README.md "Uncertain values").
#pragma once

#include <toml++/toml.h>

#include <string>
#include <vector>

#include "base/toml_fields.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

// Replaces every distribution table ({ dist = ... }) of `root` by a floating
// point node holding the distribution's central value, at the same source
// position, and returns them in document order (tables by key order, arrays
// by index). A bad distribution is reported to `fields` and left in place.
std::vector<UncertainParameter> ExtractDistributions(toml::table& root, TomlFields& fields);

// The node at `address` in `root`, or nullptr.
toml::node* NodeAt(toml::table& root, const std::vector<TomlStep>& address);

// Sets the floating-point value at `address` (a node ExtractDistributions
// created) to `value`, keeping its position. Throws Error(kInternal) when the
// address does not lead to a floating-point node.
void SetValueAt(toml::table& root, const std::vector<TomlStep>& address, double value);

}  // namespace ripple
