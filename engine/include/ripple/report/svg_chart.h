// Static SVG charts for the brief: data in, SVG text out.
//
// Why hand-written static SVG rather than a JavaScript chart library
// (evaluated against Debian's packages, bookworm/trixie):
// - libjs-vega 5.22.1 ships no single bundle: 31 minified modules (vega-
//   dataflow, -scenegraph, -parser, ... and topojson-client) of 596 KB in
//   all (measured with dpkg -c on the .deb), to be concatenated in
//   dependency order and inlined into every brief to draw about seven
//   charts; specs would be written as JSON, and the charts exist only once
//   the script has run (a reader with scripts off sees nothing, and
//   Chromium's --print-to-pdf must wait for the asynchronous render).
// - libjs-chart.js 3.9.1 (chart.min.js, 199,560 bytes) draws on <canvas>:
//   the chart is a bitmap at screen resolution, blurred when printed, its
//   text neither selectable nor searchable in the PDF, and also invisible
//   without script. libjs-d3 in Debian is d3 3.5.17 (2016), a toolkit to
//   write chart code in JavaScript rather than a chart library.
// - Determinism: with a library the file is stable but the picture (ticks,
//   label placement, layout) is computed in the browser at view time; here
//   every coordinate is in the file, and byte-identical output is a test
//   (tests/svg_chart_test.cc). Only glyph shapes come from the system fonts.
// - Print: vector output scales to A4 without loss; no canvas rasterisation,
//   no animation frames to wait for, no script in the PDF.
// - Accessibility: <title>/<desc>, role="img" and aria-labelledby are written
//   directly; canvas charts need a separate hidden description.
// The cost is this module (~900 lines for six chart kinds) and plainer
// charts (no hover interaction: each bar carries a <title> tooltip instead).
//
// Conventions for every Render* function:
// - Output is UTF-8 SVG 1.1 (no XML declaration, ready to inline in HTML),
//   identical bytes for identical inputs and options, independent of locale.
// - Legible in black and white: series are told apart by grey level and
//   texture (dark, mid hatched, light, white cross-hatched) or, for lines, by dash
//   pattern and marker shape; bars and lines carry direct value labels.
// - Text is XML-escaped (& < > " '); UTF-8 (accents) is kept as is. Labels
//   too long for their space are wrapped (two lines; three under waterfall
//   bars) and cut with "…"; the
//   full text is then in a <title> child, shown as a tooltip and read aloud.
// - Value axes start at zero for bars, include negative values when present,
//   and use "nice" ticks (1, 2 or 5 times a power of ten).
// - Throws Error(kInternal) for data a report writer should never pass:
//   empty id/title/description, an id other than [a-z0-9-], series of the
//   wrong length, non-finite values.
#pragma once

#include <string>
#include <vector>

#include "ripple/report/report_text.h"

namespace ripple {

// The texts every chart carries.
struct ChartText {
  std::string id;                   // unique within the page, [a-z0-9-]+; prefixes element ids
  std::string title;                // drawn above the plot; also the SVG <title>
  std::string description;          // the text alternative (<desc>): the chart's message in words
  std::string source;               // drawn under the plot, e.g. "Source : Ripple, modèle fr-2021"
  std::string value_axis_title;     // with its unit, e.g. "Emplois-années" or "Millions d'euros"
  std::string category_axis_title;  // optional; for line charts the x axis title with unit
};

// Presentation options.
struct ChartFormat {
  Language language = Language::kEnglish;  // number format of ticks and labels
  int decimals = 0;                        // decimals of value labels (0..9)
  int width_px = 640;                      // SVG width; heights follow from the content
};

// A named series of values, one per category (or per x for line charts).
struct ChartSeries {
  std::string name;
  std::vector<double> values;
};

// Vertical bars, one per category (e.g. year), stacked by series (e.g.
// direct / indirect / induced). Positive values stack up from zero, negative
// values stack down. The total is printed above each bar.
struct StackedBarChart {
  ChartText text;
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;
};

// Horizontal bars: one row per category (e.g. intervention, funder), one bar
// per series within a row, each bar labelled with its value.
struct HorizontalBarChart {
  ChartText text;
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;
};

enum class WaterfallStepKind {
  kStart,   // a bar from zero to `value` (e.g. gross jobs); the running total becomes `value`
  kChange,  // a floating bar from the running total to total + value (e.g. -deadweight)
  kTotal,   // a bar from zero to the running total (e.g. net jobs); `value` is not used
};

struct WaterfallStep {
  std::string label;
  WaterfallStepKind kind = WaterfallStepKind::kChange;
  double value = 0;
};

// Gross -> net: a start bar, the changes, and totals, left to right.
struct WaterfallChart {
  ChartText text;
  std::vector<WaterfallStep> steps;
};

// One input of a tornado: the result with the input at its low and at its
// high value (either may be below or above the centre).
struct TornadoBar {
  std::string label;
  double low_result = 0;
  double high_result = 0;
};

// Bars drawn from the central result, in the order given (callers sort by
// swing, widest first).
struct TornadoChart {
  ChartText text;
  double centre = 0;
  std::string centre_label;  // e.g. "Valeur centrale"
  std::string low_legend;    // e.g. "Hypothèse basse"
  std::string high_legend;   // e.g. "Hypothèse haute"
  std::vector<TornadoBar> bars;
};

// A vertical line at `value` with a label such as "P5" or "Médiane".
struct ChartMarker {
  std::string label;
  double value = 0;
};

// Histogram of Monte Carlo draws: bins of a nice width (about `target_bins`
// of them), height = share of draws in percent, plus markers (P5, median,
// P95). value_axis_title names the x axis (the figure and its unit);
// share_axis_title the y axis (e.g. "Part des tirages (%)").
struct HistogramChart {
  ChartText text;
  std::vector<double> samples;
  int target_bins = 20;
  std::string share_axis_title;
  std::vector<ChartMarker> markers;
};

// Lines over a numeric x (e.g. a sweep of one input); series values are
// indexed like `x`, which must be strictly increasing.
struct LineChart {
  ChartText text;
  std::vector<double> x;
  std::vector<ChartSeries> series;
};

// Ticks covering [low, high]: min <= low, max >= high, step = 1, 2 or 5
// times a power of ten chosen so that there are at most `target_count`
// intervals and as many as possible; values are min, min + step, ..., max
// computed as multiples of step (no accumulated error). low == high gives a
// range around the value; low > high is swapped. target_count < 2 is 2.
struct AxisTicks {
  double min = 0;
  double max = 0;
  double step = 0;
  std::vector<double> values;
};
AxisTicks NiceTicks(double low, double high, int target_count);

std::string RenderStackedBars(const StackedBarChart& chart, const ChartFormat& format);
std::string RenderHorizontalBars(const HorizontalBarChart& chart, const ChartFormat& format);
std::string RenderWaterfall(const WaterfallChart& chart, const ChartFormat& format);
std::string RenderTornado(const TornadoChart& chart, const ChartFormat& format);
std::string RenderHistogram(const HistogramChart& chart, const ChartFormat& format);
std::string RenderLineChart(const LineChart& chart, const ChartFormat& format);

}  // namespace ripple
