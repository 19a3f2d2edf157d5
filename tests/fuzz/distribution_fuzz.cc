// libFuzzer target: a value written as a distribution. The input is the TOML
// value text of an intervention's `amount` in a small valid scenario, e.g.
// { dist = "pert", min = 1, mode = 2, max = 4 }; every distribution read is
// then drawn at fixed probabilities and checked against distribution.h:
// quantiles are never NaN, lie within [min, max] and do not decrease with p.
// Seeds: the { dist = ... } tables of the shipped scenarios (tests/fuzz/run.sh).
#include <cmath>

#include "fuzz_common.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/scenario/scenario.h"

namespace {

constexpr const char* kScenario =
    "name = \"fuzz\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2027\n"
    "[[interventions]]\nid = \"a\"\ntype = \"demand\"\nsector = \"s1\"\nunit = \"EUR\"\n"
    "amount = ";

constexpr double kProbabilities[] = {0,   1e-300, 1e-70, 1e-60, 1e-12,     1e-3,      0.05, 0.25,
                                     0.5, 0.75,   0.95,  0.999, 1 - 1e-12, 1 - 1e-16, 1};

void CheckQuantiles(const ripple::Distribution& distribution) {
  double previous = -INFINITY;
  for (const double p : kProbabilities) {
    const double value = distribution.Quantile(p);
    ripple_fuzz::Require(!std::isnan(value), "Quantile(p) is not NaN");
    ripple_fuzz::Require(value >= distribution.min && value <= distribution.max,
                         "Quantile(p) in [min, max]");
    ripple_fuzz::Require(value >= previous, "Quantile is non-decreasing in p");
    previous = value;
  }
  ripple_fuzz::Require(!std::isnan(distribution.Central()), "Central() is not NaN");
  distribution.Describe();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = kScenario + ripple_fuzz::Text(data, size) + "\n";
  ripple_fuzz::ExpectOnlyRippleErrors([&] {
    const ripple::Scenario scenario = ripple::ParseScenario(text, "fuzz/distribution.toml");
    for (const ripple::UncertainParameter& parameter : scenario.uncertain)
      CheckQuantiles(parameter.distribution);
  });
  return 0;
}
