// A synthetic, balanced, well-conditioned input-output model of any size, and a
// fingerprint of the LeontiefModel results on it (for bit-for-bit comparisons
// across threads and processes).
#pragma once

#include <cstdint>
#include <string>

#include "ripple/model/leontief.h"
#include "ripple/model/model.h"

namespace ripple::testing {

// n sectors s0001..sNNNN; column sums of A in [0.3, 0.7] (so I - A is strictly
// column diagonally dominant: well conditioned), output in [800, 1200], Z = A x̂,
// final demand columns "households" (60% of x - Z 1) and "other" (40%),
// satellites "compensation" (half of value added, million EUR) and "employment"
// (thousand persons), household closure on "households" (Type II: n + 1 rows).
// Deterministic in `seed`.
Model SyntheticModel(int n, uint64_t seed);

// SyntheticModel(n, seed) with what model.toml needs to be written as a package
// (WriteModelPackage): id `id`, every label "synthetic", year 2020, EUR, million EUR.
Model SyntheticPackageModel(int n, uint64_t seed, const std::string& id);

// Hex FNV-1a of the bits of: x = L f for the total final demand, a 3-column
// Type I solve, the Type II solve with household income, and the Type I and
// Type II output multipliers (weighted column sums of ones).
std::string LeontiefFingerprint(const LeontiefModel& model, const Model& table);

}  // namespace ripple::testing
