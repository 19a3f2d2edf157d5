// The distribution of one figure over the Monte Carlo draws, as quantiles.csv
// reports it (reports/README.md "Sensitivity reports").
//
// Over the draws where the figure is defined (NaN draws left out):
//   p05 .. p95  linear interpolation between order statistics (Hyndman & Fan
//               1996 type 7, numpy's default), monotone in p
//   mean, sd    shifted by the smallest value (so equal values give that value
//               exactly); sd with n - 1, 0 for one draw
// `defined` counts those draws; with none, every other field is NaN.
#pragma once

#include <cstddef>
#include <vector>

namespace ripple {

struct DrawSummary {
  size_t defined = 0;
  double p05 = 0, p25 = 0, p50 = 0, p75 = 0, p95 = 0;
  double mean = 0, sd = 0;
};

// Summary of `draws` (the figure's value in each draw, NaN when undefined).
// `scratch` is working memory, reused between calls.
DrawSummary SummarizeDraws(const double* draws, size_t count, size_t stride,
                           std::vector<double>& scratch);

}  // namespace ripple
