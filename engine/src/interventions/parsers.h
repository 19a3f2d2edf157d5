// Private: parsing of the type-specific keys of one [[interventions]] table.
// Each Parse<Type> reads its keys into `intervention`, reporting problems via
// `context.fields` ("file:line:col: interventions[i].key: message"); unknown
// keys are rejected by the caller from the list each parser declares.
#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <vector>

#include "base/toml_fields.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

struct InterventionContext {
  const Scenario& scenario;
  TomlFields& fields;
  std::string path;       // "interventions[2]"
  double currency_scale;  // multiply written amounts by this to get base currency units
  std::string Field(const std::string& key) const { return path + "." + key; }
};

// Keys accepted by every intervention type.
extern const std::vector<std::string> kCommonInterventionKeys;

// The keys each type accepts besides the common ones, and its parser.
struct InterventionParser {
  const char* type;
  InterventionType kind;
  std::vector<std::string> keys;
  void (*parse)(const toml::table& table, InterventionContext& context, Intervention& intervention);
};
const std::vector<InterventionParser>& InterventionParsers();

// The scenario's [funders] table into scenario.funders (funders_parse.cc).
void ParseFunders(const toml::table& root, TomlFields& fields, Scenario& scenario);

// The scenario's [closure] table into scenario.closure (closure_parse.cc).
void ParseClosure(const toml::table& root, TomlFields& fields, Scenario& scenario);

void ParseDemand(const toml::table& table, InterventionContext& context,
                 Intervention& intervention);
void ParseJobs(const toml::table& table, InterventionContext& context, Intervention& intervention);
void ParseSubsidy(const toml::table& table, InterventionContext& context,
                  Intervention& intervention);
void ParseAcquisition(const toml::table& table, InterventionContext& context,
                      Intervention& intervention);
void ParseProject(const toml::table& table, InterventionContext& context,
                  Intervention& intervention);
void ParseCluster(const toml::table& table, InterventionContext& context,
                  Intervention& intervention);

// --- helpers shared by the parsers (intervention_common.cc) ---

SourcePosition PositionOf(const std::string& file, const toml::node& node);

// A yearly series written either as `<prefix>` (a constant per year) with
// optional `<prefix_>start_year`/`end_year` keys (default: the horizon), or as
// `<prefix>_by_year = { 2025 = …, … }`. Exactly one form is required when
// `required`. Values are multiplied by `scale`. Years must lie in the horizon.
// Returns an empty series when absent or invalid (problems are reported).
std::vector<YearValue> ParseYearSeries(const toml::table& table, InterventionContext& context,
                                       const std::string& key, double scale, bool required,
                                       const std::string& start_key = "start_year",
                                       const std::string& end_key = "end_year");

// Reports the first share of `series` outside [0, 1] at the key of `table`
// that wrote it (`key`, else `<key>_by_year`) as "<what> 1.5 in 2025 must be
// within [0, 1]" (what = e.g. "occupied share"); false then.
bool CheckYearShares(const toml::table& table, InterventionContext& context, const std::string& key,
                     const std::vector<YearValue>& series, const std::string& what);

// A yearly series of shares (ParseYearSeries, scale 1) checked by
// CheckYearShares; empty when absent or invalid (problems are reported).
std::vector<YearValue> ParseYearShares(const toml::table& table, InterventionContext& context,
                                       const std::string& key, const std::string& what,
                                       bool required, const std::string& start_key = "start_year",
                                       const std::string& end_key = "end_year");

// A sector code at `key` with its position (value 0).
std::optional<SectorValue> ParseSector(const toml::table& table, InterventionContext& context,
                                       const std::string& key, bool required);

// A table of sector = share, e.g. purchases = { J62_J63 = 0.3, N = 0.7 };
// shares must be in [0, 1] and sum to 1 (within 1e-6) when `must_sum_to_one`.
std::vector<SectorValue> ParseSectorShares(const toml::table& table, InterventionContext& context,
                                           const std::string& key, bool must_sum_to_one);

// A number in [low, high] (inclusive), or nullopt when absent/invalid.
std::optional<double> ParseBounded(const toml::table& table, InterventionContext& context,
                                   const std::string& key, double low, double high, bool required);

// An optional `additionality` table in `table`; keys not written keep the
// values of `base` (the scenario-wide values for an intervention).
std::optional<Additionality> ParseAdditionality(const toml::table& table, TomlFields& fields,
                                                const std::string& path, const Additionality& base);

}  // namespace ripple
