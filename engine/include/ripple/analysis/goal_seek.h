// `ripple solve`: the value of one scenario number that makes a headline
// figure (metrics.h) reach a target, e.g. the subsidy giving 200 net jobs.
//
// The number (KEY, `--set` syntax) is varied within [low, high]; the other
// uncertain values stay at their central values. The figure is evaluated at
// both ends; if the target is not between them the seek fails with a
// message giving both values. Otherwise the Illinois variant of regula falsi
// (Dowell & Jarratt 1971) narrows the bracket until the figure is within
// `tolerance` x max(1, |target|) of the target. The figure is assumed
// monotone in KEY over the range (linear for amounts in the IO model);
// otherwise one of the crossings is returned.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ripple/analysis/evaluator.h"

namespace ripple {

struct GoalSeekOptions {
  std::string headline;  // a name of HeadlineNames()
  double target = 0;
  std::string key;  // the number varied, e.g. "interventions.plaine-images-subsidy.amount"
  // Range of the key; default: the support of its distribution when it is an
  // uncertain value with finite bounds, else [0, 10 x its central value]
  // when that value is > 0, each end moved toward the central value until the
  // key's rule accepts it (a tenth of the value when 0 is refused, e.g.
  // wage_cost_per_job > 0; 1 for a share). Without either, Error(kBadInput)
  // asks for --range.
  std::optional<double> low, high;
  double tolerance = 1e-9;  // relative to max(1, |target|)
  int max_runs = 200;
};

struct GoalSeekStep {
  double value = 0;   // of the key
  double figure = 0;  // of the headline
};

struct GoalSeekResult {
  double value = 0;                 // of the key at the solution
  double figure = 0;                // of the headline there
  double low = 0, high = 0;         // the range searched
  std::string unit;                 // of the headline
  std::string key_unit;             // of the key varied (key_units.h), "" when unknown
  std::vector<GoalSeekStep> steps;  // every run, in order
};

// Throws Error(kBadInput): unknown headline (with a suggestion), a key that
// is not a number of the scenario, an empty range, a run that breaks a rule
// of the scenario, and "target net_jobs = 200 cannot be reached by varying
// KEY within [LO, HI]: net_jobs is A at LO and B at HI"; Error(kNumerical)
// when the runs do not converge within max_runs.
GoalSeekResult GoalSeek(const Evaluator& evaluator, const GoalSeekOptions& options);

}  // namespace ripple
