// The report folder of `ripple compare` (reports/README.md, "ripple compare"):
// compare.csv and compare.md (analysis/compare.h), and compare.html, the
// options side by side for elected officials in French or English: a
// conclusion naming the best option on each per-euro figure, the options, the
// side-by-side table (value, difference to the baseline, rank), bar charts of
// net job-years, value added per public euro and cost per net job-year
// (svg_chart.h), the runs' warnings in a box, method and sources. One
// self-contained page (html_page.h); the same inputs give the same bytes.
// Every figure is read from the Comparison (the rows of compare.csv); its
// options give only names, models, horizons and warnings.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "ripple/analysis/compare.h"
#include "ripple/report/report_text.h"

namespace ripple {

struct CompareReportOptions {
  std::optional<Language> language;  // --lang; nullopt: the first scenario's `language`, else en
  CsvDialect csv_dialect = CsvDialect::kStandard;  // --csv-dialect of compare.csv
};

void WriteCompareHtml(const Comparison& comparison, Language language, std::ostream& out);

// compare.csv, compare.md and compare.html into `directory`, all-or-nothing
// (StagedDirectory). Throws Error(kIo).
void WriteCompareReports(const Comparison& comparison, const CompareReportOptions& options,
                         const std::string& directory);

}  // namespace ripple
