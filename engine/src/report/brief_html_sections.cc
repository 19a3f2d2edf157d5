// brief.html: the cluster, what the figures mean, assumptions, method and
// sources (brief_html.h).
#include <algorithm>
#include <cmath>
#include <string>

#include "report/brief_html_internal.h"
#include "ripple/base/csv.h"
#include "ripple/interventions/cluster.h"

namespace ripple::brief {
namespace {

std::string Th(std::string_view text, bool number = false) {
  return std::string(number ? "<th class=\"num\">" : "<th>") + EscapeHtml(text) + "</th>";
}

std::string Td(std::string_view text, bool number = false) {
  return std::string(number ? "<td class=\"num\">" : "<td>") + EscapeHtml(text) + "</td>";
}

// `value` with four significant digits, trailing zeros dropped.
std::string Plain(const Context& c, double value) {
  int decimals = 0;
  if (value != 0) decimals = 3 - static_cast<int>(std::floor(std::log10(std::abs(value))));
  std::string text = FormatFigure(value, std::clamp(decimals, 0, 9), c.language);
  const char point = c.language == Language::kFrench ? ',' : '.';
  if (text.find(point) == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == point) text.pop_back();
  return text;
}

std::string ClusterYears(const Context& c, const InterventionImpact& impact) {
  std::string out = "<table class=\"cluster\">\n<thead><tr>" + Th(Pick(c, "Année", "Year")) +
                    Th(Pick(c, "Entreprises", "Companies"), true) +
                    Th(Pick(c, "Emplois sur le site", "Jobs on the site"), true) +
                    Th(Pick(c, "Chiffre d’affaires", "Revenue"), true) + "</tr></thead>\n<tbody>\n";
  for (const ClusterYear& year : impact.cluster) {
    out += "<tr>" + Td(std::to_string(year.year)) +
           Td(FormatFigure(year.companies, 0, c.language), true) +
           Td(FormatFigure(year.jobs, 0, c.language), true) + Td(Euros(c, year.revenue), true) +
           "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string IndicatorName(const Context& c, const std::string& indicator) {
  if (indicator == "companies") return std::string(Pick(c, "entreprises", "companies"));
  if (indicator == "jobs") return std::string(Pick(c, "emplois", "jobs"));
  if (indicator == "revenue") return std::string(Pick(c, "chiffre d’affaires", "revenue"));
  return indicator;
}

std::string Backtest(const Context& c, const InterventionImpact& impact) {
  if (impact.backtest.empty()) return "";
  std::string out =
      "<p>" +
      EscapeHtml(Pick(c,
                      "Contrôle : la projection comparée aux chiffres observés. Les chiffres "
                      "« ajustement » ont servi à caler le modèle ; les chiffres « test » "
                      "ne l’ont pas été et mesurent sa qualité.",
                      "Check: the projection against observed figures. Figures marked "
                      "“fit” were used to calibrate it; “test” figures were not, and "
                      "measure its accuracy.")) +
      "</p>\n<table class=\"backtest\">\n<thead><tr>" + Th(Pick(c, "Année", "Year")) +
      Th(Pick(c, "Chiffre", "Figure")) + Th(Pick(c, "Observé", "Observed"), true) +
      Th(Pick(c, "Projeté", "Projected"), true) + Th(Pick(c, "Écart", "Error"), true) +
      Th(Pick(c, "Usage", "Use")) + Th("Source") + "</tr></thead>\n<tbody>\n";
  for (const BacktestRow& row : impact.backtest) {
    const bool money = row.indicator == "revenue";
    auto value = [&](double v) { return money ? Euros(c, v) : FormatFigure(v, 0, c.language); };
    out += "<tr>" + Td(std::to_string(row.year)) + Td(IndicatorName(c, row.indicator)) +
           Td(value(row.observed), true) + Td(value(row.projected), true) +
           Td(FormatPercent(100 * row.relative_error, 1, c.language), true) +
           Td(row.used_for_fit ? Pick(c, "ajustement", "fit") : Pick(c, "test", "test")) +
           Td(row.source) + "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string ClusterSection(const Context& c) {
  std::string out;
  for (const auto& impact : c.result.interventions) {
    if (impact.type != InterventionType::kCluster || impact.cluster.empty()) continue;
    out += "<h3>" + EscapeHtml(InterventionName(c.result, impact)) + "</h3>\n<p>";
    out +=
        EscapeHtml(HasEffects(c.result, impact)
                       ? Pick(c,
                              "Projection des entreprises du site. La croissance de leur chiffre "
                              "d’affaires est passée dans le modèle : ses effets sont dans le "
                              "tableau par intervention.",
                              "Projection of the firms on the site. The growth of their revenue "
                              "is fed to the model: its effects are in the table by "
                              "intervention.")
                       : Pick(c,
                              "Projection des entreprises présentes sur le site. Ces emplois ne "
                              "sont pas des effets de la dépense publique : la part de la "
                              "croissance du site due à l’argent public n’est pas connue, et ils "
                              "ne sont comptés dans aucun chiffre ci-dessus.",
                              "Projection of the firms on the site. These jobs are not effects "
                              "of the public spending: the share of the site’s growth due to "
                              "public money is unknown, and they are counted in no figure "
                              "above."));
    out += "</p>\n" + ClusterYears(c, impact) + Backtest(c, impact);
  }
  if (out.empty()) return "";
  return Heading(ReportText(TextId::kClusterHeading, c.language)) + out;
}

std::string MeaningSection(const Context& c) {
  std::string out = Heading(ReportText(TextId::kMeaningHeading, c.language));
  for (TextId id : {TextId::kJobYearsExplained, TextId::kGrossNetExplained,
                    TextId::kTypeIIIExplained, TextId::kConstantCurrentExplained}) {
    out += "<p>" + EscapeHtml(ReportText(id, c.language)) + "</p>\n";
  }
  return out;
}

std::string AssumptionSection(const Context& c) {
  const Scenario& s = c.result.scenario;
  const Appraisal& a = s.appraisal;
  std::string out = Heading(ReportText(TextId::kAssumptionsHeading, c.language));
  out += "<p>" +
         EscapeHtml(std::string(Pick(c, "Taux d’actualisation ", "Discount rate ")) +
                    FormatPercent(100 * a.discount_rate, 1, c.language) +
                    std::string(Pick(c, " ; coût d’opportunité des fonds publics ",
                                     "; opportunity cost of public funds ")) +
                    FormatFigure(a.public_funds_cost, 2, c.language) +
                    std::string(Pick(c, " ; cotisations sociales ", "; social contributions ")) +
                    FormatPercent(100 * a.social_contribution_rate, 1, c.language) +
                    std::string(Pick(c,
                                     " de la rémunération. Chaque hypothèse est écrite, avec "
                                     "sa source, dans le fichier de scénario ",
                                     " of compensation. Every assumption is written, with its "
                                     "source, in the scenario file ")) +
                    s.file + ".") +
         "</p>\n";
  if (s.uncertain.empty()) return out;
  out += "<table class=\"assumptions\">\n<thead><tr>" + Th(Pick(c, "Hypothèse", "Assumption")) +
         Th(ReportText(TextId::kCentralValue, c.language), true) +
         Th(Pick(c, "Fourchette P5–P95", "P5–P95 range"), true) + Th("Source") +
         "</tr></thead>\n<tbody>\n";
  for (size_t k = 0; k < s.uncertain.size(); ++k) {
    const UncertainParameter& p = s.uncertain[k];
    const std::string source =
        k < c.options.assumption_sources.size() ? c.options.assumption_sources[k] : std::string();
    out += "<tr>" + Td(p.key) + Td(Plain(c, p.distribution.Central()), true) +
           Td(Plain(c, p.distribution.Quantile(0.05)) + " – " +
                  Plain(c, p.distribution.Quantile(0.95)),
              true) +
           "<td>" + EscapeHtml(source) + (source.empty() ? "" : "<br>") + "<span class=\"range\">" +
           EscapeHtml(p.distribution.Describe() + ", " + p.position.file + ":" +
                      std::to_string(p.position.line)) +
           "</span></td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

// Which Type II closure was used and its household spending per euro; "" for Type I.
std::string ClosureSentence(const Context& c) {
  const RunResult& r = c.result;
  if (r.scenario.effects != EffectsType::kTypeII) return "";
  const std::string value = FormatFigure(r.household_spending_per_compensation, 3, c.language);
  const ClosureSpec& closure = r.scenario.closure;
  if (closure.household_spending_per_euro) {
    return std::string(Pick(c, "Effet induit : les ménages dépensent ",
                            "Induced effect: households spend ")) +
           value +
           std::string(Pick(c,
                            " € par euro de revenu supplémentaire (propension marginale à "
                            "consommer indiquée par le scénario ; source : ",
                            " EUR per extra euro of income (marginal propensity to consume "
                            "stated by the scenario; source: ")) +
           closure.household_spending_source + "). ";
  }
  const std::string rents =
      r.imputed_rent_sector.empty()
          ? std::string(Pick(c, "loyers imputés inclus", "imputed rents included"))
          : std::string(Pick(c, "loyers imputés exclus (", "imputed rents excluded (")) +
                r.imputed_rent_sector + ")";
  return std::string(Pick(c, "Effet induit : les ménages dépensent ",
                          "Induced effect: households spend ")) +
         value +
         std::string(Pick(c,
                          " € par euro de revenu (propension moyenne : consommation des ménages "
                          "du modèle ÷ leur revenu, ",
                          " EUR per euro of income (average propensity: the model's household "
                          "consumption ÷ their income, ")) +
         rents +
         std::string(Pick(c, " ; un majorant de l’effet induit). ",
                          "; an upper bound of the induced effect). "));
}

std::string MethodSection(const Context& c) {
  const RunResult& r = c.result;
  const Scenario& s = r.scenario;
  std::string text =
      std::string(Pick(c, "Modèle entrées-sorties (Leontief) ", "Input-output (Leontief) model ")) +
      r.model.id + std::string(Pick(c, " : ", ": ")) + r.model.title + " (" + r.model.region +
      std::string(Pick(c, ", tableau de ", ", table of ")) + std::to_string(r.model.year) + "; " +
      r.model.price_basis + ")" + std::string(Pick(c, ". Source : ", ". Source: ")) +
      r.model.source + ". " +
      std::string(s.effects == EffectsType::kTypeII
                      ? Pick(c, "Effets directs, indirects et induits (type II). ",
                             "Direct, indirect and induced effects (Type II). ")
                      : Pick(c, "Effets directs et indirects (type I). ",
                             "Direct and indirect effects (Type I). ")) +
      ClosureSentence(c) +
      std::string(Pick(c,
                       "Les emplois sont comptés en personnes. Effets nets selon le guide de "
                       "l’additionnalité (aubaine, déplacement, fuites, substitution). ",
                       "Jobs are counted in persons. Net effects follow the Additionality Guide "
                       "(deadweight, displacement, leakage, substitution). ")) +
      std::string(Pick(c,
                       "Chaque chiffre par année et par secteur : impacts.csv, annual.csv, "
                       "summary.csv ; entrées et empreintes : run.json.",
                       "Every figure by year and sector: impacts.csv, annual.csv, summary.csv; "
                       "inputs and their fingerprints: run.json."));
  return Heading(ReportText(TextId::kMethodHeading, c.language)) + "<p>" + EscapeHtml(text) +
         "</p>\n<p>Ripple " + RIPPLE_VERSION + "</p>\n";
}

}  // namespace ripple::brief
