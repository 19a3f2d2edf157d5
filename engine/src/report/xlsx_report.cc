// report.xlsx: the workbook, its formats and the sheets read from summary.csv's
// rows (xlsx_report.h). The other sheets: xlsx_sheets.cc.
#include <cmath>
#include <string>

#include "report/brief_html_internal.h"
#include "report/xlsx_internal.h"
#include "ripple/base/error.h"

namespace ripple::xlsx {
namespace {

lxw_format* NumberFormat(lxw_workbook* workbook, const char* code) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_num_format(format, code);
  return format;
}

Book MakeBook(lxw_workbook* workbook, Language language) {
  Book book;
  book.workbook = workbook;
  book.language = language;
  book.title = workbook_add_format(workbook);
  format_set_bold(book.title);
  format_set_font_size(book.title, 14);
  book.header = workbook_add_format(workbook);
  format_set_bold(book.header);
  format_set_bottom(book.header, LXW_BORDER_THIN);
  format_set_text_wrap(book.header);
  format_set_align(book.header, LXW_ALIGN_VERTICAL_TOP);
  // Codes in Excel's (en-US) syntax; a French Excel shows "1 234 €".
  book.euros = NumberFormat(workbook, language == Language::kFrench ? "#,##0 \"€\"" : "\"€\"#,##0");
  book.count = NumberFormat(workbook, "#,##0.0");
  book.ratio = NumberFormat(workbook, "#,##0.00");
  book.number = NumberFormat(workbook, "#,##0.0###");
  book.integer = NumberFormat(workbook, "0");
  book.percent = NumberFormat(workbook, "0.0%");
  return book;
}

// One line of the headline table: summary.csv's indicator and measure, on the
// gross and net bases (effect total), or once (`wide`: no effect, no basis).
struct HeadlineLine {
  std::string_view french, english;
  std::string indicator, measure;
  bool wide = false;
};

std::vector<HeadlineLine> HeadlineLines(const RunResult& result) {
  std::string employment;
  for (const auto& indicator : result.indicators) {
    if (indicator.employment && employment.empty()) employment = indicator.name;
  }
  return {
      {"Coût public", "Public cost", "public_cost", "undiscounted", true},
      {"Coût public actualisé", "Public cost, present value", "public_cost", "present_value", true},
      {"Emplois en moyenne par an", "Jobs on average a year", employment, "average_annual_jobs"},
      {"Emplois-années sur la période", "Job-years over the period", employment, "job_years"},
      {"Coût public par emploi-année", "Public cost per job-year", "cost_per_job_year", "ratio"},
      {"Valeur ajoutée", "Value added", "value_added", "total"},
      {"Valeur ajoutée par euro public", "Value added per public euro",
       "value_added_per_public_euro", "ratio"},
      {"Recettes fiscales et sociales", "Tax and social contributions", "fiscal_return", "total"},
      {"dont part circulaire (pas une recette nouvelle)", "of which circular (not a new revenue)",
       "fiscal_return", "circular"},
  };
}

}  // namespace

Sheet::Sheet(const Book& book, std::string_view name)
    : book_(book), worksheet_(workbook_add_worksheet(book.workbook, std::string(name).c_str())) {
  if (worksheet_ == nullptr)
    throw Error(ErrorKind::kInternal, "report.xlsx: cannot add the sheet " + std::string(name));
}

void Sheet::Text(size_t row, size_t column, std::string_view text, lxw_format* format) {
  if (text.empty()) return;
  worksheet_write_string(worksheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                         std::string(text).c_str(), format);
}

void Sheet::Number(size_t row, size_t column, double value, lxw_format* format) {
  if (std::isnan(value)) return;
  worksheet_write_number(worksheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                         value, format);
}

void Sheet::Header(size_t row, const std::vector<std::string>& headers,
                   const std::vector<double>& widths, bool freeze, size_t rows_below) {
  for (size_t c = 0; c < headers.size(); ++c) Text(row, c, headers[c], book_.header);
  for (size_t c = 0; c < widths.size(); ++c) {
    const auto column = static_cast<lxw_col_t>(c);
    worksheet_set_column(worksheet_, column, column, widths[c], nullptr);
  }
  if (!freeze) return;
  worksheet_freeze_panes(worksheet_, static_cast<lxw_row_t>(row + 1), 0);
  worksheet_autofilter(worksheet_, static_cast<lxw_row_t>(row), 0,
                       static_cast<lxw_row_t>(row + rows_below),
                       static_cast<lxw_col_t>(headers.size() - 1));
}

lxw_format* FormatOfUnit(const Book& book, std::string_view unit) {
  if (unit.rfind("EUR per EUR", 0) == 0 || unit == "ratio") return book.ratio;
  if (unit.rfind("EUR", 0) == 0) return book.euros;
  if (unit == "year") return book.integer;
  if (unit == "persons" || unit == "person-years" || unit == "FTE" || unit == "enterprises")
    return book.count;
  return book.number;
}

std::string EffectText(const Book& book, std::string_view effect) {
  if (effect == "induced") return std::string(book.Pick("induit", "induced"));
  return std::string(effect);  // direct, indirect, total: the same words
}

std::string BasisText(const Book& book, std::string_view basis) {
  if (basis == "gross") return std::string(book.Pick("brut", "gross"));
  return std::string(basis);  // net
}

const SummaryRow* FindSummary(const std::vector<SummaryRow>& rows, std::string_view scope,
                              std::string_view indicator, std::string_view effect,
                              std::string_view basis, std::string_view measure) {
  for (const SummaryRow& row : rows) {
    if (row.intervention == scope && row.indicator == indicator && row.effect == effect &&
        row.basis == basis && row.measure == measure)
      return &row;
  }
  return nullptr;
}

void SummarySheet(const Book& book, const RunResult& result, const std::vector<SummaryRow>& rows) {
  Sheet sheet(book, book.Pick("Synthèse", "Summary"));
  const Scenario& s = result.scenario;
  sheet.Text(0, 0, s.name.empty() ? s.id : s.name, book.title);
  sheet.Text(1, 0,
             std::string(book.Pick("Euros constants de ", "Constant euros of ")) +
                 std::to_string(s.appraisal.price_year) + std::string(book.Pick(" ; ", "; ")) +
                 std::to_string(s.start_year) + "–" + std::to_string(s.end_year) +
                 std::string(book.Pick(" ; modèle ", "; model ")) + result.model.id + " (" +
                 result.model.source + ")");
  sheet.Header(
      3,
      {"", std::string(book.Pick("Brut", "Gross")), "Net", std::string(book.Pick("Unité", "Unit")),
       std::string(book.Pick("indicateur (summary.csv)", "indicator (summary.csv)")),
       std::string(book.Pick("mesure (summary.csv)", "measure (summary.csv)"))},
      {48, 16, 16, 22, 28, 24}, false);
  size_t row = 4;
  for (const HeadlineLine& line : HeadlineLines(result)) {
    const SummaryRow* gross = FindSummary(rows, "all", line.indicator, line.wide ? "" : "total",
                                          line.wide ? "" : "gross", line.measure);
    const SummaryRow* net =
        line.wide ? nullptr
                  : FindSummary(rows, "all", line.indicator, "total", "net", line.measure);
    if (gross == nullptr || (!line.wide && net == nullptr)) continue;  // no such figure
    lxw_format* format = FormatOfUnit(book, gross->unit);
    sheet.Text(row, 0, book.Pick(line.french, line.english));
    sheet.Number(row, 1, gross->value, format);
    if (net != nullptr) sheet.Number(row, 2, net->value, format);
    sheet.Text(row, 3, gross->unit);
    sheet.Text(row, 4, line.indicator);
    sheet.Text(row, 5, line.measure);
    ++row;
  }
  sheet.Text(row + 1, 0,
             book.Pick("Chiffres exacts : feuille « Tous les chiffres » (summary.csv). Net = brut "
                       "× part nette de chaque intervention (additionnalité).",
                       "Exact figures: sheet \"All figures\" (summary.csv). Net = gross × each "
                       "intervention's net share (additionality)."));
}

void InterventionSheet(const Book& book, const RunResult& result,
                       const std::vector<SummaryRow>& rows) {
  Sheet sheet(book, book.Pick("Par intervention", "By intervention"));
  std::string employment;
  for (const auto& indicator : result.indicators) {
    if (indicator.employment && employment.empty()) employment = indicator.name;
  }
  sheet.Header(0,
               {"Intervention", std::string(book.Pick("Libellé", "Label")), "Type",
                std::string(book.Pick("Coût public", "Public cost")),
                std::string(book.Pick("Emplois-années bruts", "Gross job-years")),
                std::string(book.Pick("Emplois-années nets", "Net job-years")),
                std::string(book.Pick("Valeur ajoutée brute", "Gross value added")),
                std::string(book.Pick("Valeur ajoutée nette", "Net value added")),
                std::string(book.Pick("Part nette", "Net share"))},
               {24, 36, 12, 16, 14, 14, 18, 18, 10}, true, result.interventions.size());
  const auto value = [&](const std::string& scope, const std::string& indicator, const char* effect,
                         const char* basis, const char* measure) {
    const SummaryRow* row = FindSummary(rows, scope, indicator, effect, basis, measure);
    return row == nullptr ? std::nan("") : row->value;
  };
  size_t row = 1;
  std::string apart;  // interventions without effects in the model (a cluster, as in the brief)
  for (size_t i = 0; i < result.interventions.size(); ++i) {
    const InterventionImpact& impact = result.interventions[i];
    if (!brief::HasEffects(result, impact)) {
      if (!apart.empty()) apart += ", ";
      apart += impact.id;
      continue;
    }
    sheet.Text(row, 0, impact.id);
    sheet.Text(row, 1, result.scenario.interventions[i].label);
    sheet.Text(row, 2, InterventionTypeName(impact.type));
    sheet.Number(row, 3, value(impact.id, "public_cost", "", "", "undiscounted"), book.euros);
    sheet.Number(row, 4, value(impact.id, employment, "total", "gross", "job_years"), book.count);
    sheet.Number(row, 5, value(impact.id, employment, "total", "net", "job_years"), book.count);
    sheet.Number(row, 6, value(impact.id, "value_added", "total", "gross", "total"), book.euros);
    sheet.Number(row, 7, value(impact.id, "value_added", "total", "net", "total"), book.euros);
    sheet.Number(row, 8, impact.net_factor, book.ratio);
    ++row;
  }
  if (apart.empty()) return;
  sheet.Text(row + 1, 0,
             std::string(book.Pick("Sans effet dans le modèle, décrit à part (cluster.csv) : ",
                                   "No effect in the model, described apart (cluster.csv): ")) +
                 apart);
}

void AllFiguresSheet(const Book& book, const std::vector<SummaryRow>& rows) {
  Sheet sheet(book, book.Pick("Tous les chiffres", "All figures"));
  sheet.Header(
      0,
      {"intervention", std::string(book.Pick("indicateur", "indicator")),
       std::string(book.Pick("effet", "effect")), std::string(book.Pick("base", "basis")),
       std::string(book.Pick("mesure", "measure")), std::string(book.Pick("valeur", "value")),
       std::string(book.Pick("unité", "unit")), "note"},
      {24, 34, 10, 8, 30, 18, 26, 30}, true, rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    const SummaryRow& row = rows[r];
    sheet.Text(r + 1, 0, row.intervention);
    sheet.Text(r + 1, 1, row.indicator);
    sheet.Text(r + 1, 2, EffectText(book, row.effect));
    sheet.Text(r + 1, 3, BasisText(book, row.basis));
    sheet.Text(r + 1, 4, row.measure);
    sheet.Number(r + 1, 5, row.value, FormatOfUnit(book, row.unit));
    sheet.Text(r + 1, 6, row.unit);
    sheet.Text(r + 1, 7, row.note);
  }
}

}  // namespace ripple::xlsx

namespace ripple {

void WriteXlsxReport(const RunResult& result, const XlsxOptions& options, const std::string& path) {
  lxw_workbook_options workbook_options = {};
  workbook_options.use_zip64 = LXW_TRUE;  // impacts of a large model pass 4 GB uncompressed
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &workbook_options);
  if (workbook == nullptr)
    throw Error(ErrorKind::kIo, path + ": cannot create the workbook (libxlsxwriter)");
  lxw_doc_properties properties = {};
  std::string title = "Ripple: " + result.scenario.id;
  properties.title = title.data();
  properties.created = kXlsxCreated;  // fixed: the same inputs give the same bytes
  workbook_set_properties(workbook, &properties);
  const xlsx::Book book = xlsx::MakeBook(workbook, options.language);
  const std::vector<SummaryRow> rows = SummaryRows(result);
  try {
    xlsx::SummarySheet(book, result, rows);
    xlsx::InterventionSheet(book, result, rows);
    xlsx::AllFiguresSheet(book, rows);
    xlsx::YearSheet(book, result);
    xlsx::ImpactSheet(book, result, options);
    xlsx::AssumptionSheet(book, result, options);
    xlsx::MultiplierSheet(book, result, options);
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  const lxw_error error = workbook_close(workbook);
  if (error != LXW_NO_ERROR)
    throw Error(ErrorKind::kIo, path + ": cannot write the workbook: " + lxw_strerror(error));
}

}  // namespace ripple
