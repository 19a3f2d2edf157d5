#include "ripple/analysis/metrics.h"

#include "ripple/run/result.h"

namespace ripple {

std::vector<MetricKey> MetricKeys(const RunResult& result) {
  std::vector<MetricKey> keys;
  const MetricVisitor add = [&](const MetricRow& row) {
    keys.push_back({std::string(row.intervention), std::string(row.indicator),
                    std::string(row.effect), std::string(row.basis), std::string(row.period),
                    std::string(row.measure), std::string(row.unit)});
  };
  VisitSummaryRows(result, add);
  VisitAnnualRowsOfAll(result, add);
  return keys;
}

void MetricValues(const RunResult& result, std::vector<double>& values) {
  values.clear();
  const MetricVisitor add = [&](const MetricRow& row) { values.push_back(row.value); };
  VisitSummaryRows(result, add);
  VisitAnnualRowsOfAll(result, add);
}

namespace {

struct HeadlineSpec {
  const char* name;
  const char* indicator;
  const char* effect;
  const char* basis;
  const char* measure;
};

const HeadlineSpec kHeadlines[] = {
    {"gross_jobs", "employment", "total", "gross", "average_annual_jobs"},
    {"net_jobs", "employment", "total", "net", "average_annual_jobs"},
    {"gross_job_years", "employment", "total", "gross", "job_years"},
    {"net_job_years", "employment", "total", "net", "job_years"},
    {"gross_value_added", "value_added", "total", "gross", "total"},
    {"net_value_added", "value_added", "total", "net", "total"},
    {"gross_output", "output", "total", "gross", "total"},
    {"net_output", "output", "total", "net", "total"},
    {"public_cost", "public_cost", "", "", "undiscounted"},
    {"public_cost_present_value", "public_cost", "", "", "present_value"},
    {"gross_cost_per_job_year", "cost_per_job_year", "total", "gross", "ratio"},
    {"net_cost_per_job_year", "cost_per_job_year", "total", "net", "ratio"},
    {"gross_value_added_per_public_euro", "value_added_per_public_euro", "total", "gross", "ratio"},
    {"net_value_added_per_public_euro", "value_added_per_public_euro", "total", "net", "ratio"},
    {"gross_fiscal_return", "fiscal_return", "total", "gross", "total"},
    {"net_fiscal_return", "fiscal_return", "total", "net", "total"},
    {"net_cost_per_job_year_present_value", "cost_per_job_year", "total", "net", "present_value"},
    {"net_cost_per_job_year_with_shadow_price", "cost_per_job_year", "total", "net",
     "present_value_with_shadow_price"},
    {"net_fiscal_return_excluding_circular", "fiscal_return", "total", "net",
     "present_value_excluding_circular"},
};

}  // namespace

std::vector<Headline> Headlines(const std::vector<MetricKey>& keys) {
  std::vector<Headline> headlines;
  for (const HeadlineSpec& spec : kHeadlines) {
    for (size_t m = 0; m < keys.size(); ++m) {
      const MetricKey& key = keys[m];
      if (key.intervention == "all" && key.period == "total" && key.indicator == spec.indicator &&
          key.effect == spec.effect && key.basis == spec.basis && key.measure == spec.measure) {
        headlines.push_back({spec.name, m, key.unit});
        break;
      }
    }
  }
  return headlines;
}

const std::vector<std::string>& HeadlineNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const HeadlineSpec& spec : kHeadlines) list.push_back(spec.name);
    return list;
  }();
  return names;
}

}  // namespace ripple
