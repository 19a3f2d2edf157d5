// Histogram of draws with percentile markers, and line charts (see svg_chart.h).
#include <algorithm>
#include <cmath>

#include "report/svg_chart_internal.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

using svg::Scale;
using svg::SvgBuilder;

constexpr int kBinFill = 2;  // light dotted, so the black markers stand out

// Share of samples (percent) in each bin [min + i step, min + (i+1) step);
// the last bin also takes its upper edge.
std::vector<double> BinShares(const std::vector<double>& samples, const AxisTicks& bins) {
  size_t count = bins.values.size() - 1;
  std::vector<double> shares(count, 0.0);
  for (double v : samples) {
    double index = std::floor((v - bins.min) / bins.step);
    size_t i = static_cast<size_t>(std::clamp(index, 0.0, static_cast<double>(count - 1)));
    shares[i] += 100.0 / samples.size();
  }
  return shares;
}

void DrawMarkers(SvgBuilder& svg, const HistogramChart& chart, const Scale& x, double top,
                 double bottom, const ChartFormat& format) {
  for (size_t i = 0; i < chart.markers.size(); ++i) {
    const ChartMarker& marker = chart.markers[i];
    double px = x(marker.value);
    double label_y = top - 6 - 14.0 * (chart.markers.size() - 1 - i);
    svg.Line(px, label_y + 3, px, bottom, "#000", 1.4, "5 3");
    svg.Text(px, label_y,
             marker.label + svg::Colon(format.language) +
                 FormatFigure(marker.value, format.decimals, format.language),
             "middle", svg::kFontPx, true, true);
  }
}

struct LineStyle {
  std::string_view stroke;
  std::string_view dash;
};
constexpr LineStyle kLineStyles[] = {
    {"#1f3b63", ""}, {"#8a4b0f", "7 4"}, {"#2f6b3a", "2 3"}, {"#000", "9 3 2 3"}};

// A point marker: circle, square, triangle, diamond by series index.
std::string PointMarker(size_t series, double x, double y, std::string_view stroke) {
  std::string common =
      "\" fill=\"#fff\" stroke=\"" + std::string(stroke) + "\" stroke-width=\"1.5\"/>";
  using svg::Num;
  switch (series % 4) {
    case 0:
      return "<circle cx=\"" + Num(x) + "\" cy=\"" + Num(y) + "\" r=\"3.5" + common;
    case 1:
      return "<rect x=\"" + Num(x - 3.5) + "\" y=\"" + Num(y - 3.5) + "\" width=\"7\" height=\"7" +
             common;
    case 2:
      return "<path d=\"M" + Num(x) + " " + Num(y - 4.5) + "L" + Num(x + 4) + " " + Num(y + 3) +
             "L" + Num(x - 4) + " " + Num(y + 3) + "Z" + common;
    default:
      return "<path d=\"M" + Num(x) + " " + Num(y - 4.5) + "L" + Num(x + 4.5) + " " + Num(y) + "L" +
             Num(x) + " " + Num(y + 4.5) + "L" + Num(x - 4.5) + " " + Num(y) + "Z" + common;
  }
}

double DrawLineLegend(SvgBuilder& svg, const std::vector<ChartSeries>& series, double top) {
  double x = 8, y = top;
  size_t max_chars = svg::CharsThatFit(svg.width() / 2.0 - 50, svg::kFontPx);
  for (size_t s = 0; s < series.size(); ++s) {
    const LineStyle& style = kLineStyles[s % 4];
    svg::WrappedText name = svg::WrapText(series[s].name, max_chars, 1);
    double item_width = 36 +
                        svg::Utf8Length(name.lines.empty() ? "" : name.lines[0]) * svg::kFontPx *
                            svg::kCharWidthEm +
                        18;
    if (x > 8 && x + item_width > svg.width() - 8) x = 8, y += 20;
    svg.Line(x, y + 7, x + 28, y + 7, style.stroke, 2, style.dash);
    svg.Raw(PointMarker(s, x + 14, y + 7, style.stroke));
    svg.WrappedLabel(x + 34, y + 11, series[s].name, max_chars, 1, "start");
    x += item_width;
  }
  return y + 20 - top;
}

void CheckLineChart(const LineChart& chart) {
  svg::CheckChartText(chart.text);
  if (chart.x.empty())
    throw Error(ErrorKind::kInternal, "chart '" + chart.text.id + "': no points");
  for (size_t i = 0; i < chart.x.size(); ++i) {
    svg::CheckFinite(chart.x[i], "x");
    if (i > 0 && chart.x[i] <= chart.x[i - 1]) {
      throw Error(ErrorKind::kInternal,
                  "chart '" + chart.text.id + "': x must be strictly increasing");
    }
  }
  svg::CheckSeries(chart.series, chart.x.size(), chart.text.id);
}

}  // namespace

std::string RenderHistogram(const HistogramChart& chart, const ChartFormat& format) {
  svg::CheckChartText(chart.text);
  if (chart.samples.empty())
    throw Error(ErrorKind::kInternal, "chart '" + chart.text.id + "': no samples");
  for (double v : chart.samples) svg::CheckFinite(v, "sample");
  auto [min_it, max_it] = std::minmax_element(chart.samples.begin(), chart.samples.end());
  double low = *min_it, high = *max_it;
  for (const ChartMarker& m : chart.markers) {
    svg::CheckFinite(m.value, "marker '" + m.label + "'");
    low = std::min(low, m.value), high = std::max(high, m.value);
  }
  AxisTicks bins = NiceTicks(low, high, chart.target_bins);
  AxisTicks axis = NiceTicks(bins.min, bins.max, 6);
  std::vector<double> shares = BinShares(chart.samples, bins);
  SvgBuilder svg(chart.text, format.width_px);
  double top = svg.title_bottom() + 16 + 14.0 * chart.markers.size(), bottom = top + 220;
  double left = 64, right = format.width_px - 16;
  AxisTicks y_ticks = NiceTicks(0, *std::max_element(shares.begin(), shares.end()), 5);
  Scale y{y_ticks.min, y_ticks.max, bottom, top};
  Scale x{std::min(axis.min, bins.min), std::max(axis.max, bins.max), left, right};
  svg::DrawYAxis(svg, y_ticks, y, left, right, format.language);
  svg.VerticalTitle(16, top, bottom, chart.share_axis_title);
  for (size_t i = 0; i < shares.size(); ++i) {
    double from = bins.min + i * bins.step, to = bins.min + (i + 1) * bins.step;
    std::string range = svg::TickLabel(from, bins.step, format.language) + " – " +
                        svg::TickLabel(to, bins.step, format.language);
    svg.Rect(x(from), y(shares[i]), x(to) - x(from), y(0) - y(shares[i]), kBinFill,
             range + svg::Colon(format.language) + FormatPercent(shares[i], 1, format.language));
  }
  for (double value : axis.values) {
    svg.Line(x(value), bottom, x(value), bottom + 4, "#222", 1);
    svg.Text(x(value), bottom + 17, svg::TickLabel(value, axis.step, format.language), "middle");
  }
  DrawMarkers(svg, chart, x, top, bottom, format);
  svg.Text((left + right) / 2, bottom + 38, chart.text.value_axis_title, "middle");
  svg.SetHeight(bottom + 38 + 30);
  return svg.Finish();
}

std::string RenderLineChart(const LineChart& chart, const ChartFormat& format) {
  CheckLineChart(chart);
  double low = chart.series[0].values[0], high = low;
  for (const ChartSeries& s : chart.series) {
    for (double v : s.values) low = std::min(low, v), high = std::max(high, v);
  }
  SvgBuilder svg(chart.text, format.width_px);
  double top = svg.title_bottom() + 10;
  top += DrawLineLegend(svg, chart.series, top) + 14;
  double bottom = top + 240, left = 64, right = format.width_px - 24;
  AxisTicks x_ticks = NiceTicks(chart.x.front(), chart.x.back(), 6);
  AxisTicks y_ticks = NiceTicks(low, high, 5);
  Scale x{x_ticks.min, x_ticks.max, left, right};
  Scale y{y_ticks.min, y_ticks.max, bottom, top};
  svg::DrawYAxis(svg, y_ticks, y, left, right, format.language);
  for (double value : x_ticks.values) {
    svg.Line(x(value), bottom, x(value), bottom + 4, "#222", 1);
    svg.Text(x(value), bottom + 17, svg::TickLabel(value, x_ticks.step, format.language), "middle");
  }
  svg.VerticalTitle(16, top, bottom, chart.text.value_axis_title);
  for (size_t s = 0; s < chart.series.size(); ++s) {
    const LineStyle& style = kLineStyles[s % 4];
    std::string d;
    for (size_t i = 0; i < chart.x.size(); ++i) {
      svg::AppendAll(d, {i == 0 ? "M" : "L", svg::Num(x(chart.x[i])), " ",
                         svg::Num(y(chart.series[s].values[i]))});
    }
    svg.Raw("<path d=\"" + d + "\" fill=\"none\" stroke=\"" + std::string(style.stroke) +
            "\" stroke-width=\"2\"" +
            (style.dash.empty() ? "" : " stroke-dasharray=\"" + std::string(style.dash) + "\"") +
            "/>");
    for (size_t i = 0; i < chart.x.size(); ++i) {
      svg.Raw(PointMarker(s, x(chart.x[i]), y(chart.series[s].values[i]), style.stroke));
    }
  }
  svg.Text((left + right) / 2, bottom + 38, chart.text.category_axis_title, "middle");
  svg.SetHeight(bottom + 38 + 30);
  return svg.Finish();
}

}  // namespace ripple
