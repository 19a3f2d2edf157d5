// Scenario files: what the public authority pays for, year by year.
//
// A scenario is a TOML file (format reference: scenarios/README.md) naming a
// model package, a horizon [start_year, end_year] and a list of interventions.
// Each intervention compiles to final-demand shocks: an amount of final demand
// for a sector's products in a year, in base currency units (e.g. EUR). The
// run projects every shock through the model; results stay attributed to the
// intervention that caused them.
//
// Parsing is in two steps so that `ripple check` and `ripple run` share them:
//   ParseScenario   syntax, types, units and year ranges (no model needed)
//   ResolveScenario sector codes against the model ("did you mean"), currency
// Both collect every problem and throw one Error(kBadInput) listing them, each
// as "file:line:col: field: message".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ripple/model.h"

namespace ripple {

enum class EffectsType {
  kTypeI,   // direct + indirect (open model)
  kTypeII,  // direct + indirect + induced (households closed into the model)
};
// "type1" / "type2", the spelling used in scenario files and reports.
const char* EffectsTypeName(EffectsType type);

enum class InterventionType {
  kDemand,  // a change of final demand for a sector's products
};
const char* InterventionTypeName(InterventionType type);

// Where a value was written, for messages after parsing.
struct SourcePosition {
  std::string file;
  int line = 0, column = 0;
};

// One final-demand change: `amount` base currency units (e.g. EUR, current
// prices of the year) of final demand for `sector`'s products in `year`.
struct DemandShock {
  int year = 0;
  std::string sector;
  SourcePosition sector_position;
  double amount = 0;
};

struct Intervention {
  std::string id;  // unique in the scenario; the `intervention` column of reports
  InterventionType type = InterventionType::kDemand;
  std::string label;  // optional free text
  SourcePosition position;
  std::string currency;  // base currency of the amounts as written (e.g. "EUR")
  SourcePosition unit_position;
  std::vector<DemandShock> shocks;  // ordered by year
};

struct Scenario {
  std::string id;           // default: the file name without .toml
  std::string name;
  std::string description;
  std::string file;         // path of the scenario file as given
  std::string model_path;   // model folder, resolved relative to the scenario file
  int start_year = 0, end_year = 0;  // inclusive horizon
  EffectsType effects = EffectsType::kTypeII;
  // Warn when one year's shock to a sector exceeds this share of the sector's
  // output in the model (linearity of the IO model is then doubtful).
  double shock_warning_share = 0.10;
  std::vector<Intervention> interventions;

  int horizon_years() const { return end_year - start_year + 1; }
};

// Parses `text` (the content of `file`). Paths in the file are resolved
// relative to the folder of `file`.
Scenario ParseScenario(const std::string& text, const std::string& file);

// Reads and parses a scenario file. Throws Error(kIo) when unreadable.
Scenario LoadScenario(const std::string& file);

// Checks the scenario against its model: sector codes exist, amounts are in
// the model's currency, Type II requested only for a model with a household
// closure. Throws Error(kBadInput) listing every problem.
void ResolveScenario(const Scenario& scenario, const Model& model);

}  // namespace ripple
