// One-at-a-time tornado (sensitivity.h).
#include <algorithm>
#include <cmath>

#include "ripple/analysis/sensitivity.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

std::vector<double> Values(const RunResult& run) {
  std::vector<double> values;
  MetricValues(run, values);
  return values;
}

// Rank `group.rank()`'s share of the parameters, each at its p05 then its
// p95: the figures of both runs, parameter after parameter, `width` each.
std::vector<double> RunShare(const Evaluator& evaluator, const ProcessGroup& group, size_t width) {
  const auto& parameters = evaluator.scenario().parameters();
  const ItemRange share = RankShare(parameters.size(), group.rank(), group.size());
  std::vector<double> figures;
  RankFailure failure;
  for (size_t k = share.first; k < share.last && !failure.failed; ++k) {
    for (const double p : {0.05, 0.95}) {
      std::vector<double> values = evaluator.scenario().CentralValues();
      values[k] = parameters[k].distribution.Quantile(p);
      try {
        const std::vector<double> run = Values(evaluator.Run(values));
        if (run.size() != width)
          throw Error(ErrorKind::kInternal, "a tornado run changed the number of metrics");
        figures.insert(figures.end(), run.begin(), run.end());
      } catch (const Error& error) {
        failure = {true, 2 * k + (p > 0.5 ? 1 : 0), error.kind(), error.what()};
        break;
      }
    }
  }
  ThrowFirstFailure(group, failure);
  return figures;
}

}  // namespace

std::vector<TornadoRow> RunTornado(const Evaluator& evaluator, const ProcessGroup& group) {
  const auto& parameters = evaluator.scenario().parameters();
  const RunResult central_run = evaluator.RunCentral();
  const std::vector<Headline> headlines = Headlines(MetricKeys(central_run));
  const std::vector<double> central = Values(central_run);
  const std::vector<double> figures =
      group.GatherToRoot(RunShare(evaluator, group, central.size()));
  if (group.rank() != 0) return {};
  std::vector<TornadoRow> rows;
  for (size_t k = 0; k < parameters.size(); ++k) {
    const double* at_low = figures.data() + 2 * k * central.size();
    const double* at_high = at_low + central.size();
    for (const Headline& headline : headlines) {
      TornadoRow row;
      row.headline = headline.name;
      row.unit = headline.unit;
      row.parameter = parameters[k].key;
      row.low = parameters[k].distribution.Quantile(0.05);
      row.high = parameters[k].distribution.Quantile(0.95);
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
      return std::find(HeadlineNames().begin(), HeadlineNames().end(), name) -
             HeadlineNames().begin();
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
