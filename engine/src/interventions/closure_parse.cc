// The scenario's [closure] table: a stated household spending per EUR of
// income for the Type II closure (ClosureSpec, scenario.h). Distributions were
// replaced by their central values before this is read.
#include "interventions/parsers.h"
#include "ripple/base/csv.h"

namespace ripple {

void ParseClosure(const toml::table& root, TomlFields& fields, Scenario& scenario) {
  const toml::node* node = root.get("closure");
  if (node == nullptr) return;
  const toml::table* table = node->as_table();
  if (table == nullptr) {
    fields.Report(node, "closure", "expected a table ([closure])");
    return;
  }
  fields.RejectUnknownKeys(*table, "closure",
                           {"household_spending_per_euro", "household_spending_source"});
  const auto value = fields.Number(*table, "household_spending_per_euro",
                                   "closure.household_spending_per_euro", false);
  const auto source = fields.String(*table, "household_spending_source",
                                    "closure.household_spending_source", false);
  if (!value) {
    if (source) {
      fields.Report(table->get("household_spending_source"), "closure.household_spending_source",
                    "household_spending_source without household_spending_per_euro");
    }
    return;
  }
  const toml::node* at = table->get("household_spending_per_euro");
  if (!(*value > 0 && *value < 1)) {
    fields.Report(at, "closure.household_spending_per_euro",
                  "value " + FormatNumber(*value) +
                      " must be within (0, 1): households spend a part of each extra euro of "
                      "income (a marginal propensity to consume)");
    return;
  }
  if (!source || source->empty()) {
    fields.Report(at, "closure.household_spending_per_euro",
                  "give household_spending_source: where the marginal propensity " +
                      FormatNumber(*value) + " comes from (study, survey, ASSUMPTION with range)");
    return;
  }
  scenario.closure.household_spending_per_euro = *value;
  scenario.closure.household_spending_source = *source;
  scenario.closure.position = PositionOf(fields.source(), *at);
}

}  // namespace ripple
