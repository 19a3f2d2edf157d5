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

#include "ripple/eigen.h"

namespace ripple::testing {

// 0.5 * 10^-decimals: the rounding interval of a figure printed with `decimals`.
double PrintedTolerance(int decimals);

// CHECKs |computed(j) - published[j]| <= tolerance for every j (naming
// `what` and sectors[j] on failure) and returns the largest absolute error.
// Requires computed.size() == published.size() == sectors.size().
double CheckPublished(const std::string& what, const std::vector<std::string>& sectors,
                      const Vector& computed, const std::vector<double>& published,
                      double tolerance);

// Largest absolute entry of a - b (same shape).
double MaxAbsDifference(const Matrix& a, const Matrix& b);

}  // namespace ripple::testing
