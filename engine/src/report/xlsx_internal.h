// Shared pieces of the report.xlsx writer (xlsx_report.cc, xlsx_sheets.cc);
// only these files include libxlsxwriter.
#pragma once

#include <xlsxwriter.h>

#include <string>
#include <string_view>
#include <vector>

#include "report/report_rows.h"
#include "ripple/report/xlsx_report.h"

namespace ripple::xlsx {

// The workbook being written, its language and its cell formats.
struct Book {
  lxw_workbook* workbook = nullptr;
  Language language = Language::kEnglish;
  lxw_format* title = nullptr;    // bold, larger
  lxw_format* header = nullptr;   // bold, bottom border, wrapped
  lxw_format* euros = nullptr;    // whole euros with thousands separators and €
  lxw_format* count = nullptr;    // one decimal with thousands separators (jobs)
  lxw_format* ratio = nullptr;    // two decimals (EUR per EUR, factors)
  lxw_format* number = nullptr;   // thousands separators, 1 to 4 decimals
  lxw_format* integer = nullptr;  // years
  lxw_format* percent = nullptr;  // rates, one decimal

  // The French or the English text.
  std::string_view Pick(std::string_view french, std::string_view english) const {
    return language == Language::kFrench ? french : english;
  }
};

// One worksheet. Cells are addressed by 0-based row and column.
class Sheet {
 public:
  // Adds a worksheet named `name` (at most 31 characters, no []:*?/\).
  Sheet(const Book& book, std::string_view name);

  void Text(size_t row, size_t column, std::string_view text, lxw_format* format = nullptr);
  // A number cell; nothing for NaN (an undefined figure is an empty cell).
  void Number(size_t row, size_t column, double value, lxw_format* format = nullptr);
  // A bold header row with column widths; with `freeze`, rows above and this
  // one stay in view and an autofilter covers `rows_below` rows under it.
  void Header(size_t row, const std::vector<std::string>& headers,
              const std::vector<double>& widths, bool freeze, size_t rows_below = 0);

  lxw_worksheet* worksheet() const { return worksheet_; }

 private:
  const Book& book_;
  lxw_worksheet* worksheet_;
};

// The display format of a value in `unit` (EUR, EUR per EUR, persons, year...).
lxw_format* FormatOfUnit(const Book& book, std::string_view unit);
// "direct", "indirect", "induced", "total" and "gross", "net" in the book's language.
std::string EffectText(const Book& book, std::string_view effect);
std::string BasisText(const Book& book, std::string_view basis);

// summary.csv's row of intervention `scope`, or nullptr.
const SummaryRow* FindSummary(const std::vector<SummaryRow>& rows, std::string_view scope,
                              std::string_view indicator, std::string_view effect,
                              std::string_view basis, std::string_view measure);

void SummarySheet(const Book& book, const RunResult& result, const std::vector<SummaryRow>& rows);
void InterventionSheet(const Book& book, const RunResult& result,
                       const std::vector<SummaryRow>& rows);
void AllFiguresSheet(const Book& book, const std::vector<SummaryRow>& rows);
void YearSheet(const Book& book, const RunResult& result);
void ImpactSheet(const Book& book, const RunResult& result, const XlsxOptions& options);
void AssumptionSheet(const Book& book, const RunResult& result, const XlsxOptions& options);
void MultiplierSheet(const Book& book, const RunResult& result, const XlsxOptions& options);

}  // namespace ripple::xlsx
