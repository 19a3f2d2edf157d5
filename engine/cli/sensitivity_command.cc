// ripple sensitivity SCENARIO.toml [--draws N] [--seed S] [--threads T] [--out DIR]
//                   [--lang fr|en] [--write-draws] [--sweep KEY=LO:HI:STEPS]... [--set
//                   KEY=VALUE]...
//                   [--quiet]
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <thread>

#include "commands.h"
#include "interrupt.h"
#include "ripple/analysis/distributed.h"
#include "ripple/base/error.h"
#include "ripple/base/output_folder.h"
#include "ripple/report/sensitivity_report.h"
#include "ripple/run/pipeline.h"

namespace po = boost::program_options;

namespace ripple::cli {
namespace {

const char* kUsage =
    "ripple sensitivity SCENARIO.toml [--draws N] [--seed S] [--threads T] [--out DIR] "
    "[--lang fr|en] [--csv-dialect standard|excel-fr] [--write-draws]\n"
    "                  [--sweep KEY=LO:HI:STEPS]... [--set KEY=VALUE]... [--quiet]";

// "\r  draws 340/1000 (34%)" on a terminal.
void ShowProgress(size_t done, size_t total) {
  std::fprintf(stderr, "\r  draws %zu/%zu (%zu%%)", done, total, total ? 100 * done / total : 0);
  std::fflush(stderr);
}

// "  draws 400/1000 (40%)" once a line at every tenth, for a log (mpirun and
// srun forward stderr through a pipe; done is estimated from rank 0's pace).
void LogProgress(size_t done, size_t total) {
  static long long shown = -1;  // the last tenth logged
  const long long tenth = total ? static_cast<long long>(10 * done / total) : 10;
  if (tenth <= shown) return;
  shown = tenth;
  std::fprintf(stderr, "  draws %zu/%zu (%lld%%)\n", done, total, 10 * tenth);
  std::fflush(stderr);
}

int DefaultThreads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(std::min(cores, 64u));
}

// One rank of a distributed run (distributed.h) other than rank 0: runs its
// share and prints nothing. Errors are agreed (every rank throws the same),
// and rank 0 prints it and exits with its code; this rank exits with 0, for
// mpirun would otherwise stop the job, rank 0 with it, maybe before it prints.
int SensitivityWorker(const SensitivityOptions& options) {
  try {
    RunSensitivity(options);
  } catch (const Error&) {
  }
  return 0;
}

}  // namespace

int SensitivityCommand(const Args& args) {
  po::options_description options("options");
  options.add_options()("draws", po::value<long long>()->default_value(1000),
                        "Monte Carlo draws (0: tornado and sweeps only)")(
      "seed", po::value<unsigned long long>()->default_value(1),
      "random seed: the same seed gives the same reports")(
      "threads", po::value<int>()->default_value(DefaultThreads()),
      "worker threads (reports do not depend on it; default: the number of cores)")(
      "out", po::value<std::string>(),
      "report folder (default: reports/<scenario id>-sensitivity)")(
      "lang", po::value<std::string>(), kLangHelp)(
      "csv-dialect", po::value<std::string>()->default_value("standard"), kCsvDialectHelp)(
      "write-draws", "also write draws.csv (one row per draw)")(
      "sweep", po::value<std::vector<std::string>>(),
      "grid sweep KEY=LO:HI:STEPS (--set key syntax); repeatable")(
      "set", po::value<std::vector<std::string>>(), kSetHelp)("quiet,q",
                                                              "print nothing but errors");
  po::variables_map values;
  if (!ParseArgs(args, kUsage, options, {"SCENARIO"}, values)) return 0;
  SensitivityOptions run_options;
  run_options.scenario_file = values["SCENARIO"].as<std::string>();
  run_options.overrides = SetOverrides(values);
  run_options.draws = values["draws"].as<long long>();
  run_options.seed = values["seed"].as<unsigned long long>();
  run_options.threads = values["threads"].as<int>();
  run_options.write_draws = values.count("write-draws") > 0;
  const SensitivityReportOptions report_options{LangFlag(values), CsvDialectFlag(values)};
  if (values.count("sweep")) {
    for (const auto& text : values["sweep"].as<std::vector<std::string>>()) {
      run_options.sweeps.push_back(ParseSweepAxis(text));
    }
  }
  try {
    run_options.Validate();
  } catch (const Error& error) {
    throw UsageError{std::string("--") + error.what()};
  }
  const bool quiet = values.count("quiet") > 0;
  // Under mpirun or srun: every rank runs its share, rank 0 writes (MPI_Finalize when it ends).
  const std::unique_ptr<ProcessGroup> group = JoinProcessGroup();
  run_options.group = group.get();
  std::string out;
  run_options.on_loaded = [&](const Scenario& scenario) {
    out = values.count("out") ? values["out"].as<std::string>()
                              : "reports/" + scenario.id + "-sensitivity";
    CheckOutputFolder(out, ReportKind::kSensitivity);
  };
  const InterruptGuard interrupt;
  run_options.cancel = &interrupt.flag();
  if (group->rank() != 0) return SensitivityWorker(run_options);
  if (!quiet && isatty(STDERR_FILENO)) run_options.progress = ShowProgress;
  if (!quiet && !isatty(STDERR_FILENO) && group->size() > 1) run_options.progress = LogProgress;
  const SensitivityRun run = RunSensitivity(run_options);
  if (run_options.progress && isatty(STDERR_FILENO) && run.has_monte_carlo)
    std::fputs("\n", stderr);
  if (run.cancelled) {
    std::cerr << "ripple: interrupted: no report written\n";
    return kInterruptedExitCode;
  }
  const Scenario& scenario = run.evaluator->scenario().central();
  WriteSensitivityReports(run, out, report_options);
  if (!quiet) {
    std::cout << "scenario '" << scenario.id
              << "': " << run.evaluator->scenario().parameters().size() << " uncertain values, "
              << (run.has_monte_carlo ? run.monte_carlo.draws : 0) << " draws (seed "
              << run_options.seed << ")" << (run.has_sweep ? ", sweep" : "")
              << (run.processes > 1 ? ", " + std::to_string(run.processes) + " processes" : "")
              << "\nreports written to " << out << "/\n";
  }
  return 0;
}

}  // namespace ripple::cli
