// Nice ticks, value axes and legends for svg_chart.
#include <algorithm>
#include <cmath>
#include <utility>

#include "report/svg_chart_internal.h"

namespace ripple {

AxisTicks NiceTicks(double low, double high, int target_count) {
  if (target_count < 2) target_count = 2;  // a range around zero needs two intervals
  if (low > high) std::swap(low, high);
  // A range narrower than rounding noise (a ratio constant across a sweep) is flat: steps that
  // small would put first / step beyond 2^53, where ++i no longer counts.
  if (high - low <= 1e-9 * std::max(std::fabs(low), std::fabs(high))) high = low;
  if (low == high) {
    double pad = low == 0 ? 1 : std::fabs(low) / 10;
    low -= low == 0 ? 0 : pad;
    high += pad;
  }
  double raw = (high - low) / target_count;
  int exponent = static_cast<int>(std::floor(std::log10(raw)));
  double magnitude = std::pow(10.0, exponent);
  if (magnitude > raw) magnitude = std::pow(10.0, --exponent);
  constexpr double kTolerance = 1e-9;  // 0.3 / 0.1 is 2.9999999999999996
  AxisTicks ticks;
  for (;; magnitude = std::pow(10.0, ++exponent)) {
    for (double multiple : {1.0, 2.0, 5.0}) {
      double step = multiple * magnitude;
      double first = std::floor(low / step + kTolerance);
      double last = std::ceil(high / step - kTolerance);
      if (last <= first) last = first + 1;
      if (last - first > target_count) continue;
      ticks.step = step;
      for (int k = 0; k <= static_cast<int>(last - first); ++k)
        ticks.values.push_back((first + k) * step);
      ticks.min = ticks.values.front();
      ticks.max = ticks.values.back();
      return ticks;
    }
  }
}

namespace svg {

void DrawYAxis(SvgBuilder& svg, const AxisTicks& ticks, const Scale& y, double left, double right,
               Language language) {
  for (double value : ticks.values) {
    double py = y(value);
    bool zero = std::fabs(value) < ticks.step * 1e-6;
    svg.Line(left, py, right, py, zero ? "#222" : "#ccc", zero ? 1 : 0.6);
    svg.Text(left - 6, py + 4, TickLabel(value, ticks.step, language), "end");
  }
}

void DrawXAxis(SvgBuilder& svg, const AxisTicks& ticks, const Scale& x, double top, double bottom,
               Language language) {
  for (double value : ticks.values) {
    double px = x(value);
    bool zero = std::fabs(value) < ticks.step * 1e-6;
    svg.Line(px, top, px, bottom, zero ? "#222" : "#ccc", zero ? 1 : 0.6);
    svg.Text(px, bottom + 15, TickLabel(value, ticks.step, language), "middle");
  }
}

double DrawFillLegend(SvgBuilder& svg, const std::vector<std::string>& names,
                      const std::vector<int>& fills, double top) {
  double x = 8;
  double y = top;
  size_t max_chars = CharsThatFit(svg.width() / 2.0 - 40, kFontPx);
  for (size_t i = 0; i < names.size(); ++i) {
    WrappedText label = WrapText(names[i], max_chars, 1);
    double item_width =
        14 + 6 + Utf8Length(label.lines.empty() ? "" : label.lines[0]) * kFontPx * kCharWidthEm +
        18;
    if (x > 8 && x + item_width > svg.width() - 8) {
      x = 8;
      y += 20;
    }
    svg.Rect(x, y, 14, 14, fills[i], "");
    svg.WrappedLabel(x + 20, y + 11, names[i], max_chars, 1, "start");
    x += item_width;
  }
  return names.empty() ? 0 : y + 20 - top;
}

}  // namespace svg
}  // namespace ripple
