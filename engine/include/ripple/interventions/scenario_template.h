// A scenario parsed once and instantiated many times with other values: the
// draws of a Monte Carlo run, the points of a tornado or a sweep, the
// iterations of a goal seek (sensitivity.h).
//
// Load resolves `extends`, applies the `--set` overrides and replaces every
// distribution (distribution.h) by its central value; central() is the
// scenario `ripple run` would run. Instantiate sets the uncertain values to
// given numbers and applies further overrides ("KEY=VALUE", the `--set`
// syntax), then validates the result exactly like a scenario file: a value
// that breaks a rule throws Error(kBadInput) located at the distribution
// (or at "--set KEY").
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ripple/interventions/scenario_reader.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

class ScenarioTemplate {
 public:
  // Reads and parses `file`. Throws Error(kIo) when unreadable, Error(kBadInput)
  // like ParseScenario.
  static ScenarioTemplate Load(const std::string& file,
                               const std::vector<Override>& overrides = {});
  // Same from text already read.
  static ScenarioTemplate Parse(const std::string& text, const std::string& file,
                                const std::vector<Override>& overrides = {});

  const Scenario& central() const { return central_; }
  const std::vector<UncertainParameter>& parameters() const { return central_.uncertain; }
  // Central value of each parameter, in parameters() order.
  std::vector<double> CentralValues() const;

  // The scenario with parameter k at values[k] (values.size() ==
  // parameters().size()), then `overrides` applied; a parameter whose key is
  // overridden keeps the override (a number there replaces values[k],
  // at every copy of the parameter). Thread-safe (works on its own tree, with
  // the source positions of the files for error messages).
  Scenario Instantiate(const std::vector<double>& values,
                       const std::vector<Override>& overrides = {}) const;

  // Index of the parameter with `key` in parameters(), or -1.
  int FindParameter(const std::string& key) const;

  // The number at `key` (--set syntax) in the central scenario's tree, or
  // nullopt when the key does not lead to a number.
  std::optional<double> NumberAt(const std::string& key) const;
  // The text at `key` (e.g. "interventions.<id>.unit"), or nullopt when the
  // key does not lead to a string.
  std::optional<std::string> TextAt(const std::string& key) const;

 private:
  struct Tree;
  std::string file_;
  std::shared_ptr<Tree>
      tree_;  // resolved tree, distributions replaced by central values; spare trees
  Scenario central_;
};

}  // namespace ripple
