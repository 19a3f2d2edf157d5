// One-at-a-time tornado and grid sweeps (sensitivity.h).
#include <algorithm>
#include <cmath>
#include <ostream>

#include "ripple/csv.h"
#include "ripple/error.h"
#include "ripple/sensitivity.h"

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

void WriteTornadoCsv(const std::vector<TornadoRow>& rows, std::ostream& out) {
  WriteCsvLine(out, {"headline", "rank", "parameter", "low", "high", "unit", "central", "at_low", "at_high", "swing"});
  const auto cell = [](double v) { return std::isnan(v) ? std::string() : FormatNumber(v); };
  for (const TornadoRow& row : rows) {
    WriteCsvLine(out, {row.headline, std::to_string(row.rank), row.parameter, FormatNumber(row.low),
                       FormatNumber(row.high), row.unit, cell(row.central), cell(row.at_low), cell(row.at_high),
                       cell(row.swing)});
  }
}

double SweepAxis::Value(int step) const {
  if (step <= 0) return low;
  if (step >= steps - 1) return high;
  return low + (high - low) * static_cast<double>(step) / static_cast<double>(steps - 1);
}

SweepAxis ParseSweepAxis(const std::string& text) {
  const auto fail = [&](const std::string& why) -> SweepAxis {
    throw Error(ErrorKind::kBadInput, "--sweep " + text + ": " + why +
                                          " (expected KEY=LO:HI:STEPS, e.g. --sweep "
                                          "interventions.plaine-images-subsidy.amount=1e6:2e6:5)");
  };
  const size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0) return fail("no KEY=");
  SweepAxis axis;
  axis.key = text.substr(0, equals);
  const std::string range = text.substr(equals + 1);
  const size_t first = range.find(':');
  const size_t second = first == std::string::npos ? std::string::npos : range.find(':', first + 1);
  if (second == std::string::npos) return fail("range '" + range + "' is not LO:HI:STEPS");
  const auto number = [&](const std::string& part, const char* what) {
    double value = 0;
    if (!ParseDouble(part, value)) fail(std::string(what) + " '" + part + "' is not a number");
    return value;
  };
  axis.low = number(range.substr(0, first), "LO");
  axis.high = number(range.substr(first + 1, second - first - 1), "HI");
  const double steps = number(range.substr(second + 1), "STEPS");
  if (steps < 2 || steps > 10000 || steps != std::floor(steps)) fail("STEPS must be an integer from 2 to 10000");
  axis.steps = static_cast<int>(steps);
  return axis;
}

void CheckSweepGrid(const std::vector<SweepAxis>& axes) {
  double points = 1;
  std::string grid;
  for (const auto& axis : axes) {
    points *= axis.steps;
    grid.append(grid.empty() ? "" : " x ").append(std::to_string(axis.steps));
  }
  if (points > kMaxSweepPoints) {
    const std::string count = points < 1e15 ? std::to_string(static_cast<long long>(points)) : FormatNumber(points);
    throw Error(ErrorKind::kBadInput, "--sweep: a grid of " + grid + " = " + count + " points is more than " +
                                          std::to_string(kMaxSweepPoints) + ": use fewer steps or axes");
  }
}

void RunSweep(const Evaluator& evaluator, const std::vector<SweepAxis>& axes, std::ostream& out,
              const std::atomic<bool>* cancel) {
  CheckSweepGrid(axes);
  const std::vector<double> central_values = evaluator.scenario().CentralValues();
  std::vector<std::string> header;
  for (const auto& axis : axes) header.push_back(axis.key);
  for (const char* column : {"headline", "value", "unit"}) header.push_back(column);
  WriteCsvLine(out, header);
  std::vector<int> step(axes.size(), 0);
  while (cancel == nullptr || !cancel->load()) {
    std::vector<Override> overrides;
    std::vector<std::string> prefix;
    for (size_t a = 0; a < axes.size(); ++a) {
      const double value = axes[a].Value(step[a]);
      overrides.push_back({axes[a].key, FormatNumber(value, 17)});
      prefix.push_back(FormatNumber(value));
    }
    const RunResult run = evaluator.Run(central_values, overrides);
    const std::vector<double> values = Values(run);
    for (const Headline& headline : Headlines(MetricKeys(run))) {
      std::vector<std::string> line = prefix;
      const double value = values[headline.metric];
      line.push_back(headline.name);
      line.push_back(std::isnan(value) ? std::string() : FormatNumber(value));
      line.push_back(headline.unit);
      WriteCsvLine(out, line);
    }
    size_t a = axes.size();
    while (a > 0 && ++step[a - 1] == axes[a - 1].steps) step[--a] = 0;
    if (a == 0) return;
  }
}

}  // namespace ripple
