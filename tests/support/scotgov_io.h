// Reading the Scottish Government industry-by-industry input-output table
// (../shared/data/scotgov_io_2018_2019, see its SOURCE.md) into a Model, for
// tests/certified_scotgov_2019_test.cc.
//
// Source: Scottish Government, Supply, Use and Input-Output Tables 1998-2019
// (published October 2022), IxI domestic use at basic prices, £ million,
// current prices; Open Government Licence v3.0.
#pragma once

#include <string>

#include "ripple/model/model.h"

namespace ripple::testing {

// Builds a Model from FOLDER/scot_ixi_domestic_basic_<year>.csv:
//   sectors      IOC098_001 .. IOC098_098 (the 98 industry rows come first, in
//                the order of the columns), sector_names their short descriptions
//   transactions the 98 x 98 domestic block; output = row "TOut"
//   final_demand HOUSEHOLD, NPISH, FD_CENGOV, FD_LOCGOV, GFCF, VALUABLES,
//                INVENTORIES, EXPORTS_NONRES, EXPORTS_RUK, EXPORTS_ROW (lower case)
//   satellites   compensation ("CoE"), gross_operating_surplus ("GOS"),
//                production_taxes ("TlSPrdn"), gva ("GVA"), million GBP
//   household    Type II closure: consumption = household, income = compensation
//                (denominator: total compensation), shares 1
// Throws Error(kBadInput) naming file and line when a row, column or number is
// missing, Error(kIo) when the file cannot be read.
Model BuildScotlandIxiModel(const std::string& folder, int year);

}  // namespace ripple::testing
