// The reports of a run (documented column by column in reports/README.md).
//
//   impacts.csv      year,intervention,indicator,effect,basis,sector,sector_label,value,unit
//                    (rows of value 0 left out unless CsvOptions::keep_zero_rows)
//   annual.csv       year,intervention,indicator,effect,basis,value,unit   (sum over sectors;
//                    intervention "all" = the whole scenario)
//   summary.csv      intervention,indicator,effect,basis,measure,value,unit,note
//   multipliers.csv  (+ multipliers_units.csv) the model's multipliers, see multipliers.h,
//                    with sector_label
//   report.xlsx      with --xlsx: the same figures as a workbook (xlsx_report.h)
//   warnings.csv     severity,message
//   brief.html       the brief for elected officials, French or English (brief_html.h)
//   brief.md         a short policy brief (headline figures gross and net, by
//                    intervention, assumptions, warnings, sources)
//   run.json         engine version, inputs with SHA-256, model, every parameter
// CSVs are byte-reproducible: fixed row order, '.' decimals (',' in the
// excel-fr dialect), 12 significant digits, "\n" line ends, no timestamps.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/report/brief_html.h"
#include "ripple/run/pipeline.h"
#include "ripple/run/run.h"

namespace ripple {

// Choices of `ripple run` that shape the reports.
struct RunReportOptions {
  std::optional<Language> language;     // --lang; nullopt: the scenario's `language`, else English
  const BriefRanges* ranges = nullptr;  // --draws: Monte Carlo ranges for brief.html
  bool pdf = false;                     // --pdf: also brief.pdf (brief_pdf.h)
  bool xlsx = false;                    // --xlsx: also report.xlsx (xlsx_report.h)
  CsvDialect csv_dialect = CsvDialect::kStandard;  // --csv-dialect
  bool keep_zero_rows = false;                     // --keep-zero-rows
};

// How the CSVs of a run are written.
struct CsvOptions {
  CsvDialect dialect = CsvDialect::kStandard;  // --csv-dialect
  bool keep_zero_rows = false;                 // --keep-zero-rows: impacts.csv rows of value 0
  std::vector<std::string> sector_labels;      // by sector of the result ("" or absent: no name)
};

void WriteImpactsCsv(const RunResult& result, std::ostream& out, const CsvOptions& csv = {});
void WriteAnnualCsv(const RunResult& result, std::ostream& out, const CsvOptions& csv = {});
void WriteSummaryCsv(const RunResult& result, std::ostream& out, const CsvOptions& csv = {});
void WriteWarningsCsv(const RunResult& result, std::ostream& out, const CsvOptions& csv = {});
// Rendered from `result` alone; numbers rounded for reading (the CSVs are exact).
void WriteBriefMarkdown(const RunResult& result, std::ostream& out);
// `command` is the command line as run, recorded for traceability; `options`
// how the reports were written (dialect, zero rows, sector names).
void WriteRunJson(const RunResult& result, const std::vector<InputFile>& inputs,
                  const std::string& command, std::ostream& out,
                  const RunReportOptions& options = {});

// The CSV options of a run's reports: `options`' dialect and zero rows, and
// the names of the result's sectors in the report language (sector_labels.h).
CsvOptions MakeCsvOptions(const RunResult& result, const RunReportOptions& options);

// A few lines with the headline figures of a run, for the terminal.
std::string TerminalSummary(const RunResult& result);

// Writes all reports into `directory` all-or-nothing (StagedDirectory): on
// failure an earlier report in `directory` stays intact. Throws Error(kIo).
void WriteReports(const RunResult& result, const std::vector<InputFile>& inputs,
                  const std::string& command, const std::string& directory,
                  const RunReportOptions& options = {});

// The brief's options for `result`: language as BriefLanguage, and the
// comment written beside each uncertain value in its scenario file (read
// again; "" when the file cannot be read).
BriefOptions MakeBriefOptions(const RunResult& result, const RunReportOptions& options);

}  // namespace ripple
