// Parsing of scenario files (format: scenarios/README.md): the scenario's own
// keys here, each intervention type's keys in intervention_<type>.cc.
#include "ripple/interventions/scenario_reader.h"

#include <filesystem>
#include <set>

#include "base/safe_id.h"
#include "base/toml_fields.h"
#include "interventions/parsers.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/limits.h"
#include "ripple/base/units.h"
#include "ripple/model/model.h"
#include "ripple/scenario/scenario.h"
#include "scenario/scenario_distributions.h"
#include "scenario/scenario_extends.h"
#include "scenario/scenario_overrides.h"
#include "scenario/scenario_table.h"

namespace ripple {

namespace {

const std::vector<std::string> kScenarioKeys = {"id",
                                                "name",
                                                "description",
                                                "language",
                                                "model",
                                                "start_year",
                                                "end_year",
                                                "effects",
                                                "shock_warning_share",
                                                "price_year",
                                                "amounts_price_year",
                                                "inflation_rate",
                                                "price_index",
                                                "discount_rate",
                                                "discount_base_year",
                                                "public_funds_cost",
                                                "social_contribution_rate",
                                                "additionality",
                                                "interventions",
                                                "extends",
                                                "remove_interventions",
                                                "uncertainty",
                                                "funders",
                                                "closure",
                                                "cluster_warning_share"};

const std::vector<std::string> kUncertaintyKeys = {"technical_coefficients_sigma", "flq_delta",
                                                   "satellites"};

// [uncertainty] (model_uncertainty.h); distributions were replaced by their
// central values before this is read.
void ParseUncertainty(const toml::table& root, TomlFields& fields, Scenario& scenario) {
  const toml::node* node = root.get("uncertainty");
  if (node == nullptr) return;
  const toml::table* table = node->as_table();
  if (table == nullptr) {
    fields.Report(node, "uncertainty", "expected a table ([uncertainty])");
    return;
  }
  fields.RejectUnknownKeys(*table, "uncertainty", kUncertaintyKeys);
  ModelUncertaintySpec& spec = scenario.uncertainty;
  if (const auto sigma = fields.Number(*table, "technical_coefficients_sigma",
                                       "uncertainty.technical_coefficients_sigma", false)) {
    if (*sigma < 0 || *sigma > 1) {
      fields.Report(table->get("technical_coefficients_sigma"),
                    "uncertainty.technical_coefficients_sigma",
                    "value " + FormatNumber(*sigma) +
                        " must be within [0, 1] (sigma of the log of the factor)");
    } else {
      spec.technical_coefficients_sigma = *sigma;
    }
  }
  if (const auto delta = fields.Number(*table, "flq_delta", "uncertainty.flq_delta", false)) {
    if (*delta < 0 || *delta >= 1) {
      fields.Report(table->get("flq_delta"), "uncertainty.flq_delta",
                    "value " + FormatNumber(*delta) + " must be within [0, 1)");
    } else {
      spec.flq_delta = *delta;
      spec.flq_delta_position = PositionOf(fields.source(), *table->get("flq_delta"));
    }
  }
  if (const toml::node* satellites = table->get("satellites")) {
    const toml::table* factors = satellites->as_table();
    if (factors == nullptr) {
      fields.Report(satellites, "uncertainty.satellites",
                    "expected a table of satellite = factor, e.g. { employment = 0.9 }");
      return;
    }
    for (const auto& [key, value] : *factors) {
      const std::string name(key.str());
      const std::string field = "uncertainty.satellites." + name;
      const auto factor = fields.Number(*factors, name, field, true);
      if (!factor) continue;
      if (*factor < 0) {
        fields.Report(&value, field, "factor " + FormatNumber(*factor) + " must be >= 0");
        continue;
      }
      spec.satellite_factors.push_back({name, *factor, PositionOf(fields.source(), value)});
    }
  }
}

// Reads `unit` and returns its scale to base currency units; sets `currency`.
double ReadCurrencyUnit(const toml::table& table, const std::string& path, TomlFields& fields,
                        Intervention& intervention, bool required) {
  const auto text = fields.String(table, "unit", path + ".unit", required);
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

const InterventionParser* FindParser(const std::string& name) {
  const std::optional<InterventionType> type = ParseInterventionType(name);
  for (const auto& parser : InterventionParsers()) {
    if (type == parser.kind) return &parser;
  }
  return nullptr;
}

// `local_share` in [0,1] and, with it, a non-empty `local_share_source`.
void ParseLocalShare(const toml::table& table, TomlFields& fields, const std::string& path,
                     Intervention& intervention) {
  const auto share = fields.Number(table, "local_share", path + ".local_share", false);
  const auto source =
      fields.String(table, "local_share_source", path + ".local_share_source", false);
  if (share && (*share < 0 || *share > 1)) {
    fields.Report(table.get("local_share"), path + ".local_share",
                  "value " + FormatNumber(*share) + " must be within [0, 1]");
    return;
  }
  if (share && (!source || source->empty())) {
    fields.Report(table.get("local_share"), path + ".local_share",
                  "give local_share_source: where the local share " + FormatNumber(*share) +
                      " comes from (survey, tender results, ASSUMPTION with range)");
    return;
  }
  if (source && !share) {
    fields.Report(table.get("local_share_source"), path + ".local_share_source",
                  "local_share_source without local_share");
    return;
  }
  intervention.local_share = share;
  intervention.local_share_source = source.value_or("");
}

Intervention ParseIntervention(const toml::table& table, size_t index, const Scenario& scenario,
                               TomlFields& fields) {
  const std::string path = "interventions[" + std::to_string(index + 1) + "]";
  Intervention intervention;
  intervention.position = PositionOf(fields.source(), table);
  const auto type = fields.String(table, "type", path + ".type", true);
  intervention.id =
      fields.String(table, "id", path + ".id", false)
          .value_or((type ? *type : std::string("intervention")) + "-" + std::to_string(index + 1));
  intervention.label = fields.String(table, "label", path + ".label", false).value_or("");
  if (!type) return intervention;
  const InterventionParser* parser = FindParser(*type);
  if (parser == nullptr) {
    std::vector<std::string> known;
    for (const auto& p : InterventionParsers()) known.push_back(p.type);
    fields.Report(table.get("type"), path + ".type",
                  "unknown intervention type '" + *type + "'" + DidYouMean(*type, known));
    return intervention;
  }
  intervention.type = parser->kind;
  std::vector<std::string> keys = kCommonInterventionKeys;
  keys.insert(keys.end(), parser->keys.begin(), parser->keys.end());
  fields.RejectUnknownKeys(table, path, keys);
  intervention.additionality = ParseAdditionality(table, fields, path, scenario.additionality);
  intervention.amounts_price_year =
      fields.Year(table, "amounts_price_year", path + ".amounts_price_year", false);
  ParseLocalShare(table, fields, path, intervention);
  // Every type but `jobs` has money in it; `jobs` needs a unit only for its public cost.
  const bool needs_unit = parser->kind != InterventionType::kJobs ||
                          table.contains("public_cost") || table.contains("public_cost_by_year");
  InterventionContext context{scenario, fields, path,
                              ReadCurrencyUnit(table, path, fields, intervention, needs_unit)};
  parser->parse(table, context, intervention);
  return intervention;
}

void ParseAppraisal(const toml::table& root, TomlFields& fields, Scenario& scenario) {
  Appraisal& a = scenario.appraisal;
  a.price_year = fields.Year(root, "price_year", "price_year", false).value_or(scenario.start_year);
  a.amounts_price_year =
      fields.Year(root, "amounts_price_year", "amounts_price_year", false).value_or(a.price_year);
  a.discount_base_year = fields.Year(root, "discount_base_year", "discount_base_year", false)
                             .value_or(scenario.start_year);
  auto rate = [&](const char* key, double& target, double low, double high) {
    const auto value = fields.Number(root, key, key, false);
    if (!value) return;
    if (*value < low || *value > high) {
      fields.Report(root.get(key), key,
                    "value " + FormatNumber(*value) + " must be within [" + FormatNumber(low) +
                        ", " + FormatNumber(high) + "]");
      return;
    }
    target = *value;
  };
  rate("inflation_rate", a.inflation_rate, -0.5, 1.0);
  rate("discount_rate", a.discount_rate, 0.0, 1.0);
  rate("public_funds_cost", a.public_funds_cost, 1.0, 5.0);
  rate("social_contribution_rate", a.social_contribution_rate, 0.0, 1.0);
  if (const toml::node* node = root.get("price_index")) {
    const toml::table* index = node->as_table();
    if (index == nullptr || index->empty()) {
      fields.Report(node, "price_index",
                    "expected a table of year = index, e.g. { 2021 = 100, 2022 = 105.2 }");
      return;
    }
    for (const auto& [key, value] : *index) {
      const std::string year(key.str());
      const auto number = fields.Number(*index, year, "price_index." + year, true);
      const bool digits =
          year.size() == 4 && year.find_first_not_of("0123456789") == std::string::npos;
      if (!digits) {
        fields.Report(&value, "price_index." + year, "key '" + year + "' is not a year");
      } else if (number && !(*number > 0)) {
        fields.Report(&value, "price_index." + year,
                      "index " + FormatNumber(*number) + " must be > 0");
      } else if (number) {
        a.price_index.push_back({std::stoi(year), *number});
      }
    }
  }
}

void ParseHeader(const toml::table& root, TomlFields& fields, Scenario& scenario) {
  namespace fs = std::filesystem;
  const auto id = fields.String(root, "id", "id", false);
  scenario.id = id.value_or(fs::path(scenario.file).stem().string());
  if (const std::string problem = IdProblem(scenario.id); !problem.empty()) {
    fields.Report(
        id ? root.get("id") : nullptr, "id",
        id ? problem
           : problem + ": the id defaults to the file name; write id = \"...\" in the file");
  }
  scenario.name = fields.String(root, "name", "name", true).value_or("");
  scenario.description = fields.String(root, "description", "description", false).value_or("");
  if (const auto language = fields.String(root, "language", "language", false)) {
    if (*language == "fr" || *language == "en") {
      scenario.language = *language;
    } else {
      fields.Report(root.get("language"), "language",
                    "unknown value '" + *language + "' (expected \"fr\" or \"en\")");
    }
  }
  if (const auto model = fields.String(root, "model", "model", true)) {
    // Relative to the file that wrote it (a parent, through `extends`).
    const auto& written_in = root.get("model")->source().path;
    const fs::path base = fs::path(written_in ? *written_in : scenario.file).parent_path();
    scenario.model_path = (base / *model).lexically_normal().string();
  }
  const auto start = fields.Year(root, "start_year", "start_year", true);
  const auto end = fields.Year(root, "end_year", "end_year", true);
  scenario.start_year = start.value_or(0);
  scenario.end_year = end.value_or(0);
  if (start && end && *end < *start) {
    fields.Report(
        root.get("end_year"), "end_year",
        "end_year " + std::to_string(*end) + " is before start_year " + std::to_string(*start));
  } else if (start && end && *end - *start + 1 > kMaxHorizonYears) {
    fields.Report(root.get("end_year"), "end_year",
                  "horizon " + std::to_string(*start) + "-" + std::to_string(*end) + " is " +
                      std::to_string(*end - *start + 1) + " years long, more than the " +
                      std::to_string(kMaxHorizonYears) + " Ripple projects");
  }
  if (const auto effects = fields.String(root, "effects", "effects", false)) {
    if (const auto type = ParseEffectsType(*effects)) {
      scenario.effects = *type;
    } else {
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
  if (const auto share =
          fields.Number(root, "cluster_warning_share", "cluster_warning_share", false)) {
    if (!(*share > 0)) {
      fields.Report(root.get("cluster_warning_share"), "cluster_warning_share",
                    "value " + FormatNumber(*share) + " must be > 0");
    }
    scenario.cluster_warning_share = *share;
  }
  ParseAppraisal(root, fields, scenario);
  if (auto additionality = ParseAdditionality(root, fields, "", scenario.additionality)) {
    scenario.additionality = *additionality;
  }
}

// With parse problems, what the model would also reject (unknown sectors,
// currencies, Type II without closure) is listed in the same error, so that
// one run shows every problem. A model that cannot be loaded adds nothing
// here: its own error comes once the scenario parses.
void AddProblemsOfPartialScenario(const Scenario& scenario, Problems& problems) {
  if (scenario.model_path.empty()) return;
  std::error_code error;
  if (!std::filesystem::is_directory(scenario.model_path, error)) return;
  try {
    AddModelProblems(scenario, LoadModel(scenario.model_path), problems);
  } catch (const std::exception&) {  // reported by the run that loads it
  }
}

}  // namespace

Scenario ParseScenario(const std::string& text, const std::string& file) {
  return ParseScenario(text, file, {});
}

Scenario ParseScenario(const std::string& text, const std::string& file,
                       const std::vector<Override>& overrides) {
  toml::table root = LoadScenarioTable(text, file);
  ApplyOverrides(root, overrides, file);
  return ScenarioFromTable(root, file);
}

Scenario ScenarioFromTable(toml::table& root, const std::string& file, bool distributions) {
  Problems problems;
  Scenario scenario;
  scenario.file = file;
  TomlFields fields(file, problems);
  if (distributions) scenario.uncertain = ExtractDistributions(root, fields);
  fields.RejectUnknownKeys(root, "", kScenarioKeys);
  ParseHeader(root, fields, scenario);
  ParseUncertainty(root, fields, scenario);
  ParseFunders(root, fields, scenario);
  ParseClosure(root, fields, scenario);
  const toml::node* list = root.get("interventions");
  const toml::array* interventions = list ? list->as_array() : nullptr;
  // Interventions are read only within a valid horizon (their years are checked against it).
  const bool horizon_valid = scenario.start_year >= kMinYear && scenario.end_year <= kMaxYear &&
                             scenario.start_year <= scenario.end_year &&
                             scenario.end_year - scenario.start_year < kMaxHorizonYears;
  if (list != nullptr && (interventions == nullptr || !interventions->is_array_of_tables())) {
    fields.Report(list, "interventions", "expected [[interventions]] tables");
  } else if (interventions == nullptr || interventions->empty()) {
    fields.Report(&root, "interventions", "no [[interventions]]: a scenario needs at least one");
  } else if (horizon_valid) {
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
  if (!problems.empty()) AddProblemsOfPartialScenario(scenario, problems);
  problems.ThrowIfAny();
  return scenario;
}

Scenario LoadScenario(const std::string& file) { return ParseScenario(ReadFile(file), file); }

}  // namespace ripple
