// Parsing of scenario files (format: scenarios/README.md).
#include <filesystem>
#include <set>

#include "ripple/csv.h"
#include "ripple/error.h"
#include "ripple/scenario.h"
#include "ripple/units.h"
#include "toml_fields.h"

namespace ripple {

const char* EffectsTypeName(EffectsType type) {
  return type == EffectsType::kTypeI ? "type1" : "type2";
}

const char* InterventionTypeName(InterventionType type) {
  switch (type) {
    case InterventionType::kDemand:
      return "demand";
  }
  return "unknown";
}

namespace {

const std::vector<std::string> kScenarioKeys = {
    "id", "name", "description", "model", "start_year", "end_year", "effects",
    "shock_warning_share", "interventions"};
const std::vector<std::string> kDemandKeys = {
    "id", "type", "label", "sector", "unit", "amount", "start_year", "end_year", "amount_by_year"};
const std::vector<std::string> kInterventionTypes = {"demand"};

SourcePosition PositionOf(const std::string& file, const toml::node& node) {
  return {file, static_cast<int>(node.source().begin.line),
          static_cast<int>(node.source().begin.column)};
}

// Reads `unit` and returns its scale to base currency units; sets `currency`.
double ReadCurrencyUnit(const toml::table& table, const std::string& path, TomlFields& fields,
                        Intervention& intervention) {
  const auto text = fields.String(table, "unit", path + ".unit", true);
  if (!text) return 1.0;
  intervention.unit_position = PositionOf(fields.source(), *table.get("unit"));
  try {
    const Unit unit = ParseUnit(*text, "");
    intervention.currency = unit.base;
    return unit.scale;
  } catch (const Error&) {
    fields.Report(table.get("unit"), path + ".unit", "empty unit (write e.g. \"EUR\" or \"MEUR\")");
    return 1.0;
  }
}

// Reads a year key and checks it lies in the horizon.
std::optional<int> ReadYear(const toml::table& table, const std::string& key,
                            const std::string& path, const Scenario& scenario, TomlFields& fields,
                            int fallback) {
  if (!table.contains(key)) return fallback;
  const auto year = fields.Integer(table, key, path, false);
  if (year && (*year < scenario.start_year || *year > scenario.end_year)) {
    fields.Report(table.get(key), path,
                  "year " + std::to_string(*year) + " is outside the scenario horizon " +
                      std::to_string(scenario.start_year) + "-" + std::to_string(scenario.end_year));
    return std::nullopt;
  }
  return year;
}

void ParseDemandAmounts(const toml::table& table, const std::string& path,
                        const Scenario& scenario, TomlFields& fields, double scale,
                        const std::string& sector, const SourcePosition& sector_position,
                        Intervention& intervention) {
  const bool has_amount = table.contains("amount"), has_list = table.contains("amount_by_year");
  if (has_amount == has_list) {
    fields.Report(&table, path,
                  has_amount ? "give either 'amount' (per year over a year range) or "
                               "'amount_by_year', not both"
                             : "missing amount: give 'amount' (per year) or 'amount_by_year'");
    return;
  }
  auto add = [&](int year, double amount) {
    intervention.shocks.push_back({year, sector, sector_position, amount * scale});
  };
  if (has_amount) {
    const auto amount = fields.Number(table, "amount", path + ".amount", true);
    const auto first = ReadYear(table, "start_year", path + ".start_year", scenario, fields,
                                scenario.start_year);
    const auto last = ReadYear(table, "end_year", path + ".end_year", scenario, fields,
                               scenario.end_year);
    if (!amount || !first || !last) return;
    if (*first > *last) {
      fields.Report(table.get("end_year"), path + ".end_year",
                    "end_year " + std::to_string(*last) + " is before start_year " +
                        std::to_string(*first));
      return;
    }
    for (int year = *first; year <= *last; ++year) add(year, *amount);
    return;
  }
  for (const char* key : {"start_year", "end_year"}) {
    if (table.contains(key)) {
      fields.Report(table.get(key), path + "." + key,
                    "not allowed with 'amount_by_year' (its keys give the years)");
    }
  }
  const toml::table* by_year = table.get("amount_by_year")->as_table();
  if (by_year == nullptr || by_year->empty()) {
    fields.Report(table.get("amount_by_year"), path + ".amount_by_year",
                  "expected a table of year = amount, e.g. { 2025 = 1.0e6, 2026 = 5.0e5 }");
    return;
  }
  for (const auto& [key, node] : *by_year) {
    const std::string year_text(key.str());
    const std::string field = path + ".amount_by_year." + year_text;
    double year_value = 0;
    const bool integral = ParseDouble(year_text, year_value) && year_value == static_cast<int>(year_value) &&
                          year_text.find_first_not_of("0123456789") == std::string::npos;
    if (!integral) {
      fields.Report(&node, field, "key '" + year_text + "' is not a year");
      continue;
    }
    const int year = static_cast<int>(year_value);
    if (year < scenario.start_year || year > scenario.end_year) {
      fields.Report(&node, field, "year " + year_text + " is outside the scenario horizon " +
                                      std::to_string(scenario.start_year) + "-" +
                                      std::to_string(scenario.end_year));
      continue;
    }
    if (const auto amount = fields.Number(*by_year, year_text, field, true)) add(year, *amount);
  }
}

Intervention ParseIntervention(const toml::table& table, size_t index, const Scenario& scenario,
                               TomlFields& fields) {
  const std::string path = "interventions[" + std::to_string(index + 1) + "]";
  Intervention intervention;
  intervention.position = PositionOf(fields.source(), table);
  const auto type = fields.String(table, "type", path + ".type", true);
  intervention.id = fields.String(table, "id", path + ".id", false)
                        .value_or((type ? *type : std::string("intervention")) + "-" +
                                  std::to_string(index + 1));
  intervention.label = fields.String(table, "label", path + ".label", false).value_or("");
  if (!type) return intervention;
  if (*type != "demand") {
    std::string message = "unknown intervention type '" + *type + "' (known: demand)";
    const std::string guess = ClosestMatch(*type, kInterventionTypes);
    if (!guess.empty()) message = "unknown intervention type '" + *type + "' (did you mean '" + guess + "'?)";
    fields.Report(table.get("type"), path + ".type", message);
    return intervention;
  }
  fields.RejectUnknownKeys(table, path, kDemandKeys);
  const auto sector = fields.String(table, "sector", path + ".sector", true);
  const double scale = ReadCurrencyUnit(table, path, fields, intervention);
  if (!sector) return intervention;
  ParseDemandAmounts(table, path, scenario, fields, scale, *sector,
                     PositionOf(fields.source(), *table.get("sector")), intervention);
  return intervention;
}

void ParseHeader(const toml::table& root, TomlFields& fields, Scenario& scenario) {
  namespace fs = std::filesystem;
  scenario.id = fields.String(root, "id", "id", false)
                    .value_or(fs::path(scenario.file).stem().string());
  scenario.name = fields.String(root, "name", "name", true).value_or("");
  scenario.description = fields.String(root, "description", "description", false).value_or("");
  if (const auto model = fields.String(root, "model", "model", true)) {
    const fs::path base = fs::path(scenario.file).parent_path();
    scenario.model_path = (base / *model).lexically_normal().string();
  }
  scenario.start_year = fields.Integer(root, "start_year", "start_year", true).value_or(0);
  scenario.end_year = fields.Integer(root, "end_year", "end_year", true).value_or(0);
  if (root.contains("start_year") && root.contains("end_year") && scenario.end_year < scenario.start_year) {
    fields.Report(root.get("end_year"), "end_year",
                  "end_year " + std::to_string(scenario.end_year) + " is before start_year " +
                      std::to_string(scenario.start_year));
  }
  if (const auto effects = fields.String(root, "effects", "effects", false)) {
    if (*effects == "type1") {
      scenario.effects = EffectsType::kTypeI;
    } else if (*effects != "type2") {
      fields.Report(root.get("effects"), "effects",
                    "unknown value '" + *effects + "' (expected \"type1\" or \"type2\")");
    }
  }
  if (const auto share = fields.Number(root, "shock_warning_share", "shock_warning_share", false)) {
    if (!(*share > 0)) {
      fields.Report(root.get("shock_warning_share"), "shock_warning_share",
                    "value " + FormatNumber(*share) + " must be > 0");
    }
    scenario.shock_warning_share = *share;
  }
}

}  // namespace

Scenario ParseScenario(const std::string& text, const std::string& file) {
  Problems problems;
  Scenario scenario;
  scenario.file = file;
  const toml::table root = ParseTomlText(text, file);
  TomlFields fields(file, problems);
  fields.RejectUnknownKeys(root, "", kScenarioKeys);
  ParseHeader(root, fields, scenario);
  const toml::node* list = root.get("interventions");
  const toml::array* interventions = list ? list->as_array() : nullptr;
  if (list != nullptr && (interventions == nullptr || !interventions->is_array_of_tables())) {
    fields.Report(list, "interventions", "expected [[interventions]] tables");
  } else if (interventions == nullptr || interventions->empty()) {
    fields.Report(&root, "interventions", "no [[interventions]]: a scenario needs at least one");
  } else if (root.contains("start_year") && root.contains("end_year") &&
             scenario.start_year <= scenario.end_year) {
    std::set<std::string> ids;
    for (size_t i = 0; i < interventions->size(); ++i) {
      const toml::table& table = *interventions->get(i)->as_table();
      Intervention intervention = ParseIntervention(table, i, scenario, fields);
      if (!ids.insert(intervention.id).second) {
        fields.Report(table.contains("id") ? table.get("id") : &table,
                      "interventions[" + std::to_string(i + 1) + "].id",
                      "id '" + intervention.id + "' is used twice");
      }
      scenario.interventions.push_back(std::move(intervention));
    }
  }
  problems.ThrowIfAny();
  return scenario;
}

Scenario LoadScenario(const std::string& file) { return ParseScenario(ReadFile(file), file); }

void ResolveScenario(const Scenario& scenario, const Model& model) {
  Problems problems;
  const std::string model_name = "model '" + model.info.id + "'";
  for (size_t i = 0; i < scenario.interventions.size(); ++i) {
    const Intervention& intervention = scenario.interventions[i];
    const std::string path = "interventions[" + std::to_string(i + 1) + "]";
    if (!intervention.currency.empty() && intervention.currency != model.info.currency) {
      const SourcePosition& at = intervention.unit_position;
      problems.Add(Located(at.file, at.line, at.column, path + ".unit",
                           "currency '" + intervention.currency + "' differs from the " +
                               model_name + " currency '" + model.info.currency + "'"));
    }
    std::set<std::string> reported;
    for (const DemandShock& shock : intervention.shocks) {
      if (model.SectorIndex(shock.sector) >= 0 || !reported.insert(shock.sector).second) continue;
      std::string message = "unknown sector '" + shock.sector + "' in " + model_name;
      const std::string guess = ClosestMatch(shock.sector, model.sectors);
      if (!guess.empty()) message += " (did you mean '" + guess + "'?)";
      const SourcePosition& at = shock.sector_position;
      problems.Add(Located(at.file, at.line, at.column, path + ".sector", message));
    }
  }
  if (scenario.effects == EffectsType::kTypeII && !model.household.enabled()) {
    problems.Add(Located(scenario.file, 0, 0, "effects",
                         model_name + " has no [household] closure, so Type II effects are not "
                         "available: set effects = \"type1\" or use a model with a closure"));
  }
  problems.ThrowIfAny();
}

}  // namespace ripple
