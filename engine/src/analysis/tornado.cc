// One-at-a-time tornado (sensitivity.h).
#include <algorithm>
#include <cmath>

#include "ripple/analysis/sensitivity.h"

namespace ripple {
namespace {

std::vector<double> Values(const RunResult& run) {
  std::vector<double> values;
  MetricValues(run, values);
  return values;
}

}  // namespace

std::vector<TornadoRow> RunTornado(const Evaluator& evaluator) {
  const auto& parameters = evaluator.scenario().parameters();
  const std::vector<double> central_values = evaluator.scenario().CentralValues();
  const RunResult central_run = evaluator.RunCentral();
  const std::vector<Headline> headlines = Headlines(MetricKeys(central_run));
  const std::vector<double> central = Values(central_run);
  std::vector<TornadoRow> rows;
  for (size_t k = 0; k < parameters.size(); ++k) {
    std::vector<double> low = central_values, high = central_values;
    low[k] = parameters[k].distribution.Quantile(0.05);
    high[k] = parameters[k].distribution.Quantile(0.95);
    const std::vector<double> at_low = Values(evaluator.Run(low));
    const std::vector<double> at_high = Values(evaluator.Run(high));
    for (const Headline& headline : headlines) {
      TornadoRow row;
      row.headline = headline.name;
      row.unit = headline.unit;
      row.parameter = parameters[k].key;
      row.low = low[k];
      row.high = high[k];
      row.central = central[headline.metric];
      row.at_low = at_low[headline.metric];
      row.at_high = at_high[headline.metric];
      row.swing = std::abs(row.at_high - row.at_low);
      rows.push_back(row);
    }
  }
  // Within each headline, largest swing first (ties: parameter order); NaN last.
  std::stable_sort(rows.begin(), rows.end(), [&](const TornadoRow& a, const TornadoRow& b) {
    const auto order = [&](const std::string& name) {
      return std::find(HeadlineNames().begin(), HeadlineNames().end(), name) - HeadlineNames().begin();
    };
    if (a.headline != b.headline) return order(a.headline) < order(b.headline);
    const double sa = std::isnan(a.swing) ? -1 : a.swing, sb = std::isnan(b.swing) ? -1 : b.swing;
    return sa > sb;
  });
  for (size_t i = 0; i < rows.size(); ++i) {
    rows[i].rank = i > 0 && rows[i - 1].headline == rows[i].headline ? rows[i - 1].rank + 1 : 1;
  }
  return rows;
}

}  // namespace ripple
