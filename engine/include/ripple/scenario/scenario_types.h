// Small value types shared by scenario specifications.
#pragma once

#include <string>

namespace ripple {

// Where a value was written, for messages after parsing.
struct SourcePosition {
  std::string file;
  int line = 0, column = 0;
  // "file:line:column", as in error messages.
  std::string Text() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
};

// A value for one year (money in base currency units of the scenario's
// `amounts_price_year` prices, or jobs, shares, m² as the field says).
struct YearValue {
  int year = 0;
  double value = 0;
};

// A sector code with a number attached (a share of spending, an amount).
struct SectorValue {
  std::string sector;
  double value = 0;
  SourcePosition position;
  std::string field;  // e.g. "interventions[2].purchases.J62_J63", for messages
};

}  // namespace ripple
