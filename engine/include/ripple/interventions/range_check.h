// Uncertain values that can contradict each other (issue 12, item 4).
//
// A Monte Carlo draw, a tornado point or a goal-seek step instantiates the
// scenario with values anywhere in the ranges written; a rule that ties two
// keys together (a cluster's capacity, floor_area_m2 / m2_per_job, must host
// base_jobs) can then fail deep into a run, at draw 10,079. CheckUncertainRanges
// finds such contradictions before any work: it instantiates the scenario
// with each uncertain value alone at the two ends of its range, then with
// each pair of uncertain values of one intervention (or of the top level) at
// their four corners, the others at their central values.
//
// The ends of a range are the distribution's bounds (min and max, or the
// 0.0001% and 99.9999% quantiles of an unbounded normal or lognormal). A
// contradiction among three or more values at once is not searched (it is
// rare and would cost 3^k parses); a draw that meets one still stops with a
// located message, as before.
#pragma once

#include "ripple/interventions/scenario_template.h"

namespace ripple {

// Throws Error(kBadInput) at the first contradiction found, naming the
// position of each value involved, its value and which end it is, then the
// rule broken, e.g.
//   "s.toml:101:14: interventions.site.m2_per_job = 13.9 (its max) breaks a
//    rule of the scenario: s.toml:99:17: interventions[2].floor_area_m2:
//    capacity of 1798.56 jobs is below base_jobs 1800 (...); every value of a
//    range must be valid, whatever the other values drawn: narrow the range"
void CheckUncertainRanges(const ScenarioTemplate& scenario);

}  // namespace ripple
