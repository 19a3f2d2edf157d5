// Writes a demo page with one chart of each kind, in French or English, to
// check the look on screen and in print (headless Chromium screenshot/PDF).
// Usage: brief_demo fr|en OUTPUT.html
// The figures are illustrative, not results of any scenario.
#include <fstream>
#include <iostream>
#include <string>

#include "ripple/report/html_page.h"
#include "ripple/report/report_text.h"
#include "ripple/report/svg_chart.h"

using namespace ripple;

namespace {

bool French(Language l) { return l == Language::kFrench; }

std::string JobsByYear(Language l) {
  StackedBarChart chart;
  chart.text = {
      "jobs-by-year",
      French(l) ? "Emplois par année" : "Jobs by year",
      French(l) ? "Emplois-années par année, de 2025 à 2029 : le pic est en 2026 avec 43 emplois."
                : "Job-years by year, 2025 to 2029: the peak is 2026 with 43 jobs.",
      French(l) ? "Source : Ripple, modèle fr-2021 (Eurostat)"
                : "Source: Ripple, model fr-2021 (Eurostat)",
      French(l) ? "Emplois-années" : "Job-years",
      ""};
  chart.categories = {"2025", "2026", "2027", "2028", "2029"};
  chart.series = {{std::string(ReportText(TextId::kDirect, l)), {12, 20, 8, 4, 2}},
                  {std::string(ReportText(TextId::kIndirect, l)), {6, 13.5, 5, 2, 1}},
                  {std::string(ReportText(TextId::kInduced, l)), {4, 9.5, 3, 1.5, 0.5}}};
  return RenderStackedBars(chart, {l, 1, 640});
}

std::string Waterfall(Language l) {
  WaterfallChart chart;
  chart.text = {
      "gross-net",
      French(l) ? "Du brut au net" : "From gross to net",
      French(l) ? "Emplois bruts 60, moins l’effet d’aubaine et le déplacement : 30 emplois nets."
                : "Gross jobs 60, less deadweight and displacement: 30 net jobs.",
      French(l) ? "Source : Ripple" : "Source: Ripple",
      French(l) ? "Emplois-années" : "Job-years",
      ""};
  chart.steps = {
      {French(l) ? "Brut" : "Gross", WaterfallStepKind::kStart, 60},
      {French(l) ? "Effet d’aubaine" : "Deadweight", WaterfallStepKind::kChange, -18},
      {French(l) ? "Effet de déplacement" : "Displacement", WaterfallStepKind::kChange, -12},
      {French(l) ? "Net" : "Net", WaterfallStepKind::kTotal, 0}};
  return RenderWaterfall(chart, {l, 0, 640});
}

std::string CostByFunder(Language l) {
  HorizontalBarChart chart;
  chart.text = {
      "cost-by-funder",
      French(l) ? "Coût public par financeur" : "Public cost by funder",
      French(l) ? "La Région paie 1,2 million d’euros, la métropole 0,45, l’État 0,3."
                : "The region pays 1.2 million euros, the metropolis 0.45, the State 0.3.",
      French(l) ? "Source : scénario « Friche & Cie »" : "Source: scenario \"Friche & Cie\"",
      French(l) ? "Millions d’euros (euros constants 2024)" : "Million euros (constant 2024 euros)",
      ""};
  chart.categories = {
      French(l) ? "Région Hauts-de-France" : "Hauts-de-France region",
      French(l) ? "Métropole européenne de Lille (fonds de concours pour la requalification)"
                : "Lille European Metropolis (contribution fund for redevelopment)",
      French(l) ? "État" : "State", French(l) ? "Recettes fiscales" : "Tax receipts"};
  chart.series = {{French(l) ? "Coût" : "Cost", {1.2, 0.45, 0.3, -0.25}}};
  return RenderHorizontalBars(chart, {l, 2, 640});
}

std::string Tornado(Language l) {
  TornadoChart chart;
  chart.text = {"tornado",
                French(l) ? "Hypothèses qui comptent le plus" : "Assumptions that matter most",
                French(l) ? "L’effet d’aubaine fait varier les emplois nets de 6,1 à 11,8."
                          : "Deadweight moves net jobs from 6.1 to 11.8.",
                "Source : Ripple",
                French(l) ? "Emplois nets par an" : "Net jobs per year",
                ""};
  chart.centre = 9.01;
  chart.centre_label = std::string(ReportText(TextId::kCentralValue, l));
  chart.low_legend = French(l) ? "Hypothèse basse" : "Low assumption";
  chart.high_legend = French(l) ? "Hypothèse haute" : "High assumption";
  chart.bars = {{French(l) ? "Effet d’aubaine" : "Deadweight", 11.8, 6.1},
                {French(l) ? "Part des achats locaux" : "Local purchase share", 7.9, 10.2},
                {French(l) ? "Productivité" : "Productivity", 9.6, 8.5}};
  return RenderTornado(chart, {l, 2, 640});
}

std::string Distribution(Language l) {
  HistogramChart chart;
  chart.text = {"distribution",
                French(l) ? "Emplois nets : 2 000 tirages" : "Net jobs: 2,000 draws",
                French(l) ? "La médiane est 7,85 ; 90 % des tirages sont entre 5,53 et 10,78."
                          : "The median is 7.85; 90% of draws are between 5.53 and 10.78.",
                "Source : Ripple",
                French(l) ? "Emplois nets par an" : "Net jobs per year",
                ""};
  chart.share_axis_title = French(l) ? "Part des tirages (%)" : "Share of draws (%)";
  for (int i = 0; i < 2000; ++i) {  // deterministic, bell-shaped and right-skewed
    double a = (i * 0.618034) - static_cast<int>(i * 0.618034);
    double b = (i * 0.414214) - static_cast<int>(i * 0.414214);
    double c = (i * 0.732051) - static_cast<int>(i * 0.732051);
    double u = (a + b + c) / 3;
    chart.samples.push_back(3.2 + 7.5 * u + 4 * u * u * u);
  }
  chart.markers = {{"P5", 5.53}, {French(l) ? "Médiane" : "Median", 7.85}, {"P95", 10.78}};
  return RenderHistogram(chart, {l, 2, 640});
}

std::string Sweep(Language l) {
  LineChart chart;
  chart.text = {"sweep",
                French(l) ? "Emplois selon le taux d’aubaine" : "Jobs by deadweight rate",
                French(l) ? "Plus l’aubaine est forte, moins il y a d’emplois nets."
                          : "More deadweight, fewer net jobs.",
                "Source : Ripple",
                French(l) ? "Emplois" : "Jobs",
                French(l) ? "Taux d’aubaine (%)" : "Deadweight rate (%)"};
  chart.x = {0, 10, 20, 30, 40, 50};
  chart.series = {{French(l) ? "Emplois nets" : "Net jobs", {60, 54, 48, 42, 36, 30}},
                  {French(l) ? "Emplois bruts" : "Gross jobs", {60, 60, 60, 60, 60, 60}}};
  return RenderLineChart(chart, {l, 0, 640});
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 || !ParseLanguage(argv[1])) {
    std::cerr << "usage: brief_demo fr|en OUTPUT.html\n";
    return 1;
  }
  Language l = *ParseLanguage(argv[1]);
  std::string page = HtmlPageStart(ReportText(TextId::kBriefTitle, l), l);
  page += "<h1>" + EscapeHtml(ReportText(TextId::kBriefTitle, l)) + "</h1>\n";
  page += "<h2>" + EscapeHtml(ReportText(TextId::kHeadlineHeading, l)) + "</h2>\n";
  page += "<table><thead><tr><th></th><th class=\"num\">" +
          EscapeHtml(ReportText(TextId::kGross, l)) + "</th><th class=\"num\">" +
          EscapeHtml(ReportText(TextId::kNet, l)) + "</th></tr></thead><tbody>";
  page += "<tr><td>" + std::string(French(l) ? "Coût public" : "Public cost") +
          "</td><td class=\"num\">" + FormatEuros(1700000, 0, l) + "</td><td class=\"num\">" +
          FormatEuros(1450000, 0, l) + "</td></tr>";
  page += "<tr><td>" + EscapeHtml(ReportText(TextId::kMedian, l)) + "</td><td class=\"num\">" +
          FormatFigure(15.7, 2, l) + "</td><td class=\"num\">" + FormatPercent(12.5, 1, l) +
          "</td></tr>";
  page += "</tbody></table>\n";
  page += HtmlWarnings(
      ReportText(TextId::kWarningsHeading, l),
      {French(l) ? "Le cluster n’a pas d’effet mesuré : ses chiffres sont à part."
                 : "The cluster has no measured effect: its figures are shown apart."});
  page += "<h2>" + EscapeHtml(ReportText(TextId::kChartsHeading, l)) + "</h2>\n";
  for (const std::string& svg :
       {JobsByYear(l), Waterfall(l), CostByFunder(l), Tornado(l), Distribution(l), Sweep(l)}) {
    page += HtmlFigure(svg, "");
  }
  page += "<h2>" + EscapeHtml(ReportText(TextId::kMeaningHeading, l)) + "</h2>\n";
  for (TextId id :
       {TextId::kJobYearsExplained, TextId::kGrossNetExplained, TextId::kTypeIIIExplained,
        TextId::kConstantCurrentExplained, TextId::kCentralMedianExplained}) {
    page += "<p>" + EscapeHtml(ReportText(id, l)) + "</p>\n";
  }
  page += HtmlPageEnd();
  std::ofstream(argv[2], std::ios::binary) << page;
  return 0;
}
