// type = "cluster": firm dynamics of a cluster (model: ripple/cluster.h;
// format: scenarios/README.md).
#include <algorithm>

#include "interventions/parsers.h"
#include "ripple/base/csv.h"
#include "ripple/interventions/cluster.h"

namespace ripple {

// clang-format off
const std::vector<std::string> kClusterKeys = {
    "sector", "base_year", "base_companies", "base_jobs", "arrivals_per_year", "jobs_per_new_firm",
    "survival_by_age", "survival_rate", "incumbent_survival_rate", "job_growth_rate",
    "incumbent_job_growth_rate", "revenue_per_job", "capacity_jobs", "floor_area_m2", "m2_per_job",
    "capacity_priority", "feed_model", "public_cost_per_year", "calibrate", "observations"};
// clang-format on

namespace {

const std::vector<std::string> kObservationKeys = {"year",    "companies", "jobs",
                                                   "revenue", "use",       "source"};

bool Calibrated(const ClusterSpec& spec, const std::string& name) {
  return std::find(spec.calibrate.begin(), spec.calibrate.end(), name) != spec.calibrate.end();
}

// A number at `key` that must be > 0 (`strict`) or >= 0; nullopt when absent or invalid.
std::optional<double> NonNegative(const toml::table& table, InterventionContext& context,
                                  const std::string& key, bool required, bool strict) {
  const auto value = context.fields.Number(table, key, context.Field(key), required);
  if (!value) return std::nullopt;
  if (strict ? !(*value > 0) : *value < 0) {
    context.fields.Report(
        table.get(key), context.Field(key),
        "value " + FormatNumber(*value) + (strict ? " must be > 0" : " must be >= 0"));
    return std::nullopt;
  }
  return value;
}

void ParseCalibrate(const toml::table& table, InterventionContext& context, ClusterSpec& spec) {
  const toml::node* node = table.get("calibrate");
  if (node == nullptr) return;
  const toml::array* names = node->as_array();
  if (names == nullptr) {
    context.fields.Report(node, context.Field("calibrate"),
                          "expected an array of parameter names, e.g. [\"arrivals_per_year\"]");
    return;
  }
  for (const auto& item : *names) {
    const auto* text = item.as_string();
    const std::string name = text ? text->get() : "";
    std::string problem;
    if (text == nullptr) {
      problem = "expected a parameter name (a string)";
    } else if (Calibrated(spec, name)) {
      problem = "parameter '" + name + "' is listed twice";
    } else if (std::find(kClusterCalibratable.begin(), kClusterCalibratable.end(), name) ==
               kClusterCalibratable.end()) {
      problem = "cannot calibrate '" + name + "'" + DidYouMean(name, kClusterCalibratable) +
                "; parameters: " + Join(kClusterCalibratable);
    }
    if (problem.empty()) {
      spec.calibrate.push_back(name);
    } else {
      context.fields.Report(&item, context.Field("calibrate"), problem);
    }
  }
}

// A parameter that may be fitted: required unless listed in `calibrate`, and
// then not allowed (its value is fitted).
std::optional<double> Fittable(const toml::table& table, InterventionContext& context,
                               const ClusterSpec& spec, const std::string& key, double low,
                               double high, bool required) {
  if (!Calibrated(spec, key)) return ParseBounded(table, context, key, low, high, required);
  if (table.contains(key)) {
    context.fields.Report(table.get(key), context.Field(key),
                          "'" + key + "' is listed in calibrate, so its value is fitted: " +
                              "remove the key or remove it from calibrate");
  }
  return std::nullopt;
}

void ParseBase(const toml::table& table, InterventionContext& context, ClusterSpec& spec) {
  if (const auto year = context.fields.Year(table, "base_year", context.Field("base_year"), true)) {
    if (*year > context.scenario.end_year) {
      context.fields.Report(
          table.get("base_year"), context.Field("base_year"),
          "base_year " + std::to_string(*year) + " is after the scenario horizon " +
              std::to_string(context.scenario.start_year) + "-" +
              std::to_string(context.scenario.end_year) + " (it must lie inside or before it)");
    }
    spec.base_year = *year;
  }
  spec.base_companies = NonNegative(table, context, "base_companies", true, true).value_or(0);
  spec.base_jobs = NonNegative(table, context, "base_jobs", true, true).value_or(0);
}

void ParseSurvival(const toml::table& table, InterventionContext& context, ClusterSpec& spec) {
  const bool by_age = table.contains("survival_by_age"), constant = table.contains("survival_rate");
  if (by_age && constant) {
    context.fields.Report(table.get("survival_rate"), context.Field("survival_rate"),
                          "give either 'survival_by_age' or 'survival_rate', not both");
    return;
  }
  if (!by_age && !constant) {
    context.fields.Report(
        &table, context.path,
        "missing survival: give 'survival_by_age' (annual rates by age) or 'survival_rate' "
        "(one constant annual rate)");
    return;
  }
  if (constant) {
    spec.survival_rate = ParseBounded(table, context, "survival_rate", 0, 1, true).value_or(1);
    return;
  }
  const toml::node* node = table.get("survival_by_age");
  const toml::array* rates = node->as_array();
  if (rates == nullptr || rates->empty()) {
    context.fields.Report(
        node, context.Field("survival_by_age"),
        "expected a non-empty array of annual survival rates by age, e.g. [0.97, 0.93, 0.93]");
    return;
  }
  for (size_t i = 0; i < rates->size(); ++i) {
    const toml::node& item = *rates->get(i);
    const std::string field = context.Field("survival_by_age[" + std::to_string(i + 1) + "]");
    const auto value = item.value<double>();
    if (!item.is_number() || !value) {
      context.fields.Report(&item, field, "expected a number");
    } else if (*value < 0 || *value > 1) {
      context.fields.Report(&item, field,
                            "value " + FormatNumber(*value) + " must be within [0, 1]");
    } else {
      spec.survival_by_age.push_back(*value);
    }
  }
}

void ParseDynamics(const toml::table& table, InterventionContext& context, ClusterSpec& spec) {
  spec.arrivals_per_year =
      Fittable(table, context, spec, "arrivals_per_year", 0, 1e9, true).value_or(0);
  spec.jobs_per_new_firm =
      NonNegative(table, context, "jobs_per_new_firm", true, false).value_or(0);
  ParseSurvival(table, context, spec);
  if (const auto rate = Fittable(table, context, spec, "incumbent_survival_rate", 0, 1, false)) {
    spec.incumbent_survival_rate = rate;
  }
  spec.job_growth_rate =
      Fittable(table, context, spec, "job_growth_rate", -1, 1, false).value_or(0);
  spec.incumbent_job_growth_rate =
      Fittable(table, context, spec, "incumbent_job_growth_rate", -1, 1, false).value_or(0);
  spec.revenue_per_job = NonNegative(table, context, "revenue_per_job", true, true).value_or(0) *
                         context.currency_scale;
}

void ParseCapacity(const toml::table& table, InterventionContext& context, ClusterSpec& spec) {
  const bool direct = table.contains("capacity_jobs");
  const bool area = table.contains("floor_area_m2") || table.contains("m2_per_job");
  const char* key = direct ? "capacity_jobs" : "floor_area_m2";
  if (direct && area) {
    context.fields.Report(
        table.get("capacity_jobs"), context.Field("capacity_jobs"),
        "give either 'capacity_jobs' or 'floor_area_m2' with 'm2_per_job', not both");
    return;
  }
  if (direct) {
    spec.capacity_jobs = NonNegative(table, context, "capacity_jobs", true, true).value_or(0);
  } else if (area) {
    const auto floor_area = NonNegative(table, context, "floor_area_m2", true, true);
    const auto m2_per_job = NonNegative(table, context, "m2_per_job", true, true);
    if (!floor_area || !m2_per_job) return;
    spec.floor_area_m2 = *floor_area;
    spec.m2_per_job = *m2_per_job;
    spec.capacity_jobs = *floor_area / *m2_per_job;
  }
  if (const auto name = context.fields.String(table, "capacity_priority",
                                              context.Field("capacity_priority"), false)) {
    if (const auto priority = ParseCapacityPriority(*name)) {
      spec.capacity_priority = *priority;
    } else {
      context.fields.Report(table.get("capacity_priority"), context.Field("capacity_priority"),
                            "'" + *name + "' must be \"arrivals\" or \"survivors\"");
    }
  }
  if (spec.capacity_jobs > 0 && spec.base_jobs > 0 && spec.capacity_jobs < spec.base_jobs) {
    context.fields.Report(table.get(key), context.Field(key),
                          "capacity of " + FormatNumber(spec.capacity_jobs, 6) +
                              " jobs is below base_jobs " + FormatNumber(spec.base_jobs) +
                              " (the site must host the base-year jobs)");
  }
}

ClusterSpec::Observation ParseObservation(const toml::table& item, InterventionContext& inner,
                                          const ClusterSpec& spec) {
  inner.fields.RejectUnknownKeys(item, inner.path, kObservationKeys);
  ClusterSpec::Observation observation;
  const auto year = inner.fields.Year(item, "year", inner.Field("year"), true);
  if (year && spec.base_year != 0 && *year <= spec.base_year) {
    inner.fields.Report(item.get("year"), inner.Field("year"),
                        "year " + std::to_string(*year) + " must be after base_year " +
                            std::to_string(spec.base_year));
  }
  observation.year = year.value_or(0);
  observation.companies = NonNegative(item, inner, "companies", false, true);
  observation.jobs = NonNegative(item, inner, "jobs", false, true);
  if (const auto revenue = NonNegative(item, inner, "revenue", false, true)) {
    observation.revenue = *revenue * inner.currency_scale;
  }
  if (!item.contains("companies") && !item.contains("jobs") && !item.contains("revenue")) {
    inner.fields.Report(&item, inner.path, "give at least one of companies, jobs, revenue");
  }
  const auto use = inner.fields.String(item, "use", inner.Field("use"), true);
  if (use && *use != "fit" && *use != "test") {
    inner.fields.Report(item.get("use"), inner.Field("use"),
                        "use '" + *use + "' must be \"fit\" or \"test\"");
  }
  observation.fit = use && *use == "fit";
  const auto source = inner.fields.String(item, "source", inner.Field("source"), true);
  if (source && source->find_first_not_of(" \t") == std::string::npos) {
    inner.fields.Report(item.get("source"), inner.Field("source"),
                        "source is empty: say where the figure was published");
  }
  observation.source = source.value_or("");
  return observation;
}

void ParseObservations(const toml::table& table, InterventionContext& context, ClusterSpec& spec) {
  const toml::node* node = table.get("observations");
  if (node == nullptr) return;
  const toml::array* items = node->as_array();
  if (items == nullptr || !items->is_array_of_tables()) {
    context.fields.Report(
        node, context.Field("observations"),
        "expected [[interventions.observations]] tables with year, a figure, use and source");
    return;
  }
  for (size_t i = 0; i < items->size(); ++i) {
    InterventionContext inner{context.scenario, context.fields,
                              context.Field("observations[" + std::to_string(i + 1) + "]"),
                              context.currency_scale};
    spec.observations.push_back(ParseObservation(*items->get(i)->as_table(), inner, spec));
  }
}

// Calibration needs at least as many fitted figures as parameters.
void CheckCalibration(const toml::table& table, InterventionContext& context,
                      const ClusterSpec& spec) {
  if (spec.calibrate.empty()) return;
  size_t points = 0;
  for (const auto& observation : spec.observations) {
    if (!observation.fit) continue;
    points += observation.companies.has_value() + observation.jobs.has_value() +
              observation.revenue.has_value();
  }
  if (points < spec.calibrate.size()) {
    const size_t wanted = spec.calibrate.size();
    context.fields.Report(table.get("calibrate"), context.Field("calibrate"),
                          std::to_string(wanted) + (wanted == 1 ? " parameter" : " parameters") +
                              " to fit but only " + std::to_string(points) +
                              (points == 1 ? " observed figure" : " observed figures") +
                              " marked use = \"fit\" (one figure per parameter at least)");
  }
}

}  // namespace

void ParseCluster(const toml::table& table, InterventionContext& context,
                  Intervention& intervention) {
  ClusterSpec& spec = intervention.cluster;
  if (auto sector = ParseSector(table, context, "sector", true)) spec.sector = *sector;
  ParseBase(table, context, spec);
  ParseCalibrate(table, context, spec);
  ParseDynamics(table, context, spec);
  ParseCapacity(table, context, spec);
  spec.feed_model = context.fields.Boolean(table, "feed_model", context.Field("feed_model"), false)
                        .value_or(false);
  spec.public_cost_per_year =
      NonNegative(table, context, "public_cost_per_year", false, false).value_or(0) *
      context.currency_scale;
  const size_t problems = context.fields.problems().size();
  ParseObservations(table, context, spec);
  // A broken observation already has its message; counting fitted figures would repeat it.
  if (context.fields.problems().size() == problems) CheckCalibration(table, context, spec);
}

}  // namespace ripple
