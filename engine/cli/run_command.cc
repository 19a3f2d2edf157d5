// ripple run SCENARIO.toml [--out DIR] [--set KEY=VALUE]...  and
// ripple check SCENARIO.toml [--set KEY=VALUE]...
#include <spdlog/spdlog.h>

#include <iostream>

#include "commands.h"
#include "ripple/interventions/compile.h"
#include "ripple/scenario/overrides.h"
#include "ripple/report/report.h"
#include "ripple/run/pipeline.h"
#include "interrupt.h"
#include "ripple/base/staged_directory.h"

namespace po = boost::program_options;

namespace ripple::cli {
namespace {

std::string CommandLine(const std::string& words, const Args& args) {
  std::string line = "ripple " + words;
  for (const auto& arg : args) line += " " + arg;
  return line;
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
                        "earlier run report, replaced only when the run succeeds")("set", po::value<std::vector<std::string>>(), kSetHelp)(
      "quiet,q", "print nothing but errors");
  po::variables_map values;
  if (!ParseArgs(args, "ripple run SCENARIO.toml [--out DIR] [--set KEY=VALUE]...", options, {"SCENARIO"},
                 values)) {
    return 0;
  }
  const std::vector<Override> overrides = SetOverrides(values);
  const InterruptGuard interrupt;
  const PreparedRun run = PrepareRun(values["SCENARIO"].as<std::string>(), overrides);
  const std::string out = values.count("out") ? values["out"].as<std::string>()
                                              : "reports/" + run.scenario.id;
  CheckOutputFolder(out, ReportKind::kRun);
  if (interrupt.interrupted()) return Interrupted();
  RunResult result = RunScenario(run.scenario, run.model, *run.leontief);
  result.overrides = overrides;
  if (interrupt.interrupted()) return Interrupted();
  WriteReports(result, run.inputs, CommandLine("run", args), out);
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
  if (!ParseArgs(args, "ripple check SCENARIO.toml [--set KEY=VALUE]...", options, {"SCENARIO"}, values)) {
    return 0;
  }
  const CheckedScenario run = CheckScenario(values["SCENARIO"].as<std::string>(), SetOverrides(values));
  for (const auto& warning : run.compiled.warnings) spdlog::warn("{}", warning);
  std::cout << "ok: scenario '" << run.scenario.id << "' (" << run.scenario.interventions.size()
            << " interventions, " << run.scenario.start_year << "-" << run.scenario.end_year
            << ") on model '" << run.model.info.id << "' (" << run.model.sectors.size() << " sectors)\n";
  return 0;
}

}  // namespace ripple::cli
