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
  if (steps < 2 || steps > 10000 || steps != std::floor(steps))
    fail("STEPS must be an integer from 2 to 10000");
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
    const std::string count =
        points < 1e15 ? std::to_string(static_cast<long long>(points)) : FormatNumber(points);
    throw Error(ErrorKind::kBadInput,
                "--sweep: a grid of " + grid + " = " + count + " points is more than " +
                    std::to_string(kMaxSweepPoints) + ": use fewer steps or axes");
  }
}

namespace {

// The step of every axis at grid point `point` (the last axis varying fastest).
std::vector<int> Steps(const std::vector<SweepAxis>& axes, size_t point) {
  std::vector<int> step(axes.size(), 0);
  for (size_t a = axes.size(); a > 0; --a) {
    step[a - 1] = static_cast<int>(point % static_cast<size_t>(axes[a - 1].steps));
    point /= static_cast<size_t>(axes[a - 1].steps);
  }
  return step;
}

// The run at grid point `point`.
RunResult RunPoint(const Evaluator& evaluator, const std::vector<SweepAxis>& axes, size_t point) {
  const std::vector<int> step = Steps(axes, point);
  std::vector<Override> overrides;
  for (size_t a = 0; a < axes.size(); ++a)
    overrides.push_back({axes[a].key, FormatNumber(axes[a].Value(step[a]), 17)});
  return evaluator.Run(evaluator.scenario().CentralValues(), overrides);
}

// This rank's share of the points: the headline figures of each, in order.
std::vector<double> RunShare(const Evaluator& evaluator, const std::vector<SweepAxis>& axes,
                             size_t points, const std::atomic<bool>* cancel,
                             const ProcessGroup& group) {
  const ItemRange share = RankShare(points, group.rank(), group.size());
  std::vector<double> figures, values;
  RankFailure failure;
  for (size_t p = share.first; p < share.last && (cancel == nullptr || !cancel->load()); ++p) {
    try {
      const RunResult run = RunPoint(evaluator, axes, p);
      MetricValues(run, values);
      for (const Headline& headline : Headlines(MetricKeys(run)))
        figures.push_back(values[headline.metric]);
    } catch (const Error& error) {
      failure = {true, p, error.kind(), error.what()};
      break;
    }
  }
  ThrowFirstFailure(group, failure);
  return figures;
}

}  // namespace

SweepResult RunSweep(const Evaluator& evaluator, const std::vector<SweepAxis>& axes,
                     const std::atomic<bool>* cancel, const ProcessGroup& group) {
  CheckSweepGrid(axes);
  SweepResult result;
  result.axes = axes;
  size_t points = 1;
  for (const auto& axis : axes) points *= static_cast<size_t>(axis.steps);
  const std::vector<double> mine = RunShare(evaluator, axes, points, cancel, group);
  const bool stopped = cancel != nullptr && cancel->load();
  result.cancelled = group.MinOverRanks(stopped ? 0 : 1) == 0;
  if (result.cancelled) return result;
  result.figures = group.GatherToRoot(mine);
  if (group.rank() != 0) return result;
  // Every point has the headlines of point 0 (sensitivity.h).
  result.headlines = Headlines(MetricKeys(RunPoint(evaluator, axes, 0)));
  if (result.figures.size() != points * result.headlines.size()) {
    throw Error(ErrorKind::kInternal, "a sweep point changed the number of headline figures");
  }
  result.points = points;
  for (size_t p = 0; p < points; ++p) {
    const std::vector<int> step = Steps(axes, p);
    for (size_t a = 0; a < axes.size(); ++a) result.point_values.push_back(axes[a].Value(step[a]));
  }
  return result;
}

}  // namespace ripple
