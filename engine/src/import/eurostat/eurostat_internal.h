// Private helpers shared by the import_eurostat_*.cc files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ripple/base/eigen.h"
#include "ripple/import/import_eurostat.h"

namespace ripple::eurostat {

// "a, b, c" of at most `max` codes, then ", ... (N in all)".
std::string ListCodes(const std::vector<std::string>& codes, size_t max = 12);

// Message for a filter code absent from a dimension:
// "'XX' not in the file (available: FR, DE) (did you mean 'FR'?)".
std::string NotInFile(const std::string& code, const std::vector<std::string>& available);

// True when the first character after blanks and a UTF-8 byte order mark is '{'.
bool LooksLikeJson(std::string_view text);

// Reads any of the three layouts, told apart by content: '{' starts JSON-stat,
// a first line with a tab and a '\' (or '/') in its first cell is TSV, anything
// else is the wide NACE CSV (then `filters` do not apply: the file is one
// country and year by construction).
StatCube ParseStatText(std::string_view text, const std::string& source,
                       const std::vector<StatFilter>& filters,
                       const std::string& indicator_dimension,
                       const std::vector<std::string>& indicators);

// Smallest rounding unit of published figures: 10^-d for the largest number
// of decimals d (at most 6) among `values` written in shortest form.
double RoundingUnit(const std::vector<double>& values);

// The NACE code list of nama_10_a64_e (A*64 divisions, groupings, sections and
// TOTAL); `leaf_sector` is the A*64 product a division maps to ("" for a
// grouping or section).
struct NaceEmploymentCode {
  const char* nace;
  const char* leaf_sector;
};
const std::vector<NaceEmploymentCode>& NamaA64Codes();

// One SBS group: products sharing a section-level code. `divisions[k]` lists
// the SBS codes summed into products[k]; `section` ("" = none) is the code
// used for products whose divisions are not all in the file.
struct SbsGroup {
  std::vector<std::string> products;
  std::vector<std::vector<std::string>> divisions;
  std::string section;
};
const std::vector<SbsGroup>& SbsGroups();
// A*64 products outside the SBS scope (agriculture, imputed rents, public
// administration, membership organisations, households, extraterritorial).
const std::vector<std::string>& SbsUncovered();

// The A*64 block of one stk_flow of naio_10_cp1700, in A64Products() order.
struct IoTable {
  Matrix transactions;  // products x products, million currency units
  Vector output;        // P1
  std::vector<std::string> final_demand_columns;
  Matrix final_demand;                    // products x final-use components
  std::vector<Satellite> primary_inputs;  // D1, B1G, D21X31, ... as levels
  std::string region;                     // label of the geo code when the file has one
};

// Reads the table and checks its balances. `cube` is filtered to one geo,
// year and unit. Missing cells and imbalances beyond 1% throw Error(kBadInput);
// imbalances beyond the rounding bound are warnings.
IoTable ExtractIoTable(const StatCube& cube, EurostatFlow flow, const std::string& monetary_unit,
                       std::vector<std::string>& warnings);

// Fills model.info: title, region, citation, licence, notes (with the
// warnings) and [provenance]. Expects currency and monetary_unit already set.
void DescribeModel(Model& model, const EurostatSources& sources,
                   const EurostatImportOptions& options, const StatCube& table,
                   const std::string& region, const std::vector<std::string>& warnings);

}  // namespace ripple::eurostat
