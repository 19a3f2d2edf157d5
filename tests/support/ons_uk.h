// Reading the ONS UK Input-Output Analytical Tables 2010 (product by
// product, 127 products; ../shared/data/ons_uk_ioat_2010, see its SOURCE.md)
// into Ripple values, for tests/certified_ons_uk_2010_test.cc.
//
// Source: Office for National Statistics, UK Input-Output Analytical Tables
// 2010 (consistent with Blue Book 2013), Open Government Licence v3.0, as
// converted to CSV from rOpenGov/iotables @84e420fc. All tables are in
// £ million, basic prices, domestic use.
//
// Every reader throws Error(kBadInput) "file:line: field: message" when an
// expected row, column or number is missing, and Error(kIo) when a file cannot
// be read.
#pragma once

#include <string>
#include <vector>

#include "ripple/base/eigen.h"
#include "ripple/model/model.h"

namespace ripple::testing {

// Builds a Model from FOLDER/uk_2010_siot_domestic_basic_pxp.csv:
//   sectors      the 127 product codes (columns before "Total intermediate demand"),
//                sector_names their labels
//   transactions the 127 x 127 domestic block; output = row "Total output"
//   final_demand the columns between "Total intermediate demand" and "Total
//                demand" (households ... exports of services), names in lower_snake_case
//   satellites   compensation ("Compensation of employees"), gross_operating_surplus,
//                production_taxes ("Taxes less subsidies on production") and
//                gva = their sum (ONS: GVA at basic prices = CoE + GOS + taxes
//                less subsidies on production), all in million GBP
// No household closure (ONS publishes no Type II figures in this folder).
Model BuildOnsUk2010Model(const std::string& folder);

// Reads the square block of a published product-by-product matrix (columns
// uk_row, uk_row_label, then product codes): rows and columns in the order of
// `codes`; other rows and columns (e.g. "Total") are ignored.
Matrix ReadOnsProductMatrix(const std::string& path, const std::vector<std::string>& codes);

// Reads the row whose uk_row is `row` of such a file, in the order of `codes`.
Vector ReadOnsRow(const std::string& path, const std::string& row,
                  const std::vector<std::string>& codes);

// ONS "Multipliers and effects (product)" (file
// uk_2010_published_multipliers_and_effects_product.csv, keyed by product
// label), in the order of `labels`.
struct OnsPublishedMultipliers {
  Vector output_type1;                // Type I output multiplier
  Vector employment_cost_multiplier;  // Type I compensation multiplier
  Vector employment_cost_effect;      // compensation per £ of final demand
  Vector gva_multiplier;              // Type I GVA multiplier
  Vector gva_effect;                  // GVA per £ of final demand
};
OnsPublishedMultipliers ReadOnsPublishedMultipliers(const std::string& path,
                                                    const std::vector<std::string>& labels);

}  // namespace ripple::testing
