// RunMonteCarlo over several ranks (sensitivity.h, "Memory of a Monte Carlo
// run"): rank 0 receives the figures a block of metrics at a time and writes
// the same reports as one process, and the memory check counts per process.
// The ranks are threads of this process (support/thread_ranks.h); the same
// code under mpirun is tested in distributed_cli_test.cc.
#include <catch2/catch.hpp>
#include <cmath>
#include <exception>
#include <sstream>
#include <thread>

#include "ripple/analysis/sensitivity.h"
#include "ripple/base/csv.h"
#include "ripple/report/sensitivity_report.h"
#include "support/test_support.h"
#include "support/thread_ranks.h"

namespace ripple {
using testing::RepoPath;
namespace {

Evaluator Baseline() {
  return Evaluator(ScenarioTemplate::Load(RepoPath("scenarios/plaine-images-baseline.toml")));
}

MonteCarloOptions Options(size_t draws) {
  MonteCarloOptions options;
  options.draws = draws;
  options.seed = 5;
  options.threads = 1;
  return options;
}

// quantiles.csv then draws.csv of `result`.
std::string Reports(const Evaluator& evaluator, const MonteCarloResult& result) {
  std::ostringstream out;
  WriteQuantilesCsv(result, out);
  WriteDrawsCsv(result, evaluator.scenario().parameters(), out);
  return out.str();
}

// Rank 0's result of RunMonteCarlo run by every rank of `ranks` at once.
MonteCarloResult RunOnRanks(const Evaluator& evaluator, MonteCarloOptions options,
                            const testing::ThreadRanks& ranks) {
  std::vector<MonteCarloResult> results(static_cast<size_t>(ranks.size()));
  std::vector<std::exception_ptr> errors(results.size());
  std::vector<std::thread> threads;
  for (int r = 0; r < ranks.size(); ++r) {
    threads.emplace_back([&, r] {
      MonteCarloOptions mine = options;
      mine.group = &ranks.Rank(r);
      try {
        results[static_cast<size_t>(r)] = RunMonteCarlo(evaluator, mine);
      } catch (...) {
        errors[static_cast<size_t>(r)] = std::current_exception();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& error : errors) {
    if (error) std::rethrow_exception(error);
  }
  for (size_t r = 1; r < results.size(); ++r) REQUIRE(results[r].summaries.empty());
  return results[0];
}

}  // namespace

TEST_CASE("rank 0 gathers the draws a block of metrics at a time, with the plain run's reports",
          "[sensitivity][distributed]") {
  const Evaluator evaluator = Baseline();
  const size_t draws = 31;
  const MonteCarloResult plain = RunMonteCarlo(evaluator, Options(draws));
  const std::string expected = Reports(evaluator, plain);
  const size_t width = plain.keys.size();
  const size_t parameters = evaluator.scenario().parameters().size();
  REQUIRE(width > 1000);          // every summary.csv and annual.csv figure of the baseline
  REQUIRE(plain.values.empty());  // not kept unless asked
  for (const int size : {2, 3}) {
    INFO(size << " ranks");
    const testing::ThreadRanks ranks(size);
    const MonteCarloResult gathered = RunOnRanks(evaluator, Options(draws), ranks);
    CHECK(Reports(evaluator, gathered) == expected);
    // The largest gather: one block of ceil(width / size) metrics of every draw
    // (or the uncertain values), never every figure of every draw.
    const size_t block = (width + static_cast<size_t>(size) - 1) / static_cast<size_t>(size);
    CHECK(ranks.largest_gather() == draws * std::max(block, parameters));
    CHECK(ranks.largest_gather() < draws * width / static_cast<size_t>(size) + draws);
  }
}

TEST_CASE("rank 0 receives at most 16 MiB of figures at a time", "[sensitivity][distributed]") {
  const Evaluator evaluator = Baseline();
  const size_t draws = 4000;  // a share's worth of metrics would be 4,000 x ceil(W / 2)
  const size_t width = MetricKeys(evaluator.RunCentral()).size();
  const size_t cap = size_t{1} << 21;  // doubles
  REQUIRE(draws * ((width + 1) / 2) > cap);
  const testing::ThreadRanks ranks(2);
  const MonteCarloResult gathered = RunOnRanks(evaluator, Options(draws), ranks);
  CHECK(ranks.largest_gather() == draws * (cap / draws));
  CHECK(gathered.summaries.size() == width);
}

TEST_CASE("keep_every_figure gathers every figure of every draw on rank 0",
          "[sensitivity][distributed]") {
  const Evaluator evaluator = Baseline();
  MonteCarloOptions options = Options(7);
  options.keep_every_figure = true;
  const MonteCarloResult plain = RunMonteCarlo(evaluator, options);
  const testing::ThreadRanks ranks(2);
  const MonteCarloResult gathered = RunOnRanks(evaluator, options, ranks);
  REQUIRE(plain.values.size() == 7 * plain.keys.size());
  CHECK(gathered.values.size() == plain.values.size());
  CHECK(std::equal(plain.values.begin(), plain.values.end(), gathered.values.begin(),
                   [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }));
}

TEST_CASE("a Monte Carlo run too large for each process is refused with what fits",
          "[sensitivity][errors][distributed]") {
  const Evaluator evaluator = Baseline();
  const size_t width = MetricKeys(evaluator.RunCentral()).size();
  const size_t numbers = width + evaluator.scenario().parameters().size();
  // Per process with 2 ranks: half the draws' numbers, and rank 0's gathered
  // block: 16 MiB, or one metric of every draw when that is more.
  const auto bytes = [&](size_t draws) {
    return 8.0 * (std::ceil(draws / 2.0) * static_cast<double>(numbers) +
                  std::max(2097152.0, static_cast<double>(draws)));
  };
  size_t fit = 0;
  while (bytes(fit + 1) <= 4e9) fit += 1 + (bytes(fit + 1000) <= 4e9 ? 999 : 0);
  const testing::ThreadRanks ranks(2);
  CHECK_THROWS_WITH(RunOnRanks(evaluator, Options(10000000), ranks),
                    "10000000 draws of " + std::to_string(numbers) + " numbers each need " +
                        FormatNumber(bytes(10000000) / 1e9, 3) +
                        " GB of memory on each of 2 processes, above the limit of 4 GB: use "
                        "at most " +
                        std::to_string(fit) + " draws");
}

}  // namespace ripple
