// Monte Carlo draws of a scenario (sensitivity.h).
#include <algorithm>
#include <chrono>
#include <cmath>
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

// Doubles rank 0 receives at a time (16 MiB), unless one metric of every draw is more.
constexpr size_t kGatherDoubles = size_t{1} << 21;

// Metrics gathered to rank 0 at a time: a share's worth (ceil(width / ranks)),
// fewer when that would pass kGatherDoubles, at least one.
size_t GatherBlock(size_t width, size_t ranks, size_t draws) {
  const size_t share = (width + ranks - 1) / ranks;
  return std::max<size_t>(1, std::min(share, kGatherDoubles / std::max<size_t>(draws, 1)));
}

// Bytes one rank holds for the figures of `draws` draws over `ranks` ranks:
// the largest share's figures and uncertain values and, with several ranks,
// rank 0's gathered block counted at its largest.
double MonteCarloBytes(size_t draws, size_t width, size_t parameters, size_t ranks) {
  const double share = std::ceil(static_cast<double>(draws) / static_cast<double>(ranks));
  double bytes = share * static_cast<double>(width + parameters) * sizeof(double);
  if (ranks > 1) bytes += static_cast<double>(std::max(kGatherDoubles, draws)) * sizeof(double);
  return bytes;
}

// Refuses a run whose figures would not fit (kMaxMonteCarloBytes), before
// anything is allocated, saying how many draws fit.
void CheckMonteCarloMemory(size_t draws, size_t width, size_t parameters, size_t ranks) {
  const auto limit = static_cast<double>(kMaxMonteCarloBytes);
  if (MonteCarloBytes(draws, width, parameters, ranks) <= limit) return;
  size_t fit = 0, too_many = draws;  // the most draws that fit, by bisection
  while (too_many - fit > 1) {
    const size_t middle = fit + (too_many - fit) / 2;
    (MonteCarloBytes(middle, width, parameters, ranks) <= limit ? fit : too_many) = middle;
  }
  const double gigabytes = MonteCarloBytes(draws, width, parameters, ranks) / 1e9;
  const std::string where = ranks == 1 ? "" : " on each of " + std::to_string(ranks) + " processes";
  throw Error(ErrorKind::kBadInput, std::to_string(draws) + " draws of " +
                                        std::to_string(width + parameters) + " numbers each need " +
                                        FormatNumber(gigabytes, 3) + " GB of memory" + where +
                                        ", above the limit of " + FormatNumber(limit / 1e9, 3) +
                                        " GB: use at most " + std::to_string(fit) + " draws");
}

// Rank 0's summaries and headline columns of metrics [first, last), from the
// draws' figures at `figures` (draw d, metric m at figures[d * stride + m - first]).
void Summarise(const double* figures, size_t stride, size_t first, size_t last,
               MonteCarloResult& result) {
  std::vector<double> scratch;
  for (size_t m = first; m < last; ++m) {
    const double* column = figures + (m - first);
    result.summaries[m] = SummarizeDraws(column, result.draws, stride, scratch);
    for (size_t h = 0; h < result.headline_metrics.size(); ++h) {
      if (result.headline_metrics[h] != m) continue;
      std::vector<double>& kept = result.headline_draws[h];
      kept.resize(result.draws);
      for (size_t d = 0; d < result.draws; ++d) kept[d] = column[d * stride];
    }
  }
}

// Every rank's share of the figures (`mine`: share x width) summarised on rank
// 0, a block of GatherBlock(...) metrics at a time. Collective.
void GatherSummaries(const ProcessGroup& group, const UninitializedDoubles& mine, size_t width,
                     int threads, MonteCarloResult& result) {
  if (group.rank() == 0) {
    result.summaries.resize(width);
    for (const Headline& headline : Headlines(result.keys))
      result.headline_metrics.push_back(headline.metric);
    result.headline_draws.resize(result.headline_metrics.size());
  }
  if (group.size() == 1) {  // the figures are all here: no copy; metrics shared by threads
    const size_t parts = std::max<size_t>(1, std::min<size_t>(static_cast<size_t>(threads), width));
    std::vector<std::thread> workers;
    for (size_t t = 0; t < parts; ++t) {
      const ItemRange metrics = RankShare(width, static_cast<int>(t), static_cast<int>(parts));
      workers.emplace_back([&, metrics] {
        Summarise(mine.data() + metrics.first, width, metrics.first, metrics.last, result);
      });
    }
    for (auto& worker : workers) worker.join();
    return;
  }
  const size_t rows = width == 0 ? 0 : mine.size() / width;
  const size_t block = GatherBlock(width, static_cast<size_t>(group.size()), result.draws);
  std::vector<double> part;
  for (size_t first = 0; first < width; first += block) {
    const size_t last = std::min(width, first + block);
    part.clear();
    for (size_t d = 0; d < rows; ++d) {
      const double* row = mine.data() + d * width;
      part.insert(part.end(), row + first, row + last);
    }
    // Contiguous shares in rank order: the concatenation is every draw in order.
    const std::vector<double> gathered = group.GatherToRoot(part);
    if (group.rank() == 0) Summarise(gathered.data(), last - first, first, last, result);
  }
}

}  // namespace

const std::vector<double>* MonteCarloResult::HeadlineDraws(size_t metric) const {
  for (size_t h = 0; h < headline_metrics.size(); ++h) {
    if (headline_metrics[h] == metric) return &headline_draws[h];
  }
  return nullptr;
}

MonteCarloResult RunMonteCarlo(const Evaluator& evaluator, const MonteCarloOptions& options) {
  if (options.draws < 1) throw Error(ErrorKind::kBadInput, "--draws must be >= 1");
  if (options.threads < 1) throw Error(ErrorKind::kBadInput, "--threads must be >= 1");
  const auto& parameters = evaluator.scenario().parameters();
  MonteCarloResult result;
  const RunResult central = evaluator.RunCentral();
  result.keys = MetricKeys(central);
  MetricValues(central, result.central);
  const size_t width = result.keys.size();
  const ProcessGroup& group = options.group != nullptr ? *options.group : SingleProcess();
  CheckMonteCarloMemory(options.draws, width, parameters.size(),
                        options.keep_every_figure ? 1 : static_cast<size_t>(group.size()));
  result.draws = options.draws;
  const ItemRange share = RankShare(options.draws, group.rank(), group.size());
  // Not zeroed (default_init.h): every draw writes its row, and the rows are
  // read only when every draw succeeded.
  UninitializedDoubles values(share.size() * width),
      parameter_values(share.size() * parameters.size());
  const RankFailure failure =
      RunDraws(evaluator, options, share, width, values.data(), parameter_values.data());
  ThrowFirstFailure(group, failure);
  // Agreed: a rank stopped by Ctrl-C or scancel stops the run on all.
  const bool finished = !failure.failed && !Cancelled(options);
  result.cancelled = group.MinOverRanks(finished ? 1 : 0) == 0;
  if (result.cancelled) return result;
  GatherSummaries(group, values, width, options.threads, result);
  if (group.size() == 1) {  // nothing to gather: no copy of every figure
    result.parameter_values = std::move(parameter_values);
    if (options.keep_every_figure) result.values = std::move(values);
  } else {
    const auto gather = [&](const UninitializedDoubles& mine, UninitializedDoubles& all) {
      const std::vector<double> gathered = group.GatherToRoot({mine.begin(), mine.end()});
      all.assign(gathered.begin(), gathered.end());
    };
    gather(parameter_values, result.parameter_values);
    if (options.keep_every_figure) gather(values, result.values);
  }
  if (options.progress) options.progress(options.draws, options.draws);
  return result;
}

}  // namespace ripple
