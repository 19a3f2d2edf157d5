// Per-sector effects of one unit of final demand, and ratio multipliers.
//
// For sector j and a satellite with coefficients c (unit per monetary unit):
//   direct_j            = c_j
//   effect_type1_j      = sum_i c_i L_ij        (direct + indirect)
//   effect_type2_j      = sum_i c_i L*_ij       (direct + indirect + induced)
//   multiplier_typeK_j  = effect_typeK_j / c_j  (0 when c_j == 0, as published tables do)
// Output: output_type1_j = sum_i L_ij, output_type2_j = sum_i L*_ij (i over sectors).
// Effects are in the satellite's unit per one model monetary unit (e.g.
// thousand persons per million EUR).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/eigen.h"
#include "ripple/model/leontief.h"

namespace ripple {

struct SatelliteMultipliers {
  std::string name, unit;
  Vector direct, effect_type1, effect_type2, multiplier_type1, multiplier_type2;
};

struct MultiplierTable {
  std::vector<std::string> sectors;
  std::string monetary_unit;  // unit of one unit of final demand
  bool has_type2 = false;     // false: Type II columns are written empty
  Vector output_type1, output_type2;
  std::vector<SatelliteMultipliers> satellites;
};

MultiplierTable ComputeMultipliers(const LeontiefModel& model, const std::string& monetary_unit);

// Writes multipliers.csv: sector,output_type1,output_type2, then per satellite
// <s>_direct,<s>_effect_type1,<s>_effect_type2,<s>_multiplier_type1,<s>_multiplier_type2.
// Numbers have 12 significant digits. With `labels` (one per sector), a
// `sector_label` column follows `sector`.
void WriteMultipliersCsv(const MultiplierTable& table, std::ostream& out,
                         CsvDialect dialect = CsvDialect::kStandard,
                         const std::vector<std::string>* labels = nullptr);

// Writes multipliers_units.csv: column,unit,meaning for every column above.
void WriteMultiplierUnitsCsv(const MultiplierTable& table, std::ostream& out,
                             CsvDialect dialect = CsvDialect::kStandard);

// Writes multipliers.csv and multipliers_units.csv to `directory`
// all-or-nothing, with the output-folder rules of ripple/base/output_folder.h
// (kind "multipliers"). Throws Error(kBadInput) when `directory` may not be
// replaced, Error(kIo).
void WriteMultiplierReports(const MultiplierTable& table, const std::string& directory,
                            CsvDialect dialect = CsvDialect::kStandard);

}  // namespace ripple
