// Calibration and back-test of the cluster projection (see ripple/cluster.h).
#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/interventions/cluster.h"

namespace ripple {

const std::vector<std::string> kClusterCalibratable = {
    "arrivals_per_year", "job_growth_rate", "incumbent_job_growth_rate", "incumbent_survival_rate"};

namespace {

constexpr int kMaxSweeps = 50;
constexpr int kGoldenIterations = 200;

// The parameter `name` of `spec` and its search bounds.
struct Bounded {
  double* value;
  double low, high;
};

Bounded Parameter(ClusterSpec& spec, const std::string& name) {
  if (name == "arrivals_per_year") return {&spec.arrivals_per_year, 0, 10 * spec.base_companies};
  if (name == "job_growth_rate") return {&spec.job_growth_rate, -0.5, 1};
  if (name == "incumbent_job_growth_rate") return {&spec.incumbent_job_growth_rate, -0.5, 0.5};
  if (name == "incumbent_survival_rate") {
    if (!spec.incumbent_survival_rate) spec.incumbent_survival_rate = 1;
    return {&*spec.incumbent_survival_rate, 0, 1};
  }
  throw Error(ErrorKind::kBadInput, "cluster calibration: unknown parameter '" + name + "'");
}

// Calls figure(indicator, value) for each figure of one observation, in a
// fixed order (companies, jobs, revenue).
template <typename Figure>
void ForEachFigure(const ClusterSpec::Observation& observation, Figure figure) {
  if (observation.companies) figure("companies", *observation.companies);
  if (observation.jobs) figure("jobs", *observation.jobs);
  if (observation.revenue) figure("revenue", *observation.revenue);
}

double Projected(const ClusterYear& year, std::string_view indicator) {
  if (indicator == "companies") return year.companies;
  return indicator == "jobs" ? year.jobs : year.revenue;
}

int LastObservedYear(const ClusterSpec& spec) {
  int last = spec.base_year;
  for (const auto& observation : spec.observations) last = std::max(last, observation.year);
  return last;
}

// Calls visit(observation, indicator, observed, projected) for each figure of
// each observation, in order, with the cluster projected to the last observed year.
template <typename Visit>
void ForEachBacktestFigure(const ClusterSpec& spec, Visit visit) {
  if (spec.observations.empty()) return;
  const std::vector<ClusterYear> years = ProjectCluster(spec, LastObservedYear(spec));
  for (const auto& observation : spec.observations) {
    const ClusterYear& year = years.at(static_cast<size_t>(observation.year - spec.base_year));
    ForEachFigure(observation, [&](const char* indicator, double observed) {
      visit(observation, indicator, observed, Projected(year, indicator));
    });
  }
}

// Sum of squared relative errors over the fitted figures: the relative_error
// of BacktestCluster's rows used_for_fit, in their order (so the same bits),
// without building the rows (called about 60 times per calibrated parameter).
double Objective(const ClusterSpec& spec) {
  double sum = 0;
  ForEachBacktestFigure(spec, [&](const ClusterSpec::Observation& observation, const char*,
                                  double observed, double projected) {
    if (!observation.fit) return;
    const double relative_error = (projected - observed) / observed;
    sum += relative_error * relative_error;
  });
  return sum;
}

// Minimises f on [low, high] by golden-section search; returns the argmin.
double GoldenSection(const std::function<double(double)>& f, double low, double high) {
  const double ratio = (std::sqrt(5.0) - 1) / 2;
  double a = low, b = high;
  double c = b - ratio * (b - a), d = a + ratio * (b - a);
  double fc = f(c), fd = f(d);
  for (int i = 0; i < kGoldenIterations && b - a > 1e-12 * (1 + std::abs(a)); ++i) {
    if (fc <= fd) {
      b = d, d = c, fd = fc;
      c = b - ratio * (b - a), fc = f(c);
    } else {
      a = c, c = d, fc = fd;
      d = a + ratio * (b - a), fd = f(d);
    }
  }
  const double middle = (a + b) / 2;
  // The bounds themselves are candidates (an optimum on a bound is common).
  double best = middle, best_value = f(middle);
  for (const double x : {low, high}) {
    if (const double value = f(x); value < best_value) best = x, best_value = value;
  }
  return best;
}

}  // namespace

ClusterSpec CalibrateCluster(const ClusterSpec& spec, ClusterFit* fit) {
  ClusterSpec result = spec;
  int points = 0;
  for (const auto& observation : spec.observations) {
    if (observation.fit) ForEachFigure(observation, [&](const char*, double) { ++points; });
  }
  std::vector<Bounded> parameters;
  for (const auto& name : spec.calibrate) parameters.push_back(Parameter(result, name));
  if (points < static_cast<int>(parameters.size())) {
    throw Error(ErrorKind::kBadInput, "cluster calibration: " + std::to_string(parameters.size()) +
                                          " parameter(s) to fit but only " +
                                          std::to_string(points) +
                                          " observed figure(s) marked use = \"fit\"");
  }
  for (int sweep = 0; sweep < kMaxSweeps && !parameters.empty(); ++sweep) {
    double largest_change = 0;
    for (Bounded& parameter : parameters) {
      const double before = *parameter.value;
      *parameter.value = GoldenSection(
          [&](double x) {
            *parameter.value = x;
            return Objective(result);
          },
          parameter.low, parameter.high);
      largest_change = std::max(largest_change, std::abs(*parameter.value - before));
    }
    if (parameters.size() == 1 || largest_change < 1e-10) break;
  }
  if (fit != nullptr) {
    *fit = ClusterFit{};
    fit->points = points;
    fit->objective = Objective(result);
    for (size_t i = 0; i < parameters.size(); ++i) {
      const Bounded& p = parameters[i];
      const double tolerance = 1e-9 * (1 + std::abs(p.high - p.low));
      fit->parameters.push_back({spec.calibrate[i], *p.value, p.low, p.high,
                                 *p.value - p.low < tolerance || p.high - *p.value < tolerance});
    }
  }
  return result;
}

std::vector<BacktestRow> BacktestCluster(const ClusterSpec& spec) {
  std::vector<BacktestRow> rows;
  ForEachBacktestFigure(spec, [&](const ClusterSpec::Observation& observation,
                                  const char* indicator, double observed, double projected) {
    BacktestRow row;
    row.year = observation.year;
    row.indicator = indicator;
    row.observed = observed;
    row.projected = projected;
    row.error = row.projected - observed;
    row.relative_error = row.error / observed;
    row.used_for_fit = observation.fit;
    row.source = observation.source;
    rows.push_back(row);
  });
  return rows;
}

BacktestSummary SummarizeBacktest(const std::vector<BacktestRow>& rows) {
  BacktestSummary summary;
  for (const BacktestRow& row : rows) {
    const double error = std::abs(row.relative_error);
    if (row.used_for_fit) {
      ++summary.fit_points;
      summary.fit_mean_abs_relative_error += error;
    } else {
      ++summary.test_points;
      summary.test_mean_abs_relative_error += error;
      summary.test_max_abs_relative_error = std::max(summary.test_max_abs_relative_error, error);
    }
  }
  if (summary.fit_points > 0) summary.fit_mean_abs_relative_error /= summary.fit_points;
  if (summary.test_points > 0) summary.test_mean_abs_relative_error /= summary.test_points;
  return summary;
}

}  // namespace ripple
