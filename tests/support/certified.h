// Tolerance helpers for the certified-answer tests (tests/certified_*_test.cc):
// computed values against figures printed in a publication.
//
// A figure printed with d decimals is matched when the computed value lies
// within half a unit of its last digit: PrintedTolerance(d) = 0.5 * 10^-d.
// Full-precision published files (e.g. ONS spreadsheets) use an explicit
// absolute tolerance instead.
#pragma once

#include <string>
#include <vector>

#include "ripple/base/eigen.h"
#include "ripple/model/multipliers.h"

namespace ripple::testing {

// 0.5 * 10^-decimals: the rounding interval of a figure printed with `decimals`.
double PrintedTolerance(int decimals);

// CHECKs |computed(j) - published[j]| <= tolerance for every j (naming
// `what` and sectors[j] on failure) and returns the largest absolute error.
// Requires computed.size() == published.size() == sectors.size().
double CheckPublished(const std::string& what, const std::vector<std::string>& sectors,
                      const Vector& computed, const std::vector<double>& published,
                      double tolerance);
// The same with the published values in a Vector (e.g. read from a file).
double CheckPublishedVector(const std::string& what, const std::vector<std::string>& sectors,
                            const Vector& computed, const Vector& published, double tolerance);

// The multipliers of satellite `name`; REQUIREs that it is in `table`.
const SatelliteMultipliers& FindMultipliers(const MultiplierTable& table, const std::string& name);

// Largest absolute entry of a - b (same shape).
double MaxAbsDifference(const Matrix& a, const Matrix& b);

}  // namespace ripple::testing
