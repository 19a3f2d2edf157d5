// Monte Carlo draws of a scenario (sensitivity.h).
#include <chrono>
#include <mutex>
#include <thread>

#include "ripple/analysis/sensitivity.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

// The values of draw `draw` (stream 0 of (seed, draw)) into `values` (resized).
void DrawValues(const std::vector<UncertainParameter>& parameters, uint64_t seed, size_t draw,
                std::vector<double>& values) {
  RandomStream stream(StreamSeed(seed, draw, 0));
  values.clear();
  for (const auto& parameter : parameters)
    values.push_back(parameter.distribution.Quantile(stream.Uniform()));
}

std::string DescribeDraw(const std::vector<UncertainParameter>& parameters,
                         const std::vector<double>& values) {
  std::string text;
  for (size_t k = 0; k < parameters.size(); ++k) {
    text += (k ? ", " : "") + parameters[k].key + " = " + FormatNumber(values[k]);
  }
  return text.empty() ? "no uncertain values" : text;
}

// The first failure, by draw index (so the message does not depend on threads).
struct FirstFailure {
  std::mutex mutex;
  size_t draw = SIZE_MAX;
  ErrorKind kind = ErrorKind::kInternal;
  std::string message;
  void Record(size_t d, ErrorKind k, const std::string& text) {
    std::lock_guard<std::mutex> lock(mutex);
    if (d < draw) {
      draw = d;
      kind = k;
      message = text;
    }
  }
};

bool Cancelled(const MonteCarloOptions& options) {
  return options.cancel != nullptr && options.cancel->load();
}

// Runs the draws of `share` on options.threads threads into `values` (draws
// x `width` metrics) and `parameter_values` (draws x parameters), rows from
// share.first. Returns the failure of the lowest draw index, if any; progress
// is scaled to the whole run (this rank's pace standing for all ranks').
RankFailure RunDraws(const Evaluator& evaluator, const MonteCarloOptions& options, ItemRange share,
                     size_t width, double* values, double* parameter_values) {
  const auto& parameters = evaluator.scenario().parameters();
  std::atomic<size_t> next{share.first}, done{0};
  std::atomic<bool> failed{false};
  FirstFailure failure;
  auto worker = [&] {
    std::vector<double> metrics, drawn;  // reused by every draw of this thread
    while (!failed.load() && !Cancelled(options)) {
      const size_t d = next.fetch_add(1);
      if (d >= share.last) return;
      const size_t row = d - share.first;
      DrawValues(parameters, options.seed, d, drawn);
      std::copy(drawn.begin(), drawn.end(), parameter_values + row * parameters.size());
      try {
        RandomStream noise(StreamSeed(options.seed, d, 1));
        evaluator.Metrics(drawn, &noise, options.fast_totals, metrics);
        if (metrics.size() != width)
          throw Error(ErrorKind::kInternal, "a draw changed the number of metrics");
        std::copy(metrics.begin(), metrics.end(), values + row * width);
      } catch (const Error& error) {
        failure.Record(d, error.kind(),
                       "draw " + std::to_string(d) + " (" + DescribeDraw(parameters, drawn) +
                           "): " + error.what());
        failed = true;
      }
      done.fetch_add(1);
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < options.threads; ++t) threads.emplace_back(worker);
  while (done.load() < share.size() && !failed.load() && !Cancelled(options)) {
    if (options.progress)
      options.progress(done.load() * options.draws / share.size(), options.draws);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  for (auto& thread : threads) thread.join();
  if (!failed.load()) return {};
  return {true, failure.draw, failure.kind, failure.message};
}

}  // namespace

MonteCarloResult RunMonteCarlo(const Evaluator& evaluator, const MonteCarloOptions& options) {
  if (options.draws < 1) throw Error(ErrorKind::kBadInput, "--draws must be >= 1");
  if (options.threads < 1) throw Error(ErrorKind::kBadInput, "--threads must be >= 1");
  const auto& parameters = evaluator.scenario().parameters();
  MonteCarloResult result;
  const RunResult central = evaluator.RunCentral();
  result.keys = MetricKeys(central);
  MetricValues(central, result.central);
  const size_t width = result.keys.size();
  // Every figure of every draw is kept (quantiles need them all): refuse
  // before allocating what the machine may not have.
  const size_t per_draw = (width + parameters.size()) * sizeof(double);
  if (options.draws > kMaxMonteCarloBytes / per_draw) {
    const double gigabytes =
        static_cast<double>(options.draws) * static_cast<double>(per_draw) / 1e9;
    throw Error(ErrorKind::kBadInput,
                std::to_string(options.draws) + " draws of " +
                    std::to_string(width + parameters.size()) + " numbers each need " +
                    FormatNumber(gigabytes, 3) + " GB of memory, above the limit of " +
                    FormatNumber(static_cast<double>(kMaxMonteCarloBytes) / 1e9, 3) +
                    " GB: use at most " + std::to_string(kMaxMonteCarloBytes / per_draw) +
                    " draws");
  }
  result.draws = options.draws;
  const ProcessGroup& group = options.group != nullptr ? *options.group : SingleProcess();
  const ItemRange share = RankShare(options.draws, group.rank(), group.size());
  // One process: the draws write into the result (no copy, no zeros: a row
  // is read only when every draw succeeded). Ranks: into blocks gathered in
  // rank order, whose concatenation is every draw in order.
  const bool alone = group.size() == 1;
  std::vector<double> values, parameter_values;
  if (alone) {
    result.values.resize(share.size() * width);
    result.parameter_values.resize(share.size() * parameters.size());
  } else {
    values.resize(share.size() * width);
    parameter_values.resize(share.size() * parameters.size());
  }
  const RankFailure failure =
      RunDraws(evaluator, options, share, width, alone ? result.values.data() : values.data(),
               alone ? result.parameter_values.data() : parameter_values.data());
  ThrowFirstFailure(group, failure);
  // Agreed: a rank stopped by Ctrl-C or scancel stops the run on all.
  const bool finished = !failure.failed && !Cancelled(options);
  result.cancelled = group.MinOverRanks(finished ? 1 : 0) == 0;
  if (result.cancelled) {  // rows of draws not run were never written
    result.values.clear();
    result.parameter_values.clear();
    return result;
  }
  if (!alone) {
    const std::vector<double> all_values = group.GatherToRoot(values);
    const std::vector<double> all_parameters = group.GatherToRoot(parameter_values);
    result.values.assign(all_values.begin(), all_values.end());
    result.parameter_values.assign(all_parameters.begin(), all_parameters.end());
  }
  if (options.progress) options.progress(options.draws, options.draws);
  return result;
}

}  // namespace ripple
