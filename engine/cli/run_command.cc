// ripple run SCENARIO.toml [--out DIR] [--lang fr|en] [--draws N [--seed S]] [--pdf] [--xlsx]
//            [--csv-dialect standard|excel-fr] [--keep-zero-rows] [--set KEY=VALUE]...  and
// ripple check SCENARIO.toml [--set KEY=VALUE]...
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <thread>

#include "commands.h"
#include "interrupt.h"
#include "ripple/analysis/sensitivity_run.h"
#include "ripple/base/error.h"
#include "ripple/base/staged_directory.h"
#include "ripple/interventions/compile.h"
#include "ripple/report/brief_pdf.h"
#include "ripple/report/report.h"
#include "ripple/report/xlsx_report.h"
#include "ripple/run/pipeline.h"
#include "ripple/scenario/overrides.h"

namespace po = boost::program_options;

namespace ripple::cli {
namespace {

std::string CommandLine(const std::string& words, const Args& args) {
  std::string line = "ripple " + words;
  for (const auto& arg : args) line += " " + arg;
  return line;
}

// The Monte Carlo and the tornado of `--draws N`, run beside the central run
// (RunSensitivity), reduced to what the brief shows.
std::optional<BriefRanges> Ranges(const po::variables_map& values,
                                  const std::vector<Override>& overrides,
                                  const std::atomic<bool>& cancel) {
  if (!values.count("draws")) return std::nullopt;
  SensitivityOptions options;
  options.scenario_file = values["SCENARIO"].as<std::string>();
  options.overrides = overrides;
  options.draws = values["draws"].as<long long>();
  options.seed = values["seed"].as<unsigned long long>();
  const unsigned cores = std::thread::hardware_concurrency();  // reports do not depend on it
  options.threads = cores == 0 ? 1 : static_cast<int>(std::min(cores, 64u));
  options.cancel = &cancel;
  try {
    options.Validate();
  } catch (const Error& error) {
    throw UsageError{std::string("--") + error.what()};
  }
  if (options.draws < 1)
    throw UsageError{"--draws " + std::to_string(options.draws) + ": must be at least 1"};
  const SensitivityRun run = RunSensitivity(options);
  if (run.cancelled || !run.has_monte_carlo) return std::nullopt;
  return MakeBriefRanges(run.monte_carlo, options.seed, run.tornado);
}

int Interrupted() {
  std::cerr << "ripple: interrupted: no report written\n";
  return kInterruptedExitCode;
}

}  // namespace

int RunCommand(const Args& args) {
  po::options_description options("options");
  options.add_options()("out", po::value<std::string>(),
                        "report folder (default: reports/<scenario id>): missing, empty or an "
                        "earlier run report, replaced only when the run succeeds")(
      "lang", po::value<std::string>(),
      "language of brief.html: fr or en (default: the scenario's "
      "`language`, else en)")("draws", po::value<long long>(),
                              "also run a Monte Carlo of N draws over the scenario's uncertain "
                              "values: P5 / median / P95 beside the brief's figures")(
      "seed", po::value<unsigned long long>()->default_value(1), "random seed of --draws")(
      "pdf", "also write brief.pdf with headless Chromium (apt-get install chromium)")(
      "xlsx", "also write report.xlsx, the figures as an Excel workbook")(
      "csv-dialect", po::value<std::string>()->default_value("standard"), kCsvDialectHelp)(
      "keep-zero-rows", "keep impacts.csv's rows of value 0 (left out by default)")(
      "set", po::value<std::vector<std::string>>(), kSetHelp)("quiet,q",
                                                              "print nothing but errors");
  po::variables_map values;
  if (!ParseArgs(
          args,
          "ripple run SCENARIO.toml [--out DIR] [--lang fr|en] [--draws N [--seed S]] [--pdf] "
          "[--xlsx] [--csv-dialect standard|excel-fr] [--keep-zero-rows] [--set KEY=VALUE]...",
          options, {"SCENARIO"}, values)) {
    return 0;
  }
  const std::vector<Override> overrides = SetOverrides(values);
  RunReportOptions report_options;
  report_options.language = LangFlag(values);
  report_options.pdf = values.count("pdf") > 0;
  if (report_options.pdf) CheckPdfPrinter();
  report_options.xlsx = values.count("xlsx") > 0;
  if (report_options.xlsx) CheckXlsxWriter();
  report_options.csv_dialect = CsvDialectFlag(values);
  report_options.keep_zero_rows = values.count("keep-zero-rows") > 0;
  const InterruptGuard interrupt;
  const PreparedRun run = PrepareRun(values["SCENARIO"].as<std::string>(), overrides);
  const std::string out =
      values.count("out") ? values["out"].as<std::string>() : "reports/" + run.scenario.id;
  CheckOutputFolder(out, ReportKind::kRun);
  if (interrupt.interrupted()) return Interrupted();
  RunResult result = RunScenario(run.scenario, *run.model, *run.leontief);
  result.overrides = overrides;
  if (interrupt.interrupted()) return Interrupted();
  const std::optional<BriefRanges> ranges = Ranges(values, overrides, interrupt.flag());
  if (interrupt.interrupted()) return Interrupted();
  if (ranges) report_options.ranges = &*ranges;
  WriteReports(result, run.inputs, CommandLine("run", args), out, report_options);
  if (!values.count("quiet")) {
    for (const auto& warning : result.warnings) spdlog::warn("{}", warning);
    std::cout << TerminalSummary(result) << "reports written to " << out << "/\n";
  }
  return 0;
}

int CheckCommand(const Args& args) {
  po::options_description options("options");
  options.add_options()("set", po::value<std::vector<std::string>>(), kSetHelp);
  po::variables_map values;
  if (!ParseArgs(args, "ripple check SCENARIO.toml [--set KEY=VALUE]...", options, {"SCENARIO"},
                 values)) {
    return 0;
  }
  const CheckedScenario run =
      CheckScenario(values["SCENARIO"].as<std::string>(), SetOverrides(values));
  for (const auto& warning : run.compiled.warnings) spdlog::warn("{}", warning);
  std::cout << "ok: scenario '" << run.scenario.id << "' (" << run.scenario.interventions.size()
            << " interventions, " << run.scenario.start_year << "-" << run.scenario.end_year
            << ") on model '" << run.model.info.id << "' (" << run.model.sectors.size()
            << " sectors)\n";
  return 0;
}

}  // namespace ripple::cli
