// brief.html: the conclusion, the headline table and the table by
// intervention (brief_html.h).
#include <cmath>
#include <string>

#include "report/brief_html_internal.h"

namespace ripple::brief {
namespace {

const FigureRange* RangeOf(const Context& c, const std::string& name) {
  if (c.options.ranges == nullptr) return nullptr;
  const auto found = c.options.ranges->figures.find(name);
  return found == c.options.ranges->figures.end() ? nullptr : &found->second;
}

using Formatter = std::string (*)(const Context&, double);

// A cell: the central value, and under it the median and P5-P95 when known.
std::string Cell(const Context& c, double value, const std::string& range_name, Formatter format,
                 const std::string& attributes = "") {
  std::string cell = "<td class=\"num\"" + attributes + ">" + EscapeHtml(format(c, value));
  if (const FigureRange* range = RangeOf(c, range_name)) {
    cell += "<br><span class=\"range\">" + std::string(Pick(c, "médiane ", "median ")) +
            EscapeHtml(format(c, range->median)) + "<br>P5–P95 " +
            EscapeHtml(format(c, range->p05)) + " – " + EscapeHtml(format(c, range->p95)) +
            "</span>";
  }
  return cell + "</td>";
}

std::string Row(const Context& c, std::string_view label, double gross, double net,
                const std::string& name, Formatter format) {
  return "<tr><th scope=\"row\">" + EscapeHtml(label) + "</th>" +
         Cell(c, gross, "gross_" + name, format) + Cell(c, net, "net_" + name, format) + "</tr>\n";
}

std::string WideRow(const Context& c, std::string_view label, double value, const std::string& name,
                    Formatter format) {
  return "<tr><th scope=\"row\">" + EscapeHtml(label) + "</th>" +
         Cell(c, value, name, format, " colspan=\"2\"") + "</tr>\n";
}

std::string TypeName(const Context& c, InterventionType type) {
  switch (type) {
    case InterventionType::kDemand:
      return std::string(Pick(c, "commande", "demand"));
    case InterventionType::kJobs:
      return std::string(Pick(c, "emplois", "jobs"));
    case InterventionType::kSubsidy:
      return std::string(Pick(c, "subvention", "subsidy"));
    case InterventionType::kAcquisition:
      return std::string(Pick(c, "acquisition", "acquisition"));
    case InterventionType::kProject:
      return std::string(Pick(c, "projet", "project"));
    case InterventionType::kCluster:
      return "cluster";
  }
  return InterventionTypeName(type);
}

bool HasSeparateCluster(const Context& c) {
  for (const auto& impact : c.result.interventions) {
    if (impact.type == InterventionType::kCluster && !HasEffects(c.result, impact)) return true;
  }
  return false;
}

std::string JobsSentence(const Context& c) {
  const PublicFinance& f = c.finance;
  return std::string(Pick(c, " Elle soutiendrait en moyenne ", " It would support on average ")) +
         Count(c, f.job_years.net / c.years) +
         std::string(Pick(c, " emplois nets par an sur le territoire (",
                          " net jobs a year in the area (")) +
         Count(c, f.job_years.net) +
         std::string(Pick(c,
                          " emplois-années nets), une fois retiré ce qui se serait fait sans "
                          "argent public et l’activité seulement déplacée ; avant ces "
                          "déductions, l’effet brut est de ",
                          " net job-years), once what would have happened without public money "
                          "and activity merely moved are taken out; before these deductions, "
                          "the gross effect is ")) +
         Count(c, f.job_years.gross / c.years) +
         std::string(Pick(c, " emplois par an.", " jobs a year."));
}

std::string RangeSentence(const Context& c) {
  const FigureRange* range = RangeOf(c, "net_jobs");
  if (range == nullptr) return "";
  return std::string(Pick(c,
                          " Compte tenu des incertitudes sur les hypothèses, ce chiffre se "
                          "situe entre ",
                          " Given the uncertainty of the assumptions, this figure lies between ")) +
         Count(c, range->p05) + std::string(Pick(c, " et ", " and ")) + Count(c, range->p95) +
         std::string(Pick(c, " emplois nets par an dans 90 % des ",
                          " net jobs a year in 90% of "
                          "the ")) +
         std::to_string(c.options.ranges->draws) +
         std::string(Pick(c, " simulations (médiane ", " simulations (median ")) +
         Count(c, range->median) + ").";
}

}  // namespace

std::string ConclusionSection(const Context& c) {
  const PublicFinance& f = c.finance;
  const Scenario& s = c.result.scenario;
  std::string text =
      std::string(Pick(c, "De ", "From ")) + std::to_string(s.start_year) +
      std::string(Pick(c, " à ", " to ")) + std::to_string(s.end_year) +
      std::string(Pick(c, ", cette action publique coûte ", ", this public action costs ")) +
      Euros(c, f.cost) + std::string(Pick(c, " (euros de ", " (euros of ")) +
      std::to_string(s.appraisal.price_year) + ").";
  if (c.employment >= 0) text += JobsSentence(c) + RangeSentence(c);
  if (c.value_added >= 0) {
    text += std::string(Pick(c, " La valeur ajoutée nette créée atteint ",
                             " The net value added created reaches ")) +
            Euros(c, f.value_added.net);
    if (f.cost > 0) {
      text += std::string(Pick(c, ", soit ", ", that is ")) + Ratio(c, f.value_added.net / f.cost) +
              std::string(Pick(c, " € par euro public", " euros per public euro"));
    }
    text += ".";
  }
  if (HasSeparateCluster(c)) {
    text += Pick(c,
                 " Le cluster d’entreprises est décrit à part : les emplois des entreprises du "
                 "site ne sont pas des effets de cette dépense et ne sont pas comptés ci-dessus.",
                 " The business cluster is described separately: the jobs of the firms on the "
                 "site are not effects of this spending and are not counted above.");
  }
  return Heading(ReportText(TextId::kConclusionHeading, c.language)) + "<p class=\"conclusion\">" +
         EscapeHtml(text) + "</p>\n";
}

std::string HeadlineSection(const Context& c) {
  const PublicFinance& f = c.finance;
  std::string out = Heading(ReportText(TextId::kHeadlineHeading, c.language));
  out += "<table class=\"headline\">\n<thead><tr><th></th><th class=\"num\">" +
         EscapeHtml(ReportText(TextId::kGross, c.language)) + "</th><th class=\"num\">" +
         EscapeHtml(ReportText(TextId::kNet, c.language)) + "</th></tr></thead>\n<tbody>\n";
  out += WideRow(c, Pick(c, "Coût public", "Public cost"), f.cost, "public_cost", Euros);
  out += WideRow(c, Pick(c, "Coût public actualisé", "Public cost, present value"),
                 f.cost_present_value, "public_cost_present_value", Euros);
  if (c.employment >= 0) {
    out += Row(c, Pick(c, "Emplois en moyenne par an", "Jobs on average a year"),
               f.job_years.gross / c.years, f.job_years.net / c.years, "jobs", Count);
    out += Row(c, Pick(c, "Emplois-années sur la période", "Job-years over the period"),
               f.job_years.gross, f.job_years.net, "job_years", Count);
    if (f.cost > 0 && f.job_years.gross != 0 && f.job_years.net != 0) {
      out += Row(c, Pick(c, "Coût public par emploi-année", "Public cost per job-year"),
                 f.cost / f.job_years.gross, f.cost / f.job_years.net, "cost_per_job_year", Euros);
    }
  }
  if (c.value_added >= 0) {
    out += Row(c, Pick(c, "Valeur ajoutée", "Value added"), f.value_added.gross, f.value_added.net,
               "value_added", Euros);
    if (f.cost > 0) {
      out += Row(c, Pick(c, "Valeur ajoutée par euro public", "Value added per public euro"),
                 f.value_added.gross / f.cost, f.value_added.net / f.cost,
                 "value_added_per_public_euro", Ratio);
    }
  }
  out += Row(
      c,
      Pick(c,
           "Recettes fiscales et sociales, y compris la part prélevée sur les salaires payés par "
           "la subvention",
           "Tax and social contributions, including the part raised on the wages the grant pays"),
      f.fiscal_return.total.gross, f.fiscal_return.total.net, "fiscal_return", Euros);
  out += Row(c,
             Pick(c, "dont part circulaire (pas une recette nouvelle)",
                  "of which circular (not a new revenue)"),
             f.fiscal_return.circular.gross, f.fiscal_return.circular.net, "fiscal_return_circular",
             Euros);
  out += "</tbody>\n</table>\n<p class=\"note\">" +
         EscapeHtml(std::string(Pick(c, "Montants en euros constants de ",
                                     "Amounts in constant euros of ")) +
                    std::to_string(c.result.scenario.appraisal.price_year) + ". ");
  if (c.options.ranges != nullptr) {
    out += EscapeHtml(
        std::string(Pick(
            c,
            "Première ligne : valeur centrale (chaque hypothèse à sa valeur la plus probable). En "
            "dessous : médiane et fourchette P5–P95 de ",
            "First line: central value (each assumption at its most likely value). Below: median "
            "and P5–P95 range of ")) +
        std::to_string(c.options.ranges->draws) +
        std::string(
            Pick(c, " simulations de Monte-Carlo (graine ", " Monte Carlo simulations (seed ")) +
        std::to_string(c.options.ranges->seed) + "). ");
    out += EscapeHtml(ReportText(TextId::kCentralMedianExplained, c.language));
  }
  return out + "</p>\n";
}

std::string InterventionSection(const Context& c) {
  std::string rows;
  for (const auto& impact : c.result.interventions) {
    if (!HasEffects(c.result, impact)) continue;
    const PublicFinance f = ComputePublicFinance(c.result, &impact);
    rows += "<tr><td>" + EscapeHtml(InterventionName(c.result, impact)) + "</td><td>" +
            EscapeHtml(TypeName(c, impact.type)) + "</td><td class=\"num\">" +
            EscapeHtml(Euros(c, f.cost)) + "</td><td class=\"num\">" +
            (c.employment >= 0 ? EscapeHtml(Count(c, f.job_years.net)) : "") +
            "</td><td class=\"num\">" + EscapeHtml(Euros(c, f.value_added.net)) +
            "</td><td class=\"num\">" + EscapeHtml(Ratio(c, impact.net_factor)) + "</td></tr>\n";
  }
  if (rows.empty()) return "";
  return "<h3>" +
         EscapeHtml(
             Pick(c, "Effets et coût par intervention", "Effects and cost by intervention")) +
         "</h3>\n<table class=\"interventions\">\n<thead><tr><th>" +
         EscapeHtml(Pick(c, "Intervention", "Intervention")) + "</th><th>" +
         EscapeHtml(Pick(c, "Type", "Type")) + "</th><th class=\"num\">" +
         EscapeHtml(Pick(c, "Coût public", "Public cost")) + "</th><th class=\"num\">" +
         EscapeHtml(Pick(c, "Emplois-années nets", "Net job-years")) + "</th><th class=\"num\">" +
         EscapeHtml(Pick(c, "Valeur ajoutée nette", "Net value added")) +
         "</th><th class=\"num\">" + EscapeHtml(Pick(c, "Part nette", "Net share")) +
         "</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
}

}  // namespace ripple::brief
