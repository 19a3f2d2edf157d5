// ripple sensitivity SCENARIO.toml [--draws N] [--seed S] [--threads T] [--out DIR]
//                   [--write-draws] [--sweep KEY=LO:HI:STEPS]... [--set KEY=VALUE]... [--quiet]
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <sstream>
#include <thread>

#include "commands.h"
#include "interrupt.h"
#include "ripple/error.h"
#include "ripple/output_folder.h"
#include "ripple/pipeline.h"
#include "ripple/sensitivity_report.h"

namespace po = boost::program_options;

namespace ripple::cli {
namespace {

const char* kUsage =
    "ripple sensitivity SCENARIO.toml [--draws N] [--seed S] [--threads T] [--out DIR] [--write-draws]\n"
    "                  [--sweep KEY=LO:HI:STEPS]... [--set KEY=VALUE]... [--quiet]";

// "\r  draws 340/1000 (34%)" on a terminal.
void ShowProgress(size_t done, size_t total) {
  std::fprintf(stderr, "\r  draws %zu/%zu (%zu%%)", done, total, total ? 100 * done / total : 0);
  std::fflush(stderr);
}

int DefaultThreads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(std::min(cores, 64u));
}

}  // namespace

int SensitivityCommand(const Args& args) {
  po::options_description options("options");
  options.add_options()("draws", po::value<long long>()->default_value(1000),
                        "Monte Carlo draws (0: tornado and sweeps only)")(
      "seed", po::value<unsigned long long>()->default_value(1), "random seed: the same seed gives the same reports")(
      "threads", po::value<int>()->default_value(DefaultThreads()),
      "worker threads (reports do not depend on it; default: the number of cores)")(
      "out", po::value<std::string>(), "report folder (default: reports/<scenario id>-sensitivity)")(
      "write-draws", "also write draws.csv (one row per draw)")(
      "sweep", po::value<std::vector<std::string>>(), "grid sweep KEY=LO:HI:STEPS (--set key syntax); repeatable")(
      "set", po::value<std::vector<std::string>>(), kSetHelp)("quiet,q", "print nothing but errors");
  po::variables_map values;
  if (!ParseArgs(args, kUsage, options, {"SCENARIO"}, values)) return 0;
  const long long draws = values["draws"].as<long long>();
  const int threads = values["threads"].as<int>();
  if (draws < 0 || draws > 100000000) throw UsageError{"--draws " + std::to_string(draws) + ": must be within [0, 100000000]"};
  if (threads < 1 || threads > 256) throw UsageError{"--threads " + std::to_string(threads) + ": must be within [1, 256]"};
  std::vector<SweepAxis> axes;
  if (values.count("sweep")) {
    for (const auto& text : values["sweep"].as<std::vector<std::string>>()) axes.push_back(ParseSweepAxis(text));
    CheckSweepGrid(axes);
  }
  const bool quiet = values.count("quiet") > 0;
  const std::string file = values["SCENARIO"].as<std::string>();
  SensitivityReports reports;
  reports.overrides = SetOverrides(values);
  reports.seed = values["seed"].as<unsigned long long>();
  reports.write_draws = values.count("write-draws") > 0;
  const Evaluator evaluator(ScenarioTemplate::Load(file, reports.overrides));
  const Scenario& scenario = evaluator.scenario().central();
  const bool uncertain = !evaluator.scenario().parameters().empty() ||
                         scenario.uncertainty.technical_coefficients_sigma > 0;
  if (!uncertain && axes.empty()) {
    throw Error(ErrorKind::kBadInput,
                file + ": no uncertain values: write a number as a distribution, e.g. amount = { dist = "
                       "\"triangular\", min = 1.2e6, mode = 1.35e6, max = 1.5e6 } (scenarios/README.md, "
                       "\"Uncertain values\"), set [uncertainty] technical_coefficients_sigma, or give --sweep");
  }
  reports.inputs = RunInputs(file, scenario.model_path);
  const std::string out =
      values.count("out") ? values["out"].as<std::string>() : "reports/" + scenario.id + "-sensitivity";
  CheckOutputFolder(out, ReportKind::kSensitivity);
  const InterruptGuard interrupt;
  MonteCarloResult monte_carlo;
  if (draws > 0 && uncertain) {
    MonteCarloOptions mc;
    mc.draws = static_cast<size_t>(draws);
    mc.seed = reports.seed;
    mc.threads = threads;
    mc.cancel = &interrupt.flag();
    if (!quiet && isatty(STDERR_FILENO)) mc.progress = ShowProgress;
    monte_carlo = RunMonteCarlo(evaluator, mc);
    if (mc.progress) std::fputs("\n", stderr);
    reports.monte_carlo = &monte_carlo;
  }
  std::vector<TornadoRow> tornado;
  if (!interrupt.interrupted() && !evaluator.scenario().parameters().empty()) {
    tornado = RunTornado(evaluator);
    reports.tornado = &tornado;
  }
  if (!interrupt.interrupted() && !axes.empty()) {
    std::ostringstream sweep;
    RunSweep(evaluator, axes, sweep, &interrupt.flag());
    reports.sweep_csv = sweep.str();
  }
  if (interrupt.interrupted()) {
    std::cerr << "ripple: interrupted: no report written\n";
    return kInterruptedExitCode;
  }
  WriteSensitivityReports(evaluator, reports, out);
  if (!quiet) {
    std::cout << "scenario '" << scenario.id << "': " << evaluator.scenario().parameters().size()
              << " uncertain values, " << (reports.monte_carlo ? draws : 0) << " draws (seed " << reports.seed
              << ")" << (axes.empty() ? "" : ", sweep") << "\nreports written to " << out << "/\n";
  }
  return 0;
}

}  // namespace ripple::cli
