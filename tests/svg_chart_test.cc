// Static SVG charts: tick choice, exact output, determinism, escaping,
// accessibility, number formats, negative values and errors (svg_chart.h).
#include "ripple/report/svg_chart.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <locale>
#include <string>

#include "ripple/base/error.h"

using namespace ripple;

namespace {

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++count;
  return count;
}

ChartText Text(const std::string& id) {
  return {id, "Titre", "Description du graphique", "Source : test", "Emplois-années", "Année"};
}

StackedBarChart JobsByYear() {
  StackedBarChart chart;
  chart.text = Text("jobs");
  chart.categories = {"2025", "2026", "2027"};
  chart.series = {{"Directs", {12, 20, 8}}, {"Indirects", {6, 13.5, 5}}, {"Induits", {4, 9.5, 3}}};
  return chart;
}

WaterfallChart GrossToNet() {
  WaterfallChart chart;
  chart.text = Text("waterfall");
  chart.steps = {{"Brut", WaterfallStepKind::kStart, 60},
                 {"Aubaine", WaterfallStepKind::kChange, -18},
                 {"Effet de levier", WaterfallStepKind::kChange, 5},
                 {"Net", WaterfallStepKind::kTotal, 0}};
  return chart;
}

TornadoChart Tornado() {
  TornadoChart chart;
  chart.text = Text("tornado");
  chart.centre = 9.01;
  chart.centre_label = "Valeur centrale";
  chart.low_legend = "Basse";
  chart.high_legend = "Haute";
  chart.bars = {{"Aubaine", 11.8, 6.1}, {"Achats locaux", 7.9, 10.2}};
  return chart;
}

HistogramChart Draws() {
  HistogramChart chart;
  chart.text = Text("draws");
  chart.samples = {0.5, 1.5, 1.5, 2.5};
  chart.target_bins = 3;
  chart.share_axis_title = "Share of draws (%)";
  chart.markers = {{"P5", 0.6}, {"Median", 1.5}, {"P95", 2.4}};
  return chart;
}

LineChart Sweep() {
  LineChart chart;
  chart.text = Text("sweep");
  chart.x = {0, 10, 20};
  chart.series = {{"Net", {60, 54, 48}}, {"Brut", {60, 60, 60}}};
  return chart;
}

// Every chart kind, rendered with `format`.
std::vector<std::string> RenderAll(const ChartFormat& format) {
  HorizontalBarChart bars;
  bars.text = Text("bars");
  bars.categories = {"Région", "État"};
  bars.series = {{"Coût", {1.2, -0.25}}};
  return {RenderStackedBars(JobsByYear(), format), RenderHorizontalBars(bars, format),
          RenderWaterfall(GrossToNet(), format),   RenderTornado(Tornado(), format),
          RenderHistogram(Draws(), format),        RenderLineChart(Sweep(), format)};
}

// A numpunct that would turn 1234.5 into "1.234,5" if anything used iostreams.
struct CommaDecimal : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
  char do_thousands_sep() const override { return '.'; }
  std::string do_grouping() const override { return "\3"; }
};

}  // namespace

TEST_CASE("NiceTicks picks 1-2-5 steps with as many intervals as allowed", "[svg_chart]") {
  AxisTicks jobs = NiceTicks(0, 43, 6);  // 43/6 = 7.2: steps 1, 2, 5 give 43, 22, 9 intervals
  CHECK(jobs.step == 10);
  CHECK(jobs.values == std::vector<double>{0, 10, 20, 30, 40, 50});

  AxisTicks negative = NiceTicks(-0.25, 1.2, 5);  // 0.1 -> 15, 0.2 -> 8, 0.5 -> 4 intervals
  CHECK(negative.step == 0.5);
  CHECK(negative.values == std::vector<double>{-0.5, 0, 0.5, 1, 1.5});

  AxisTicks tornado = NiceTicks(6.1, 11.8, 5);  // step 1 needs 6..12 = 6 intervals
  CHECK(tornado.step == 2);
  CHECK(tornado.values == std::vector<double>{6, 8, 10, 12});

  AxisTicks swapped = NiceTicks(10, 0, 5);
  CHECK(swapped.step == 2);
  CHECK(swapped.min == 0);
  CHECK(swapped.max == 10);
}

TEST_CASE("NiceTicks treats a range within rounding noise as flat", "[svg_chart]") {
  // A cost per job-year constant along a sweep, off by one unit in the last place: it looped
  // forever (first / step beyond 2^53, where ++i stays put) and filled the memory.
  const double value = 195511.455811;
  const AxisTicks ticks = NiceTicks(value, std::nextafter(value, 1e9), 5);
  const AxisTicks flat = NiceTicks(value, value, 5);
  CHECK(ticks.values == flat.values);
  CHECK(ticks.min <= value);
  CHECK(ticks.max >= value);
  CHECK(ticks.values.size() <= 6);
  LineChart chart;
  chart.text = {"flat", "Flat", "A flat line.", "", "EUR", "x"};
  chart.x = {1e6, 1.5e6, 2e6};
  chart.series = {{"ratio", {value, std::nextafter(value, 1e9), value}}};
  CHECK(RenderLineChart(chart, {}).find("<path d=\"M") != std::string::npos);
}

TEST_CASE("NiceTicks handles flat ranges, rounding noise and tiny targets", "[svg_chart]") {
  AxisTicks zero = NiceTicks(0, 0, 5);  // all-zero data: 0..1
  CHECK(zero.step == Approx(0.2));
  CHECK(zero.min == 0);
  CHECK(zero.max == Approx(1));
  REQUIRE(zero.values.size() == 6);

  AxisTicks flat = NiceTicks(5, 5, 4);  // +-10 %: 4.5..5.5
  CHECK(flat.step == 0.5);
  CHECK(flat.values == std::vector<double>{4.5, 5, 5.5});

  // 0.3 / 0.1 is 2.9999999999999996 in binary: still 2 intervals, not 3.
  AxisTicks noisy = NiceTicks(0.1, 0.3, 2);
  CHECK(noisy.step == Approx(0.1));
  REQUIRE(noisy.values.size() == 3);
  CHECK(noisy.min == Approx(0.1));
  CHECK(noisy.max == Approx(0.3));

  AxisTicks straddle = NiceTicks(-1, 1, 1);  // target 1 is raised to 2
  CHECK(straddle.values == std::vector<double>{-1, 0, 1});
}

TEST_CASE("a tiny horizontal bar chart renders exactly", "[svg_chart]") {
  HorizontalBarChart chart;
  chart.text = {"t", "Cost & <return>", "Région: 2, État: -1.5", "Source: test", "M€", ""};
  chart.categories = {"Région", "État"};
  chart.series = {{"Cost", {2, -1.5}}};
  // Hand-checked: labels column 0.36 x 400 = 144 px, plot from 144 + 16 + 56
  // (room for negative labels) = 216 to 400 - 72 = 328; ticks -2..2 step 1
  // (steps 0.1, 0.2, 0.5 give 35, 18, 7 intervals for a target of 5), so 28
  // px per unit and zero at x = 272; one 28 px row per category.
  std::string expected =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"159\" viewBox=\"0 0 400 "
      "159\" role=\"img\" aria-labelledby=\"t-title t-desc\" font-family=\"'DejaVu Sans', "
      "'Liberation Sans', Arial, Helvetica, sans-serif\" font-size=\"12\" fill=\"#111\">"
      "<title id=\"t-title\">Cost &amp; &lt;return&gt;</title>"
      "<desc id=\"t-desc\">Région: 2, État: -1.5</desc>"
      "<rect width=\"400\" height=\"159\" fill=\"#fff\"/>"
      "<text x=\"8\" y=\"20\" text-anchor=\"start\" font-size=\"15\" font-weight=\"bold\">Cost "
      "&amp; &lt;return&gt;</text>"
      "<line x1=\"216\" y1=\"39\" x2=\"216\" y2=\"95\" stroke=\"#ccc\" stroke-width=\"0.6\"/>"
      "<text x=\"216\" y=\"110\" text-anchor=\"middle\">-2</text>"
      "<line x1=\"244\" y1=\"39\" x2=\"244\" y2=\"95\" stroke=\"#ccc\" stroke-width=\"0.6\"/>"
      "<text x=\"244\" y=\"110\" text-anchor=\"middle\">-1</text>"
      "<line x1=\"272\" y1=\"39\" x2=\"272\" y2=\"95\" stroke=\"#222\" stroke-width=\"1\"/>"
      "<text x=\"272\" y=\"110\" text-anchor=\"middle\">0</text>"
      "<line x1=\"300\" y1=\"39\" x2=\"300\" y2=\"95\" stroke=\"#ccc\" stroke-width=\"0.6\"/>"
      "<text x=\"300\" y=\"110\" text-anchor=\"middle\">1</text>"
      "<line x1=\"328\" y1=\"39\" x2=\"328\" y2=\"95\" stroke=\"#ccc\" stroke-width=\"0.6\"/>"
      "<text x=\"328\" y=\"110\" text-anchor=\"middle\">2</text>"
      "<g>"
      "<text x=\"152\" y=\"57\" text-anchor=\"end\">Région</text>"
      "</g>"
      "<rect x=\"272\" y=\"46\" width=\"56\" height=\"14\" fill=\"#1f3b63\" stroke=\"#222\" "
      "stroke-width=\"0.6\">"
      "<title>Cost — Région\u00A0: 2,0</title>"
      "</rect>"
      "<text x=\"332\" y=\"57\" text-anchor=\"start\">2,0</text>"
      "<g>"
      "<text x=\"152\" y=\"85\" text-anchor=\"end\">État</text>"
      "</g>"
      "<rect x=\"230\" y=\"74\" width=\"42\" height=\"14\" fill=\"#1f3b63\" stroke=\"#222\" "
      "stroke-width=\"0.6\">"
      "<title>Cost — État\u00A0: -1,5</title>"
      "</rect>"
      "<text x=\"226\" y=\"85\" text-anchor=\"end\">-1,5</text>"
      "<text x=\"272\" y=\"129\" text-anchor=\"middle\">M€</text>"
      "<text x=\"8\" y=\"151\" text-anchor=\"start\" font-size=\"11\">Source: test</text>"
      "</svg>\n";
  CHECK(RenderHorizontalBars(chart, {Language::kFrench, 1, 400}) == expected);
}

TEST_CASE("charts are byte-identical across calls and global locales", "[svg_chart]") {
  ChartFormat format{Language::kFrench, 1, 640};
  std::vector<std::string> first = RenderAll(format);
  std::locale previous = std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
  std::vector<std::string> second = RenderAll(format);
  std::locale::global(previous);
  CHECK(first == second);
  for (const std::string& svg : first) {
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(svg.size() > 1000);
    CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
  }
}

TEST_CASE("every chart is an accessible image with its title and description", "[svg_chart]") {
  for (const std::string& svg : RenderAll({Language::kEnglish, 0, 640})) {
    CHECK(Count(svg, "role=\"img\"") == 1);
    CHECK(Count(svg, "<desc id=\"") == 1);
    CHECK(svg.find("-desc\">Description du graphique</desc>") != std::string::npos);
    CHECK(svg.find("<text x=\"8\" y=\"20\" text-anchor=\"start\" font-size=\"15\" "
                   "font-weight=\"bold\">Titre</text>") != std::string::npos);
    CHECK(svg.find("Source : test</text>") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<pattern") ==
          std::string::npos);  // textures are plain paths (svg_chart_svg.cc)
  }
  std::string stacked = RenderStackedBars(JobsByYear(), {Language::kEnglish, 0, 640});
  CHECK(stacked.find("aria-labelledby=\"jobs-title jobs-desc\"") != std::string::npos);
  CHECK(stacked.find("<title id=\"jobs-title\">Titre</title>") != std::string::npos);
}

TEST_CASE("chart text is XML-escaped and accents are kept", "[svg_chart]") {
  StackedBarChart chart = JobsByYear();
  chart.text.title = "R&D <\"été\"> l'an";
  chart.text.description = "a < b & c > d";
  chart.categories[0] = "Île-de-France & co";
  std::string svg = RenderStackedBars(chart, {Language::kFrench, 0, 640});
  CHECK(svg.find("R&amp;D &lt;&quot;été&quot;&gt; l&#39;an") != std::string::npos);
  CHECK(svg.find("a &lt; b &amp; c &gt; d") != std::string::npos);
  CHECK(svg.find("Île-de-France") != std::string::npos);
  CHECK(svg.find("<\"été\">") == std::string::npos);
  CHECK(svg.find("& co") == std::string::npos);
}

TEST_CASE("long category labels are wrapped, cut with an ellipsis and kept whole in a title",
          "[svg_chart]") {
  HorizontalBarChart chart;
  chart.text = Text("long");
  std::string label =
      "Métropole européenne de Lille (fonds de concours pour la requalification des friches)";
  chart.categories = {label, "État"};
  chart.series = {{"Coût", {1, 2}}};
  std::string svg = RenderHorizontalBars(chart, {Language::kFrench, 0, 640});
  // 230 px of labels hold 34 characters a line at 12 px; two lines at most.
  CHECK(svg.find("<g><title>" + label + "</title><text x=\"238\"") != std::string::npos);
  CHECK(svg.find(">Métropole européenne de Lille</text>") != std::string::npos);
  CHECK(svg.find(">(fonds de concours pour la\u2026</text>") != std::string::npos);
  CHECK(svg.find("<g><text x=\"238\" y=\"") != std::string::npos);  // "État": no title needed
}

TEST_CASE("tick and value labels follow the language's number format", "[svg_chart]") {
  HorizontalBarChart chart;
  chart.text = Text("money");
  chart.categories = {"Région"};
  chart.series = {{"Coût", {12345.5}}};
  std::string french = RenderHorizontalBars(chart, {Language::kFrench, 1, 640});
  std::string english = RenderHorizontalBars(chart, {Language::kEnglish, 1, 640});
  CHECK(french.find(">12\u202F345,5</text>") != std::string::npos);
  CHECK(english.find(">12,345.5</text>") != std::string::npos);
  CHECK(french.find(">10\u202F000</text>") != std::string::npos);  // a tick
  CHECK(english.find(">10,000</text>") != std::string::npos);
  CHECK(french.find("Coût — Région\u00A0: 12\u202F345,5") != std::string::npos);  // tooltip
  CHECK(english.find("Coût — Région: 12,345.5") != std::string::npos);
}

TEST_CASE("negative values extend the axis below zero and stack downwards", "[svg_chart]") {
  StackedBarChart chart;
  chart.text = Text("neg");
  chart.categories = {"2025"};
  chart.series = {{"Recettes", {-30}}, {"Dépenses", {50}}};
  std::string svg = RenderStackedBars(chart, {Language::kEnglish, 0, 640});
  CHECK(svg.find(">-40</text>") != std::string::npos);  // ticks -40..60 step 20
  CHECK(svg.find(">60</text>") != std::string::npos);
  CHECK(svg.find("Recettes — 2025: -30") != std::string::npos);
  CHECK(svg.find("font-weight=\"bold\">20</text>") != std::string::npos);  // the net total
}

TEST_CASE("segment labels are white on the dark fill and haloed on the others", "[svg_chart]") {
  std::string svg = RenderStackedBars(JobsByYear(), {Language::kEnglish, 0, 640});
  // 2026: direct 20 on the dark fill, indirect 13.5 -> "14" on the hatched one.
  CHECK(svg.find("text-anchor=\"middle\" fill=\"#fff\">20</text>") != std::string::npos);
  CHECK(svg.find("paint-order=\"stroke\">14</text>") != std::string::npos);
  CHECK(svg.find("paint-order=\"stroke\">20</text>") == std::string::npos);
}

TEST_CASE("the waterfall runs from gross to net with signed changes", "[svg_chart]") {
  std::string svg = RenderWaterfall(GrossToNet(), {Language::kEnglish, 0, 640});
  CHECK(svg.find("<title>Brut: 60</title>") != std::string::npos);
  CHECK(svg.find("<title>Aubaine: -18</title>") != std::string::npos);
  CHECK(svg.find("<title>Effet de levier: +5</title>") != std::string::npos);
  CHECK(svg.find("<title>Net: 47</title>") != std::string::npos);  // 60 - 18 + 5
  CHECK(Count(svg, "stroke-dasharray=\"3 2\"") == 3);              // connectors between 4 bars
}

TEST_CASE("the tornado draws low and high bars around the centre", "[svg_chart]") {
  std::string svg = RenderTornado(Tornado(), {Language::kFrench, 2, 640});
  CHECK(svg.find(">Valeur centrale\u00A0: 9,01</text>") != std::string::npos);
  CHECK(svg.find("<title>Aubaine, Basse\u00A0: 11,80</title>") != std::string::npos);
  CHECK(svg.find("<title>Achats locaux, Haute\u00A0: 10,20</title>") != std::string::npos);
  CHECK(svg.find(">Basse</text>") != std::string::npos);  // legend
}

TEST_CASE("the histogram bins the draws in shares and marks the percentiles", "[svg_chart]") {
  // 0.5..2.5 with 3 bins: width 1 from 0 (0.5 would need 4 intervals).
  std::string svg = RenderHistogram(Draws(), {Language::kEnglish, 1, 640});
  CHECK(svg.find("<title>0 – 1: 25.0%</title>") != std::string::npos);
  CHECK(svg.find("<title>1 – 2: 50.0%</title>") != std::string::npos);
  CHECK(svg.find("<title>2 – 3: 25.0%</title>") != std::string::npos);
  CHECK(svg.find(">Median: 1.5</text>") != std::string::npos);
  CHECK(Count(svg, "stroke-dasharray=\"5 3\"") == 3);
}

TEST_CASE("line series differ by dash pattern and marker shape", "[svg_chart]") {
  std::string svg = RenderLineChart(Sweep(), {Language::kEnglish, 0, 640});
  CHECK(Count(svg, "<path d=\"M") >= 2);
  CHECK(Count(svg, "stroke-dasharray=\"7 4\"") == 2);  // the legend sample and the line
  CHECK(Count(svg, "<circle") == 4);                   // 3 points + legend
  CHECK(Count(svg, "<rect x=") >= 4);                  // squares for the second series
  CHECK(svg.find(">Année</text>") != std::string::npos);
}

TEST_CASE("charts refuse data a report writer should never pass", "[svg_chart]") {
  StackedBarChart chart = JobsByYear();
  chart.text.description = "";
  CHECK_THROWS_WITH(RenderStackedBars(chart, {}),
                    "chart 'jobs': empty description (text alternative)");
  chart = JobsByYear();
  chart.text.id = "Jobs 1";
  CHECK_THROWS_WITH(RenderStackedBars(chart, {}), "chart id must be [a-z0-9-]+, got 'Jobs 1'");
  chart = JobsByYear();
  chart.series[1].values.pop_back();
  CHECK_THROWS_WITH(RenderStackedBars(chart, {}),
                    "chart 'jobs': series 'Indirects' has 2 values for 3 categories");
  chart = JobsByYear();
  chart.series[0].values[0] = std::nan("");
  CHECK_THROWS_WITH(RenderStackedBars(chart, {}),
                    "chart: jobs series 'Directs' is not a finite number");
  LineChart sweep = Sweep();
  sweep.x = {0, 20, 10};
  CHECK_THROWS_WITH(RenderLineChart(sweep, {}), "chart 'sweep': x must be strictly increasing");
  HistogramChart draws = Draws();
  draws.samples.clear();
  CHECK_THROWS_WITH(RenderHistogram(draws, {}), "chart 'draws': no samples");
}
