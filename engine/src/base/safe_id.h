// Private: the rule for scenario and model ids, which name output folders
// (reports/<scenario id>, reports/multipliers-<model id>).
#pragma once

#include <string>

namespace ripple {

// Longest id accepted, in bytes: the folder name adds at most 24 more
// ("-sensitivity.tmp-<pid>"), below the 255 of common file systems.
inline constexpr size_t kMaxIdLength = 100;

// "" when `id` is a valid id: 1 to kMaxIdLength bytes of letters (ASCII or
// any UTF-8 letter), digits, '.', '_' and '-', and not "." or "..". Else the
// rule broken, e.g. "id '../x' may hold only letters, digits, '.', '_' and '-'".
std::string IdProblem(const std::string& id);

}  // namespace ripple
