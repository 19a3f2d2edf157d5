// Private: reads an uncertain value written as an inline TOML table,
// { dist = "triangular", min = 0.4, mode = 0.55, max = 0.7 }, into a
// Distribution (ripple/distribution.h documents the kinds and their keys).
#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>

#include "base/toml_fields.h"
#include "ripple/base/distribution.h"

namespace ripple {

// True when `node` is a table with a key "dist": a value written as a
// distribution rather than a plain number.
bool IsDistributionTable(const toml::node& node);

// Reads `table` as a distribution. `path` is the dotted field name of the
// value, e.g. "interventions[1].amount"; problems are reported through
// `fields` at the offending key as "file:line:col: <path>.<key>: message":
// an unknown `dist` (with a suggestion), keys not allowed for that kind,
// missing or non-numeric values, and broken rules (min <= mode <= max,
// min <= max, sd >= 0, min <= mean <= max, median > 0, sigma >= 0,
// lambda > 0). Returns nullopt when any problem was reported.
std::optional<Distribution> ReadDistribution(const toml::table& table, const std::string& path,
                                             TomlFields& fields);

}  // namespace ripple
