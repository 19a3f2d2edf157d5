// Private: applying `--set KEY=VALUE` overrides to a scenario's TOML table.
//
// KEY is a dotted path of bare TOML keys (letters, digits, '_', '-');
// `interventions.<id>.<rest>` addresses the [[interventions]] table whose
// `id` is <id>. "KEY=VALUE" is parsed as one TOML key/value pair, so VALUE is
// any TOML value. The result merges into the table like `extends` does:
// tables merge key by key, anything else replaces. Parsed nodes carry the
// source name "--set KEY" (columns count within "KEY=VALUE"), so a later
// validation problem with a value or key set here points at the flag.
#pragma once

#include <toml++/toml.h>

#include <vector>

#include "ripple/scenario/scenario.h"

namespace ripple {

// Applies `overrides` in order to `root`, the table of scenario `file` (named
// in messages). Throws Error(kBadInput) "--set KEY=VALUE: ..." for a malformed
// key, an unknown intervention id, or a value that is not TOML. Unknown keys are left for the
// scenario parser, which rejects them with a "did you mean" at "--set KEY:1:col".
void ApplyOverrides(toml::table& root, const std::vector<Override>& overrides,
                    const std::string& file);

}  // namespace ripple
