// The stages of `ripple run` / `ripple check` as one call each:
//   load scenario -> load model -> resolve -> factor -> project -> reports.
// Errors from a stage are wrapped with what was being done, e.g.
// "loading model 'models/fr-2021' for scenarios/x.toml: ...".
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ripple/leontief.h"
#include "ripple/model.h"
#include "ripple/report.h"
#include "ripple/run.h"
#include "ripple/scenario.h"

namespace ripple {

struct PreparedRun {
  Scenario scenario;
  Model model;
  std::unique_ptr<LeontiefModel> leontief;  // factored once
  std::vector<InputFile> inputs;            // scenario and model files with SHA-256
};

// Loads and validates everything a run needs, with the `--set` overrides
// applied to the scenario (overrides.h). Throws Error (bad input, I/O,
// numerical) with the failing stage named.
PreparedRun PrepareRun(const std::string& scenario_file, const std::vector<Override>& overrides = {});

// The scenario file and the model package's files, with their SHA-256
// (recorded in run.json and sensitivity.json). Throws Error(kIo).
std::vector<InputFile> RunInputs(const std::string& scenario_file, const std::string& model_path);

// A few lines with the headline figures of a run, for the terminal.
std::string BriefReport(const RunResult& result);

}  // namespace ripple
