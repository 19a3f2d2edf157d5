// `ripple sensitivity`: Monte Carlo over the uncertain values of a scenario,
// one-at-a-time tornado, and grid sweeps (scenarios/README.md "Uncertain
// values"; reports/README.md "Sensitivity reports").
//
// Monte Carlo. Draw d (0-based) takes its numbers from two streams seeded by
// (seed, d) only (random.h): stream 0 gives one uniform u_k per uncertain
// parameter k in parameters() order, the value being Quantile(u_k) of its
// distribution; stream 1 gives the technical-coefficient noise. Draws are
// shared among threads, each writing its own row, so every report is
// byte-identical for any thread count.
//
// Distributed (distributed.h): with a ProcessGroup of N ranks, rank r runs the
// r-th contiguous block of the draws (of the tornado's parameters, of the
// sweep's grid points; RankShare) and rank 0 gathers the figures in order, so
// its result is identical to the one-process result for any N. Only rank 0's
// result holds the figures (the others' are empty). Every rank must call with
// the same arguments: the calls are collective.
//
// Memory of a Monte Carlo run with N ranks (W figures a draw, D draws): each
// rank keeps its own share's figures (D/N x W doubles); rank 0 then receives
// the figures a block of metrics at a time (at most ceil(W/N) metrics and at
// most 16 MiB, or one metric of every draw if that is more), summarises each
// metric of the block and keeps only the summaries and the headline figures'
// columns. So every rank holds its share plus at most 16 MiB (and D x 8 bytes
// per headline on rank 0), never every figure of every draw.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ripple/analysis/distributed.h"
#include "ripple/analysis/draw_summary.h"
#include "ripple/analysis/evaluator.h"
#include "ripple/analysis/metrics.h"
#include "ripple/base/default_init.h"

namespace ripple {

struct MonteCarloOptions {
  size_t draws = 1000;  // >= 1
  uint64_t seed = 1;
  int threads = 1;  // >= 1
  // Polled between draws: when it becomes true the run stops and returns
  // with `cancelled` set (no report should then be written).
  const std::atomic<bool>* cancel = nullptr;
  // Called from the calling thread about every 0.1 s with the draws done.
  // Estimated from this rank's pace when distributed (call it on rank 0 only).
  std::function<void(size_t done, size_t total)> progress;
  const ProcessGroup* group = nullptr;  // nullptr: this process alone
  // Draws that keep the central model take their totals from its multiplier
  // rows (Evaluator::Metrics). Off: every draw is solved (tests compare both).
  bool fast_totals = true;
  // Also return every figure of every draw in MonteCarloResult::values (all
  // of them gathered on rank 0). Off: rank 0 receives them a block of
  // metrics at a time and keeps only their summaries and the headlines.
  bool keep_every_figure = false;
};

struct MonteCarloResult {
  std::vector<MetricKey> keys;
  std::vector<double> central;  // the deterministic run, per key
  size_t draws = 0;
  // What the reports need, on rank 0 only (empty on the other ranks):
  std::vector<DrawSummary> summaries;     // per key: quantiles.csv
  UninitializedDoubles parameter_values;  // draws x parameters, row-major: draws.csv
  // The headline figures' values in every draw (draws.csv, the charts and the
  // brief's ranges): headline_draws[h] for metric headline_metrics[h] (NaN
  // where undefined), in Headlines(keys) order.
  std::vector<size_t> headline_metrics;
  std::vector<std::vector<double>> headline_draws;
  // Every figure of every draw (draws x keys, row-major), only with
  // MonteCarloOptions::keep_every_figure (tests, benches). Both buffers are
  // sized without zeros (default_init.h): every draw writes its row.
  UninitializedDoubles values;
  bool cancelled = false;

  // The values of `metric` in every draw; nullptr unless it is a headline.
  const std::vector<double>* HeadlineDraws(size_t metric) const;
};

// Throws Error(kBadInput) for a draw whose values break a rule of the
// scenario ("draw 17: ..." with the drawn values; the draw with the lowest
// index when several fail, on every rank whichever ran it), Error(kNumerical)
// as Evaluator::Run. `cancelled` is agreed: set on every rank when any
// rank's `cancel` became true.
MonteCarloResult RunMonteCarlo(const Evaluator& evaluator, const MonteCarloOptions& options);

// Memory allowed for the figures kept by RunMonteCarlo on one process (8
// bytes per figure and per uncertain value of every draw of its share, plus,
// with several, one gathered block of 16 MiB or D x 8 bytes: about 9.7 kB a draw for the
// Plaine Images baseline, so about 400,000 draws on one process). More draws
// throw Error(kBadInput) before anything is allocated, saying how many fit.
constexpr size_t kMaxMonteCarloBytes = 4000000000;

// Tornado: each uncertain parameter alone at its 5th and 95th percentile,
// the others at their central values; the swing |at_high - at_low| in each
// headline figure, ranked within the figure (1 = largest swing).
struct TornadoRow {
  std::string headline, unit, parameter;
  double low = 0, high = 0;  // parameter values (p05, p95)
  double central = 0, at_low = 0, at_high = 0, swing = 0;
  int rank = 0;
};
// Throws what Evaluator::Run throws for the first parameter (low before high)
// that fails, on every rank. Rows on rank 0 only.
std::vector<TornadoRow> RunTornado(const Evaluator& evaluator,
                                   const ProcessGroup& group = SingleProcess());
// tornado.csv: headline,rank,parameter,low,high,unit,central,at_low,at_high,swing
void WriteTornadoCsv(const std::vector<TornadoRow>& rows, std::ostream& out);

// --sweep KEY=LO:HI:STEPS: STEPS >= 2 evenly spaced values from LO to HI.
struct SweepAxis {
  std::string key;
  double low = 0, high = 0;
  int steps = 0;
  double Value(int step) const;  // exact LO at 0 and HI at STEPS - 1
};
// Throws Error(kBadInput) "--sweep TEXT: expected KEY=LO:HI:STEPS ...".
SweepAxis ParseSweepAxis(const std::string& text);
// Throws Error(kBadInput) when the grid of `axes` has more than
// kMaxSweepPoints points (checked before any run).
constexpr long long kMaxSweepPoints = 1000000;
void CheckSweepGrid(const std::vector<SweepAxis>& axes);

// The headline figures (metrics.h) at every point of the grid of `axes`
// (every combination, the last axis varying fastest), the uncertain values at
// their central values. Throws Error(kBadInput) as CheckSweepGrid, and what
// Evaluator::Run throws for the first point that fails. Stops between points
// when `cancel` becomes true (`cancelled` set and agreed; do not report).
// point_values and figures on rank 0 only.
struct SweepResult {
  std::vector<SweepAxis> axes;
  std::vector<Headline> headlines;  // the same at every point
  size_t points = 0;
  std::vector<double> point_values;  // points x axes, row-major
  std::vector<double> figures;       // points x headlines, row-major; NaN when undefined
  bool cancelled = false;
};
SweepResult RunSweep(const Evaluator& evaluator, const std::vector<SweepAxis>& axes,
                     const std::atomic<bool>* cancel = nullptr,
                     const ProcessGroup& group = SingleProcess());

}  // namespace ripple
