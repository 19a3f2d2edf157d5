#include "ripple/analysis/draw_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ripple {
namespace {

// Type 7 quantile of sorted, non-empty values.
double SortedQuantile(const std::vector<double>& sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<size_t>(std::floor(position));
  const size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(below);
  if (fraction == 0 || sorted[below] == sorted[above]) return sorted[below];
  const double value = sorted[below] + fraction * (sorted[above] - sorted[below]);
  return std::clamp(value, sorted[below], sorted[above]);  // guards rounding: monotone in p
}

// Mean and sd of sorted, non-empty values, shifted by the first.
void MeanAndSd(const std::vector<double>& values, DrawSummary& summary) {
  const double shift = values.front();
  double sum = 0;
  for (double v : values) sum += v - shift;
  const double n = static_cast<double>(values.size());
  summary.mean = shift + sum / n;
  summary.sd = 0;
  if (values.size() < 2) return;
  double squares = 0;
  for (double v : values) squares += (v - summary.mean) * (v - summary.mean);
  summary.sd = std::sqrt(squares / (n - 1));
}

}  // namespace

DrawSummary SummarizeDraws(const double* draws, size_t count, size_t stride,
                           std::vector<double>& scratch) {
  scratch.clear();
  for (size_t d = 0; d < count; ++d) {
    const double value = draws[d * stride];
    if (!std::isnan(value)) scratch.push_back(value);
  }
  DrawSummary summary;
  summary.defined = scratch.size();
  if (scratch.empty()) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    summary.p05 = summary.p25 = summary.p50 = summary.p75 = summary.p95 = nan;
    summary.mean = summary.sd = nan;
    return summary;
  }
  std::sort(scratch.begin(), scratch.end());
  summary.p05 = SortedQuantile(scratch, 0.05);
  summary.p25 = SortedQuantile(scratch, 0.25);
  summary.p50 = SortedQuantile(scratch, 0.5);
  summary.p75 = SortedQuantile(scratch, 0.75);
  summary.p95 = SortedQuantile(scratch, 0.95);
  MeanAndSd(scratch, summary);
  return summary;
}

}  // namespace ripple
