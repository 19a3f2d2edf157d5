// report.xlsx options, and the error of a build without libxlsxwriter
// (xlsx_report.h). The workbook itself: xlsx_report.cc, xlsx_sheets.cc.
#include "ripple/base/error.h"
#include "ripple/report/sector_labels.h"
#include "ripple/report/xlsx_report.h"

namespace ripple {

bool XlsxAvailable() {
#ifdef RIPPLE_HAVE_XLSXWRITER
  return true;
#else
  return false;
#endif
}

void CheckXlsxWriter() {
  if (XlsxAvailable()) return;
  throw Error(ErrorKind::kBadInput,
              "--xlsx: this ripple was built without libxlsxwriter: install it with `apt-get "
              "install libxlsxwriter-dev`, then configure and build again (cmake --preset default "
              "&& cmake --build build); the CSVs hold the same figures");
}

XlsxOptions MakeXlsxOptions(const RunResult& result, const RunReportOptions& options,
                            const BriefOptions& brief) {
  XlsxOptions xlsx;
  xlsx.language = BriefLanguage(options.language, result.scenario);
  xlsx.sector_labels = NamesOfSectors(result.sectors, xlsx.language).labels;
  xlsx.assumption_sources = brief.assumption_sources;
  return xlsx;
}

#ifndef RIPPLE_HAVE_XLSXWRITER
void WriteXlsxReport(const RunResult&, const XlsxOptions&, const std::string&) {
  CheckXlsxWriter();
}
#endif

}  // namespace ripple
