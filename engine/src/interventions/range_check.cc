// Instantiating a scenario at the corners of its uncertain ranges (see
// range_check.h).
#include "ripple/interventions/range_check.h"

#include <cmath>
#include <string>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

// Quantile used for an end of a range that is not bounded.
constexpr double kUnboundedTail = 1e-6;

struct End {
  double value = 0;
  const char* name = "";  // "min" or "max" (or the quantile used)
};

End RangeEnd(const Distribution& distribution, bool upper) {
  const double bound = distribution.Quantile(upper ? 1.0 : 0.0);
  if (std::isfinite(bound)) return {bound, upper ? "its max" : "its min"};
  return {distribution.Quantile(upper ? 1.0 - kUnboundedTail : kUnboundedTail),
          upper ? "its 99.9999% quantile" : "its 0.0001% quantile"};
}

// "interventions.<id>." for a value of an intervention, "" for the others:
// pairs are tried within one group.
std::string Group(const std::string& key) {
  const std::string prefix = "interventions.";
  if (key.compare(0, prefix.size(), prefix) != 0) return "";
  const size_t dot = key.find('.', prefix.size());
  return dot == std::string::npos ? key : key.substr(0, dot + 1);
}

struct Setting {
  size_t parameter = 0;
  End end;
};

std::string Describe(const ScenarioTemplate& scenario, const Setting& setting) {
  const UncertainParameter& parameter = scenario.parameters()[setting.parameter];
  return parameter.position.Text() + ": " + parameter.key + " = " +
         FormatNumber(setting.end.value) + " (" + setting.end.name + ")";
}

// Instantiates `scenario` with `settings` applied to the central values;
// throws the contradiction message when a rule breaks.
void TryCorner(const ScenarioTemplate& scenario, const std::vector<Setting>& settings) {
  std::vector<double> values = scenario.CentralValues();
  for (const Setting& setting : settings) values[setting.parameter] = setting.end.value;
  try {
    scenario.Instantiate(values);
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::kBadInput) throw;
    std::string who = Describe(scenario, settings[0]);
    std::string verb = " breaks";
    if (settings.size() > 1) {
      who += " together with " + Describe(scenario, settings[1]);
      verb = " break";
    }
    // The rule's position is dropped when it is the first value's own.
    std::string rule = error.what();
    const std::string own = scenario.parameters()[settings[0].parameter].position.Text() + ": ";
    if (rule.compare(0, own.size(), own) == 0) rule.erase(0, own.size());
    throw Error(ErrorKind::kBadInput,
                who + verb + " a rule of the scenario: " + rule +
                    "; every value of a range must be valid whatever the other values drawn: "
                    "narrow the range (scenarios/README.md, \"Uncertain values\")");
  }
}

}  // namespace

void CheckUncertainRanges(const ScenarioTemplate& scenario) {
  const std::vector<UncertainParameter>& parameters = scenario.parameters();
  for (size_t k = 0; k < parameters.size(); ++k) {
    for (bool upper : {false, true})
      TryCorner(scenario, {{k, RangeEnd(parameters[k].distribution, upper)}});
  }
  for (size_t a = 0; a < parameters.size(); ++a) {
    for (size_t b = a + 1; b < parameters.size(); ++b) {
      if (Group(parameters[a].key) != Group(parameters[b].key)) continue;
      for (bool upper_a : {false, true}) {
        for (bool upper_b : {false, true}) {
          TryCorner(scenario, {{a, RangeEnd(parameters[a].distribution, upper_a)},
                               {b, RangeEnd(parameters[b].distribution, upper_b)}});
        }
      }
    }
  }
}

}  // namespace ripple
