// libFuzzer target: ripple::ParseCsv with ',', ';' and tab as delimiters, and
// ParseDouble / FormatNumber on every field read. Seeds: the CSV files of the
// shipped models and of tests/fixtures (tests/fuzz/run.sh).
#include <cmath>

#include "fuzz_common.h"
#include "ripple/base/csv.h"

namespace {

// ParseDouble's answer, when it accepts the field, is finite or not, and
// FormatNumber writes it back to a text ParseDouble reads as the same value.
void CheckNumber(const std::string& field) {
  double value = 0;
  if (!ripple::ParseDouble(field, value) || !std::isfinite(value)) return;
  double again = 0;
  const std::string written = ripple::FormatNumber(value, 17);
  ripple_fuzz::Require(ripple::ParseDouble(written, again),
                       "FormatNumber output is read by ParseDouble");
  ripple_fuzz::Require(again == value, "FormatNumber(x, 17) reads back as x");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = ripple_fuzz::Text(data, size);
  for (const char delimiter : {',', ';', '\t'}) {
    ripple_fuzz::ExpectOnlyRippleErrors([&] {
      const ripple::CsvTable table = ripple::ParseCsv(text, "fuzz.csv", delimiter);
      for (const std::string& field : table.header) CheckNumber(field);
      for (const ripple::CsvRow& row : table.rows) {
        for (const std::string& field : row.fields) CheckNumber(field);
      }
    });
  }
  return 0;
}
