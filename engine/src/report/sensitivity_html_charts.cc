// sensitivity.html: histograms of the draws, tornado charts with their
// tables, and the sweeps as line charts (sensitivity_html_internal.h).
#include <cmath>
#include <string>
#include <vector>

#include "report/sensitivity_html_internal.h"
#include "ripple/analysis/metrics.h"

namespace ripple::sensitivity_html {
namespace {

// A chart id from a headline name: "net_jobs" -> "net-jobs".
std::string Id(std::string_view prefix, std::string_view name) {
  std::string id(prefix);
  for (char ch : name) id += ch == '_' ? '-' : ch;
  return id;
}

std::string Histogram(const Page& p, const BriefRanges& ranges, const Headline& headline) {
  const auto found = ranges.figures.find(headline.name);
  if (found == ranges.figures.end()) return "";
  const FigureRange& r = found->second;
  HistogramChart chart;
  for (double v : DefinedDraws(p.run.monte_carlo, headline.metric))
    chart.samples.push_back(AxisValue(headline.name, v));
  chart.share_axis_title =
      std::string(p.Pick("Part des simulations (%)", "Share of simulations (%)"));
  chart.markers = {{"P5", AxisValue(headline.name, r.p05)},
                   {std::string(p.Pick("Médiane", "Median")), AxisValue(headline.name, r.median)},
                   {"P95", AxisValue(headline.name, r.p95)}};
  chart.text =
      Text(p, Id("distribution-", headline.name), Label(p, headline.name),
           std::string(p.Pick("Répartition sur ", "Distribution over ")) + std::to_string(r.draws) +
               std::string(p.Pick(" simulations ; 90 % entre ", " simulations; 90% between ")) +
               Show(p, headline.name, r.p05) + std::string(p.Pick(" et ", " and ")) +
               Show(p, headline.name, r.p95) + std::string(p.Pick(", médiane ", ", median ")) +
               Show(p, headline.name, r.median) + ".",
           AxisTitle(p, headline.name));
  return HtmlFigure(RenderHistogram(chart, Format(p, headline.name)), "");
}

// The tornado rows of `headline` that move it, by rank.
std::vector<const TornadoRow*> TornadoOf(const Page& p, std::string_view headline) {
  std::vector<const TornadoRow*> rows;
  for (const TornadoRow& row : p.run.tornado) {
    if (row.headline == headline && row.swing != 0) rows.push_back(&row);
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const TornadoRow* a, const TornadoRow* b) { return a->rank < b->rank; });
  return rows;
}

std::string TornadoTable(const Page& p, const std::vector<const TornadoRow*>& rows) {
  std::string out =
      "<table class=\"tornado wide\">\n<thead><tr>" + Th(p.Pick("Hypothèse", "Assumption")) +
      Th(p.Pick("Basse (P5)", "Low (P5)"), true) + Th(p.Pick("Haute (P95)", "High (P95)"), true) +
      Th(p.Pick("Résultat au P5", "Result at P5"), true) +
      Th(p.Pick("Résultat au P95", "Result at P95"), true) + Th(p.Pick("Écart", "Swing"), true) +
      "</tr></thead>\n<tbody>\n";
  for (const TornadoRow* row : rows) {
    auto plain = [&](double v) { return FormatFigure(v, std::abs(v) < 10 ? 3 : 0, p.language); };
    out += "<tr>" + Td(row->parameter) + Td(plain(row->low), true) + Td(plain(row->high), true) +
           Td(Show(p, row->headline, row->at_low), true) +
           Td(Show(p, row->headline, row->at_high), true) +
           Td(Show(p, row->headline, row->swing), true) + "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

// "Without effect on this figure: a, b." for the tornado rows with no swing.
std::string Unmoved(const Page& p, std::string_view headline) {
  std::string keys;
  for (const TornadoRow& row : p.run.tornado) {
    if (row.headline != headline || row.swing != 0) continue;
    if (!keys.empty()) keys += ", ";
    keys += row.parameter;
  }
  if (keys.empty()) return "";
  return "<p class=\"note\">" +
         EscapeHtml(std::string(p.Pick("Sans effet sur ce chiffre\u00A0: ",
                                       "Without effect on this figure: ")) +
                    keys + ".") +
         "</p>\n";
}

std::string Tornado(const Page& p, std::string_view headline) {
  const std::vector<const TornadoRow*> rows = TornadoOf(p, headline);
  if (rows.empty()) return "";
  TornadoChart chart;
  chart.centre = AxisValue(headline, rows.front()->central);
  chart.centre_label = std::string(p.Pick("Valeur centrale", "Central value"));
  chart.low_legend = std::string(p.Pick("Hypothèse à son P5", "Assumption at its P5"));
  chart.high_legend = std::string(p.Pick("Hypothèse à son P95", "Assumption at its P95"));
  for (const TornadoRow* row : rows) {
    chart.bars.push_back({ParameterLabel(row->parameter), AxisValue(headline, row->at_low),
                          AxisValue(headline, row->at_high)});
  }
  chart.text = Text(p, Id("tornado-", headline),
                    Label(p, headline) + std::string(p.Pick("\u00A0: les hypothèses qui comptent",
                                                            ": the assumptions that matter")),
                    Label(p, headline) +
                        std::string(p.Pick(" quand une seule hypothèse passe à son P5 puis à son "
                                           "P95, les autres restant centrales ; la plus influente "
                                           "est ",
                                           " when one assumption alone moves to its P5 then its "
                                           "P95, the others central; the most influential is ")) +
                        rows.front()->parameter + ".",
                    AxisTitle(p, headline));
  return HtmlFigure(RenderTornado(chart, Format(p, headline)), "") + TornadoTable(p, rows) +
         Unmoved(p, headline);
}

// "key = value" of the axes other than the last at sweep point `point`.
std::string SeriesName(const Page& p, const SweepResult& sweep, size_t point) {
  std::string name;
  for (size_t a = 0; a + 1 < sweep.axes.size(); ++a) {
    if (!name.empty()) name += ", ";
    name += sweep.axes[a].key + " = " +
            FormatFigure(sweep.point_values[point * sweep.axes.size() + a], 3, p.language);
  }
  return name;
}

// One line chart of headline `h` over the last swept key; "" when a value is
// undefined or the other keys make more than four lines.
std::string SweepChart(const Page& p, const SweepResult& sweep, size_t h) {
  const size_t axes = sweep.axes.size();
  const size_t steps = static_cast<size_t>(sweep.axes.back().steps);
  const size_t lines = sweep.points / steps;
  if (lines > 4) return "";
  const std::string& name = sweep.headlines[h].name;
  LineChart chart;
  for (size_t i = 0; i < steps; ++i) chart.x.push_back(sweep.point_values[i * axes + axes - 1]);
  for (size_t l = 0; l < lines; ++l) {
    ChartSeries series{axes > 1 ? SeriesName(p, sweep, l * steps) : Label(p, name), {}};
    for (size_t i = 0; i < steps; ++i) {
      const double value = sweep.figures[(l * steps + i) * sweep.headlines.size() + h];
      if (std::isnan(value)) return "";
      series.values.push_back(AxisValue(name, value));
    }
    chart.series.push_back(series);
  }
  const std::string& key = sweep.axes.back().key;
  chart.text = Text(
      p, Id("sweep-", name), Label(p, name) + std::string(p.Pick(" selon ", " against ")) + key,
      Label(p, name) + std::string(p.Pick(" pour ", " for ")) + key +
          std::string(p.Pick(" de ", " from ")) + FormatFigure(chart.x.front(), 3, p.language) +
          std::string(p.Pick(" à ", " to ")) + FormatFigure(chart.x.back(), 3, p.language) +
          std::string(p.Pick(", les autres valeurs centrales.", ", every other value central.")),
      AxisTitle(p, name));
  chart.text.category_axis_title = key;
  return HtmlFigure(RenderLineChart(chart, Format(p, name)), "");
}

// The grid's points with the charted headlines (at most 200 rows).
std::string SweepTable(const Page& p, const SweepResult& sweep) {
  std::string out = "<table class=\"sweep wide\">\n<thead><tr>";
  for (const SweepAxis& axis : sweep.axes) out += Th(axis.key, true);
  std::vector<size_t> shown;
  for (std::string_view name : kCharted) {
    for (size_t h = 0; h < sweep.headlines.size(); ++h) {
      if (sweep.headlines[h].name == name) shown.push_back(h), out += Th(Label(p, name), true);
    }
  }
  out += "</tr></thead>\n<tbody>\n";
  for (size_t point = 0; point < sweep.points && point < 200; ++point) {
    out += "<tr>";
    for (size_t a = 0; a < sweep.axes.size(); ++a)
      out +=
          Td(FormatFigure(sweep.point_values[point * sweep.axes.size() + a], 3, p.language), true);
    for (size_t h : shown) {
      const std::string& name = sweep.headlines[h].name;
      out += Td(Show(p, name, sweep.figures[point * sweep.headlines.size() + h]), true);
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (sweep.points > 200) {
    out += "<p class=\"note\">" +
           EscapeHtml(p.Pick("Les 200 premiers points ; tous dans sweep.csv.",
                             "The first 200 points; all of them in sweep.csv.")) +
           "</p>\n";
  }
  return out;
}

}  // namespace

std::string Distributions(const Page& p, const BriefRanges& ranges) {
  if (!p.run.has_monte_carlo) return "";
  std::string out;
  for (std::string_view name : kCharted) {
    for (const Headline& headline : Headlines(p.run.monte_carlo.keys)) {
      if (headline.name == name) out += Histogram(p, ranges, headline);
    }
  }
  if (out.empty()) return "";
  return Heading(p.Pick("Répartition des simulations", "Distribution of the simulations")) + out;
}

std::string Tornadoes(const Page& p) {
  std::string out;
  for (std::string_view name : kCharted) out += Tornado(p, name);
  if (out.empty()) return "";
  return Heading(
             p.Pick("Les hypothèses qui comptent le plus", "The assumptions that matter most")) +
         out;
}

std::string Sweeps(const Page& p) {
  if (!p.run.has_sweep || p.run.sweep.points == 0) return "";
  const SweepResult& sweep = p.run.sweep;
  std::string out;
  for (std::string_view name : kCharted) {
    for (size_t h = 0; h < sweep.headlines.size(); ++h) {
      if (sweep.headlines[h].name == name) out += SweepChart(p, sweep, h);
    }
  }
  return Heading(p.Pick("Balayage", "Sweep")) + out + SweepTable(p, sweep);
}

}  // namespace ripple::sensitivity_html
