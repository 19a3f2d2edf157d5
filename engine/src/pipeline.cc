#include "ripple/pipeline.h"

#include <sstream>

#include "ripple/csv.h"
#include "ripple/error.h"
#include "ripple/evaluator.h"
#include "ripple/public_finance.h"

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
  if (run.scenario.uncertainty.adjusts_model()) {
    // [uncertainty] at its central values: FLQ delta, satellite factors.
    const auto basis = LoadDeltaBasisFor(run.scenario, run.model);
    run.model = AdjustModel(run.model, run.scenario.uncertainty, basis ? &*basis : nullptr);
  }
  try {
    run.leontief = std::make_unique<LeontiefModel>(run.model);
  } catch (const Error& error) {
    Rethrow(error, "factoring model '" + run.model.info.id + "'");
  }
  run.inputs = RunInputs(scenario_file, run.scenario.model_path);
  return run;
}

std::vector<InputFile> RunInputs(const std::string& scenario_file, const std::string& model_path) {
  std::vector<InputFile> inputs;
  inputs.push_back({"scenario", scenario_file, Sha256OfFile(scenario_file)});
  const char* roles[] = {"model.toml", "transactions", "output", "final_demand", "satellites"};
  const std::vector<std::string> files = ModelFiles(model_path);
  for (size_t i = 0; i < files.size(); ++i) inputs.push_back({roles[i], files[i], Sha256OfFile(files[i])});
  return inputs;
}

std::string BriefReport(const RunResult& result) {
  std::ostringstream out;
  const Scenario& s = result.scenario;
  const std::string eur = result.indicators[0].unit;
  out << "scenario '" << s.id << "' on model '" << result.model.id << "', " << s.start_year << "-"
      << s.end_year << " (" << s.horizon_years() << " years), " << EffectsTypeName(s.effects)
      << " effects, " << eur << " of " << s.appraisal.price_year << "\n";
  const PublicFinance finance = ComputePublicFinance(result, nullptr);
  out << "  public cost: " << FormatNumber(finance.cost, 6) << " " << eur << " (present value "
      << FormatNumber(finance.cost_present_value, 6) << ")\n";
  const size_t total = result.effects.size() - 1;
  for (size_t k = 0; k < result.indicators.size(); ++k) {
    const Indicator& indicator = result.indicators[k];
    double sums[2] = {0, 0};
    for (const auto& intervention : result.interventions) {
      for (const auto& year : intervention.years) {
        const double value = SectorTotal(year, k, total);
        sums[0] += value;
        sums[1] += value * intervention.net_factor;
      }
    }
    out << "  " << indicator.name << " (total effect, gross / net): ";
    if (indicator.employment) {
      out << FormatNumber(sums[0], 6) << " / " << FormatNumber(sums[1], 6) << " job-years, "
          << FormatNumber(sums[0] / s.horizon_years(), 6) << " / " << FormatNumber(sums[1] / s.horizon_years(), 6)
          << " average annual " << indicator.unit << "\n";
    } else if (indicator.unit == "enterprises") {
      out << FormatNumber(sums[0] / s.horizon_years(), 6) << " / " << FormatNumber(sums[1] / s.horizon_years(), 6)
          << " enterprises on average\n";
    } else {
      out << FormatNumber(sums[0], 6) << " / " << FormatNumber(sums[1], 6) << " " << indicator.unit << "\n";
    }
  }
  if (finance.job_years[1] != 0 && finance.cost > 0) {
    out << "  cost per net job-year: " << FormatNumber(finance.cost / finance.job_years[1], 6) << " " << eur << "\n";
  }
  if (!result.warnings.empty()) out << "  " << result.warnings.size() << " warning(s): see warnings.csv\n";
  return out.str();
}

}  // namespace ripple
