// Running a scenario: every intervention's compiled events (compile.h), year
// by year, through the Leontief model, split into direct, indirect and
// induced effects. For one intervention and year, with final demand f,
// purchases p, household income w and explicit direct activity d:
//   direct   = c .* f + d
//   indirect = c .* (L (f + p) - f)
//   induced  = c .* (L* [f + p; w] - L (f + p))        (Type II only)
//   total    = direct + indirect (+ induced)
// where c is the indicator's coefficient per unit of output (1 for output).
// Results are gross; net = gross x the intervention's additionality factor.
// Reports use base units: EUR at reporting prices (not million EUR at table
// prices), persons (not thousand persons). A job is one person employed for
// one year; a year's jobs summed over several years are job-years, never jobs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ripple/base/eigen.h"
#include "ripple/interventions/compile.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/model/multipliers.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

enum class Effect { kDirect, kIndirect, kInduced, kTotal };
const char* EffectName(Effect effect);  // "direct", "indirect", "induced", "total"
std::optional<Effect> ParseEffect(std::string_view name);

struct Indicator {
  std::string name;         // "output" or a satellite name
  std::string unit;         // base unit used in reports, e.g. "EUR", "persons"
  double scale = 1.0;       // model units -> report units
  bool employment = false;  // counts people: summarised as job-years
  int satellite = -1;       // index in LeontiefModel satellites, -1 for output
};

// Effects of one intervention in one year: values[indicator][effect] is a
// per-sector vector in the indicator's report unit.
struct YearImpact {
  int year = 0;
  double final_demand =
      0;  // final demand + purchases + household income injected, EUR, reporting prices
  double public_cost = 0;  // EUR, reporting prices
  double outside_region =
      0;  // purchases supplied from outside the model's region, EUR, reporting prices
  double grant_wages = 0;  // wages paid out of the public grant (subsidies), EUR, reporting prices
  std::vector<std::vector<Vector>> values;  // gross; empty in a totals-only run (RunScenarioTotals)
  std::vector<std::vector<double>> totals;  // sum over sectors of each values[k][e] (SectorTotal)
};

struct InterventionImpact {
  std::string id;
  InterventionType type = InterventionType::kDemand;
  double net_factor = 1;  // net = gross x net_factor
  Additionality additionality;
  std::vector<YearImpact> years;      // one per horizon year, in order
  std::vector<ClusterYear> cluster;   // cluster interventions only
  std::vector<BacktestRow> backtest;  // cluster interventions only
  std::vector<std::string> notes;     // how defaults were derived
  std::vector<FunderAmount> funding;  // project type only: each funder's money (reporting prices)
};

struct RunResult {
  Scenario scenario;
  ModelInfo model;
  std::vector<std::string> sectors;
  std::vector<Effect> effects;  // effects reported (no kInduced for Type I)
  std::vector<Indicator> indicators;
  std::vector<InterventionImpact> interventions;
  MultiplierTable multipliers;
  // Household spending per EUR of compensation in the model's Type II closure
  // (HouseholdSpendingPerIncome of the model run: the average propensity, or
  // the scenario's [closure] value when it states one); 0 when the model has
  // none. The VAT base of public finance.
  double household_spending_per_compensation = 0;
  // The closure's imputed-rent sector, left out of household spending ("" = none).
  std::string imputed_rent_sector;
  std::vector<std::string> warnings;  // guardrails, e.g. shocks large against sector output
  std::vector<Override>
      overrides;  // `--set` flags the scenario was parsed with (set by the caller; run.json)
};

// Compiles and projects the (resolved) scenario through `leontief` built from
// `model`. Precondition: ResolveScenario(scenario, model) passed. Throws what
// CompileScenario throws. With `with_multipliers` false, result.multipliers
// stays empty (runs compared draw by draw do not report them).
RunResult RunScenario(const Scenario& scenario, const Model& model, const LeontiefModel& leontief,
                      bool with_multipliers = true);

// Household spending per EUR of income in `model`'s Type II closure (the
// consumption column less imputed rents / the income denominator, before the
// local and resident shares; leontief.cc); 0 when the model has none.
double HouseholdSpendingPerIncome(const Model& model);

// The same run without per-sector vectors (YearImpact::values stays empty, so
// the result serves figures read through result.h: metrics, public finance;
// not the per-sector reports). With `rows` = ComputeMultiplierRows(leontief,
// ...) (multiplier_rows.h) the effect totals are dot products with them, equal
// to RunScenario's to rounding; with nullptr they come from the same solves
// and sums as RunScenario's, bit for bit. Throws as RunScenario, and
// Error(kInternal) when `rows` were not computed from `leontief`'s model.
struct MultiplierRows;
RunResult RunScenarioTotals(const Scenario& scenario, const Model& model,
                            const LeontiefModel& leontief, const MultiplierRows* rows);

// Index of the indicator named `name` in result.indicators, or -1.
int FindIndicator(const RunResult& result, const std::string& name);

// Sum over sectors of one indicator/effect for one year of one intervention.
double SectorTotal(const YearImpact& year, size_t indicator, size_t effect);

}  // namespace ripple
