#include "ripple/analysis/goal_seek.h"

#include <cmath>

#include "ripple/analysis/metrics.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/interventions/key_units.h"

namespace ripple {
namespace {

[[noreturn]] void Fail(const std::string& message) { throw Error(ErrorKind::kBadInput, message); }

// True when the scenario accepts `value` at `key` (the rules of its field).
bool Accepts(const ScenarioTemplate& scenario, const std::string& key, double value) {
  try {
    scenario.Instantiate(scenario.CentralValues(), {{key, FormatNumber(value, 17)}});
    return true;
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::kBadInput) throw;
    return false;
  }
}

// `end` when the scenario accepts it, else the value nearest `end` on the
// way from `inside` (accepted) that it accepts, by bisection.
double AcceptedEnd(const ScenarioTemplate& scenario, const std::string& key, double inside,
                   double end) {
  if (Accepts(scenario, key, end)) return end;
  double good = inside, bad = end;
  for (int step = 0; step < 60; ++step) {
    const double middle = good + (bad - good) / 2;
    if (middle == good || middle == bad) break;
    (Accepts(scenario, key, middle) ? good : bad) = middle;
  }
  return good;
}

// The search range of options.key (see GoalSeekOptions).
void ResolveRange(const ScenarioTemplate& scenario, const GoalSeekOptions& options, double& low,
                  double& high) {
  const std::optional<double> current = scenario.NumberAt(options.key);
  const int parameter = scenario.FindParameter(options.key);
  if (!current && parameter < 0) {
    Fail("--vary " + options.key + ": no number at this key in scenario " +
         scenario.central().file + " (write KEY as for --set, e.g. interventions.<id>.amount)");
  }
  low = 0;
  high = 0;
  bool known = false;
  if (parameter >= 0) {
    const Distribution& d = scenario.parameters()[static_cast<size_t>(parameter)].distribution;
    low = d.Quantile(0);
    high = d.Quantile(1);
    known = std::isfinite(low) && std::isfinite(high) && low < high;
  }
  if (!known && current && *current > 0) {
    // 0 when the key accepts it (an amount), else a tenth of the value; both
    // ends kept within the values the key accepts (a share stops at 1).
    low = Accepts(scenario, options.key, 0)
              ? 0
              : AcceptedEnd(scenario, options.key, *current, *current / 10);
    high = AcceptedEnd(scenario, options.key, *current, 10 * *current);
    known = low < high;
  }
  if (options.low) low = *options.low;
  if (options.high) high = *options.high;
  if (!known && !(options.low && options.high)) {
    Fail("--vary " + options.key +
         ": give --range LO:HI (the value is not > 0 and has no bounded distribution)");
  }
  if (!(low < high))
    Fail("--range " + FormatNumber(low) + ":" + FormatNumber(high) + ": LO must be below HI");
}

}  // namespace

GoalSeekResult GoalSeek(const Evaluator& evaluator, const GoalSeekOptions& options) {
  const ScenarioTemplate& scenario = evaluator.scenario();
  const RunResult central = evaluator.RunCentral();
  const std::vector<Headline> headlines = Headlines(MetricKeys(central));
  const Headline* headline = nullptr;
  for (const auto& h : headlines) headline = h.name == options.headline ? &h : headline;
  if (headline == nullptr) {
    std::string known;
    for (const auto& h : headlines) known += (known.empty() ? "" : ", ") + h.name;
    const std::string guess = ClosestMatch(options.headline, HeadlineNames());
    Fail("--target " + options.headline + ": unknown figure" +
         (guess.empty() ? "" : " (did you mean '" + guess + "'?)") +
         "; this scenario and model have: " + known);
  }
  GoalSeekResult result;
  result.unit = headline->unit;
  result.key_unit = ScenarioKeyUnit(scenario, options.key);
  ResolveRange(scenario, options, result.low, result.high);
  const std::vector<double> central_values = scenario.CentralValues();
  const auto figure_at = [&](double value) {
    const RunResult run = evaluator.Run(central_values, {{options.key, FormatNumber(value, 17)}});
    std::vector<double> values;
    MetricValues(run, values);
    const double figure = values[headline->metric];
    result.steps.push_back({value, figure});
    if (std::isnan(figure)) {
      Fail(options.headline + " is undefined at " + options.key + " = " + FormatNumber(value) +
           " (a ratio with a zero denominator): narrow --range");
    }
    return figure - options.target;
  };
  double a = result.low, b = result.high;
  double fa = figure_at(a), fb = figure_at(b);
  const double tolerance = options.tolerance * std::max(1.0, std::abs(options.target));
  if (std::abs(fa) <= tolerance || std::abs(fb) <= tolerance) {
    const bool at_a = std::abs(fa) <= std::abs(fb);
    result.value = at_a ? a : b;
    result.figure = (at_a ? fa : fb) + options.target;
    return result;
  }
  if ((fa < 0) == (fb < 0)) {
    Fail("target " + options.headline + " = " + FormatNumber(options.target) +
         " cannot be reached by varying " + options.key + " within [" + FormatNumber(a) + ", " +
         FormatNumber(b) + "]: " + options.headline + " is " + FormatNumber(fa + options.target) +
         " at " + FormatNumber(a) + " and " + FormatNumber(fb + options.target) + " at " +
         FormatNumber(b) + " (widen --range, or vary another value)");
  }
  int side = 0;  // Illinois: halve the retained end's value when it is kept twice
  while (static_cast<int>(result.steps.size()) < options.max_runs) {
    const double c = (a * fb - b * fa) / (fb - fa);
    const double fc = figure_at(c);
    if (std::abs(fc) <= tolerance ||
        std::abs(b - a) <= 1e-15 * std::max(std::abs(a), std::abs(b))) {
      result.value = c;
      result.figure = fc + options.target;
      return result;
    }
    if ((fc < 0) == (fb < 0)) {
      b = c;
      fb = fc;
      if (side == -1) fa /= 2;
      side = -1;
    } else {
      a = c;
      fa = fc;
      if (side == 1) fb /= 2;
      side = 1;
    }
  }
  throw Error(ErrorKind::kNumerical, "goal seek did not converge in " +
                                         std::to_string(options.max_runs) + " runs (is " +
                                         options.headline + " monotone in " + options.key + "?)");
}

}  // namespace ripple
