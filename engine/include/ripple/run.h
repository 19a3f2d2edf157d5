// Running a scenario: every intervention's final-demand shocks, year by year,
// through the Leontief model, split into direct, indirect and induced effects.
//
// For one intervention and year with final demand f (model monetary unit):
//   direct   output = f,              satellite = c .* f
//   indirect output = L f - f,        satellite = c .* (L f - f)
//   induced  output = L* f - L f,     satellite = c .* (L* f - L f)   (Type II only)
//   total    = direct + indirect (+ induced)
// Results are converted to base units for reports: EUR (not million EUR),
// persons (not thousand persons). A job here is one person employed for one
// year; summing a year's jobs over several years gives job-years, never jobs.
#pragma once

#include <string>
#include <vector>

#include "ripple/eigen.h"
#include "ripple/leontief.h"
#include "ripple/model.h"
#include "ripple/multipliers.h"
#include "ripple/scenario.h"

namespace ripple {

enum class Effect { kDirect, kIndirect, kInduced, kTotal };
const char* EffectName(Effect effect);  // "direct", "indirect", "induced", "total"

struct Indicator {
  std::string name;        // "output" or a satellite name
  std::string unit;        // base unit used in reports, e.g. "EUR", "persons"
  double scale = 1.0;      // model units -> report units
  bool employment = false; // counts people: summarised as job-years
  int satellite = -1;      // index in LeontiefModel satellites, -1 for output
};

// Effects of one intervention in one year: values[indicator][effect] is a
// per-sector vector in the indicator's report unit.
struct YearImpact {
  int year = 0;
  double final_demand = 0;  // total final-demand shock, base currency units
  std::vector<std::vector<Vector>> values;
};

struct InterventionImpact {
  std::string id;
  std::string type;
  std::vector<YearImpact> years;  // one per horizon year, in order
};

struct RunResult {
  Scenario scenario;
  ModelInfo model;
  std::vector<std::string> sectors;
  std::vector<Effect> effects;  // effects reported (no kInduced for Type I)
  std::vector<Indicator> indicators;
  std::vector<InterventionImpact> interventions;
  MultiplierTable multipliers;
  std::vector<std::string> warnings;  // guardrails, e.g. shocks large against sector output
};

// Projects the (resolved) scenario through `leontief` built from `model`.
// Precondition: ResolveScenario(scenario, model) passed.
RunResult RunScenario(const Scenario& scenario, const Model& model, const LeontiefModel& leontief);

// Sum over sectors of one indicator/effect for one year of one intervention.
double SectorTotal(const YearImpact& year, size_t indicator, size_t effect);

}  // namespace ripple
