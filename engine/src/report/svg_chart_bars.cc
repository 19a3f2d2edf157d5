// Stacked vertical bars and grouped horizontal bars (see svg_chart.h).
#include <algorithm>

#include "report/svg_chart_internal.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

using svg::Scale;
using svg::SvgBuilder;

constexpr double kPlotHeight = 240;
constexpr double kBarHeight = 14;

std::vector<std::string> SeriesNames(const std::vector<ChartSeries>& series) {
  std::vector<std::string> names;
  for (const ChartSeries& s : series) names.push_back(s.name);
  return names;
}

std::vector<int> FirstFills(size_t count) {
  std::vector<int> fills;
  for (size_t i = 0; i < count; ++i) fills.push_back(static_cast<int>(i));
  return fills;
}

void CheckCategories(const ChartText& text, const std::vector<std::string>& categories,
                     const std::vector<ChartSeries>& series) {
  svg::CheckChartText(text);
  if (categories.empty())
    throw Error(ErrorKind::kInternal, "chart '" + text.id + "': no categories");
  svg::CheckSeries(series, categories.size(), text.id);
}

std::string Tooltip(const std::string& series, const std::string& category, double value,
                    const ChartFormat& format) {
  return series + " — " + category + svg::Colon(format.language) +
         FormatFigure(value, format.decimals, format.language);
}

// One stacked bar: positive values up from zero, negative values down.
void DrawStack(SvgBuilder& svg, const StackedBarChart& chart, size_t c, double x, double width,
               const Scale& y, const ChartFormat& format) {
  double positive = 0, negative = 0;
  for (size_t s = 0; s < chart.series.size(); ++s) {
    double value = chart.series[s].values[c];
    double& base = value >= 0 ? positive : negative;
    double y0 = y(base), y1 = y(base + value);
    svg.Rect(x, y1, width, y0 - y1, static_cast<int>(s),
             Tooltip(chart.series[s].name, chart.categories[c], value, format));
    if (std::abs(y0 - y1) >= 16 && width >= 28 && value != 0) {
      const bool dark = s % svg::kFillCount == 0;  // white text on the dark fill, else a halo
      svg.Text(x + width / 2, (y0 + y1) / 2 + 4,
               FormatFigure(value, format.decimals, format.language), "middle", svg::kFontPx, false,
               !dark, dark ? "#fff" : "");
    }
    base += value;
  }
  std::string total = FormatFigure(positive + negative, format.decimals, format.language);
  double label_y = positive > 0 || negative == 0 ? y(positive) - 5 : y(negative) + 14;
  svg.Text(x + width / 2, label_y, total, "middle", svg::kFontPx, true);
}

}  // namespace

std::string RenderStackedBars(const StackedBarChart& chart, const ChartFormat& format) {
  CheckCategories(chart.text, chart.categories, chart.series);
  SvgBuilder svg(chart.text, format.width_px);
  double legend_top = svg.title_bottom() + 8;
  double top = legend_top +
               svg::DrawFillLegend(svg, SeriesNames(chart.series), FirstFills(chart.series.size()),
                                   legend_top) +
               18;
  double bottom = top + kPlotHeight;
  double left = 64, right = format.width_px - 12;
  double low = 0, high = 0;
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    double positive = 0, negative = 0;
    for (const ChartSeries& s : chart.series)
      (s.values[c] >= 0 ? positive : negative) += s.values[c];
    low = std::min(low, negative);
    high = std::max(high, positive);
  }
  AxisTicks ticks = NiceTicks(low, high, 6);
  Scale y{ticks.min, ticks.max, bottom, top};
  svg::DrawYAxis(svg, ticks, y, left, right, format.language);
  svg.VerticalTitle(16, top, bottom, chart.text.value_axis_title);
  double band = (right - left) / chart.categories.size();
  double bar_width = std::min(band * 0.62, 64.0);
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    double centre = left + band * (c + 0.5);
    DrawStack(svg, chart, c, centre - bar_width / 2, bar_width, y, format);
    svg.WrappedLabel(centre, bottom + 16, chart.categories[c],
                     svg::CharsThatFit(band - 4, svg::kFontPx), 2, "middle");
  }
  double end = bottom + 44;
  if (!chart.text.category_axis_title.empty()) {
    svg.Text((left + right) / 2, end + 4, chart.text.category_axis_title, "middle");
    end += 18;
  }
  svg.SetHeight(end + 22);
  return svg.Finish();
}

std::string RenderHorizontalBars(const HorizontalBarChart& chart, const ChartFormat& format) {
  CheckCategories(chart.text, chart.categories, chart.series);
  SvgBuilder svg(chart.text, format.width_px);
  size_t n = chart.series.size();
  double top = svg.title_bottom() + 10;
  if (n > 1) top += svg::DrawFillLegend(svg, SeriesNames(chart.series), FirstFills(n), top) + 4;
  double low = 0, high = 0;
  for (const ChartSeries& s : chart.series) {
    for (double v : s.values) low = std::min(low, v), high = std::max(high, v);
  }
  double label_width = std::min(format.width_px * 0.36, 230.0);
  double left = label_width + 16 + (low < 0 ? 56 : 0), right = format.width_px - 72;
  double band = n * kBarHeight + (n - 1) * 3 + 14;
  double bottom = top + band * chart.categories.size();
  AxisTicks ticks = NiceTicks(low, high, 5);
  Scale x{ticks.min, ticks.max, left, right};
  svg::DrawXAxis(svg, ticks, x, top, bottom, format.language);
  size_t max_chars = svg::CharsThatFit(label_width, svg::kFontPx);
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    double band_top = top + band * c;
    size_t lines = svg::WrapText(chart.categories[c], max_chars, 2).lines.size();
    svg.WrappedLabel(label_width + 8, band_top + band / 2 + 4 - 7.0 * (lines - 1),
                     chart.categories[c], max_chars, 2, "end");
    for (size_t s = 0; s < n; ++s) {
      double value = chart.series[s].values[c];
      double bar_top = band_top + 7 + s * (kBarHeight + 3);
      svg.Rect(x(0), bar_top, x(value) - x(0), kBarHeight, static_cast<int>(s),
               Tooltip(chart.series[s].name, chart.categories[c], value, format));
      std::string label = FormatFigure(value, format.decimals, format.language);
      if (value >= 0) svg.Text(x(value) + 4, bar_top + 11, label, "start");
      if (value < 0) svg.Text(x(value) - 4, bar_top + 11, label, "end");
    }
  }
  svg.Text((left + right) / 2, bottom + 34, chart.text.value_axis_title, "middle");
  svg.SetHeight(bottom + 34 + 30);
  return svg.Finish();
}

}  // namespace ripple
