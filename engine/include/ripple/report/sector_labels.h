// Sector names in English and French for a classification's codes, read from
// a CSV with columns code,label_en,label_fr (models/classifications/
// a64_labels.csv for A*64; its SOURCE.md cites Eurostat and INSEE).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ripple/report/report_text.h"

namespace ripple {

struct SectorLabel {
  std::string code;      // as in the model packages, e.g. "J59_J60"
  std::string label_en;  // UTF-8
  std::string label_fr;  // UTF-8
};

class SectorLabels {
 public:
  // Parses the CSV `text`; `source` names it in messages. Throws
  // Error(kBadInput) "source:line: column: message" for a missing column, an
  // empty code or label, or a code given twice. Extra columns are ignored.
  static SectorLabels Parse(std::string_view text, const std::string& source);

  // Reads and parses `path`. Throws Error(kIo) when it cannot be read.
  static SectorLabels Load(const std::string& path);

  // The entry for `code`, or nullptr.
  const SectorLabel* Find(std::string_view code) const;

  // The name of `code` in `language`, or "" when the code is not listed
  // (callers then show the code alone).
  std::string_view Label(std::string_view code, Language language) const;

  // Entries in file order.
  const std::vector<SectorLabel>& entries() const { return entries_; }

 private:
  std::vector<SectorLabel> entries_;
  std::map<std::string, size_t, std::less<>> index_;
};

// The text of models/classifications/a64_labels.csv, built into the engine at
// configure time, so a run finds the names wherever its model folder is.
std::string_view BuiltInA64LabelsCsv();

// The names of a run's sectors in one language, for the reports (a
// `sector_label` column beside every `sector` column).
struct SectorNames {
  std::vector<std::string> labels;  // one per sector, in the same order; "" when unnamed
  // Where the names come from, for run.json; "" when the sectors have none.
  std::string source;
};

// The names of `sectors` in `language` from the built-in A*64 table when it
// lists every code; otherwise every label is "" (a model in another
// classification: a code that happens to match an A*64 code is not named by
// mistake). Never throws for a model without names.
SectorNames NamesOfSectors(const std::vector<std::string>& sectors, Language language);

}  // namespace ripple
