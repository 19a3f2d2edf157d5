// sensitivity.html (sensitivity_report.h): the Monte Carlo, the tornado and
// the sweeps of `ripple sensitivity` for people, from the SensitivityRun's
// figures (the same as quantiles.csv, tornado.csv and sweep.csv).
#include <cmath>
#include <ostream>

#include "report/sensitivity_html_internal.h"
#include "ripple/analysis/metrics.h"

namespace ripple::sensitivity_html {
namespace {

enum class Kind { kJobs, kMoney, kRatio };

struct HeadlineText {
  std::string_view name, french, english;
  Kind kind;
};

constexpr HeadlineText kHeadlines[] = {
    {"gross_jobs", "Emplois bruts par an", "Gross jobs a year", Kind::kJobs},
    {"net_jobs", "Emplois nets par an", "Net jobs a year", Kind::kJobs},
    {"gross_job_years", "Emplois-années bruts", "Gross job-years", Kind::kJobs},
    {"net_job_years", "Emplois-années nets", "Net job-years", Kind::kJobs},
    {"gross_value_added", "Valeur ajoutée brute", "Gross value added", Kind::kMoney},
    {"net_value_added", "Valeur ajoutée nette", "Net value added", Kind::kMoney},
    {"gross_output", "Production brute", "Gross output", Kind::kMoney},
    {"net_output", "Production nette", "Net output", Kind::kMoney},
    {"public_cost", "Coût public", "Public cost", Kind::kMoney},
    {"public_cost_present_value", "Coût public actualisé", "Public cost, present value",
     Kind::kMoney},
    {"gross_cost_per_job_year", "Coût public par emploi-année brut",
     "Public cost per gross job-year", Kind::kMoney},
    {"net_cost_per_job_year", "Coût public par emploi-année net", "Public cost per net job-year",
     Kind::kMoney},
    {"gross_value_added_per_public_euro", "Valeur ajoutée brute par euro public",
     "Gross value added per public euro", Kind::kRatio},
    {"net_value_added_per_public_euro", "Valeur ajoutée nette par euro public",
     "Net value added per public euro", Kind::kRatio},
    {"gross_fiscal_return", "Recettes fiscales et sociales brutes",
     "Gross tax and social contributions", Kind::kMoney},
    {"net_fiscal_return", "Recettes fiscales et sociales nettes",
     "Net tax and social contributions", Kind::kMoney},
    {"net_cost_per_job_year_present_value", "Coût public par emploi-année net, actualisé",
     "Public cost per net job-year, present value", Kind::kMoney},
    {"net_cost_per_job_year_with_shadow_price",
     "Coût public par emploi-année net, actualisé, avec le coût des fonds publics",
     "Public cost per net job-year, present value, with the cost of public funds", Kind::kMoney},
    {"net_fiscal_return_excluding_circular",
     "Recettes nettes hors part prélevée sur les salaires payés par la subvention",
     "Net revenues excluding the part raised on the wages the grant pays", Kind::kMoney},
};

const HeadlineText* Find(std::string_view name) {
  for (const HeadlineText& h : kHeadlines) {
    if (h.name == name) return &h;
  }
  return nullptr;
}

Kind KindOf(std::string_view name) {
  const HeadlineText* h = Find(name);
  return h ? h->kind : Kind::kRatio;
}

}  // namespace

std::string Label(const Page& p, std::string_view name) {
  const HeadlineText* h = Find(name);
  return h ? std::string(p.Pick(h->french, h->english)) : std::string(name);
}

// Euros to the thousand from 100,000 up; jobs with one decimal below 100; ratios two decimals.
std::string Show(const Page& p, std::string_view name, double value) {
  if (std::isnan(value)) return "–";
  switch (KindOf(name)) {
    case Kind::kMoney:
      return FormatEuros(std::abs(value) >= 100000 ? std::round(value / 1000) * 1000 : value, 0,
                         p.language);
    case Kind::kJobs:
      return FormatFigure(value, std::abs(value) < 100 ? 1 : 0, p.language);
    case Kind::kRatio:
      break;
  }
  return FormatFigure(value, 2, p.language);
}

double AxisValue(std::string_view name, double value) {
  return KindOf(name) == Kind::kMoney ? value / 1000 : value;
}

std::string AxisTitle(const Page& p, std::string_view name) {
  switch (KindOf(name)) {
    case Kind::kMoney:
      return Label(p, name) +
             std::string(p.Pick(" (milliers d’euros de ", " (thousands of euros of ")) +
             std::to_string(p.central.scenario.appraisal.price_year) + ")";
    case Kind::kJobs:
      return Label(p, name) + std::string(p.Pick(" (personnes)", " (persons)"));
    case Kind::kRatio:
      break;
  }
  return Label(p, name) + std::string(p.Pick(" (euros par euro)", " (euros per euro)"));
}

ChartText Text(const Page& p, std::string id, std::string title, std::string description,
               std::string axis) {
  ChartText text;
  text.id = std::move(id);
  text.title = std::move(title);
  text.description = std::move(description);
  text.source = std::string(p.Pick("Source : Ripple, modèle ", "Source: Ripple, model ")) +
                p.central.model.id + std::string(p.Pick(", graine ", ", seed ")) +
                std::to_string(p.run.options.seed);
  text.value_axis_title = std::move(axis);
  return text;
}

ChartFormat Format(const Page& p, std::string_view name) {
  ChartFormat format;
  format.language = p.language;
  format.decimals = KindOf(name) == Kind::kMoney ? 0 : KindOf(name) == Kind::kJobs ? 1 : 2;
  return format;
}

std::string Th(std::string_view text, bool number) {
  return std::string(number ? "<th class=\"num\">" : "<th>") + EscapeHtml(text) + "</th>";
}

std::string Td(std::string_view text, bool number) {
  return std::string(number ? "<td class=\"num\">" : "<td>") + EscapeHtml(text) + "</td>";
}

std::string Heading(std::string_view text) { return "<h2>" + EscapeHtml(text) + "</h2>\n"; }

namespace {

// The central (deterministic) value of headline `name`; NaN when unknown.
double CentralOf(const Page& p, std::string_view name) {
  for (const Headline& h : Headlines(p.run.monte_carlo.keys)) {
    if (h.name == name && h.metric < p.run.monte_carlo.central.size())
      return p.run.monte_carlo.central[h.metric];
  }
  for (const TornadoRow& row : p.run.tornado) {
    if (row.headline == name) return row.central;
  }
  return std::nan("");
}

std::string Summary(const Page& p, const BriefRanges& ranges) {
  const SensitivityRun& run = p.run;
  std::string text = std::to_string(run.evaluator->scenario().parameters().size()) +
                     std::string(p.Pick(" valeurs incertaines", " uncertain values"));
  if (run.has_monte_carlo) {
    text += std::string(p.Pick(", tirées ensemble dans ", ", drawn together in ")) +
            std::to_string(run.monte_carlo.draws) +
            std::string(
                p.Pick(" simulations de Monte-Carlo (graine ", " Monte Carlo simulations (seed ")) +
            std::to_string(run.options.seed) + ")";
  }
  text += ".";
  const auto jobs = ranges.figures.find("net_jobs");
  if (jobs != ranges.figures.end()) {
    text +=
        std::string(p.Pick(" Emplois nets par an\u00A0: valeur centrale ",
                           " Net jobs a year: central value ")) +
        Show(p, "net_jobs", CentralOf(p, "net_jobs")) +
        std::string(p.Pick(", médiane ", ", median ")) + Show(p, "net_jobs", jobs->second.median) +
        std::string(p.Pick(", 90 % des simulations entre ", ", 90% of the simulations between ")) +
        Show(p, "net_jobs", jobs->second.p05) + std::string(p.Pick(" et ", " and ")) +
        Show(p, "net_jobs", jobs->second.p95) + ".";
  }
  for (const TornadoRow& row : run.tornado) {
    if (row.headline != "net_jobs" || row.rank != 1) continue;
    text += std::string(p.Pick(" L’hypothèse qui les fait le plus varier\u00A0: ",
                               " The assumption that moves them most: ")) +
            row.parameter + std::string(p.Pick(" (de ", " (from ")) +
            Show(p, "net_jobs", std::min(row.at_low, row.at_high)) +
            std::string(p.Pick(" à ", " to ")) +
            Show(p, "net_jobs", std::max(row.at_low, row.at_high)) + ").";
  }
  return "<p class=\"conclusion\">" + EscapeHtml(text) + "</p>\n";
}

std::string QuantileTable(const Page& p, const BriefRanges& ranges) {
  if (ranges.figures.empty()) return "";
  std::string out =
      Heading(p.Pick("Les chiffres et leur fourchette", "The figures and their range"));
  out += "<table class=\"quantiles wide\">\n<thead><tr>" + Th(p.Pick("Chiffre", "Figure")) +
         Th(p.Pick("Valeur centrale", "Central value"), true) + Th("P5", true) + Th("P25", true) +
         Th(p.Pick("Médiane", "Median"), true) + Th("P75", true) + Th("P95", true) +
         "</tr></thead>\n<tbody>\n";
  for (const Headline& h : Headlines(p.run.monte_carlo.keys)) {
    const auto found = ranges.figures.find(h.name);
    if (found == ranges.figures.end()) continue;
    const FigureRange& r = found->second;
    out += "<tr><th scope=\"row\">" + EscapeHtml(Label(p, h.name)) + "</th>" +
           Td(Show(p, h.name, CentralOf(p, h.name)), true) + Td(Show(p, h.name, r.p05), true) +
           Td(Show(p, h.name, r.p25), true) + Td(Show(p, h.name, r.median), true) +
           Td(Show(p, h.name, r.p75), true) + Td(Show(p, h.name, r.p95), true) + "</tr>\n";
  }
  return out + "</tbody>\n</table>\n<p class=\"note\">" +
         EscapeHtml(p.Pick(
             "Valeur centrale\u00A0: chaque hypothèse à sa valeur la plus probable (le chiffre de "
             "« ripple run »). P5 à P95\u00A0: quantiles des simulations ; 90 % d’entre elles sont "
             "entre P5 et P95. Chiffres exacts\u00A0: quantiles.csv.",
             "Central value: each assumption at its most likely value (the figure of “ripple "
             "run”). P5 to P95: quantiles of the simulations; 90% of them lie between P5 and P95. "
             "Exact figures: quantiles.csv.")) +
         "</p>\n";
}

std::string Parameters(const Page& p) {
  const auto& parameters = p.run.evaluator->scenario().parameters();
  if (parameters.empty()) return "";
  std::string out = Heading(p.Pick("Les hypothèses incertaines", "The uncertain assumptions"));
  out += "<table class=\"assumptions\">\n<thead><tr>" + Th(p.Pick("Hypothèse", "Assumption")) +
         Th(p.Pick("Loi", "Distribution")) + Th(p.Pick("Valeur centrale", "Central value"), true) +
         Th("P5", true) + Th("P95", true) + Th(p.Pick("Écrite dans", "Written in")) +
         "</tr></thead>\n<tbody>\n";
  for (const UncertainParameter& parameter : parameters) {
    const Distribution& d = parameter.distribution;
    auto plain = [&](double v) { return FormatFigure(v, std::abs(v) < 10 ? 3 : 0, p.language); };
    out += "<tr>" + Td(parameter.key) + Td(d.Describe()) + Td(plain(d.Central()), true) +
           Td(plain(d.Quantile(0.05)), true) + Td(plain(d.Quantile(0.95)), true) +
           Td(parameter.position.Text()) + "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string Method(const Page& p) {
  return Heading(p.Pick("Méthode", "Method")) + "<p>" +
         EscapeHtml(p.Pick(
             "Chaque simulation tire toutes les valeurs incertaines ensemble, chacune selon sa "
             "loi, "
             "et refait le calcul complet (modèle entrées-sorties de Leontief, effets directs, "
             "indirects et induits, passage du brut au net). Les tirages ne dépendent que de la "
             "graine et du numéro de la simulation\u00A0: la même graine redonne les mêmes "
             "chiffres. "
             "Quantiles par interpolation linéaire entre statistiques d’ordre (Hyndman et Fan, "
             "type 7). Tornade\u00A0: une hypothèse seule à son P5 puis à son P95, les autres à "
             "leur "
             "valeur centrale. Balayage\u00A0: les clés balayées sur une grille, les autres "
             "valeurs à "
             "leur valeur centrale. Fichiers\u00A0: quantiles.csv, tornado.csv, sweep.csv, "
             "parameters.csv, sensitivity.json.",
             "Each simulation draws every uncertain value together, each from its distribution, "
             "and redoes the whole computation (Leontief input-output model, direct, indirect and "
             "induced effects, gross to net). Draws depend only on the seed and the simulation's "
             "number: the same seed gives the same figures. Quantiles by linear interpolation "
             "between order statistics (Hyndman and Fan, type 7). Tornado: one assumption alone "
             "at its P5 then its P95, the others at their central values. Sweep: the swept keys "
             "on a grid, every other value central. Files: quantiles.csv, tornado.csv, sweep.csv, "
             "parameters.csv, sensitivity.json.")) +
         "</p>\n<p>" +
         EscapeHtml(std::string(p.Pick("Modèle\u00A0: ", "Model: ")) + p.central.model.id + " — " +
                    p.central.model.source) +
         "</p>\n";
}

// The central run's warnings, and the headlines undefined in some draws.
std::vector<std::string> Warnings(const Page& p, const BriefRanges& ranges) {
  std::vector<std::string> warnings = p.central.warnings;
  for (const auto& [name, range] : ranges.figures) {
    if (range.draws == ranges.draws) continue;
    warnings.push_back(
        Label(p, name) + std::string(p.Pick("\u00A0: défini dans ", ": defined in ")) +
        std::to_string(range.draws) + std::string(p.Pick(" simulations sur ", " of ")) +
        std::to_string(ranges.draws) + std::string(p.Pick(".", " simulations.")));
  }
  return warnings;
}

}  // namespace
}  // namespace ripple::sensitivity_html

namespace ripple {

void WriteSensitivityHtml(const SensitivityRun& run, Language language, std::ostream& out) {
  using namespace sensitivity_html;
  const RunResult central = run.evaluator->RunCentral();
  const Page p{run, central, language};
  const BriefRanges ranges =
      run.has_monte_carlo ? MakeBriefRanges(run.monte_carlo, run.options.seed, {}) : BriefRanges{};
  const std::string title =
      std::string(p.Pick("Sensibilité des résultats", "How sure are the figures"));
  out << HtmlPageStart(title + " — " + central.scenario.name, language) << "<h1>"
      << EscapeHtml(title) << "</h1>\n<p class=\"subtitle\">" << EscapeHtml(central.scenario.name)
      << "</p>\n"
      << Summary(p, ranges) << QuantileTable(p, ranges) << Distributions(p, ranges) << Tornadoes(p)
      << Sweeps(p) << Parameters(p)
      << HtmlWarnings(p.Pick("Points d’attention", "Warnings"), Warnings(p, ranges)) << Method(p)
      << HtmlPageEnd();
}

}  // namespace ripple
