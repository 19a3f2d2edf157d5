// compare.html (compare_html.h): the options side by side, from the rows of
// the Comparison (compare.csv's figures) only.
#include "ripple/report/compare_html.h"

#include <cmath>
#include <ostream>

#include "ripple/base/staged_directory.h"
#include "ripple/report/html_page.h"
#include "ripple/report/svg_chart.h"

namespace ripple {
namespace {

struct Page {
  const Comparison& comparison;
  const std::vector<ComparedOption>& options;  // comparison.options
  Language language;
  std::string_view Pick(std::string_view french, std::string_view english) const {
    return language == Language::kFrench ? french : english;
  }
};

// The row of `scenario` for (indicator, basis, measure); nullptr when absent.
// indicator "" matches the employment indicator (the one with job_years rows).
const ComparisonRow* Find(const Page& p, const std::string& scenario, std::string_view indicator,
                          std::string_view basis, std::string_view measure) {
  for (const ComparisonRow& row : p.comparison.rows) {
    if (row.scenario == scenario && row.basis == basis && row.measure == measure &&
        (row.indicator == indicator || (indicator.empty() && measure == "job_years") ||
         (indicator.empty() && measure == "average_annual_jobs")))
      return &row;
  }
  return nullptr;
}

// Readable figure of `row`'s value (or `value`): euros to the thousand from
// 100,000 up, counts with one decimal below 100, ratios with two decimals.
std::string Show(const Page& p, const ComparisonRow& row, double value) {
  const bool money =
      row.unit.rfind(p.comparison.currency, 0) == 0 && row.unit.find(" per ") == std::string::npos;
  if (money || row.indicator == "cost_per_job_year") {
    const double shown = std::abs(value) >= 100000 ? std::round(value / 1000) * 1000 : value;
    return FormatEuros(shown, 0, p.language);
  }
  if (row.measure == "ratio") return FormatFigure(value, 2, p.language);
  return FormatFigure(value, std::abs(value) < 100 ? 1 : 0, p.language);
}

std::string MeasureLabel(const Page& p, const ComparisonRow& row) {
  struct Label {
    std::string_view indicator, measure, french, english;
  };
  static const Label labels[] = {
      {"public_cost", "undiscounted", "Coût public", "Public cost"},
      {"public_cost", "present_value", "Coût public actualisé", "Public cost, present value"},
      {"", "job_years", "Emplois-années", "Job-years"},
      {"", "average_annual_jobs", "Emplois en moyenne par an", "Jobs on average a year"},
      {"value_added", "total", "Valeur ajoutée", "Value added"},
      {"fiscal_return", "total", "Recettes fiscales et sociales", "Tax and social contributions"},
      {"jobs_per_million_public_cost", "ratio", "Emplois-années par million d’euros publics",
       "Job-years per million public euros"},
      {"value_added_per_public_euro", "ratio", "Valeur ajoutée par euro public",
       "Value added per public euro"},
      {"cost_per_job_year", "ratio", "Coût public par emploi-année", "Public cost per job-year"}};
  std::string label = row.indicator + " " + row.measure;
  for (const Label& l : labels) {
    if ((l.indicator == row.indicator || l.indicator.empty()) && l.measure == row.measure) {
      label = std::string(p.Pick(l.french, l.english));
      break;
    }
  }
  if (row.basis == "gross") label += std::string(p.Pick(" (brut)", " (gross)"));
  if (row.basis == "net") label += std::string(p.Pick(" (net)", " (net)"));
  return label;
}

std::string OptionName(const Page& p, size_t i) {
  const std::string& name = p.comparison.names[i];
  return name.empty() ? p.comparison.scenarios[i] : name;
}

std::string Cell(const Page& p, const ComparisonRow* row) {
  if (row == nullptr || !row->value) return "<td class=\"num\">–</td>";
  std::string cell = "<td class=\"num\">" + EscapeHtml(Show(p, *row, *row->value));
  if (row->scenario != p.comparison.baseline && row->difference && *row->baseline_value != 0) {
    const double percent = 100 * *row->difference / std::abs(*row->baseline_value);
    cell += "<br><span class=\"range\">";
    cell += percent >= 0 ? "+" : "";
    cell += EscapeHtml(FormatPercent(percent, 0, p.language)) + "</span>";
  }
  if (row->rank) {
    cell += "<br><span class=\"range\">" + EscapeHtml(p.Pick("rang ", "rank ")) +
            std::to_string(*row->rank) + "</span>";
  }
  return cell + "</td>";
}

std::string SideBySide(const Page& p) {
  const Comparison& c = p.comparison;
  std::string out = "<table class=\"compare wide\">\n<thead><tr><th></th>";
  for (size_t i = 0; i < c.scenarios.size(); ++i) {
    out += "<th class=\"num\">" + EscapeHtml(OptionName(p, i));
    if (c.scenarios[i] == c.baseline)
      out += "<br>" + EscapeHtml(p.Pick("(référence)", "(baseline)"));
    out += "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (size_t r = 0; r < c.rows.size(); ++r) {
    const ComparisonRow& key = c.rows[r];
    if (r > 0 && c.rows[r - 1].indicator == key.indicator && c.rows[r - 1].basis == key.basis &&
        c.rows[r - 1].measure == key.measure)
      continue;  // one table row per row key (rows are grouped by key)
    out += "<tr><th scope=\"row\">" + EscapeHtml(MeasureLabel(p, key)) + "</th>";
    for (const std::string& scenario : c.scenarios)
      out += Cell(p, Find(p, scenario, key.indicator, key.basis, key.measure));
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string OptionsList(const Page& p) {
  std::string out = "<table class=\"options\">\n<thead><tr><th>" +
                    EscapeHtml(p.Pick("Option", "Option")) + "</th><th>" +
                    EscapeHtml(p.Pick("Identifiant", "Id")) + "</th><th>" +
                    EscapeHtml(p.Pick("Période", "Period")) + "</th><th>" +
                    EscapeHtml(p.Pick("Modèle", "Model")) + "</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < p.options.size(); ++i) {
    const ComparedOption& s = p.options[i];
    out += "<tr><td>" + EscapeHtml(OptionName(p, i)) + "</td><td>" +
           EscapeHtml(p.comparison.scenarios[i]) + "</td><td>" + std::to_string(s.start_year) +
           "–" + std::to_string(s.end_year) + "</td><td>" + EscapeHtml(s.model_id) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

// Bars of one measure for every option (gross and net series when both exist).
std::string Chart(const Page& p, std::string id, std::string_view indicator,
                  std::string_view measure, std::string title, std::string axis, int decimals,
                  double divisor) {
  HorizontalBarChart chart;
  std::string description;
  for (std::string_view basis : {"gross", "net"}) {
    ChartSeries series{
        std::string(basis == "gross" ? p.Pick("Brut", "Gross") : p.Pick("Net", "Net")), {}};
    bool complete = true;
    for (const std::string& scenario : p.comparison.scenarios) {
      const ComparisonRow* row = Find(p, scenario, indicator, basis, measure);
      complete = complete && row != nullptr && row->value.has_value();
      series.values.push_back(complete ? *row->value / divisor : 0);
    }
    if (complete) chart.series.push_back(series);
  }
  if (chart.series.empty()) return "";
  for (size_t i = 0; i < p.comparison.scenarios.size(); ++i) {
    chart.categories.push_back(OptionName(p, i));
    const ComparisonRow* net = Find(p, p.comparison.scenarios[i], indicator, "net", measure);
    if (net == nullptr || !net->value) continue;
    if (!description.empty()) description += "; ";
    description += OptionName(p, i) + " " + Show(p, *net, *net->value);
  }
  chart.text.id = std::move(id);
  chart.text.title = std::move(title);
  chart.text.description =
      std::string(p.Pick("Chiffres nets\u00A0: ", "Net figures: ")) + description + ".";
  chart.text.source =
      std::string(p.Pick("Source : Ripple, compare.csv", "Source: Ripple, compare.csv"));
  chart.text.value_axis_title = std::move(axis);
  ChartFormat format;
  format.language = p.language;
  format.decimals = decimals;
  return HtmlFigure(RenderHorizontalBars(chart, format), "");
}

std::string Charts(const Page& p) {
  const std::string year = std::to_string(p.comparison.price_year);
  std::string out = Chart(
      p, "job-years", "", "job_years",
      std::string(p.Pick("Emplois-années par option", "Job-years by option")),
      std::string(p.Pick("Emplois-années sur la période", "Job-years over the period")), 1, 1);
  out += Chart(p, "value-added-per-euro", "value_added_per_public_euro", "ratio",
               std::string(p.Pick("Valeur ajoutée par euro public", "Value added per public euro")),
               std::string(p.Pick("Euros de valeur ajoutée par euro public",
                                  "Euros of value added per public euro")),
               2, 1);
  out +=
      Chart(p, "cost-per-job-year", "cost_per_job_year", "ratio",
            std::string(p.Pick("Coût public par emploi-année", "Public cost per job-year")),
            std::string(p.Pick("Milliers d’euros de ", "Thousands of euros of ")) + year, 1, 1000);
  return out;
}

// "X has the most net job-years; Y the most value added per public euro; Z
// the lowest cost per net job-year" (net figures, rank 1; "every option is
// level" when they all share it).
std::string Conclusion(const Page& p) {
  struct Best {
    std::string_view indicator, measure, french, english, french_figure, english_figure;
  };
  const Best bests[] = {
      {"", "job_years", "\u00A0: le plus d’emplois-années nets", ": the most net job-years",
       "les emplois-années nets", "net job-years"},
      {"value_added_per_public_euro", "ratio",
       "\u00A0: la plus forte valeur ajoutée nette par euro public",
       ": the most net value added per public euro", "la valeur ajoutée nette par euro public",
       "net value added per public euro"},
      {"cost_per_job_year", "ratio", "\u00A0: le plus faible coût public par emploi-année net",
       ": the lowest public cost per net job-year", "le coût public par emploi-année net",
       "public cost per net job-year"}};
  std::string text;
  for (const Best& best : bests) {
    std::string winners;
    size_t count = 0;
    for (size_t i = 0; i < p.comparison.scenarios.size(); ++i) {
      const ComparisonRow* row =
          Find(p, p.comparison.scenarios[i], best.indicator, "net", best.measure);
      if (row == nullptr || !row->rank || *row->rank != 1) continue;
      if (!winners.empty()) winners += p.Pick(" et ", " and ");
      winners += OptionName(p, i);
      ++count;
    }
    if (count == 0) continue;
    std::string sentence = count == p.comparison.scenarios.size()
                               ? std::string(p.Pick("Toutes les options font jeu égal sur ",
                                                    "Every option is level on ")) +
                                     std::string(p.Pick(best.french_figure, best.english_figure)) +
                                     "."
                               : winners + std::string(p.Pick(best.french, best.english)) + ".";
    text += "<li>" + EscapeHtml(sentence) + "</li>\n";
  }
  if (text.empty()) return "";
  return "<ul class=\"conclusion\">\n" + text + "</ul>\n";
}

std::vector<std::string> Warnings(const Page& p) {
  std::vector<std::string> warnings;
  for (size_t i = 0; i < p.options.size(); ++i) {
    const ComparedOption& first = p.options[0];
    const ComparedOption& s = p.options[i];
    if (s.start_year != first.start_year || s.end_year != first.end_year) {
      warnings.push_back(OptionName(p, i) +
                         std::string(p.Pick("\u00A0: période différente de celle de ",
                                            ": a different period from ")) +
                         OptionName(p, 0) +
                         std::string(p.Pick(" ; les totaux ne se comparent pas directement.",
                                            "; totals do not compare directly.")));
    }
    for (const std::string& warning : s.warnings)
      warnings.push_back(OptionName(p, i) + " — " + warning);
  }
  return warnings;
}

std::string Method(const Page& p) {
  std::string text = std::string(p.Pick(
      "Chaque option est calculée par Ripple comme avec « ripple run », avec les mêmes "
      "règles\u00A0: "
      "modèle entrées-sorties de Leontief, effets directs, indirects et induits ; le net retire "
      "l’effet d’aubaine, le déplacement, les fuites et la substitution propres à chaque option. "
      "Montants en euros constants de ",
      "Each option is computed by Ripple as with “ripple run”, under the same rules: Leontief "
      "input-output model, direct, indirect and induced effects; net takes out the deadweight, "
      "displacement, leakage and substitution of each option. Amounts in constant euros of "));
  text += std::to_string(p.comparison.price_year) +
          std::string(p.Pick(
              ". Sous chaque chiffre\u00A0: l’écart à l’option de référence et le rang (1 = le "
              "meilleur\u00A0: le plus d’emplois ou de valeur ajoutée, le moins de coût). Chiffres "
              "exacts\u00A0: compare.csv ; chaque option en détail\u00A0: ripple run.",
              ". Under each figure: the difference to the baseline option and the rank (1 = best: "
              "most jobs or value added, least cost). Exact figures: compare.csv; each option in "
              "detail: ripple run."));
  std::string models;
  for (const ComparedOption& option : p.options) {
    const std::string line = option.model_id + " — " + option.model_source;
    if (models.find(line) == std::string::npos) models += "<li>" + EscapeHtml(line) + "</li>\n";
  }
  return "<h2>" + EscapeHtml(p.Pick("Méthode et sources", "Method and sources")) + "</h2>\n<p>" +
         EscapeHtml(text) + "</p>\n<ul>\n" + models + "</ul>\n";
}

}  // namespace

void WriteCompareHtml(const Comparison& comparison, Language language, std::ostream& out) {
  const Page p{comparison, comparison.options, language};
  const std::string title = std::string(p.Pick("Comparaison de ", "Comparison of ")) +
                            std::to_string(comparison.scenarios.size()) +
                            std::string(p.Pick(" options", " options"));
  out << HtmlPageStart(title, language) << "<h1>" << EscapeHtml(title) << "</h1>\n"
      << Conclusion(p) << "<h2>" << EscapeHtml(p.Pick("Les options", "The options")) << "</h2>\n"
      << OptionsList(p) << "<h2>"
      << EscapeHtml(p.Pick("Côte à côte, par euro public", "Side by side, per public euro"))
      << "</h2>\n"
      << SideBySide(p) << "<h2>" << EscapeHtml(p.Pick("Graphiques", "Charts")) << "</h2>\n"
      << Charts(p) << HtmlWarnings(p.Pick("Points d’attention", "Warnings"), Warnings(p))
      << Method(p) << HtmlPageEnd();
}

void WriteCompareReports(const Comparison& comparison, const CompareReportOptions& options,
                         const std::string& directory) {
  Language language = options.language.value_or(Language::kEnglish);
  if (!options.language && !comparison.options.empty())
    language = ParseLanguage(comparison.options.front().language).value_or(Language::kEnglish);
  StagedDirectory staged(directory, ReportKind::kCompare);
  staged.WriteWith("compare.csv", [&](std::ostream& out) {
    WriteCompareCsv(comparison, out, options.csv_dialect);
  });
  staged.WriteWith("compare.md", [&](std::ostream& out) { WriteCompareMarkdown(comparison, out); });
  staged.WriteWith("compare.html",
                   [&](std::ostream& out) { WriteCompareHtml(comparison, language, out); });
  staged.Commit();
}

}  // namespace ripple
