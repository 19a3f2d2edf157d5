#include "ripple/sensitivity_report.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "ripple/csv.h"
#include "ripple/staged_directory.h"

namespace ripple {
namespace {

void WriteSensitivityJson(const Evaluator& evaluator, const SensitivityReports& reports, std::ostream& out) {
  const Scenario& scenario = evaluator.scenario().central();
  nlohmann::ordered_json json;
  json["engine"] = {{"name", "ripple"}, {"version", RIPPLE_VERSION}};
  json["scenario"] = {{"id", scenario.id}, {"file", scenario.file}, {"model", scenario.model_path}};
  json["inputs"] = nlohmann::ordered_json::array();
  for (const auto& input : reports.inputs) {
    json["inputs"].push_back({{"role", input.role}, {"path", input.path}, {"sha256", input.sha256}});
  }
  json["overrides"] = nlohmann::ordered_json::array();
  for (const auto& item : reports.overrides) json["overrides"].push_back({{"key", item.key}, {"value", item.value}});
  json["seed"] = reports.seed;
  json["draws"] = reports.monte_carlo != nullptr ? reports.monte_carlo->draws : 0;
  json["random_numbers"] =
      "draw d: xoshiro256++ streams seeded by SplitMix64 of (seed, d, stream); stream 0: one uniform per "
      "uncertain value, in the order of parameters.csv, through the inverse CDF; stream 1: technical-coefficient noise";
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
  for (const auto& factor : u.satellite_factors) json["uncertainty"]["satellite_factors_central"][factor.name] = factor.factor;
  out << json.dump(2) << "\n";
}

}  // namespace

void WriteParametersCsv(const std::vector<UncertainParameter>& parameters, std::ostream& out) {
  WriteCsvLine(out, {"key", "file", "line", "column", "distribution", "central", "p05", "p95"});
  for (const auto& p : parameters) {
    WriteCsvLine(out, {p.key, p.position.file, std::to_string(p.position.line), std::to_string(p.position.column),
                       p.distribution.Describe(), FormatNumber(p.distribution.Central()),
                       FormatNumber(p.distribution.Quantile(0.05)), FormatNumber(p.distribution.Quantile(0.95))});
  }
}

void WriteSensitivityReports(const Evaluator& evaluator, const SensitivityReports& reports,
                             const std::string& directory) {
  StagedDirectory staged(directory, ReportKind::kSensitivity);
  auto write = [&](const std::string& name, auto writer) {
    std::ostringstream text;
    writer(text);
    staged.WriteFile(name, text.str());
  };
  const auto& parameters = evaluator.scenario().parameters();
  write("parameters.csv", [&](std::ostream& o) { WriteParametersCsv(parameters, o); });
  if (reports.monte_carlo != nullptr) {
    write("quantiles.csv", [&](std::ostream& o) { WriteQuantilesCsv(*reports.monte_carlo, o); });
    if (reports.write_draws) {
      write("draws.csv", [&](std::ostream& o) { WriteDrawsCsv(*reports.monte_carlo, parameters, o); });
    }
  }
  if (reports.tornado != nullptr) write("tornado.csv", [&](std::ostream& o) { WriteTornadoCsv(*reports.tornado, o); });
  if (!reports.sweep_csv.empty()) staged.WriteFile("sweep.csv", reports.sweep_csv);
  write("sensitivity.json", [&](std::ostream& o) { WriteSensitivityJson(evaluator, reports, o); });
  staged.Commit();
}

}  // namespace ripple
