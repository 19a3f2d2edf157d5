// report.xlsx: the sheets by year, impacts, assumptions and multipliers
// (xlsx_report.h).
#include <string>

#include "report/brief_html_internal.h"
#include "report/xlsx_internal.h"
#include "ripple/base/error.h"

namespace ripple::xlsx {
namespace {

// Excel's last row is 1,048,576 (the header takes one).
constexpr size_t kMaxDataRows = 1048575;

std::string Label(const XlsxOptions& options, size_t sector) {
  return sector < options.sector_labels.size() ? options.sector_labels[sector] : "";
}

size_t CountImpactRows(const RunResult& result) {
  size_t rows = 0;
  VisitImpactRows(result, false, [&](const ImpactRow&) { ++rows; });
  return rows;
}

// Appraisal settings: name, value, its format.
void AppraisalRows(const Book& book, Sheet& sheet, const Scenario& s, size_t& row) {
  const Appraisal& a = s.appraisal;
  const std::string source = s.file + " [appraisal]";
  const auto line = [&](std::string_view name, double value, lxw_format* format) {
    sheet.Text(row, 0, name);
    sheet.Number(row, 1, value, format);
    sheet.Text(row, 4, source);
    ++row;
  };
  line(book.Pick("Année des prix (euros constants)", "Price year (constant euros)"), a.price_year,
       book.integer);
  line(book.Pick("Taux d’actualisation", "Discount rate"), a.discount_rate, book.percent);
  line(book.Pick("Année de base de l’actualisation", "Discount base year"), a.discount_base_year,
       book.integer);
  line(book.Pick("Coût d’opportunité des fonds publics", "Opportunity cost of public funds"),
       a.public_funds_cost, book.ratio);
  line(book.Pick("Cotisations sociales (part de la rémunération)",
                 "Social contributions (share of compensation)"),
       a.social_contribution_rate, book.percent);
  line(book.Pick("Inflation (sans indice de prix)", "Inflation (without a price index)"),
       a.inflation_rate, book.percent);
}

void AdditionalityRows(const Book& book, Sheet& sheet, const RunResult& result, size_t& row) {
  sheet.Header(row++,
               {"Intervention", std::string(book.Pick("Aubaine", "Deadweight")),
                std::string(book.Pick("Déplacement", "Displacement")),
                std::string(book.Pick("Fuites", "Leakage")), "Substitution",
                std::string(book.Pick("Part nette", "Net share")), "Source"},
               {}, false);
  for (const InterventionImpact& impact : result.interventions) {
    if (!brief::HasEffects(result, impact)) continue;  // no figure to make net
    const Additionality& a = impact.additionality;
    sheet.Text(row, 0, impact.id);
    sheet.Number(row, 1, a.deadweight, book.percent);
    sheet.Number(row, 2, a.displacement, book.percent);
    sheet.Number(row, 3, a.leakage, book.percent);
    sheet.Number(row, 4, a.substitution, book.percent);
    sheet.Number(row, 5, impact.net_factor, book.ratio);
    sheet.Text(row, 6, result.scenario.file);
    ++row;
  }
}

void UncertainRows(const Book& book, Sheet& sheet, const RunResult& result,
                   const XlsxOptions& options, size_t& row) {
  sheet.Header(row++,
               {std::string(book.Pick("Valeur incertaine", "Uncertain value")),
                std::string(book.Pick("Valeur centrale", "Central value")), "P5", "P95",
                "Distribution", std::string(book.Pick("Écrite en", "Written at")), "Source"},
               {}, false);
  const auto& uncertain = result.scenario.uncertain;
  for (size_t k = 0; k < uncertain.size(); ++k, ++row) {
    const UncertainParameter& p = uncertain[k];
    sheet.Text(row, 0, p.key);
    sheet.Number(row, 1, p.distribution.Central(), book.number);
    sheet.Number(row, 2, p.distribution.Quantile(0.05), book.number);
    sheet.Number(row, 3, p.distribution.Quantile(0.95), book.number);
    sheet.Text(row, 4, p.distribution.Describe());
    sheet.Text(row, 5, p.position.file + ":" + std::to_string(p.position.line));
    if (k < options.assumption_sources.size()) sheet.Text(row, 6, options.assumption_sources[k]);
  }
}

}  // namespace

void YearSheet(const Book& book, const RunResult& result) {
  Sheet sheet(book, book.Pick("Par année", "By year"));
  std::vector<AnnualRow> rows;
  VisitAnnualRows(result, [&](const AnnualRow& row) { rows.push_back(row); });
  sheet.Header(0,
               {std::string(book.Pick("année", "year")), "intervention",
                std::string(book.Pick("indicateur", "indicator")),
                std::string(book.Pick("effet", "effect")), std::string(book.Pick("base", "basis")),
                std::string(book.Pick("valeur", "value")), std::string(book.Pick("unité", "unit"))},
               {8, 24, 34, 10, 8, 18, 18}, true, rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    const AnnualRow& row = rows[r];
    const Indicator& indicator = result.indicators[row.indicator];
    sheet.Number(r + 1, 0, row.year, book.integer);
    sheet.Text(r + 1, 1, row.scope);
    sheet.Text(r + 1, 2, indicator.name);
    sheet.Text(r + 1, 3, EffectText(book, EffectName(row.effect)));
    sheet.Text(r + 1, 4, BasisText(book, BasisName(row.basis)));
    sheet.Number(r + 1, 5, row.value, FormatOfUnit(book, indicator.unit));
    sheet.Text(r + 1, 6, indicator.unit);
  }
}

void ImpactSheet(const Book& book, const RunResult& result, const XlsxOptions& options) {
  const size_t count = CountImpactRows(result);
  if (count > kMaxDataRows) {
    throw Error(ErrorKind::kBadInput,
                "report.xlsx: impacts has " + std::to_string(count) +
                    " rows of non-zero value, more than an Excel sheet holds (1,048,575 under "
                    "its header): run without --xlsx and read impacts.csv");
  }
  Sheet sheet(book, "Impacts");
  sheet.Header(
      0,
      {std::string(book.Pick("année", "year")), "intervention",
       std::string(book.Pick("indicateur", "indicator")), std::string(book.Pick("effet", "effect")),
       std::string(book.Pick("base", "basis")), std::string(book.Pick("secteur", "sector")),
       std::string(book.Pick("libellé du secteur", "sector name")),
       std::string(book.Pick("valeur", "value")), std::string(book.Pick("unité", "unit"))},
      {8, 24, 26, 10, 8, 10, 48, 16, 12}, true, count);
  size_t r = 1;
  VisitImpactRows(result, false, [&](const ImpactRow& row) {
    const Indicator& indicator = result.indicators[row.indicator];
    sheet.Number(r, 0, row.year, book.integer);
    sheet.Text(r, 1, row.intervention->id);
    sheet.Text(r, 2, indicator.name);
    sheet.Text(r, 3, EffectText(book, EffectName(row.effect)));
    sheet.Text(r, 4, BasisText(book, BasisName(row.basis)));
    sheet.Text(r, 5, result.sectors[row.sector]);
    sheet.Text(r, 6, Label(options, row.sector));
    sheet.Number(r, 7, row.value, FormatOfUnit(book, indicator.unit));
    sheet.Text(r, 8, indicator.unit);
    ++r;
  });
}

void AssumptionSheet(const Book& book, const RunResult& result, const XlsxOptions& options) {
  Sheet sheet(book, book.Pick("Hypothèses", "Assumptions"));
  sheet.Header(0,
               {std::string(book.Pick("Paramètre d’évaluation", "Appraisal setting")),
                std::string(book.Pick("Valeur", "Value")), "", "", "Source"},
               {52, 16, 14, 14, 30, 30, 60}, false);
  size_t row = 1;
  AppraisalRows(book, sheet, result.scenario, row);
  ++row;
  AdditionalityRows(book, sheet, result, row);
  if (!result.scenario.uncertain.empty()) {
    ++row;
    UncertainRows(book, sheet, result, options, row);
  }
  ++row;
  sheet.Text(row++, 0, book.Pick("Modèle", "Model"), book.header);
  sheet.Text(row++, 0, result.model.id + ": " + result.model.title);
  sheet.Text(row++, 0,
             result.model.region + ", " + std::to_string(result.model.year) + ", " +
                 result.model.price_basis);
  sheet.Text(row++, 0, result.model.source);
}

void MultiplierSheet(const Book& book, const RunResult& result, const XlsxOptions& options) {
  const MultiplierTable& table = result.multipliers;
  Sheet sheet(book, book.Pick("Multiplicateurs", "Multipliers"));
  std::vector<std::string> header = {std::string(book.Pick("secteur", "sector")),
                                     std::string(book.Pick("libellé du secteur", "sector name")),
                                     "output_type1", "output_type2"};
  for (const auto& s : table.satellites) {
    for (const char* suffix :
         {"_direct", "_effect_type1", "_effect_type2", "_multiplier_type1", "_multiplier_type2"})
      header.push_back(s.name + suffix);
  }
  std::vector<double> widths(header.size(), 14);
  widths[1] = 48;
  sheet.Header(0, header, widths, true, table.sectors.size());
  const auto type2 = [&](const Vector& v, size_t j) {
    return table.has_type2 ? v(static_cast<Eigen::Index>(j)) : std::nan("");
  };
  for (size_t j = 0; j < table.sectors.size(); ++j) {
    const auto i = static_cast<Eigen::Index>(j);
    size_t c = 0;
    sheet.Text(j + 1, c++, table.sectors[j]);
    sheet.Text(j + 1, c++, Label(options, j));
    sheet.Number(j + 1, c++, table.output_type1(i));
    sheet.Number(j + 1, c++, type2(table.output_type2, j));
    for (const auto& s : table.satellites) {
      sheet.Number(j + 1, c++, s.direct(i));
      sheet.Number(j + 1, c++, s.effect_type1(i));
      sheet.Number(j + 1, c++, type2(s.effect_type2, j));
      sheet.Number(j + 1, c++, s.multiplier_type1(i));
      sheet.Number(j + 1, c++, type2(s.multiplier_type2, j));
    }
  }
}

}  // namespace ripple::xlsx
