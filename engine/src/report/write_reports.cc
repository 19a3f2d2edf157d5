// run.json, file hashes, and the all-or-nothing writing of a report folder.
#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ripple/base/error.h"
#include "ripple/base/file_io.h"
#include "ripple/base/limits.h"
#include "ripple/base/staged_directory.h"
#include "ripple/interventions/cluster.h"
#include "ripple/report/brief_pdf.h"
#include "ripple/report/report.h"
#include "ripple/report/sector_labels.h"
#include "ripple/report/xlsx_report.h"

namespace ripple {

namespace {

nlohmann::ordered_json ScenarioJson(const Scenario& scenario) {
  nlohmann::ordered_json json;
  json["id"] = scenario.id;
  json["name"] = scenario.name;
  json["file"] = scenario.file;
  json["model"] = scenario.model_path;
  json["start_year"] = scenario.start_year;
  json["end_year"] = scenario.end_year;
  json["effects"] = EffectsTypeName(scenario.effects);
  json["shock_warning_share"] = scenario.shock_warning_share;
  const Appraisal& a = scenario.appraisal;
  json["appraisal"] = {{"price_year", a.price_year},
                       {"amounts_price_year", a.amounts_price_year},
                       {"inflation_rate", a.inflation_rate},
                       {"discount_rate", a.discount_rate},
                       {"discount_base_year", a.discount_base_year},
                       {"public_funds_cost", a.public_funds_cost},
                       {"social_contribution_rate", a.social_contribution_rate}};
  for (const auto& entry : a.price_index)
    json["appraisal"]["price_index"][std::to_string(entry.year)] = entry.value;
  if (!scenario.uncertain.empty()) {
    // `ripple run` uses each distribution's central value (`ripple sensitivity` draws from it).
    json["uncertain_values_at_central"] = nlohmann::ordered_json::array();
    for (const auto& parameter : scenario.uncertain) {
      json["uncertain_values_at_central"].push_back(
          {{"key", parameter.key},
           {"written_at", parameter.position.Text()},
           {"distribution", parameter.distribution.Describe()},
           {"central", parameter.distribution.Central()}});
    }
  }
  if (scenario.uncertainty.any()) {
    const ModelUncertaintySpec& u = scenario.uncertainty;
    json["uncertainty"] = {{"applied",
                            "flq_delta and satellite factors at their central values; "
                            "technical-coefficient noise only in ripple sensitivity draws"},
                           {"technical_coefficients_sigma", u.technical_coefficients_sigma}};
    if (u.flq_delta) json["uncertainty"]["flq_delta"] = *u.flq_delta;
    for (const auto& factor : u.satellite_factors)
      json["uncertainty"]["satellite_factors"][factor.name] = factor.factor;
  }
  json["interventions"] = nlohmann::ordered_json::array();
  for (const auto& intervention : scenario.interventions) {
    nlohmann::ordered_json item;
    item["id"] = intervention.id;
    item["type"] = InterventionTypeName(intervention.type);
    if (!intervention.label.empty()) item["label"] = intervention.label;
    item["currency"] = intervention.currency;
    json["interventions"].push_back(item);
  }
  return json;
}

// The Type II closure used (ClosureSpec); null when the model has none.
nlohmann::ordered_json ClosureJson(const RunResult& result) {
  if (!(result.household_spending_per_compensation > 0)) return nullptr;
  const ClosureSpec& closure = result.scenario.closure;
  const std::string rents = result.imputed_rent_sector.empty()
                                ? "imputed rents included"
                                : "imputed rents (" + result.imputed_rent_sector + ") excluded";
  return {{"household", HouseholdClosureKindName(closure.kind())},
          {"household_spending_per_euro", result.household_spending_per_compensation},
          {"source", closure.household_spending_per_euro
                         ? closure.household_spending_source
                         : "the model's household consumption / household income, " + rents}};
}

nlohmann::ordered_json ModelJson(const RunResult& result) {
  const ModelInfo& info = result.model;
  nlohmann::ordered_json json;
  json["id"] = info.id;
  json["title"] = info.title;
  json["region"] = info.region;
  json["year"] = info.year;
  json["monetary_unit"] = info.monetary_unit;
  json["price_basis"] = info.price_basis;
  json["source"] = info.source;
  json["sectors"] = result.sectors.size();
  return json;
}

// How the files were written: what a reader of the CSVs must know.
nlohmann::ordered_json ReportsJson(const RunResult& result, const RunReportOptions& options) {
  const Language language = BriefLanguage(options.language, result.scenario);
  const SectorNames names = NamesOfSectors(result.sectors, language);
  nlohmann::ordered_json json;
  json["language"] = LanguageName(language);
  json["csv_dialect"] = CsvDialectName(options.csv_dialect);
  json["impacts_zero_rows"] = options.keep_zero_rows
                                  ? "kept (--keep-zero-rows)"
                                  : "left out: a missing row of impacts.csv is 0 "
                                    "(--keep-zero-rows keeps them)";
  json["sector_labels"] = names.source.empty()
                              ? "none: the model's sector codes are not all A*64 codes, "
                                "sector_label is empty"
                              : names.source;
  if (options.xlsx) json["xlsx"] = "report.xlsx";
  return json;
}

}  // namespace

void WriteRunJson(const RunResult& result, const std::vector<InputFile>& inputs,
                  const std::string& command, std::ostream& out, const RunReportOptions& options) {
  nlohmann::ordered_json json;
  json["engine"] = {{"name", "ripple"}, {"version", RIPPLE_VERSION}};
  json["command"] = command;
  json["inputs"] = nlohmann::ordered_json::array();
  for (const auto& input : inputs) {
    json["inputs"].push_back(
        {{"role", input.role}, {"path", input.path}, {"sha256", input.sha256}});
  }
  json["overrides"] = nlohmann::ordered_json::array();
  for (const auto& item : result.overrides)
    json["overrides"].push_back({{"key", item.key}, {"value", item.value}});
  json["model"] = ModelJson(result);
  json["scenario"] = ScenarioJson(result.scenario);
  json["scenario"]["closure"] = ClosureJson(result);
  for (size_t i = 0; i < result.interventions.size(); ++i) {
    const InterventionImpact& impact = result.interventions[i];
    auto& item = json["scenario"]["interventions"][i];
    const Additionality& a = impact.additionality;
    item["additionality"] = {{"deadweight", a.deadweight},
                             {"displacement", a.displacement},
                             {"leakage", a.leakage},
                             {"substitution", a.substitution},
                             {"net_factor", impact.net_factor}};
    item["notes"] = impact.notes;
    item["spending_injected_by_year"] = nlohmann::ordered_json::object();
    item["public_cost_by_year"] = nlohmann::ordered_json::object();
    for (const auto& year : impact.years) {
      item["spending_injected_by_year"][std::to_string(year.year)] = year.final_demand;
      item["public_cost_by_year"][std::to_string(year.year)] = year.public_cost;
    }
  }
  json["effects_reported"] = nlohmann::ordered_json::array();
  for (Effect effect : result.effects) json["effects_reported"].push_back(EffectName(effect));
  json["indicators"] = nlohmann::ordered_json::array();
  for (const auto& indicator : result.indicators) {
    json["indicators"].push_back(
        {{"name", indicator.name}, {"unit", indicator.unit}, {"employment", indicator.employment}});
  }
  json["warnings"] = result.warnings;
  json["reports"] = ReportsJson(result, options);
  out << json.dump(2) << "\n";
}

CsvOptions MakeCsvOptions(const RunResult& result, const RunReportOptions& options) {
  CsvOptions csv;
  csv.dialect = options.csv_dialect;
  csv.keep_zero_rows = options.keep_zero_rows;
  csv.sector_labels =
      NamesOfSectors(result.sectors, BriefLanguage(options.language, result.scenario)).labels;
  return csv;
}

BriefOptions MakeBriefOptions(const RunResult& result, const RunReportOptions& options) {
  BriefOptions brief;
  brief.language = BriefLanguage(options.language, result.scenario);
  brief.ranges = options.ranges;
  std::map<std::string, std::string> texts;
  for (const auto& parameter : result.scenario.uncertain) {
    const std::string& file = parameter.position.file;
    if (!texts.count(file)) {
      try {
        texts[file] = ReadWholeFile(file, kMaxTextFileBytes);
      } catch (const Error&) {
        texts[file] = "";
      }
    }
    brief.assumption_sources.push_back(CommentAtLine(texts[file], parameter.position.line));
  }
  return brief;
}

void WriteReports(const RunResult& result, const std::vector<InputFile>& inputs,
                  const std::string& command, const std::string& directory,
                  const RunReportOptions& options) {
  StagedDirectory staged(directory, ReportKind::kRun);
  const auto write = [&](const std::string& name,
                         const std::function<void(std::ostream&)>& writer) {
    staged.WriteWith(name, writer);
  };
  const CsvOptions csv = MakeCsvOptions(result, options);
  write("impacts.csv", [&](std::ostream& o) { WriteImpactsCsv(result, o, csv); });
  write("annual.csv", [&](std::ostream& o) { WriteAnnualCsv(result, o, csv); });
  write("summary.csv", [&](std::ostream& o) { WriteSummaryCsv(result, o, csv); });
  write("multipliers.csv", [&](std::ostream& o) {
    WriteMultipliersCsv(result.multipliers, o, csv.dialect, &csv.sector_labels);
  });
  write("multipliers_units.csv",
        [&](std::ostream& o) { WriteMultiplierUnitsCsv(result.multipliers, o, csv.dialect); });
  write("warnings.csv", [&](std::ostream& o) { WriteWarningsCsv(result, o, csv); });
  write("brief.md", [&](std::ostream& o) { WriteBriefMarkdown(result, o); });
  const BriefOptions brief = MakeBriefOptions(result, options);
  write("brief.html", [&](std::ostream& o) { WriteBriefHtml(result, brief, o); });
  if (options.pdf) PrintHtmlToPdf(staged.PathOf("brief.html"), staged.PathOf("brief.pdf"));
  std::vector<std::pair<std::string, std::vector<ClusterYear>>> clusters;
  std::vector<std::pair<std::string, std::vector<BacktestRow>>> backtests;
  for (const auto& intervention : result.interventions) {
    if (intervention.type != InterventionType::kCluster) continue;
    clusters.emplace_back(intervention.id, intervention.cluster);
    backtests.emplace_back(intervention.id, intervention.backtest);
  }
  if (!clusters.empty()) {
    write("cluster.csv", [&](std::ostream& o) { WriteClusterCsv(clusters, o, csv.dialect); });
    write("cluster_backtest.csv",
          [&](std::ostream& o) { WriteBacktestCsv(backtests, o, csv.dialect); });
  }
  if (options.xlsx) {
    WriteXlsxReport(result, MakeXlsxOptions(result, options, brief), staged.PathOf("report.xlsx"));
  }
  write("run.json", [&](std::ostream& o) { WriteRunJson(result, inputs, command, o, options); });
  staged.Commit();
}

}  // namespace ripple
