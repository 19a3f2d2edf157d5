// type = "project": an investment programme, capex then operations.
#include <cmath>

#include "interventions/parsers.h"
#include "ripple/base/csv.h"
#include "ripple/base/text.h"

namespace ripple {
namespace {

void ParseCapex(const toml::table& table, InterventionContext& context, ProjectSpec& spec) {
  const toml::node* node = table.get("capex");
  const toml::array* items = node ? node->as_array() : nullptr;
  if (items == nullptr || !items->is_array_of_tables() || items->empty()) {
    context.fields.Report(node ? node : &table, context.Field("capex"),
                          "expected [[interventions.capex]] tables with sector and amount");
    return;
  }
  for (size_t i = 0; i < items->size(); ++i) {
    const toml::table& item = *items->get(i)->as_table();
    InterventionContext inner{context.scenario, context.fields,
                              context.Field("capex[" + std::to_string(i + 1) + "]"),
                              context.currency_scale};
    context.fields.RejectUnknownKeys(
        item, inner.path,
        {"sector", "amount", "amount_by_year", "start_year", "end_year", "label"});
    ProjectSpec::Capex capex;
    if (auto sector = ParseSector(item, inner, "sector", true)) capex.sector = *sector;
    capex.amounts = ParseYearSeries(item, inner, "amount", context.currency_scale, true);
    spec.capex.push_back(std::move(capex));
  }
}

void ParseOperations(const toml::table& table, InterventionContext& context, ProjectSpec& spec) {
  const bool turnover = table.contains("annual_turnover"), jobs = table.contains("jobs");
  if (!turnover && !jobs) return;
  if (turnover && jobs) {
    context.fields.Report(
        table.get("jobs"), context.Field("jobs"),
        "give either 'annual_turnover' or 'jobs' for the operations phase, not both");
    return;
  }
  if (auto sector = ParseSector(table, context, "operations_sector", true))
    spec.operations_sector = *sector;
  const char* key = turnover ? "annual_turnover" : "jobs";
  const auto value = context.fields.Number(table, key, context.Field(key), true);
  if (value && *value < 0)
    context.fields.Report(table.get(key), context.Field(key), "value must be >= 0");
  if (turnover) spec.annual_turnover = value.value_or(0) * context.currency_scale;
  if (jobs) spec.jobs = value.value_or(0);
  const auto start = context.fields.Year(table, "operations_start_year",
                                         context.Field("operations_start_year"), true);
  spec.operations_start = start.value_or(0);
  spec.ramp_up_years =
      context.fields.Integer(table, "ramp_up_years", context.Field("ramp_up_years"), false)
          .value_or(1);
  if (spec.ramp_up_years < 1) {
    context.fields.Report(table.get("ramp_up_years"), context.Field("ramp_up_years"),
                          "must be >= 1");
  }
  spec.lifetime_years =
      context.fields.Integer(table, "lifetime_years", context.Field("lifetime_years"), false)
          .value_or(0);
  if (spec.lifetime_years < 0) {
    context.fields.Report(table.get("lifetime_years"), context.Field("lifetime_years"),
                          "must be >= 0");
  }
}

std::string UnknownFunder(const std::string& name, const std::vector<Funder>& declared) {
  const std::vector<std::string> names = FunderNames(declared);
  const std::string guess = ClosestMatch(name, names);
  return "unknown funder '" + name + "'" +
         (guess.empty() ? "" : " (did you mean '" + guess + "'?)") +
         "; known funders: " + Join(names) + "; declare another in the scenario's [funders] table";
}

void ParseFunding(const toml::table& table, InterventionContext& context, ProjectSpec& spec) {
  const toml::node* node = table.get("funding");
  if (node == nullptr) {
    context.fields.Report(
        &table, context.Field("funding"),
        "missing: give the capex funding shares, e.g. funding = { state = 0.4, region = 0.2, "
        "metropolis = 0.1, private = 0.3 }");
    return;
  }
  const toml::table* shares = node->as_table();
  if (shares == nullptr || shares->empty()) {
    context.fields.Report(node, context.Field("funding"), "expected a table of funder = share");
    return;
  }
  double sum = 0;
  for (const auto& [key, value] : *shares) {
    const std::string funder(key.str());
    const std::string field = context.Field("funding." + funder);
    const auto share = context.fields.Number(*shares, funder, field, true);
    if (!share) continue;
    if (*share < 0 || *share > 1) {
      context.fields.Report(&value, field,
                            "share " + FormatNumber(*share) + " must be within [0, 1]");
    }
    sum += *share;
    const auto known = FindFunder(funder, context.scenario.funders);
    if (!known) {
      context.fields.Report(&value, field, UnknownFunder(funder, context.scenario.funders));
      continue;
    }
    spec.funding.push_back({funder, *share, PositionOf(context.fields.source(), value), field});
    spec.funders.push_back(*known);
  }
  if (std::abs(sum - 1.0) > 1e-6) {
    context.fields.Report(node, context.Field("funding"),
                          "shares sum to " + FormatNumber(sum, 6) + ", expected 1");
  }
  if (const toml::node* list = table.get("public_funders")) {
    context.fields.Report(
        list, context.Field("public_funders"),
        "no longer read: whether a funder is public comes from its name (known funders) or "
        "from the scenario's [funders] table, e.g. [funders] ville = { level = "
        "\"municipality\", public = true }");
  }
}

}  // namespace

void ParseProject(const toml::table& table, InterventionContext& context,
                  Intervention& intervention) {
  ProjectSpec& spec = intervention.project;
  ParseCapex(table, context, spec);
  ParseFunding(table, context, spec);
  ParseOperations(table, context, spec);
}

}  // namespace ripple
