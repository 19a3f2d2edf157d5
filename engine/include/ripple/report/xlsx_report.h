// report.xlsx: a run's figures as an Excel workbook (ripple run --xlsx),
// written with libxlsxwriter (Debian libxlsxwriter-dev; CMake option
// RIPPLE_WITH_XLSX, ON when the library is found). Sheets, named and headed in
// the report language (French or English):
//   Synthèse / Summary                the brief's headline, gross and net
//   Par intervention / By intervention  one row per intervention
//   Tous les chiffres / All figures   every row of summary.csv
//   Par année / By year               every row of annual.csv
//   Impacts                           impacts.csv without its rows of value 0
//   Hypothèses / Assumptions          appraisal settings, additionality, uncertain values
//   Multiplicateurs / Multipliers     multipliers.csv
// Numbers are stored as numbers at full precision (the CSVs round to 12
// digits) with display formats (thousands separator, € for money); sector
// names beside codes. The file is byte-identical for the same inputs: its
// creation date is fixed (kXlsxCreated), never the clock.
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "ripple/report/report.h"

namespace ripple {

// The creation date written in docProps/core.xml: 2000-01-01T00:00:00Z.
inline constexpr std::time_t kXlsxCreated = 946684800;

struct XlsxOptions {
  Language language = Language::kEnglish;
  std::vector<std::string> sector_labels;       // by sector of the result ("" = no name)
  std::vector<std::string> assumption_sources;  // by uncertain value (BriefOptions)
};

// True when the engine was built with libxlsxwriter.
bool XlsxAvailable();

// Throws Error(kBadInput) "--xlsx: this ripple was built without libxlsxwriter: ..."
// saying how to install it, when XlsxAvailable() is false. Call it before the run.
void CheckXlsxWriter();

// The workbook's options for a run: its report language, sector names and the
// sources of its uncertain values.
XlsxOptions MakeXlsxOptions(const RunResult& result, const RunReportOptions& options,
                            const BriefOptions& brief);

// Writes the workbook to `path`. Throws Error(kIo) naming the path and
// libxlsxwriter's reason when it cannot be written; CheckXlsxWriter's error
// when built without libxlsxwriter.
void WriteXlsxReport(const RunResult& result, const XlsxOptions& options, const std::string& path);

}  // namespace ripple
