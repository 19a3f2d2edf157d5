// Grid sweeps (sensitivity.h): every combination of the axes, each run with
// the uncertain values at their central values.
#include <cmath>

#include "ripple/analysis/sensitivity.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {

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

SweepResult RunSweep(const Evaluator& evaluator, const std::vector<SweepAxis>& axes,
                     const std::atomic<bool>* cancel) {
  CheckSweepGrid(axes);
  SweepResult result;
  result.axes = axes;
  const std::vector<double> central_values = evaluator.scenario().CentralValues();
  std::vector<int> step(axes.size(), 0);
  std::vector<double> values;
  while (cancel == nullptr || !cancel->load()) {
    std::vector<Override> overrides;
    for (size_t a = 0; a < axes.size(); ++a) {
      const double value = axes[a].Value(step[a]);
      overrides.push_back({axes[a].key, FormatNumber(value, 17)});
      result.point_values.push_back(value);
    }
    const RunResult run = evaluator.Run(central_values, overrides);
    MetricValues(run, values);
    const std::vector<Headline> headlines = Headlines(MetricKeys(run));
    if (result.headlines.empty()) result.headlines = headlines;
    for (const Headline& headline : headlines) result.figures.push_back(values[headline.metric]);
    ++result.points;
    size_t a = axes.size();
    while (a > 0 && ++step[a - 1] == axes[a - 1].steps) step[--a] = 0;
    if (a == 0) return result;
  }
  result.cancelled = true;
  return result;
}

}  // namespace ripple
