#include "ripple/run/pipeline.h"

#include <filesystem>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/sha256.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/run/model_preparation.h"

namespace ripple {

PreparedRun PrepareRun(const std::string& scenario_file, const std::vector<Override>& overrides) {
  PreparedRun run;
  run.scenario = ParseScenario(ReadFile(scenario_file), scenario_file, overrides);
  PreparedOneRun prepared = PrepareOneRun(run.scenario);
  run.model = std::move(prepared.model);
  run.leontief = std::move(prepared.leontief);
  run.inputs = RunInputs(scenario_file, run.scenario.model_path);
  return run;
}

CheckedScenario CheckScenario(const std::string& scenario_file,
                              const std::vector<Override>& overrides) {
  CheckedScenario checked;
  checked.scenario = ParseScenario(ReadFile(scenario_file), scenario_file, overrides);
  checked.model = PrepareModel(checked.scenario).model;
  checked.compiled = CompileScenario(checked.scenario, checked.model);
  return checked;
}

std::vector<InputFile> RunInputs(const std::string& scenario_file, const std::string& model_path) {
  std::vector<InputFile> inputs;
  inputs.push_back({"scenario", scenario_file, Sha256OfFile(scenario_file)});
  // rpc.csv and location_quotients.csv (regional packages) take their file name's stem.
  const char* roles[] = {"model.toml", "transactions", "output", "final_demand", "satellites"};
  const std::vector<std::string> files = ModelFiles(model_path);
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string role = i < 5 ? roles[i] : std::filesystem::path(files[i]).stem().string();
    inputs.push_back({role, files[i], Sha256OfFile(files[i])});
  }
  return inputs;
}

}  // namespace ripple
