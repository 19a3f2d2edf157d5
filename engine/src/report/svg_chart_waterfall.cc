// Gross -> net waterfall and tornado charts (see svg_chart.h).
#include <algorithm>

#include "report/svg_chart_internal.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

using svg::Scale;
using svg::SvgBuilder;

constexpr int kTotalFill = 0;     // dark solid
constexpr int kIncreaseFill = 1;  // hatched
constexpr int kDecreaseFill = 2;  // light dotted

struct Span {
  double from = 0;
  double to = 0;
};

// Where each step's bar starts and ends.
std::vector<Span> WaterfallSpans(const std::vector<WaterfallStep>& steps) {
  std::vector<Span> spans;
  double running = 0;
  for (const WaterfallStep& step : steps) {
    switch (step.kind) {
      case WaterfallStepKind::kStart:
        spans.push_back({0, step.value});
        running = step.value;
        break;
      case WaterfallStepKind::kChange:
        spans.push_back({running, running + step.value});
        running += step.value;
        break;
      case WaterfallStepKind::kTotal:
        spans.push_back({0, running});
        break;
    }
  }
  return spans;
}

std::string SignedFigure(double value, const ChartFormat& format) {
  std::string text = FormatFigure(value, format.decimals, format.language);
  return value > 0 && text.find_first_not_of("0,.") != std::string::npos ? "+" + text : text;
}

}  // namespace

std::string RenderWaterfall(const WaterfallChart& chart, const ChartFormat& format) {
  svg::CheckChartText(chart.text);
  if (chart.steps.empty())
    throw Error(ErrorKind::kInternal, "chart '" + chart.text.id + "': no steps");
  for (const WaterfallStep& step : chart.steps)
    svg::CheckFinite(step.value, "step '" + step.label + "'");
  std::vector<Span> spans = WaterfallSpans(chart.steps);
  double low = 0, high = 0;
  for (const Span& s : spans)
    low = std::min({low, s.from, s.to}), high = std::max({high, s.from, s.to});
  SvgBuilder svg(chart.text, format.width_px);
  double top = svg.title_bottom() + 26, bottom = top + 240;
  double left = 64, right = format.width_px - 12;
  AxisTicks ticks = NiceTicks(low, high, 6);
  Scale y{ticks.min, ticks.max, bottom, top};
  svg::DrawYAxis(svg, ticks, y, left, right, format.language);
  svg.VerticalTitle(16, top, bottom, chart.text.value_axis_title);
  double band = (right - left) / spans.size();
  double width = std::min(band * 0.62, 72.0);
  for (size_t i = 0; i < spans.size(); ++i) {
    const WaterfallStep& step = chart.steps[i];
    bool change = step.kind == WaterfallStepKind::kChange;
    double value = spans[i].to - spans[i].from;
    int fill = !change ? kTotalFill : value >= 0 ? kIncreaseFill : kDecreaseFill;
    double x = left + band * i + (band - width) / 2;
    std::string label = change ? SignedFigure(value, format)
                               : FormatFigure(value, format.decimals, format.language);
    svg.Rect(x, y(spans[i].to), width, y(spans[i].from) - y(spans[i].to), fill,
             step.label + svg::Colon(format.language) + label);
    double label_y = value >= 0 ? y(spans[i].to) - 5 : y(spans[i].to) + 14;
    svg.Text(x + width / 2, label_y, label, "middle", svg::kFontPx, !change);
    if (i + 1 < spans.size()) {
      svg.Line(x + width, y(spans[i].to), x + band, y(spans[i].to), "#555", 0.8, "3 2");
    }
    svg.WrappedLabel(left + band * (i + 0.5), bottom + 16, step.label,
                     svg::CharsThatFit(band - 4, svg::kFontPx), 3, "middle");
  }
  svg.SetHeight(bottom + 16 + 28 + 30);
  return svg.Finish();
}

std::string RenderTornado(const TornadoChart& chart, const ChartFormat& format) {
  svg::CheckChartText(chart.text);
  if (chart.bars.empty())
    throw Error(ErrorKind::kInternal, "chart '" + chart.text.id + "': no bars");
  svg::CheckFinite(chart.centre, "tornado centre");
  double low = chart.centre, high = chart.centre;
  for (const TornadoBar& bar : chart.bars) {
    svg::CheckFinite(bar.low_result, "bar '" + bar.label + "'");
    svg::CheckFinite(bar.high_result, "bar '" + bar.label + "'");
    low = std::min({low, bar.low_result, bar.high_result});
    high = std::max({high, bar.low_result, bar.high_result});
  }
  SvgBuilder svg(chart.text, format.width_px);
  double top = svg.title_bottom() + 10;
  top += svg::DrawFillLegend(svg, {chart.low_legend, chart.high_legend},
                             {kDecreaseFill, kTotalFill}, top) +
         22;
  double label_width = std::min(format.width_px * 0.34, 220.0);
  double left = label_width + 70, right = format.width_px - 70;
  double band = 2 * 12 + 3 + 12;
  double bottom = top + band * chart.bars.size();
  AxisTicks ticks = NiceTicks(low, high, 5);
  Scale x{ticks.min, ticks.max, left, right};
  svg::DrawXAxis(svg, ticks, x, top, bottom, format.language);
  size_t max_chars = svg::CharsThatFit(label_width, svg::kFontPx);
  for (size_t i = 0; i < chart.bars.size(); ++i) {
    const TornadoBar& bar = chart.bars[i];
    double band_top = top + band * i;
    size_t lines = svg::WrapText(bar.label, max_chars, 2).lines.size();
    svg.WrappedLabel(label_width + 8, band_top + band / 2 + 4 - 7.0 * (lines - 1), bar.label,
                     max_chars, 2, "end");
    double results[2] = {bar.low_result, bar.high_result};
    const std::string* legends[2] = {&chart.low_legend, &chart.high_legend};
    for (int k = 0; k < 2; ++k) {
      double bar_top = band_top + 6 + k * 15;
      std::string label = FormatFigure(results[k], format.decimals, format.language);
      svg.Rect(x(chart.centre), bar_top, x(results[k]) - x(chart.centre), 12,
               k == 0 ? kDecreaseFill : kTotalFill,
               bar.label + ", " + *legends[k] + svg::Colon(format.language) + label);
      bool right_side = results[k] >= chart.centre;
      svg.Text(x(results[k]) + (right_side ? 4 : -4), bar_top + 10, label,
               right_side ? "start" : "end");
    }
  }
  svg.Line(x(chart.centre), top - 14, x(chart.centre), bottom, "#000", 1.4);
  svg.Text(x(chart.centre), top - 17,
           chart.centre_label + svg::Colon(format.language) +
               FormatFigure(chart.centre, format.decimals, format.language),
           "middle", svg::kFontPx, true);
  svg.Text((left + right) / 2, bottom + 34, chart.text.value_axis_title, "middle");
  svg.SetHeight(bottom + 34 + 30);
  return svg.Finish();
}

}  // namespace ripple
