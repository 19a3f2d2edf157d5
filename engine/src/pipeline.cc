#include "ripple/pipeline.h"

#include <sstream>

#include "ripple/csv.h"
#include "ripple/error.h"

namespace ripple {
namespace {

// Re-throws `error` with `context` prefixed, keeping its kind.
[[noreturn]] void Rethrow(const Error& error, const std::string& context) {
  throw Error(error.kind(), context + ": " + error.what());
}

}  // namespace

PreparedRun PrepareRun(const std::string& scenario_file, const std::vector<Override>& overrides) {
  PreparedRun run;
  run.scenario = ParseScenario(ReadFile(scenario_file), scenario_file, overrides);
  const std::string context = "loading model '" + run.scenario.model_path + "' for " + scenario_file;
  try {
    run.model = LoadModel(run.scenario.model_path);
  } catch (const Error& error) {
    Rethrow(error, context);
  }
  ResolveScenario(run.scenario, run.model);
  try {
    run.leontief = std::make_unique<LeontiefModel>(run.model);
  } catch (const Error& error) {
    Rethrow(error, "factoring model '" + run.model.info.id + "'");
  }
  run.inputs.push_back({"scenario", scenario_file, Sha256OfFile(scenario_file)});
  const char* roles[] = {"model.toml", "transactions", "output", "final_demand", "satellites"};
  const std::vector<std::string> files = ModelFiles(run.scenario.model_path);
  for (size_t i = 0; i < files.size(); ++i) run.inputs.push_back({roles[i], files[i], Sha256OfFile(files[i])});
  return run;
}

std::string BriefReport(const RunResult& result) {
  std::ostringstream out;
  const Scenario& s = result.scenario;
  out << "scenario '" << s.id << "' on model '" << result.model.id << "', " << s.start_year << "-"
      << s.end_year << " (" << s.horizon_years() << " years), " << EffectsTypeName(s.effects)
      << " effects\n";
  double demand = 0;
  for (const auto& intervention : result.interventions) {
    for (const auto& year : intervention.years) demand += year.final_demand;
  }
  out << "  final demand over the horizon: " << FormatNumber(demand, 6) << " "
      << result.indicators[0].unit << "\n";
  const size_t total = result.effects.size() - 1;
  for (size_t k = 0; k < result.indicators.size(); ++k) {
    const Indicator& indicator = result.indicators[k];
    double sum = 0;
    for (const auto& intervention : result.interventions) {
      for (const auto& year : intervention.years) sum += SectorTotal(year, k, total);
    }
    if (indicator.employment) {
      out << "  " << indicator.name << " (total): " << FormatNumber(sum, 6) << " job-years, "
          << FormatNumber(sum / s.horizon_years(), 6) << " average annual " << indicator.unit << "\n";
    } else {
      out << "  " << indicator.name << " (total): " << FormatNumber(sum, 6) << " " << indicator.unit << "\n";
    }
  }
  if (!result.warnings.empty()) out << "  " << result.warnings.size() << " warning(s): see warnings.csv\n";
  return out.str();
}

}  // namespace ripple
