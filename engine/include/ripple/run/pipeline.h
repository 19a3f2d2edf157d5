// The stages of `ripple run` / `ripple check` as one call each:
//   load scenario -> load model -> resolve -> factor -> project -> reports.
// Errors from a stage are wrapped with what was being done, e.g.
// "loading model 'models/fr-2021' for scenarios/x.toml: ...".
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ripple/interventions/compile.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/run/run.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

// One input of a run, recorded in run.json and sensitivity.json.
struct InputFile {
  std::string role;  // "scenario", "model.toml", "transactions", ...
  std::string path;
  std::string sha256;  // hex SHA-256 of the file's bytes
};

// `model` is shared with `leontief` when a large model is solved iteratively
// (LeontiefModel reads its Z at every solve: leontief.h); const for that reason.
struct PreparedRun {
  Scenario scenario;
  std::shared_ptr<const Model> model;       // never null after PrepareRun
  std::unique_ptr<LeontiefModel> leontief;  // factored once, or iterative
  std::vector<InputFile> inputs;            // scenario and model files with SHA-256
};

// Loads and validates everything a run needs, with the `--set` overrides
// applied to the scenario (overrides.h). Throws Error (bad input, I/O,
// numerical) with the failing stage named.
PreparedRun PrepareRun(const std::string& scenario_file,
                       const std::vector<Override>& overrides = {});

// The scenario file and the model package's files, with their SHA-256
// (recorded in run.json and sensitivity.json). Throws Error(kIo).
std::vector<InputFile> RunInputs(const std::string& scenario_file, const std::string& model_path);

// What `ripple check` does: the scenario parsed, its model prepared
// (model_preparation.h) and every intervention compiled, so that each rule a
// run would check is checked; nothing is projected or written. Throws Error as PrepareRun.
struct CheckedScenario {
  Scenario scenario;
  Model model;
  CompiledScenario compiled;  // its warnings are the run's compile warnings
};
CheckedScenario CheckScenario(const std::string& scenario_file,
                              const std::vector<Override>& overrides = {});

}  // namespace ripple
