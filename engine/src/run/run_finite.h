// Private: the last check of a run, so that no report ever shows inf or nan.
#pragma once

#include "ripple/run/run.h"

namespace ripple {

// Throws Error(kNumerical) naming the first figure of `result` that is not a
// finite number (intervention, year, indicator and effect, or the public cost
// or injected demand), e.g. after amounts so large that the sums overflow.
void CheckFiniteResult(const RunResult& result);

}  // namespace ripple
