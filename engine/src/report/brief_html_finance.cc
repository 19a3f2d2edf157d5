// brief.html: who pays and who gets the revenues back, and the jobs of each
// intervention (brief_html_internal.h). Figures come from the result API:
// public cost by funder and by level are summary.csv's rows
// (VisitSummaryRows), the fiscal return by level PublicFinance::by_level.
#include <algorithm>
#include <string>
#include <vector>

#include "report/brief_html_internal.h"

namespace ripple::brief {
namespace {

// Money on a chart axis: millions of euros from one million up, else thousands.
struct MoneyAxis {
  double divisor = 1e6;
  std::string title;
};

MoneyAxis MoneyAxisFor(const Context& c, double largest) {
  const std::string year = std::to_string(c.result.scenario.appraisal.price_year);
  if (largest >= 1e6)
    return {1e6, std::string(Pick(c, "Millions d’euros de ", "Millions of euros of ")) + year};
  return {1e3, std::string(Pick(c, "Milliers d’euros de ", "Thousands of euros of ")) + year};
}

// A level of government (GovernmentLevelName spelling, or "unattributed") for reading.
std::string LevelLabel(const Context& c, const std::string& level) {
  const std::string_view names[][3] = {
      {"state", "État", "State"},
      {"region", "Région", "Region"},
      {"department", "Département", "Department"},
      {"intercommunality", "Métropole, intercommunalité", "Metropolis, intercommunality"},
      {"municipality", "Commune", "Municipality"},
      {"eu", "Union européenne", "European Union"},
      {"public_agency", "Agence ou banque publique", "Public agency or bank"},
      {"private", "Financeurs privés", "Private funders"},
      {"unattributed", "Non attribué (sans plan de financement)",
       "Unattributed (no funding table)"}};
  for (const auto& name : names) {
    if (name[0] == level) return std::string(Pick(c, name[1], name[2]));
  }
  return level;
}

std::string RecipientLabel(const Context& c, RevenueRecipient recipient) {
  switch (recipient) {
    case RevenueRecipient::kState:
      return std::string(Pick(c, "État", "State"));
    case RevenueRecipient::kSocialSecurity:
      return std::string(Pick(c, "Sécurité sociale", "Social security"));
    case RevenueRecipient::kLocalAuthorities:
      return std::string(Pick(c, "Collectivités locales", "Local authorities"));
  }
  return RevenueRecipientName(recipient);
}

struct Amount {
  std::string name;   // funder as written, or level name; "unattributed"
  std::string level;  // GovernmentLevelName of the funder ("unattributed" for the rest)
  double value = 0;
};

// summary.csv's rows `indicator` (public_cost_by_funder or _by_level) for the whole scenario.
std::vector<Amount> SummaryAmounts(const Context& c, std::string_view indicator) {
  std::vector<Amount> amounts;
  VisitSummaryRows(c.result, [&](const MetricRow& row) {
    if (row.intervention == "all" && row.indicator == indicator)
      amounts.push_back({std::string(row.measure), std::string(row.measure), row.value});
  });
  for (Amount& amount : amounts) {
    for (const auto& impact : c.result.interventions) {
      for (const FunderAmount& share : impact.funding) {
        if (share.funder.name == amount.name)
          amount.level = GovernmentLevelName(share.funder.level);
      }
    }
  }
  return amounts;
}

// Share of `value` in `total`, in percent for reading.
std::string Share(const Context& c, double value, double total) {
  return FormatPercent(total > 0 ? 100 * value / total : 0, 0, c.language);
}

// How a funder reads: its level ("Région"), with its name when another
// funder of the list has the same level ("cnc (Agence ou banque publique)").
std::string FunderLabel(const Context& c, const std::vector<Amount>& funders,
                        const Amount& funder) {
  size_t same_level = 0;
  for (const Amount& other : funders) same_level += other.level == funder.level ? 1 : 0;
  const std::string level = LevelLabel(c, funder.level);
  return same_level > 1 && funder.name != funder.level ? funder.name + " (" + level + ")" : level;
}

std::string FunderTable(const Context& c, const std::vector<Amount>& funders) {
  std::string rows;
  for (const Amount& funder : funders) {
    rows += "<tr><td>" + EscapeHtml(FunderLabel(c, funders, funder)) + "</td><td class=\"num\">" +
            EscapeHtml(Euros(c, funder.value)) + "</td><td class=\"num\">" +
            EscapeHtml(Share(c, funder.value, c.finance.cost)) + "</td></tr>\n";
  }
  return "<table class=\"funders\">\n<thead><tr><th>" + EscapeHtml(Pick(c, "Financeur", "Funder")) +
         "</th><th class=\"num\">" + EscapeHtml(Pick(c, "Coût public", "Public cost")) +
         "</th><th class=\"num\">" + EscapeHtml(Pick(c, "Part", "Share")) +
         "</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
}

// Net job-years and net value added attributed to each funder (summary.csv's
// net_job_years_by_funder and value_added_by_funder), with the convention said.
std::string FunderEffectsTable(const Context& c) {
  const std::vector<Amount> jobs = SummaryAmounts(c, "net_job_years_by_funder");
  const std::vector<Amount> added = SummaryAmounts(c, "value_added_by_funder");
  if (jobs.empty() && added.empty()) return "";
  const std::vector<Amount>& names = jobs.empty() ? added : jobs;
  std::string rows;
  for (size_t i = 0; i < names.size(); ++i) {
    rows += "<tr><td>" + EscapeHtml(FunderLabel(c, names, names[i])) + "</td><td class=\"num\">" +
            EscapeHtml(i < jobs.size() ? Count(c, jobs[i].value) : "") + "</td><td class=\"num\">" +
            EscapeHtml(i < added.size() ? Euros(c, added[i].value) : "") + "</td></tr>\n";
  }
  return "<table class=\"funders\">\n<thead><tr><th>" + EscapeHtml(Pick(c, "Financeur", "Funder")) +
         "</th><th class=\"num\">" +
         EscapeHtml(Pick(c, "Emplois-années nets attribués", "Net job-years attributed")) +
         "</th><th class=\"num\">" +
         EscapeHtml(Pick(c, "Valeur ajoutée nette attribuée", "Net value added attributed")) +
         "</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n<p class=\"note\">" +
         EscapeHtml(Pick(c,
                         "Effets de chaque intervention répartis entre ses financeurs (privés "
                         "compris) au prorata de leur part du financement : une convention de "
                         "lecture, pas la part de l’effet que chaque financeur cause.",
                         "Each intervention's effects shared among its funders (private ones "
                         "included) pro rata to their share of its funding: a reading "
                         "convention, not the part of the effect each funder causes.")) +
         "</p>\n";
}

// One horizontal bar per amount, in euros scaled for reading.
std::string AmountChart(const Context& c, const std::vector<Amount>& amounts, bool by_funder) {
  HorizontalBarChart chart;
  ChartSeries cost{std::string(Pick(c, "Coût public", "Public cost")), {}};
  double largest = 0;
  for (const Amount& amount : amounts) largest = std::max(largest, amount.value);
  const MoneyAxis axis = MoneyAxisFor(c, largest);
  std::string parts;
  for (const Amount& amount : amounts) {
    chart.categories.push_back(by_funder ? FunderLabel(c, amounts, amount)
                                         : LevelLabel(c, amount.level));
    cost.values.push_back(amount.value / axis.divisor);
    if (!parts.empty()) parts += "; ";
    parts += chart.categories.back() + " " + Euros(c, amount.value) + " (" +
             Share(c, amount.value, c.finance.cost) + ")";
  }
  chart.series = {cost};
  chart.text = Text(
      c, by_funder ? "cost-by-funder" : "cost-by-level",
      std::string(by_funder ? Pick(c, "Qui paie\u00A0: coût public par financeur",
                                   "Who pays: public cost by funder")
                            : Pick(c, "Coût public par niveau de collectivité",
                                   "Public cost by level of government")),
      std::string(Pick(c, "Coût public sur la période\u00A0: ", "Public cost over the period: ")) +
          parts + ".",
      axis.title);
  return HtmlFigure(RenderHorizontalBars(chart, Format(c, 2)), "");
}

double PrivateFunding(const Context& c) {
  double amount = 0;
  VisitSummaryRows(c.result, [&](const MetricRow& row) {
    if (row.intervention == "all" && row.indicator == "private_funding") amount = row.value;
  });
  return amount;
}

// "X receives the largest part of the net revenues (Y %)."
std::string LargestRecipient(const Context& c) {
  const auto& net = c.finance.by_level.net;
  double total = 0;
  size_t largest = 0;
  for (size_t l = 0; l < net.size(); ++l) {
    total += net[l];
    if (net[l] > net[largest]) largest = l;
  }
  if (total <= 0) return "";
  return RecipientLabel(c, kRevenueRecipients[largest]) +
         std::string(Pick(c, " reçoit la plus grande part des recettes nettes (",
                          " receives the largest part of the net revenues (")) +
         Share(c, net[largest], total) + ").";
}

}  // namespace

std::string JobYearsByIntervention(const Context& c) {
  HorizontalBarChart chart;
  ChartSeries gross{std::string(ReportText(TextId::kGross, c.language)), {}};
  ChartSeries net{std::string(ReportText(TextId::kNet, c.language)), {}};
  for (const auto& impact : c.result.interventions) {
    if (!HasEffects(c.result, impact)) continue;
    const PublicFinance f = ComputePublicFinance(c.result, &impact);
    chart.categories.push_back(InterventionName(c.result, impact));
    gross.values.push_back(f.job_years.gross);
    net.values.push_back(f.job_years.net);
  }
  if (chart.categories.size() < 2) return "";
  chart.series = {gross, net};
  chart.text =
      Text(c, "job-years-by-intervention",
           std::string(Pick(c, "Emplois-années par intervention", "Job-years by intervention")),
           std::string(Pick(c,
                            "Emplois-années bruts et nets de chaque intervention sur la "
                            "période ; total net ",
                            "Gross and net job-years of each intervention over the "
                            "period; net total ")) +
               Count(c, c.finance.job_years.net) + ".",
           std::string(Pick(c, "Emplois-années", "Job-years")));
  return HtmlFigure(RenderHorizontalBars(chart, Format(c, 1)), "");
}

std::string CostByFunder(const Context& c) {
  const std::vector<Amount> funders = SummaryAmounts(c, "public_cost_by_funder");
  if (funders.empty()) return "";
  const std::vector<Amount> levels = SummaryAmounts(c, "public_cost_by_level");
  std::string out = AmountChart(c, funders, true) + FunderTable(c, funders);
  if (levels.size() < funders.size()) out += AmountChart(c, levels, false);
  out += FunderEffectsTable(c);
  const double private_money = PrivateFunding(c);
  if (private_money > 0) {
    out += "<p class=\"note\">" +
           EscapeHtml(std::string(Pick(c, "Financement privé en plus (pas un coût public)\u00A0: ",
                                       "Private funding besides (not a public cost): ")) +
                      Euros(c, private_money) + ".") +
           "</p>\n";
  }
  return out;
}

std::string FiscalReturnByLevel(const Context& c) {
  const PublicFinance& f = c.finance;
  if (f.fiscal_return.total.gross == 0 && f.fiscal_return.total.net == 0) return "";
  HorizontalBarChart chart;
  ChartSeries gross{std::string(ReportText(TextId::kGross, c.language)), {}};
  ChartSeries net{std::string(ReportText(TextId::kNet, c.language)), {}};
  double largest = 0;
  for (size_t l = 0; l < std::size(kRevenueRecipients); ++l)
    largest = std::max({largest, f.by_level.gross[l], f.by_level.net[l]});
  const MoneyAxis axis = MoneyAxisFor(c, largest);
  std::string parts;
  for (size_t l = 0; l < std::size(kRevenueRecipients); ++l) {
    chart.categories.push_back(RecipientLabel(c, kRevenueRecipients[l]));
    gross.values.push_back(f.by_level.gross[l] / axis.divisor);
    net.values.push_back(f.by_level.net[l] / axis.divisor);
    if (!parts.empty()) parts += ", ";
    parts += chart.categories.back() + " " + Euros(c, f.by_level.net[l]);
  }
  chart.series = {gross, net};
  chart.text = Text(
      c, "fiscal-return-by-level",
      std::string(Pick(c, "Qui reçoit les recettes\u00A0: impôts et cotisations par bénéficiaire",
                       "Who receives the revenues: taxes and contributions by recipient")),
      std::string(Pick(c,
                       "Recettes publiques en valeur actualisée, hors part prélevée sur les "
                       "salaires payés par la subvention ; nettes\u00A0: ",
                       "Public revenues, present value, excluding the part raised on the wages "
                       "the grant pays; net: ")) +
          parts +
          std::string(
              Pick(c, ". Coût public actualisé\u00A0: ", ". Public cost, present value: ")) +
          Euros(c, f.cost_present_value) + ".",
      axis.title);
  return HtmlFigure(RenderHorizontalBars(chart, Format(c, 2)), LargestRecipient(c));
}

}  // namespace ripple::brief
