#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "ripple/base/csv.h"
#include "ripple/base/staged_directory.h"
#include "ripple/report/sensitivity_report.h"

namespace ripple {
namespace {

void WriteSensitivityJson(const SensitivityRun& run, std::ostream& out) {
  const Evaluator& evaluator = *run.evaluator;
  const Scenario& scenario = evaluator.scenario().central();
  nlohmann::ordered_json json;
  json["engine"] = {{"name", "ripple"}, {"version", RIPPLE_VERSION}};
  json["scenario"] = {{"id", scenario.id}, {"file", scenario.file}, {"model", scenario.model_path}};
  json["inputs"] = nlohmann::ordered_json::array();
  for (const auto& input : run.inputs) {
    json["inputs"].push_back(
        {{"role", input.role}, {"path", input.path}, {"sha256", input.sha256}});
  }
  json["overrides"] = nlohmann::ordered_json::array();
  for (const auto& item : run.options.overrides)
    json["overrides"].push_back({{"key", item.key}, {"value", item.value}});
  json["seed"] = run.options.seed;
  json["draws"] = run.has_monte_carlo ? run.monte_carlo.draws : 0;
  json["processes"] = run.processes;
  json["random_numbers"] =
      "draw d: xoshiro256++ streams seeded by SplitMix64 of (seed, d, stream); stream 0: one "
      "uniform per "
      "uncertain value, in the order of parameters.csv, through the inverse CDF; stream 1: "
      "technical-coefficient noise";
  json["uncertain_values"] = nlohmann::ordered_json::array();
  for (const auto& parameter : evaluator.scenario().parameters()) {
    json["uncertain_values"].push_back({{"key", parameter.key},
                                        {"written_at", parameter.position.Text()},
                                        {"distribution", parameter.distribution.Describe()},
                                        {"central", parameter.distribution.Central()}});
  }
  const ModelUncertaintySpec& u = scenario.uncertainty;
  json["uncertainty"] = {{"technical_coefficients_sigma", u.technical_coefficients_sigma}};
  if (u.flq_delta) json["uncertainty"]["flq_delta_central"] = *u.flq_delta;
  for (const auto& factor : u.satellite_factors)
    json["uncertainty"]["satellite_factors_central"][factor.name] = factor.factor;
  out << json.dump(2) << "\n";
}

}  // namespace

void WriteParametersCsv(const std::vector<UncertainParameter>& parameters, std::ostream& out,
                        CsvDialect dialect) {
  CsvWriter csv(out, dialect,
                {"key", "file", "line", "column", "distribution", "central", "p05", "p95"},
                {"line", "column", "central", "p05", "p95"});
  for (const auto& p : parameters) {
    csv.Row({p.key, p.position.file, std::to_string(p.position.line),
             std::to_string(p.position.column), p.distribution.Describe(),
             FormatNumber(p.distribution.Central()), FormatNumber(p.distribution.Quantile(0.05)),
             FormatNumber(p.distribution.Quantile(0.95))});
  }
}

void WriteSensitivityReports(const SensitivityRun& run, const std::string& directory,
                             const SensitivityReportOptions& options) {
  StagedDirectory staged(directory, ReportKind::kSensitivity);
  const auto write = [&](const std::string& name,
                         const std::function<void(std::ostream&)>& writer) {
    staged.WriteWith(name, writer);
  };
  const auto& parameters = run.evaluator->scenario().parameters();
  const CsvDialect dialect = options.csv_dialect;
  write("parameters.csv", [&](std::ostream& o) { WriteParametersCsv(parameters, o, dialect); });
  if (run.has_monte_carlo) {
    write("quantiles.csv",
          [&](std::ostream& o) { WriteQuantilesCsv(run.monte_carlo, o, dialect); });
    if (run.options.write_draws) {
      write("draws.csv",
            [&](std::ostream& o) { WriteDrawsCsv(run.monte_carlo, parameters, o, dialect); });
    }
  }
  if (!run.tornado.empty())
    write("tornado.csv", [&](std::ostream& o) { WriteTornadoCsv(run.tornado, o, dialect); });
  if (run.has_sweep)
    write("sweep.csv", [&](std::ostream& o) { WriteSweepCsv(run.sweep, o, dialect); });
  write("sensitivity.json", [&](std::ostream& o) { WriteSensitivityJson(run, o); });
  const Language language = options.language.value_or(
      ParseLanguage(run.evaluator->scenario().central().language).value_or(Language::kEnglish));
  write("sensitivity.html", [&](std::ostream& o) { WriteSensitivityHtml(run, language, o); });
  staged.Commit();
}

}  // namespace ripple
