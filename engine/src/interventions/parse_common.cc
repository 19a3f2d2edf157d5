// Helpers shared by the intervention parsers (see intervention_parsers.h).
#include <cmath>

#include "interventions/parsers.h"
#include "ripple/base/csv.h"

namespace ripple {

SourcePosition PositionOf(const std::string& file, const toml::node& node) {
  const toml::source_region& where = node.source();
  const int line = static_cast<int>(where.begin.line);
  // A value from a parent file or from --set carries its own source name.
  return {where.path && line > 0 ? *where.path : file, line, static_cast<int>(where.begin.column)};
}

namespace {

std::string Horizon(const Scenario& scenario) {
  return std::to_string(scenario.start_year) + "-" + std::to_string(scenario.end_year);
}

std::optional<int> YearInHorizon(const toml::table& table, InterventionContext& context,
                                 const std::string& key, int fallback) {
  if (!table.contains(key)) return fallback;
  const auto year = context.fields.Integer(table, key, context.Field(key), false);
  if (!year) return std::nullopt;
  if (*year < context.scenario.start_year || *year > context.scenario.end_year) {
    context.fields.Report(table.get(key), context.Field(key),
                          "year " + std::to_string(*year) + " is outside the scenario horizon " +
                              Horizon(context.scenario));
    return std::nullopt;
  }
  return year;
}

std::vector<YearValue> ByYear(const toml::node& node, InterventionContext& context,
                              const std::string& key, double scale) {
  std::vector<YearValue> series;
  const toml::table* by_year = node.as_table();
  if (by_year == nullptr || by_year->empty()) {
    context.fields.Report(&node, context.Field(key),
                          "expected a table of year = value, e.g. { 2025 = 1.0e6, 2026 = 5.0e5 }");
    return series;
  }
  for (const auto& [year_key, value] : *by_year) {
    const std::string text(year_key.str());
    const std::string field = context.Field(key) + "." + text;
    const bool digits = !text.empty() && text.size() <= 4 &&
                        text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) {
      context.fields.Report(&value, field, "key '" + text + "' is not a year");
      continue;
    }
    const int year = std::stoi(text);
    if (year < context.scenario.start_year || year > context.scenario.end_year) {
      context.fields.Report(
          &value, field,
          "year " + text + " is outside the scenario horizon " + Horizon(context.scenario));
      continue;
    }
    if (const auto number = context.fields.Number(*by_year, text, field, true)) {
      series.push_back({year, *number * scale});
    }
  }
  return series;
}

}  // namespace

std::vector<YearValue> ParseYearSeries(const toml::table& table, InterventionContext& context,
                                       const std::string& key, double scale, bool required,
                                       const std::string& start_key, const std::string& end_key) {
  const std::string by_year_key = key + "_by_year";
  const bool constant = table.contains(key), listed = table.contains(by_year_key);
  if (constant && listed) {
    context.fields.Report(table.get(by_year_key), context.Field(by_year_key),
                          "give either '" + key + "' (per year over a year range) or '" +
                              by_year_key + "', not both");
    return {};
  }
  if (!constant && !listed) {
    if (required) {
      context.fields.Report(
          &table, context.path,
          "missing " + key + ": give '" + key + "' (per year) or '" + by_year_key + "'");
    }
    return {};
  }
  if (listed) {
    for (const auto& k : {start_key, end_key}) {
      if (table.contains(k)) {
        context.fields.Report(table.get(k), context.Field(k),
                              "not allowed with '" + by_year_key + "' (its keys give the years)");
      }
    }
    return ByYear(*table.get(by_year_key), context, by_year_key, scale);
  }
  const auto value = context.fields.Number(table, key, context.Field(key), true);
  const auto first = YearInHorizon(table, context, start_key, context.scenario.start_year);
  const auto last = YearInHorizon(table, context, end_key, context.scenario.end_year);
  if (!value || !first || !last) return {};
  if (*first > *last) {
    context.fields.Report(table.get(end_key), context.Field(end_key),
                          end_key + " " + std::to_string(*last) + " is before " + start_key + " " +
                              std::to_string(*first));
    return {};
  }
  std::vector<YearValue> series;
  for (int year = *first; year <= *last; ++year) series.push_back({year, *value * scale});
  return series;
}

bool CheckYearShares(const toml::table& table, InterventionContext& context, const std::string& key,
                     const std::vector<YearValue>& series, const std::string& what) {
  for (const YearValue& year : series) {
    if (year.value >= 0 && year.value <= 1) continue;
    const std::string written = table.contains(key) ? key : key + "_by_year";
    context.fields.Report(table.get(written), context.Field(written),
                          what + " " + FormatNumber(year.value) + " in " +
                              std::to_string(year.year) + " must be within [0, 1]");
    return false;
  }
  return true;
}

std::vector<YearValue> ParseYearShares(const toml::table& table, InterventionContext& context,
                                       const std::string& key, const std::string& what,
                                       bool required, const std::string& start_key,
                                       const std::string& end_key) {
  std::vector<YearValue> series =
      ParseYearSeries(table, context, key, 1.0, required, start_key, end_key);
  if (!CheckYearShares(table, context, key, series, what)) return {};
  return series;
}

std::optional<SectorValue> ParseSector(const toml::table& table, InterventionContext& context,
                                       const std::string& key, bool required) {
  const auto code = context.fields.String(table, key, context.Field(key), required);
  if (!code) return std::nullopt;
  return SectorValue{*code, 0, PositionOf(context.fields.source(), *table.get(key)),
                     context.Field(key)};
}

std::vector<SectorValue> ParseSectorShares(const toml::table& table, InterventionContext& context,
                                           const std::string& key, bool must_sum_to_one) {
  std::vector<SectorValue> shares;
  const toml::node* node = table.get(key);
  if (node == nullptr) return shares;
  const toml::table* entries = node->as_table();
  if (entries == nullptr || entries->empty()) {
    context.fields.Report(node, context.Field(key),
                          "expected a table of sector = share, e.g. { J62_J63 = 0.4, N = 0.6 }");
    return shares;
  }
  double sum = 0;
  bool valid = true;
  for (const auto& [sector, value] : *entries) {
    const std::string code(sector.str());
    const std::string field = context.Field(key) + "." + code;
    const auto share = context.fields.Number(*entries, code, field, true);
    if (!share) {
      valid = false;
      continue;
    }
    if (*share < 0 || *share > 1) {
      context.fields.Report(&value, field,
                            "share " + FormatNumber(*share) + " must be within [0, 1]");
      valid = false;
    }
    sum += *share;
    shares.push_back({code, *share, PositionOf(context.fields.source(), value), field});
  }
  if (valid && must_sum_to_one && std::abs(sum - 1.0) > 1e-6) {
    context.fields.Report(node, context.Field(key),
                          "shares sum to " + FormatNumber(sum, 6) + ", expected 1");
  }
  return shares;
}

std::optional<double> ParseBounded(const toml::table& table, InterventionContext& context,
                                   const std::string& key, double low, double high, bool required) {
  const auto value = context.fields.Number(table, key, context.Field(key), required);
  if (!value) return std::nullopt;
  if (*value < low || *value > high) {
    context.fields.Report(table.get(key), context.Field(key),
                          "value " + FormatNumber(*value) + " must be within [" +
                              FormatNumber(low) + ", " + FormatNumber(high) + "]");
    return std::nullopt;
  }
  return value;
}

std::optional<Additionality> ParseAdditionality(const toml::table& table, TomlFields& fields,
                                                const std::string& path,
                                                const Additionality& base) {
  const toml::node* node = table.get("additionality");
  if (node == nullptr) return std::nullopt;
  const std::string prefix = path.empty() ? "additionality" : path + ".additionality";
  const toml::table* entries = node->as_table();
  if (entries == nullptr) {
    fields.Report(node, prefix,
                  "expected a table with deadweight, displacement, leakage, substitution");
    return std::nullopt;
  }
  fields.RejectUnknownKeys(*entries, prefix,
                           {"deadweight", "displacement", "leakage", "substitution"});
  Additionality result = base;
  auto read = [&](const char* key, double& target) {
    const auto value = fields.Number(*entries, key, prefix + "." + key, false);
    if (!value) return;
    if (*value < 0 || *value > 1) {
      fields.Report(entries->get(key), prefix + "." + key,
                    "share " + FormatNumber(*value) + " must be within [0, 1]");
      return;
    }
    target = *value;
  };
  read("deadweight", result.deadweight);
  read("displacement", result.displacement);
  read("leakage", result.leakage);
  read("substitution", result.substitution);
  return result;
}

}  // namespace ripple
