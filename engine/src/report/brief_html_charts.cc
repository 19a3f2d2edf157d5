// brief.html: the charts (svg_chart.h), from the result API only.
#include <string>
#include <vector>

#include "report/brief_html_internal.h"
#include "ripple/report/svg_chart.h"

namespace ripple::brief {

ChartFormat Format(const Context& c, int decimals) {
  ChartFormat format;
  format.language = c.language;
  format.decimals = decimals;
  return format;
}

ChartText Text(const Context& c, std::string id, std::string title, std::string description,
               std::string axis) {
  ChartText text;
  text.id = std::move(id);
  text.title = std::move(title);
  text.description = std::move(description);
  text.source = std::string(Pick(c, "Source : Ripple, modèle ", "Source: Ripple, model ")) +
                c.result.model.id;
  text.value_axis_title = std::move(axis);
  return text;
}

namespace {

std::string JobsByYear(const Context& c) {
  StackedBarChart chart;
  for (int year = c.result.scenario.start_year; year <= c.result.scenario.end_year; ++year) {
    chart.categories.push_back(std::to_string(year));
  }
  const std::pair<Effect, TextId> parts[] = {{Effect::kDirect, TextId::kDirect},
                                             {Effect::kIndirect, TextId::kIndirect},
                                             {Effect::kInduced, TextId::kInduced}};
  for (const auto& [effect, name] : parts) {
    if (!Reports(c.result, effect)) continue;
    chart.series.push_back(
        {std::string(ReportText(name, c.language)),
         AnnualTotals(c.result, nullptr, static_cast<size_t>(c.employment), effect, Basis::kNet)});
  }
  chart.text =
      Text(c, "jobs-by-year", std::string(Pick(c, "Emplois nets par année", "Net jobs by year")),
           std::string(Pick(c,
                            "Emplois nets soutenus chaque année, répartis entre effets "
                            "directs, indirects et induits ; en moyenne ",
                            "Net jobs supported each year, split into direct, indirect "
                            "and induced effects; on average ")) +
               Count(c, c.finance.job_years.net / c.years) +
               std::string(Pick(c, " par an.", " a year.")),
           std::string(Pick(c, "Emplois (personnes)", "Jobs (persons)")));
  return HtmlFigure(RenderStackedBars(chart, Format(c, 1)), "");
}

// Gross job-years, each additionality deduction summed over interventions in
// the order of the net factor's product, and net job-years.
std::string Waterfall(const Context& c) {
  double gross = 0, removed[4] = {0, 0, 0, 0};
  for (const auto& impact : c.result.interventions) {
    double left = HorizonTotal(c.result, &impact, static_cast<size_t>(c.employment), Effect::kTotal,
                               Basis::kGross);
    gross += left;
    const Additionality& a = impact.additionality;
    const double shares[4] = {a.deadweight, a.displacement, a.leakage, a.substitution};
    for (int k = 0; k < 4; ++k) {
      removed[k] += left * shares[k];
      left -= left * shares[k];
    }
  }
  WaterfallChart chart;
  chart.steps.push_back({std::string(Pick(c, "Emplois-années bruts", "Gross job-years")),
                         WaterfallStepKind::kStart, gross});
  const std::string_view names[4][2] = {{"Effet d’aubaine", "Deadweight"},
                                        {"Déplacement", "Displacement"},
                                        {"Fuites hors du territoire", "Leakage"},
                                        {"Substitution", "Substitution"}};
  for (int k = 0; k < 4; ++k) {
    if (removed[k] != 0) {
      chart.steps.push_back({std::string(Pick(c, names[k][0], names[k][1])),
                             WaterfallStepKind::kChange, -removed[k]});
    }
  }
  chart.steps.push_back(
      {std::string(Pick(c, "Emplois-années nets", "Net job-years")), WaterfallStepKind::kTotal, 0});
  chart.text = Text(c, "gross-to-net", std::string(Pick(c, "Du brut au net", "From gross to net")),
                    std::string(Pick(c, "Des ", "From ")) + Count(c, gross) +
                        std::string(Pick(c, " emplois-années bruts aux ", " gross job-years to ")) +
                        Count(c, c.finance.job_years.net) +
                        std::string(Pick(c, " emplois-années nets.", " net job-years.")),
                    std::string(Pick(c, "Emplois-années", "Job-years")));
  return HtmlFigure(RenderWaterfall(chart, Format(c, 1)), "");
}

std::string ByIntervention(const Context& c) {
  HorizontalBarChart chart;
  ChartSeries cost{std::string(Pick(c, "Coût public", "Public cost")), {}};
  ChartSeries added{std::string(Pick(c, "Valeur ajoutée nette", "Net value added")), {}};
  for (const auto& impact : c.result.interventions) {
    if (!HasEffects(c.result, impact)) continue;
    const PublicFinance f = ComputePublicFinance(c.result, &impact);
    chart.categories.push_back(InterventionName(c.result, impact));
    cost.values.push_back(f.cost / 1e6);
    added.values.push_back(f.value_added.net / 1e6);
  }
  if (chart.categories.empty()) return "";
  chart.series = {cost, added};
  if (c.value_added < 0) chart.series.pop_back();
  chart.text =
      Text(c, "by-intervention",
           std::string(Pick(c, "Coût et valeur ajoutée nette par intervention",
                            "Cost and net value added by intervention")),
           std::string(Pick(c,
                            "Pour chaque intervention, le coût public et la valeur ajoutée nette "
                            "sur la période, en millions d’euros.",
                            "For each intervention, the public cost and the net value added over "
                            "the period, in millions of euros.")),
           std::string(Pick(c, "Millions d’euros de ", "Millions of euros of ")) +
               std::to_string(c.result.scenario.appraisal.price_year));
  return HtmlFigure(RenderHorizontalBars(chart, Format(c, 2)), "");
}

std::string Distribution(const Context& c) {
  const BriefRanges& ranges = *c.options.ranges;
  const auto found = ranges.figures.find("net_jobs");
  if (found == ranges.figures.end() || ranges.net_jobs_samples.empty()) return "";
  HistogramChart chart;
  chart.samples = ranges.net_jobs_samples;
  chart.share_axis_title =
      std::string(Pick(c, "Part des simulations (%)", "Share of simulations (%)"));
  chart.markers = {{"P5", found->second.p05},
                   {std::string(ReportText(TextId::kMedian, c.language)), found->second.median},
                   {"P95", found->second.p95}};
  chart.text =
      Text(c, "net-jobs-distribution",
           std::string(Pick(c, "Emplois nets par an : les simulations",
                            "Net jobs a year: the simulations")),
           std::string(Pick(c, "Répartition des emplois nets moyens par an sur ",
                            "Distribution of the average net jobs a year over ")) +
               std::to_string(ranges.draws) +
               std::string(Pick(c, " simulations ; 90 % entre ", " simulations; 90% between ")) +
               Count(c, found->second.p05) + std::string(Pick(c, " et ", " and ")) +
               Count(c, found->second.p95) + ".",
           std::string(Pick(c, "Emplois nets par an (personnes)", "Net jobs a year (persons)")));
  return HtmlFigure(RenderHistogram(chart, Format(c, 1)), "");
}

std::string Tornado(const Context& c) {
  const BriefRanges& ranges = *c.options.ranges;
  if (ranges.tornado.empty()) return "";
  TornadoChart chart;
  chart.centre = ranges.tornado.front().central;
  chart.centre_label = std::string(ReportText(TextId::kCentralValue, c.language));
  chart.low_legend = std::string(Pick(c, "Hypothèse à son P5", "Assumption at its P5"));
  chart.high_legend = std::string(Pick(c, "Hypothèse à son P95", "Assumption at its P95"));
  for (const TornadoRow& row : ranges.tornado) {
    if (row.swing != 0)
      chart.bars.push_back({ParameterLabel(row.parameter), row.at_low, row.at_high});
  }
  if (chart.bars.empty()) return "";
  chart.text =
      Text(c, "tornado",
           std::string(
               Pick(c, "Les hypothèses qui comptent le plus", "The assumptions that matter most")),
           std::string(Pick(c,
                            "Emplois nets par an quand une seule hypothèse passe à "
                            "son P5 puis à son P95, les autres restant centrales ; "
                            "la plus influente est ",
                            "Net jobs a year when one assumption alone moves to its P5 "
                            "then its P95, the others central; the most influential is ")) +
               ranges.tornado.front().parameter + ".",
           std::string(Pick(c, "Emplois nets par an (personnes)", "Net jobs a year (persons)")));
  return HtmlFigure(RenderTornado(chart, Format(c, 1)), "");
}

}  // namespace

std::string ChartSection(const Context& c) {
  std::string out;
  if (c.employment >= 0) out += JobsByYear(c) + Waterfall(c) + JobYearsByIntervention(c);
  out += ByIntervention(c) + CostByFunder(c) + FiscalReturnByLevel(c);
  if (c.options.ranges != nullptr && c.employment >= 0) out += Distribution(c) + Tornado(c);
  if (out.empty()) return "";
  return Heading(ReportText(TextId::kChartsHeading, c.language)) + out;
}

}  // namespace ripple::brief
