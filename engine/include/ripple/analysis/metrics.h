// The figures of a run as numbers in a fixed order, for runs compared
// draw by draw (sensitivity.h): every row of summary.csv (all scopes) and
// the rows of annual.csv for the whole scenario (intervention "all").
//
// A metric's key names it like the reports do: intervention (scope),
// indicator, effect, basis ("gross"/"net", "" when neither), period (a year,
// or "total" for a summary row over the horizon), measure (the summary
// measure, "annual" for a year's value) and unit. Values undefined in a run
// (a ratio with a zero denominator, a payback year never reached) are NaN.
// The order and number of metrics depend only on the scenario's structure
// (interventions, horizon, indicators), not on its numbers.
#pragma once

#include <string>
#include <vector>

#include "ripple/run/run.h"

namespace ripple {

struct MetricKey {
  std::string intervention, indicator, effect, basis, period, measure, unit;
};

// Keys of every metric of `result`, in order.
std::vector<MetricKey> MetricKeys(const RunResult& result);

// Values in MetricKeys order (`values` is resized).
void MetricValues(const RunResult& result, std::vector<double>& values);

// Headline figures (the scope "all"), by the names used by `ripple solve
// --target` and tornado.csv:
//   gross_jobs, net_jobs                 average annual jobs, total effect (persons)
//   gross_job_years, net_job_years       job-years, total effect
//   gross_value_added, net_value_added   total effect over the horizon (currency)
//   gross_output, net_output             idem
//   public_cost, public_cost_present_value
//   gross_cost_per_job_year, net_cost_per_job_year
//   gross_value_added_per_public_euro, net_value_added_per_public_euro
//   gross_fiscal_return, net_fiscal_return
// `jobs` use the model's `employment` satellite and value added its
// `value_added` satellite: a headline whose indicator the model lacks is absent.
struct Headline {
  std::string name;
  size_t metric = 0;  // index in MetricKeys
  std::string unit;
};
std::vector<Headline> Headlines(const std::vector<MetricKey>& keys);

// The names above, for messages.
const std::vector<std::string>& HeadlineNames();

}  // namespace ripple
