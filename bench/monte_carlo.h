// Monte Carlo kernels of the benchmark. Every draw's random numbers come from
// streams seeded by (seed, draw index) alone (lognormal.h), so results are
// identical for any number of threads; draws are shared among std::threads in
// contiguous blocks.
//
//   (a) parameters only: each draw is a 10-year final-demand path
//       f_{t,i} = f_i * exp(0.3 z_{t,i}), z ~ N(0,1) (the lognormal(0, 0.3)
//       demand shock of the numpy peer's `multi` task); the factorisation of
//       I - A is reused (ripple::LeontiefModel) and a block of draws is solved
//       together as many right-hand sides.
//   (b) technical-coefficient noise: each draw multiplies every non-zero cell of
//       A by the mean-preserving lognormal exp(0.1 z - 0.005) (as the peer's
//       `mc` task), factors I - A_k and solves for the baseline final demand f
//       (row sums of final_demand): for n <= 512, by elimination without row
//       exchanges when I - A_k is strictly column diagonally dominant (every
//       column sum of A_k below 1; then partial pivoting makes no exchange
//       either: small_lu.h); by Eigen's partial-pivoting LU otherwise.
// The summary is over draws of total output (sum of x, over the 10 years in
// (a)) and of jobs (employment coefficients . x), like the peer's mc_summary.
#pragma once

#include <cstdint>
#include <vector>

#include "ripple/model/leontief.h"
#include "ripple/model/model.h"

namespace ripple::bench {

struct McOptions {
  int draws = 10000;          // K, >= 1
  int threads = 2;            // >= 1
  uint64_t seed = 9001;       // base seed
  int years = 10;             // (a) only: demand vectors per draw
  double sigma_a = 0.1;       // (b) lognormal sigma on the cells of A
  double sigma_demand = 0.3;  // (a) lognormal sigma on final demand
  int block = 32;             // (a) draws solved together per solve call
  // (a) by rows only: the lognormal factors of every draw drawn beforehand
  // (DrawDemandShocks; draw d's n x years block at d * n * years), as the numpy
  // peer draws its demand before its timer; nullptr: drawn inside the draws.
  const std::vector<double>* predrawn = nullptr;
};

struct McSummary {
  double total_output_mean = 0, total_output_p05 = 0, total_output_p95 = 0;
  double jobs_mean = 0, jobs_p05 = 0, jobs_p95 = 0;
};

// Per-draw results (K values each) and their summary.
// thread_seconds: wall time spent by the draw threads in each phase, summed over
// threads ("noise": random numbers and filling the matrices, "solve": (a) the
// many-right-hand-side solves, (b) factor and solve).
// pivoted_draws: (b) draws of n <= 512 solved by the partial-pivoting fallback.
struct McResult {
  std::vector<double> total_output, jobs;
  McSummary summary;
  double noise_thread_seconds = 0, solve_thread_seconds = 0;
  int64_t pivoted_draws = 0;
};

// (a) Requires model.output > 0 for the jobs coefficients (0 otherwise).
McResult RunParameterDraws(const Model& model, const LeontiefModel& leontief,
                           const McOptions& options);

// (a) by multiplier rows (issue 14 item 5; the engine's RunScenarioTotals): the
// same draws and figures, each draw's totals as dot products of its demand path
// with the rows 1'L and e'L computed once (transposed solves) instead of a
// many-right-hand-side solve; equal to RunParameterDraws to rounding. Timing:
// the per-draw clock pairs are the "solve" phase's overhead at this size.
// The factors exp(sigma_demand z) of every draw, n x years per draw (the
// numbers RunParameterDraws draws for it).
std::vector<double> DrawDemandShocks(Eigen::Index n, const McOptions& options);

McResult RunParameterDrawsRows(const Model& model, const LeontiefModel& leontief,
                               const McOptions& options);

// (b) Throws Error(kNumerical) when a draw's I - A_k has a zero pivot.
McResult RunNoisyADraws(const Model& model, const McOptions& options);

// numpy.quantile's default (linear interpolation between order statistics).
double Quantile(std::vector<double> values, double p);

}  // namespace ripple::bench
