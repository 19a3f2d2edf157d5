// SVG text building for svg_chart: escaping, coordinates, label wrapping and
// the chart frame (accessibility elements, fills and hatching, title, source line).
#include <algorithm>
#include <charconv>
#include <cmath>

#include "report/svg_chart_internal.h"
#include "ripple/base/error.h"
#include "ripple/base/text.h"

namespace ripple::svg {
namespace {

constexpr std::string_view kFontFamily =
    "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
constexpr std::string_view kEllipsis = "\u2026";

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The first `count` code points of `text`.
std::string_view Utf8Prefix(std::string_view text, size_t count) {
  size_t i = 0;
  while (i < text.size() && count > 0) {
    ++i;
    while (i < text.size() && IsContinuation(static_cast<unsigned char>(text[i]))) ++i;
    --count;
  }
  return text.substr(0, i);
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Fills: four grey levels (dark, mid, light, white) told apart in black and
// white, the mid one hatched and the white one cross-hatched. Textures are
// drawn as explicit line segments rather than SVG <pattern>s: Chromium's PDF
// output expands a pattern tile by tile (a demo brief with dotted patterns
// printed to 2.3 MB, 0.1 MB without them).
constexpr std::string_view kFillColours[kFillCount] = {"#1f3b63", "#7b9cc4", "#d3deec", "#fff"};
constexpr double kHatchSpacing = 8;  // along x, so 5.7 px between lines

// Segments of the lines x + y = k (rising) or x - y = k (falling), for k on
// a page-wide grid so neighbouring bars line up, clipped to the rectangle.
std::string HatchPath(double x0, double y0, double x1, double y1, bool rising) {
  std::string d;
  double k_min = rising ? x0 + y0 : x0 - y1, k_max = rising ? x1 + y1 : x1 - y0;
  for (double k = std::ceil(k_min / kHatchSpacing) * kHatchSpacing; k <= k_max;
       k += kHatchSpacing) {
    double from = rising ? std::max(x0, k - y1) : std::max(x0, k + y0);
    double to = rising ? std::min(x1, k - y0) : std::min(x1, k + y1);
    if (to - from < 0.5) continue;
    double y_from = rising ? k - from : from - k, y_to = rising ? k - to : to - k;
    AppendAll(d, {"M", Num(from), " ", Num(y_from), "L", Num(to), " ", Num(y_to)});
  }
  return d;
}

}  // namespace

std::string EscapeXml(std::string_view text) { return EscapeMarkup(text); }

std::string Num(double value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
  std::string text(buffer, result.ptr);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

void AppendAll(std::string& out, std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) out += part;
}

size_t Utf8Length(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += IsContinuation(static_cast<unsigned char>(c)) ? 0 : 1;
  return count;
}

WrappedText WrapText(std::string_view text, size_t max_chars, size_t max_lines) {
  WrappedText wrapped;
  std::vector<std::string>& lines = wrapped.lines;
  std::string line;
  for (std::string_view word : Words(text)) {
    while (Utf8Length(word) > max_chars) {  // a word longer than a line is cut
      if (!line.empty()) lines.push_back(std::move(line)), line.clear();
      std::string_view head = Utf8Prefix(word, max_chars);
      lines.emplace_back(head);
      word.remove_prefix(head.size());
    }
    if (line.empty()) {
      line = std::string(word);
    } else if (Utf8Length(line) + 1 + Utf8Length(word) <= max_chars) {
      line += ' ';
      line += word;
    } else {
      lines.push_back(std::move(line));
      line = std::string(word);
    }
  }
  if (!line.empty()) lines.push_back(std::move(line));
  if (lines.size() > max_lines) {
    lines.resize(max_lines);
    wrapped.truncated = true;
    std::string& last = lines.back();
    size_t keep = std::min(Utf8Length(last), max_chars - 1);
    last = std::string(Utf8Prefix(last, keep)) + std::string(kEllipsis);
  }
  return wrapped;
}

size_t CharsThatFit(double width_px, double font_px) {
  double chars = std::floor(width_px / (font_px * kCharWidthEm));
  return chars < 4 ? 4 : static_cast<size_t>(chars);
}

void CheckChartText(const ChartText& text) {
  bool id_ok =
      !text.id.empty() &&
      text.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
  if (!id_ok)
    throw Error(ErrorKind::kInternal, "chart id must be [a-z0-9-]+, got '" + text.id + "'");
  if (text.title.empty()) throw Error(ErrorKind::kInternal, "chart '" + text.id + "': empty title");
  if (text.description.empty()) {
    throw Error(ErrorKind::kInternal,
                "chart '" + text.id + "': empty description (text alternative)");
  }
}

void CheckFinite(double value, std::string_view what) {
  if (!std::isfinite(value)) {
    throw Error(ErrorKind::kInternal, "chart: " + std::string(what) + " is not a finite number");
  }
}

void CheckSeries(const std::vector<ChartSeries>& series, size_t count, std::string_view what) {
  if (series.empty())
    throw Error(ErrorKind::kInternal, "chart '" + std::string(what) + "': no series");
  for (const ChartSeries& s : series) {
    if (s.values.size() != count) {
      throw Error(ErrorKind::kInternal, "chart '" + std::string(what) + "': series '" + s.name +
                                            "' has " + std::to_string(s.values.size()) +
                                            " values for " + std::to_string(count) + " categories");
    }
    for (double v : s.values) CheckFinite(v, std::string(what) + " series '" + s.name + "'");
  }
}

std::string Colon(Language language) { return language == Language::kFrench ? "\u00A0: " : ": "; }

std::string TickLabel(double value, double step, Language language) {
  int decimals = 0;
  while (decimals < 9 && step * std::pow(10.0, decimals) < 0.999999) ++decimals;
  return FormatFigure(value, decimals, language);
}

SvgBuilder::SvgBuilder(const ChartText& text, int width)
    : id_(text.id),
      title_(text.title),
      description_(text.description),
      source_(text.source),
      width_(width) {
  WrappedText title = WrapText(text.title, CharsThatFit(width - 16, kTitlePx), 2);
  double y = 20;
  for (const std::string& line : title.lines) {
    Text(8, y, line, "start", kTitlePx, true);
    y += 19;
  }
  title_bottom_ = y - 10;
}

void SvgBuilder::Rect(double x, double y, double w, double h, int fill, std::string_view tooltip) {
  if (w < 0) x += w, w = -w;
  if (h < 0) y += h, h = -h;
  int f = fill % kFillCount;
  body_ += "<rect x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" width=\"" + Num(w) + "\" height=\"" +
           Num(h) + "\" fill=\"" + std::string(kFillColours[f]) +
           "\" stroke=\"#222\" stroke-width=\"0.6\"";
  body_ += tooltip.empty() ? "/>" : "><title>" + EscapeXml(tooltip) + "</title></rect>";
  std::string hatch;
  if (f == 1) hatch = HatchPath(x, y, x + w, y + h, true);
  if (f == 3) hatch = HatchPath(x, y, x + w, y + h, true) + HatchPath(x, y, x + w, y + h, false);
  if (!hatch.empty()) {
    body_ += "<path d=\"" + hatch + "\" stroke=\"" + (f == 1 ? "#fff" : "#444") +
             "\" stroke-width=\"" + (f == 1 ? "1.6" : "0.7") + "\" pointer-events=\"none\"/>";
  }
}

void SvgBuilder::Line(double x1, double y1, double x2, double y2, std::string_view stroke,
                      double width, std::string_view dash) {
  body_ += "<line x1=\"" + Num(x1) + "\" y1=\"" + Num(y1) + "\" x2=\"" + Num(x2) + "\" y2=\"" +
           Num(y2) + "\" stroke=\"" + std::string(stroke) + "\" stroke-width=\"" + Num(width) +
           "\"";
  if (!dash.empty()) body_ += " stroke-dasharray=\"" + std::string(dash) + "\"";
  body_ += "/>";
}

void SvgBuilder::Text(double x, double y, std::string_view text, std::string_view anchor,
                      double font_px, bool bold, bool halo, std::string_view fill) {
  body_ +=
      "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" text-anchor=\"" + std::string(anchor) + "\"";
  if (font_px != kFontPx) body_ += " font-size=\"" + Num(font_px) + "\"";
  if (bold) body_ += " font-weight=\"bold\"";
  if (halo) body_ += " stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"";
  if (!fill.empty()) body_ += " fill=\"" + std::string(fill) + "\"";
  body_ += '>';
  body_ += EscapeXml(text);
  body_ += "</text>";
}

void SvgBuilder::WrappedLabel(double x, double y, std::string_view text, size_t max_chars,
                              size_t max_lines, std::string_view anchor) {
  WrappedText wrapped = WrapText(text, max_chars, max_lines);
  body_ += "<g>";
  if (wrapped.truncated) body_ += "<title>" + EscapeXml(text) + "</title>";
  for (size_t i = 0; i < wrapped.lines.size(); ++i) Text(x, y + 14.0 * i, wrapped.lines[i], anchor);
  body_ += "</g>";
}

void SvgBuilder::VerticalTitle(double x, double top, double bottom, std::string_view text) {
  double y = (top + bottom) / 2;
  body_ += "<text x=\"" + Num(x) + "\" y=\"" + Num(y) +
           "\" text-anchor=\"middle\" transform=\"rotate(-90 " + Num(x) + " " + Num(y) + ")\">" +
           EscapeXml(text) + "</text>";
}

std::string SvgBuilder::Finish() {
  if (!source_.empty()) Text(8, height_ - 8, source_, "start", 11);
  std::string h = Num(height_);
  std::string w = std::to_string(width_);
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h +
                    "\" viewBox=\"0 0 " + w + " " + h + "\" role=\"img\" aria-labelledby=\"" + id_ +
                    "-title " + id_ + "-desc\" font-family=\"" + std::string(kFontFamily) +
                    "\" font-size=\"" + Num(kFontPx) + "\" fill=\"#111\">";
  out += "<title id=\"" + id_ + "-title\">" + EscapeXml(title_) + "</title>";
  out += "<desc id=\"" + id_ + "-desc\">" + EscapeXml(description_) + "</desc>";
  out += "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"#fff\"/>";
  return out + body_ + "</svg>\n";
}

}  // namespace ripple::svg
