// The reports of a run (documented column by column in reports/README.md).
//
//   impacts.csv      year,intervention,indicator,effect,sector,value,unit
//   annual.csv       year,intervention,indicator,effect,value,unit   (sum over sectors;
//                    intervention "all" = the whole scenario)
//   summary.csv      intervention,indicator,effect,measure,value,unit  (over the horizon)
//   multipliers.csv  (+ multipliers_units.csv) the model's multipliers, see multipliers.h
//   warnings.csv     severity,message
//   brief.html       the brief for elected officials, French or English (brief_html.h)
//   brief.md         a short policy brief (headline figures gross and net, by
//                    intervention, assumptions, warnings, sources)
//   run.json         engine version, inputs with SHA-256, model, every parameter
// CSVs are byte-reproducible: fixed row order, '.' decimals, 12 significant
// digits, "\n" line ends, no timestamps.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "ripple/report/brief_html.h"
#include "ripple/run/pipeline.h"
#include "ripple/run/run.h"

namespace ripple {

void WriteImpactsCsv(const RunResult& result, std::ostream& out);
void WriteAnnualCsv(const RunResult& result, std::ostream& out);
void WriteSummaryCsv(const RunResult& result, std::ostream& out);
void WriteWarningsCsv(const RunResult& result, std::ostream& out);
// Rendered from `result` alone; numbers rounded for reading (the CSVs are exact).
void WriteBriefMarkdown(const RunResult& result, std::ostream& out);
// `command` is the command line as run, recorded for traceability.
void WriteRunJson(const RunResult& result, const std::vector<InputFile>& inputs,
                  const std::string& command, std::ostream& out);

// A few lines with the headline figures of a run, for the terminal.
std::string TerminalSummary(const RunResult& result);

// Choices of `ripple run` that shape the reports.
struct RunReportOptions {
  std::optional<Language> language;     // --lang; nullopt: the scenario's `language`, else English
  const BriefRanges* ranges = nullptr;  // --draws: Monte Carlo ranges for brief.html
  bool pdf = false;                     // --pdf: also brief.pdf (brief_pdf.h)
};

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
