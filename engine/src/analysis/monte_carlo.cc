// Monte Carlo draws of a scenario (sensitivity.h).
#include <chrono>
#include <mutex>
#include <thread>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/analysis/sensitivity.h"

namespace ripple {
namespace {

// The values of draw `draw` (stream 0 of (seed, draw)).
std::vector<double> DrawValues(const std::vector<UncertainParameter>& parameters, uint64_t seed, size_t draw) {
  RandomStream stream(StreamSeed(seed, draw, 0));
  std::vector<double> values;
  values.reserve(parameters.size());
  for (const auto& parameter : parameters) values.push_back(parameter.distribution.Quantile(stream.Uniform()));
  return values;
}

std::string DescribeDraw(const std::vector<UncertainParameter>& parameters, const std::vector<double>& values) {
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
    const double gigabytes = static_cast<double>(options.draws) * static_cast<double>(per_draw) / 1e9;
    throw Error(ErrorKind::kBadInput,
                std::to_string(options.draws) + " draws of " + std::to_string(width + parameters.size()) +
                    " numbers each need " + FormatNumber(gigabytes, 3) + " GB of memory, above the limit of " +
                    FormatNumber(static_cast<double>(kMaxMonteCarloBytes) / 1e9, 3) + " GB: use at most " +
                    std::to_string(kMaxMonteCarloBytes / per_draw) + " draws");
  }
  result.draws = options.draws;
  result.values.assign(options.draws * width, 0.0);
  result.parameter_values.assign(options.draws * parameters.size(), 0.0);

  std::atomic<size_t> next{0}, done{0};
  std::atomic<bool> failed{false};
  FirstFailure failure;
  auto worker = [&] {
    std::vector<double> metrics;
    while (!failed.load() && !(options.cancel != nullptr && options.cancel->load())) {
      const size_t d = next.fetch_add(1);
      if (d >= options.draws) return;
      const std::vector<double> values = DrawValues(parameters, options.seed, d);
      std::copy(values.begin(), values.end(), result.parameter_values.begin() + static_cast<std::ptrdiff_t>(d * parameters.size()));
      try {
        RandomStream noise(StreamSeed(options.seed, d, 1));
        MetricValues(evaluator.Run(values, {}, &noise), metrics);
        if (metrics.size() != width) throw Error(ErrorKind::kInternal, "a draw changed the number of metrics");
        std::copy(metrics.begin(), metrics.end(), result.values.begin() + static_cast<std::ptrdiff_t>(d * width));
      } catch (const Error& error) {
        failure.Record(d, error.kind(), "draw " + std::to_string(d) + " (" + DescribeDraw(parameters, values) +
                                            "): " + error.what());
        failed = true;
      }
      done.fetch_add(1);
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < options.threads; ++t) threads.emplace_back(worker);
  while (done.load() < options.draws && !failed.load() && !(options.cancel != nullptr && options.cancel->load())) {
    if (options.progress) options.progress(done.load(), options.draws);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  for (auto& thread : threads) thread.join();
  if (failed.load()) throw Error(failure.kind, failure.message);
  result.cancelled = done.load() < options.draws;
  if (options.progress && !result.cancelled) options.progress(options.draws, options.draws);
  return result;
}

}  // namespace ripple
