// Private helpers shared by the svg_chart_*.cc files: an SVG text builder,
// scales, axes, legends and label fitting. Not part of the public API.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ripple/report/svg_chart.h"

namespace ripple::svg {

inline constexpr int kFillCount = 4;          // distinct fills before they repeat
inline constexpr double kCharWidthEm = 0.56;  // average glyph advance of the sans stack
inline constexpr double kFontPx = 12;         // labels and ticks
inline constexpr double kTitlePx = 15;

// XML text/attribute escaping: & < > " ' become entities; bytes >= 0x80
// (UTF-8) are copied; control characters other than tab and newline are
// dropped (XML 1.0 forbids them).
std::string EscapeXml(std::string_view text);

// A coordinate: at most 2 decimals, trailing zeros cut, never "-0".
std::string Num(double value);

// Appends each part to `out`. Used where `"literal" + std::string` in a loop
// trips GCC 12's false -Wrestrict warning (GCC bug 105329).
void AppendAll(std::string& out, std::initializer_list<std::string_view> parts);

// Number of code points in UTF-8 text.
size_t Utf8Length(std::string_view text);

// Splits `text` at spaces into at most `max_lines` lines of at most
// `max_chars` code points (a word longer than a line is cut). When the text
// does not fit, the last line ends with "…" and `truncated` is true.
struct WrappedText {
  std::vector<std::string> lines;
  bool truncated = false;
};
WrappedText WrapText(std::string_view text, size_t max_chars, size_t max_lines);

// How many code points fit in `width_px` at `font_px`, at least 4.
size_t CharsThatFit(double width_px, double font_px);

// Throws Error(kInternal) unless id, title and description are usable.
void CheckChartText(const ChartText& text);
// Throws Error(kInternal) when `value` is NaN or infinite; `what` names it.
void CheckFinite(double value, std::string_view what);
// Checks every series has `count` finite values.
void CheckSeries(const std::vector<ChartSeries>& series, size_t count, std::string_view what);

// Maps a data interval onto a pixel interval (r0 may be > r1 for y axes).
struct Scale {
  double d0 = 0, d1 = 1, r0 = 0, r1 = 1;
  double operator()(double value) const { return r0 + (value - d0) * (r1 - r0) / (d1 - d0); }
};

// " : " in French (no-break space before the colon), ": " in English.
std::string Colon(Language language);

// A tick value formatted with the decimals its step needs.
std::string TickLabel(double value, double step, Language language);

class SvgBuilder {
 public:
  // Starts <svg> with role="img", aria-labelledby, <title>, <desc> and the
  // visible (wrapped) title. `height` may be raised later
  // with SetHeight before Finish.
  SvgBuilder(const ChartText& text, int width);
  double title_bottom() const { return title_bottom_; }
  int width() const { return width_; }
  void SetHeight(double height) { height_ = height; }

  // A filled rectangle; normalises negative width/height. Fill i % 4 is
  // dark, mid + hatching, light, white + cross-hatching. `tooltip` goes in a
  // <title> child when not empty.
  void Rect(double x, double y, double w, double h, int fill, std::string_view tooltip);
  void Line(double x1, double y1, double x2, double y2, std::string_view stroke, double width,
            std::string_view dash = "");
  // One line of text; anchor is "start", "middle" or "end". `halo` draws a
  // white outline so the text stays legible over hatching; `fill` (e.g.
  // "#fff" over the dark fill) replaces the default near-black.
  void Text(double x, double y, std::string_view text, std::string_view anchor,
            double font_px = kFontPx, bool bold = false, bool halo = false,
            std::string_view fill = "");
  // Text wrapped into `max_chars` x `max_lines`, lines 14 px apart, first
  // line at y; adds a <title> with the full text when it had to be cut.
  void WrappedLabel(double x, double y, std::string_view text, size_t max_chars, size_t max_lines,
                    std::string_view anchor);
  // The value axis title, rotated, centred on [top, bottom] at x.
  void VerticalTitle(double x, double top, double bottom, std::string_view text);
  void Raw(std::string_view markup) { body_ += markup; }
  // Draws the source line at the bottom and returns the complete SVG.
  std::string Finish();

 private:
  std::string id_;
  std::string title_;
  std::string description_;
  std::string source_;
  int width_;
  double height_ = 0;
  double title_bottom_ = 0;
  std::string body_;
};

// Draws horizontal grid lines and tick labels of a vertical value axis.
void DrawYAxis(SvgBuilder& svg, const AxisTicks& ticks, const Scale& y, double left, double right,
               Language language);
// Draws vertical grid lines and tick labels (under `bottom`) of a horizontal
// value axis.
void DrawXAxis(SvgBuilder& svg, const AxisTicks& ticks, const Scale& x, double top, double bottom,
               Language language);
// A legend of fill swatches, left to right, wrapping rows; returns its height.
double DrawFillLegend(SvgBuilder& svg, const std::vector<std::string>& names,
                      const std::vector<int>& fills, double top);

}  // namespace ripple::svg
