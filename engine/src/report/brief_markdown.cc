// brief.md: a short policy brief rendered from the run result alone (it
// never recomputes the model): headline figures gross and net, the figures by
// intervention, the assumptions that drive them, warnings and sources.
#include <cmath>
#include <ostream>
#include <sstream>

#include "ripple/base/csv.h"
#include "ripple/interventions/cluster.h"
#include "ripple/report/report.h"
#include "ripple/run/public_finance.h"
#include "ripple/run/result.h"

namespace ripple {
namespace {

// Readable number: whole units with thousands separators from 1,000 up, else
// 3 significant digits.
std::string Readable(double value) {
  if (std::abs(value) < 1000) return FormatNumber(value, 3);
  const long long rounded = std::llround(value);
  const std::string digits = std::to_string(std::llabs(rounded));
  std::string text = rounded < 0 ? "-" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) text += ',';
    text += digits[i];
  }
  return text;
}

double TotalOf(const RunResult& result, const InterventionImpact* only, const std::string& name,
               Basis basis) {
  const int k = FindIndicator(result, name);
  return k < 0 ? 0 : HorizonTotal(result, only, static_cast<size_t>(k), Effect::kTotal, basis);
}

// Discounted ratios (without and with the shadow price), fiscal return by
// level, circular part, net fiscal cost, payback, public cost as voted.
void PublicFinanceRows(const RunResult& result, const PublicFinance& f, std::ostream& out) {
  const std::string eur = result.indicators[0].unit;
  const double shadow = result.scenario.appraisal.public_funds_cost;
  auto row = [&](const std::string& label, double gross, double net) {
    out << "| " << label << " | " << Readable(gross) << " | " << Readable(net) << " |\n";
  };
  if (!f.employment_indicator.empty() && f.cost_present_value > 0 &&
      f.job_years_discounted.gross != 0 && f.job_years_discounted.net != 0) {
    for (double factor : {1.0, shadow}) {
      row("cost per job-year, discounted" +
              std::string(factor == 1.0 ? "" : ", with shadow price " + FormatNumber(shadow, 3)) +
              " (" + eur + ")",
          factor * f.cost_present_value / f.job_years_discounted.gross,
          factor * f.cost_present_value / f.job_years_discounted.net);
    }
  }
  if (f.cost_present_value > 0) {
    out << "| value added per public euro, discounted (with shadow price) | "
        << FormatNumber(f.value_added_present_value.gross / f.cost_present_value, 3) << " ("
        << FormatNumber(f.value_added_present_value.gross / f.cost_present_value / shadow, 3)
        << ") | " << FormatNumber(f.value_added_present_value.net / f.cost_present_value, 3) << " ("
        << FormatNumber(f.value_added_present_value.net / f.cost_present_value / shadow, 3)
        << ") |\n";
  }
  row("fiscal return, present value (" + eur + ")", f.fiscal_return.present_value.gross,
      f.fiscal_return.present_value.net);
  row("  of which raised on wages the grant pays (circular, not a return)",
      f.fiscal_return.present_value.gross - f.fiscal_return.present_value_excluding_circular.gross,
      f.fiscal_return.present_value.net - f.fiscal_return.present_value_excluding_circular.net);
  for (size_t l = 0; l < 3; ++l) {
    row("  fiscal return excluding circular, " +
            std::string(RevenueRecipientName(kRevenueRecipients[l])) + ", present value",
        f.by_level.gross[l], f.by_level.net[l]);
  }
  row("net fiscal cost, present value (" + eur + ")", f.NetFiscalCost(Basis::kGross),
      f.NetFiscalCost(Basis::kNet));
  out << "| payback year (net, discounted, excluding circular) | | "
      << (f.payback_year ? std::to_string(*f.payback_year) : "none in the horizon") << " |\n";
  out << "| public cost in current euros, as voted (" << eur << ") | "
      << Readable(f.cost_current_euros) << " | |\n";
}

void HeadlineTable(const RunResult& result, std::ostream& out) {
  const PublicFinance f = ComputePublicFinance(result, nullptr);
  const std::string eur = result.indicators[0].unit;
  const double years = result.scenario.horizon_years();
  out << "| | gross | net |\n|---|---:|---:|\n";
  out << "| public cost, undiscounted (" << eur << ") | " << Readable(f.cost) << " | |\n";
  out << "| public cost, present value (" << eur << ") | " << Readable(f.cost_present_value)
      << " | |\n";
  if (!f.employment_indicator.empty()) {
    out << "| job-years over the horizon | " << Readable(f.job_years.gross) << " | "
        << Readable(f.job_years.net) << " |\n";
    if (f.has_fte)
      out << "| the same in full-time equivalents (FTE-years; jobs above are persons) | "
          << Readable(f.fte_years.gross) << " | " << Readable(f.fte_years.net) << " |\n";
    out << "| average annual jobs | " << Readable(f.job_years.gross / years) << " | "
        << Readable(f.job_years.net / years) << " |\n";
    if (f.cost > 0 && f.job_years.gross != 0 && f.job_years.net != 0) {
      out << "| cost per job-year, undiscounted (" << eur << ") | "
          << Readable(f.cost / f.job_years.gross) << " | " << Readable(f.cost / f.job_years.net)
          << " |\n";
    }
  }
  out << "| value added (" << eur << ") | " << Readable(f.value_added.gross) << " | "
      << Readable(f.value_added.net) << " |\n";
  if (f.cost > 0) {
    out << "| value added per public euro, undiscounted | "
        << FormatNumber(f.value_added.gross / f.cost, 3) << " | "
        << FormatNumber(f.value_added.net / f.cost, 3) << " |\n";
  }
  PublicFinanceRows(result, f, out);
}

bool FeedsModel(const RunResult& result, const InterventionImpact& impact) {
  if (impact.type != InterventionType::kCluster) return true;
  for (const auto& intervention : result.scenario.interventions) {
    if (intervention.id == impact.id) return intervention.cluster.feed_model;
  }
  return false;
}

// Interventions with effects in the model; a cluster that does not feed the
// model has none and is described in its own section.
void ByIntervention(const RunResult& result, std::ostream& out) {
  out << "| intervention | type | public cost | net job-years | net value added | net factor |\n"
         "|---|---|---:|---:|---:|---:|\n";
  for (const auto& intervention : result.interventions) {
    if (!FeedsModel(result, intervention)) continue;
    const PublicFinance f = ComputePublicFinance(result, &intervention);
    out << "| " << intervention.id << " | " << InterventionTypeName(intervention.type) << " | "
        << Readable(f.cost) << " | " << Readable(f.job_years.net) << " | "
        << Readable(TotalOf(result, &intervention, "value_added", Basis::kNet)) << " | "
        << FormatNumber(intervention.net_factor, 3) << " |\n";
  }
}

// Companies, jobs and revenue on the site by year, and the back-test: the
// cluster's own figures, never effects of the public spending unless it feeds
// the model.
void Clusters(const RunResult& result, std::ostream& out) {
  for (const auto& intervention : result.interventions) {
    if (intervention.type != InterventionType::kCluster || intervention.cluster.empty()) continue;
    out << "\n## Cluster " << intervention.id << "\n\n"
        << (FeedsModel(result, intervention) ? "Firms on the site; the growth of their revenue is "
                                               "fed to the model (its effects are in the table "
                                               "by intervention).\n\n"
                                             : "Firms on the site. These are not effects of the "
                                               "public spending and are counted in no figure "
                                               "above.\n\n");
    out << "| year | companies | jobs on the site | revenue (EUR) |\n|---|---:|---:|---:|\n";
    for (const ClusterYear& year : intervention.cluster) {
      out << "| " << year.year << " | " << Readable(year.companies) << " | " << Readable(year.jobs)
          << " | " << Readable(year.revenue) << " |\n";
    }
    if (intervention.backtest.empty()) continue;
    out << "\n| year | figure | observed | projected | error | use "
           "|\n|---|---|---:|---:|---:|---|\n";
    for (const BacktestRow& row : intervention.backtest) {
      out << "| " << row.year << " | " << row.indicator << " | " << Readable(row.observed) << " | "
          << Readable(row.projected) << " | "
          << FormatNumber(std::round(1000 * row.relative_error) / 10) << "% | "
          << (row.used_for_fit ? "fit" : "test") << " |\n";
    }
  }
}

}  // namespace

void WriteBriefMarkdown(const RunResult& result, std::ostream& out) {
  const Scenario& s = result.scenario;
  out << "# " << s.name << "\n\n";
  out << "Model `" << result.model.id << "` (" << result.model.region << ", table year "
      << result.model.year << "), " << s.start_year << "–" << s.end_year << " ("
      << s.horizon_years() << " years), "
      << (s.effects == EffectsType::kTypeII ? "direct + indirect + induced effects"
                                            : "direct + indirect effects")
      << ", money in " << result.indicators[0].unit << " of " << s.appraisal.price_year << ".\n\n";
  out << "## Headline\n\n";
  HeadlineTable(result, out);
  out << "\nA job is one person employed for one year: job-years add up over the years, jobs do "
         "not. Net = gross "
         "after deadweight, displacement, leakage and substitution (Additionality Guide).\n\n";
  out << "## By intervention\n\n";
  ByIntervention(result, out);
  Clusters(result, out);
  out << "\n## Assumptions that move these figures\n\n";
  out << "- discount rate " << FormatNumber(100 * s.appraisal.discount_rate, 3)
      << "%, shadow price of public funds " << FormatNumber(s.appraisal.public_funds_cost, 3)
      << ", inflation "
      << (s.appraisal.price_index.empty()
              ? FormatNumber(100 * s.appraisal.inflation_rate, 3) + "% a year"
              : std::string("from the scenario's price index"))
      << ", social contributions " << FormatNumber(100 * s.appraisal.social_contribution_rate, 3)
      << "% of compensation\n";
  if (s.effects == EffectsType::kTypeII && s.closure.household_spending_per_euro) {
    out << "- induced effects (Type II): households spend "
        << FormatNumber(result.household_spending_per_compensation, 3)
        << " per EUR of extra income (marginal propensity stated in [closure]: "
        << s.closure.household_spending_source
        << "), × the model's local consumption and resident-income shares\n";
  } else if (s.effects == EffectsType::kTypeII) {
    out << "- induced effects (Type II): households spend "
        << FormatNumber(result.household_spending_per_compensation, 3)
        << " per EUR of compensation (average propensity: the model's household consumption ÷ "
           "total compensation, employer contributions included, imputed rents "
        << (result.imputed_rent_sector.empty() ? "included" : "excluded: ")
        << result.imputed_rent_sector
        << "; an upper bound), × the model's local consumption and resident-income shares\n";
  }
  for (const auto& intervention : result.interventions) {
    const Additionality& a = intervention.additionality;
    out << "- " << intervention.id << ": deadweight " << FormatNumber(a.deadweight, 3)
        << ", displacement " << FormatNumber(a.displacement, 3) << ", leakage "
        << FormatNumber(a.leakage, 3) << ", substitution " << FormatNumber(a.substitution, 3)
        << "\n";
  }
  out << "\nEvery assumption is written, with its source or range, in the scenario file `" << s.file
      << "`.\n";
  if (!s.uncertain.empty() || s.uncertainty.technical_coefficients_sigma > 0) {
    out << "The figures above use the central value of each of the scenario's "
        << s.uncertain.size()
        << " uncertain values (a range written as a distribution); `ripple sensitivity " << s.file
        << "` gives their likely range (5th to 95th percentile) and which assumption moves them "
           "most.\n";
  }
  if (!result.warnings.empty()) {
    out << "\n## Warnings\n\n";
    for (const auto& warning : result.warnings) out << "- " << warning << "\n";
  }
  out << "\n## Sources\n\n"
      << result.model.source << ". " << result.model.title << ", " << result.model.price_basis
      << ". Details: `models/README.md`; every figure by year and sector: `impacts.csv`, "
         "`summary.csv`.\n";
}

}  // namespace ripple
