// ripple_bench: times Ripple's Leontief kernels on one model and prints one
// JSON line per run (the same shape as ../shared/bench/peer_numpy.py), so
// bench/run.sh can put Ripple and its peers side by side.
//
//   ripple_bench --model DIR --task single|single-iterative|mc-params|mc-params-rows|mc-noisy|load
//                [--k DRAWS] [--threads 2] [--reps 3] [--warmup 1] [--seed 9001]
//                [--block 32]   (mc-params: draws solved together per solve)
//   ripple_bench --task sensitivity --scenario FILE [--k 1000] [--threads 2]
//                [--reps 3] [--warmup 1] [--seed 1] [--set KEY=VALUE]...
//
// DIR is a Ripple model package (has model.toml) or a gen_io.py folder n{N}/.
// `load` (a package only) times ripple::LoadModel, i.e. reading and validating
// the CSV tables, and reports MB/s over the bytes of the package's files.
// `single-iterative` is `single` through LeontiefModel(shared model, 1): on a model
// of 2,000 sectors or more, neither A nor I - A is formed and nothing is factored
// (GMRES with products by Z and 1/x, iterative_solve.h); check.factored is 1 when
// the iteration fell back to the LU.
// `sensitivity` times ripple::RunMonteCarlo on FILE (sensitivity_bench.h);
// --set overrides a scenario value as `ripple sensitivity --set` does.
// Times are medians of --reps in-process repetitions after --warmup; model
// (and scenario) loading is not timed. Exit codes: 0 ok, 1 bad flags or input,
// 2 numerical.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "monte_carlo.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "sensitivity_bench.h"
#include "synthetic_model.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string model, task, scenario;
  int k = 0, threads = 2, reps = 3, warmup = 1, block = 32;
  bool predrawn = false;                        // mc-params-rows: demand drawn before the timer
  const std::vector<double>* shocks = nullptr;  // set from `predrawn` before the repetitions
  uint64_t seed = 9001;
  std::vector<ripple::Override> overrides;  // sensitivity: --set KEY=VALUE, in order
};

const char* kUsage =
    "usage: ripple_bench --model DIR --task single|single-iterative|mc-params|mc-params-rows|\n"
    "                    mc-noisy|load\n"
    "                    [--k DRAWS] [--threads T] [--reps R] [--warmup W] [--seed S] [--block B]\n"
    "                    [--predrawn 1]   (mc-params-rows: demand drawn before the timer)\n"
    "       ripple_bench --task sensitivity --scenario FILE [--k DRAWS] [--threads T] [--reps R] "
    "[--warmup W] [--seed S] [--set KEY=VALUE]...";

Options ParseFlags(int argc, char** argv) {
  Options o;
  std::map<std::string, std::string> flags;
  if (argc % 2 == 0) throw ripple::Error(ripple::ErrorKind::kBadInput, "flags come in pairs");
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--set") {
      o.overrides.push_back(ripple::bench::ParseOverride(argv[i + 1]));
    } else {
      flags[argv[i]] = argv[i + 1];
    }
  }
  auto get = [&](const std::string& name, const std::string& fallback) {
    auto it = flags.find(name);
    return it == flags.end() ? fallback : it->second;
  };
  o.model = get("--model", "");
  o.task = get("--task", "");
  o.scenario = get("--scenario", "");
  o.k = std::stoi(get("--k", "0"));
  o.threads = std::stoi(get("--threads", "2"));
  o.reps = std::stoi(get("--reps", "3"));
  o.warmup = std::stoi(get("--warmup", "1"));
  o.seed = std::stoull(get("--seed", o.task == "sensitivity" ? "1" : "9001"));
  o.block = std::stoi(get("--block", "32"));
  o.predrawn = get("--predrawn", "0") == "1";
  const bool model_task = o.task == "single" || o.task == "single-iterative" ||
                          o.task == "mc-params" || o.task == "mc-params-rows" ||
                          o.task == "mc-noisy" || o.task == "load";
  if (model_task ? o.model.empty() : o.task != "sensitivity" || o.scenario.empty()) {
    throw ripple::Error(ripple::ErrorKind::kBadInput, kUsage);
  }
  if (o.reps < 1 || o.threads < 1 || o.warmup < 0 || o.block < 1) {
    throw ripple::Error(ripple::ErrorKind::kBadInput,
                        "--reps, --threads and --block must be >= 1, --warmup >= 0");
  }
  return o;
}

double Seconds(Clock::time_point from) {
  return std::chrono::duration<double>(Clock::now() - from).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t h = v.size() / 2;
  return v.size() % 2 ? v[h] : 0.5 * (v[h - 1] + v[h]);
}

double PeakRssMib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

std::string Num(double v) { return ripple::FormatNumber(v, 9); }

// Phase timings of one repetition plus the check values of the last one.
struct Rep {
  std::map<std::string, double> seconds;
  std::map<std::string, double> check;
};

Rep RunSingle(const std::shared_ptr<const ripple::Model>& shared, bool iterative) {
  const ripple::Model& model = *shared;
  Rep rep;
  const auto t0 = Clock::now();
  // A = Z x^-1, factor I - A (and Type II if any); iterative: 1/x only, on a large model
  const ripple::LeontiefModel leontief =
      iterative ? ripple::LeontiefModel(shared, 1) : ripple::LeontiefModel(model);
  rep.seconds["factor"] = Seconds(t0);
  const auto t1 = Clock::now();
  const ripple::Matrix x = leontief.SolveTypeI(model.final_demand.rowwise().sum());
  rep.seconds["solve"] = Seconds(t1);
  rep.check["sum_x"] = x.sum();
  rep.check["x0"] = x(0);
  if (iterative) rep.check["factored"] = leontief.factored() ? 1 : 0;
  return rep;
}

Rep RunMc(const ripple::Model& model, const Options& o) {
  ripple::bench::McOptions mc;
  mc.draws = o.k;
  mc.threads = o.threads;
  mc.seed = o.seed;
  mc.block = o.block;
  mc.predrawn = o.shocks;
  Rep rep;
  ripple::bench::McResult result;
  if (o.task == "mc-params" || o.task.rfind("mc-params-rows", 0) == 0) {
    const auto t0 = Clock::now();
    const ripple::LeontiefModel leontief(model);
    rep.seconds["factor"] = Seconds(t0);
    const auto t1 = Clock::now();
    result = o.task == "mc-params" ? ripple::bench::RunParameterDraws(model, leontief, mc)
                                   : ripple::bench::RunParameterDrawsRows(model, leontief, mc);
    rep.seconds["draws"] = Seconds(t1);
  } else {
    const auto t0 = Clock::now();
    result = ripple::bench::RunNoisyADraws(model, mc);
    rep.seconds["draws"] = Seconds(t0);
  }
  rep.seconds["thread_noise"] = result.noise_thread_seconds;
  rep.seconds["thread_solve"] = result.solve_thread_seconds;
  const auto& s = result.summary;
  rep.check = {{"total_output_mean", s.total_output_mean},
               {"total_output_p05", s.total_output_p05},
               {"total_output_p95", s.total_output_p95},
               {"jobs_mean", s.jobs_mean},
               {"jobs_p05", s.jobs_p05},
               {"jobs_p95", s.jobs_p95}};
  if (o.task == "mc-noisy") rep.check["pivoted_draws"] = static_cast<double>(result.pivoted_draws);
  return rep;
}

std::string JsonObject(const std::map<std::string, double>& values) {
  std::string out = "{";
  for (const auto& [key, value] : values) {
    out += (out.size() > 1 ? ", \"" : "\"") + key + "\": " + Num(value);
  }
  return out + "}";
}

// Medians over the repetitions after the warm-up of every phase of `once`; the
// check values of the last repetition go to `check`.
std::map<std::string, double> MedianOfReps(const Options& o, const std::function<Rep()>& once,
                                           std::map<std::string, double>& check) {
  std::vector<Rep> reps;
  for (int i = 0; i < o.warmup + o.reps; ++i) {
    const auto t0 = Clock::now();
    Rep rep = once();
    rep.seconds["total"] = Seconds(t0);
    if (i >= o.warmup) reps.push_back(rep);
  }
  std::map<std::string, double> median;
  for (const auto& [phase, unused] : reps.front().seconds) {
    std::vector<double> v;
    for (const auto& r : reps) v.push_back(r.seconds.at(phase));
    median[phase] = Median(v);
  }
  check = reps.back().check;
  return median;
}

// A JSON string literal (the file names here have no control characters).
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  return out + "\"";
}

// `load`: median_s.load is one LoadModel; mb_per_s = the package's bytes / that.
int RunLoadTask(const Options& o) {
  double bytes = 0;
  for (const std::string& file : ripple::ModelFiles(o.model))
    bytes += static_cast<double>(std::filesystem::file_size(file));
  std::map<std::string, double> check;
  const auto median = MedianOfReps(
      o,
      [&] {
        Rep rep;
        const auto t0 = Clock::now();
        const ripple::Model model = ripple::LoadModel(o.model);
        rep.seconds["load"] = Seconds(t0);
        rep.check["sum_z"] = model.transactions.sum();
        rep.check["n"] = static_cast<double>(model.sectors.size());
        return rep;
      },
      check);
  std::cout << "{\"tool\": \"ripple\", \"task\": \"load\", \"n\": " << check["n"]
            << ", \"model\": " << Quoted(o.model) << ", \"bytes\": " << Num(bytes)
            << ", \"mb_per_s\": " << Num(bytes / 1e6 / median.at("load"))
            << ", \"reps\": " << o.reps << ", \"median_s\": " << JsonObject(median)
            << ", \"check\": " << JsonObject(check) << ", \"peak_rss_mib\": " << Num(PeakRssMib())
            << "}\n";
  return 0;
}

int RunModelTask(const Options& o) {
  if (o.task == "load") return RunLoadTask(o);
  const bool package = std::filesystem::exists(o.model + "/model.toml");
  const auto shared = std::make_shared<const ripple::Model>(
      package ? ripple::LoadModel(o.model) : ripple::bench::LoadSyntheticModel(o.model));
  const ripple::Model& model = *shared;
  Options run = o;
  if (run.k <= 0) run.k = model.sectors.size() <= 64 ? 10000 : 100;
  std::vector<double> shocks;  // the peer's way: drawn before the timer
  if (run.predrawn && run.task == "mc-params-rows") {
    ripple::bench::McOptions mc;
    mc.draws = run.k, mc.threads = run.threads, mc.seed = run.seed;
    shocks = ripple::bench::DrawDemandShocks(static_cast<Eigen::Index>(model.sectors.size()), mc);
    run.shocks = &shocks;
    run.task = "mc-params-rows-predrawn";
  }
  std::map<std::string, double> check;
  const auto median = MedianOfReps(
      run,
      [&] {
        if (run.task == "single" || run.task == "single-iterative")
          return RunSingle(shared, run.task == "single-iterative");
        return RunMc(model, run);
      },
      check);
  std::cout << "{\"tool\": \"ripple\", \"task\": \"" << run.task
            << "\", \"n\": " << model.sectors.size() << ", \"model\": \"" << model.info.id
            << "\", \"k\": " << (run.task.rfind("single", 0) == 0 ? 0 : run.k)
            << ", \"threads\": " << run.threads << ", \"reps\": " << run.reps
            << ", \"median_s\": " << JsonObject(median) << ", \"check\": " << JsonObject(check)
            << ", \"peak_rss_mib\": " << Num(PeakRssMib()) << "}\n";
  return 0;
}

// `sensitivity`: median_s.total is one RunMonteCarlo call of k draws; setup_s
// (not in the median) loads the scenario and model and factors the central model.
int RunSensitivityTask(const Options& o) {
  ripple::bench::SensitivityBenchOptions options;
  options.scenario = o.scenario;
  options.overrides = o.overrides;
  options.draws = static_cast<size_t>(o.k > 0 ? o.k : 1000);
  options.threads = o.threads;
  options.seed = o.seed;
  const ripple::bench::SensitivityBench bench(options);
  std::map<std::string, double> check;
  const auto median = MedianOfReps(
      o,
      [&] {
        Rep rep;
        bench.Run(rep.check);
        return rep;
      },
      check);
  std::string sets;
  for (const auto& s : o.overrides)
    sets += (sets.empty() ? "" : ", ") + Quoted(s.key + "=" + s.value);
  std::cout << "{\"tool\": \"ripple\", \"task\": \"sensitivity\", \"n\": " << bench.sectors()
            << ", \"model\": \"" << bench.model_id() << "\", \"scenario\": " << Quoted(o.scenario)
            << ", \"set\": [" << sets << "], \"parameters\": " << bench.parameters()
            << ", \"technical_coefficients_sigma\": " << Num(bench.sigma())
            << ", \"model_varies\": " << (bench.model_varies() ? "true" : "false")
            << ", \"k\": " << options.draws << ", \"threads\": " << o.threads
            << ", \"reps\": " << o.reps << ", \"setup_s\": " << Num(bench.setup_seconds())
            << ", \"median_s\": " << JsonObject(median) << ", \"check\": " << JsonObject(check)
            << ", \"peak_rss_mib\": " << Num(PeakRssMib()) << "}\n";
  return 0;
}

int Run(const Options& o) {
  return o.task == "sensitivity" ? RunSensitivityTask(o) : RunModelTask(o);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(ParseFlags(argc, argv));
  } catch (const ripple::Error& e) {
    std::cerr << "ripple_bench: " << e.what() << "\n";
    return e.kind() == ripple::ErrorKind::kBadInput ? 1 : 2;
  } catch (const std::exception& e) {
    std::cerr << "ripple_bench: " << e.what() << "\n";
    return 1;
  }
}
