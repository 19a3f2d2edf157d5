// Units written in model and scenario files: a base unit with an optional
// scale word before or after it, e.g. "million EUR", "EUR million", "MEUR",
// "thousand persons", "EUR", "FTE", and the currency symbols € (EUR), £ (GBP)
// and $ (USD) with or without a scale: "€ million", "M€", "k€", "£m", "Md€".
//
// Scale words (any case): thousand, thousands, ths, k, mille, milliers (10^3);
// million, millions, mio, m, mn (10^6); billion, billions, bn, g, md, mds,
// milliard, milliards (10^9); a three-letter code may carry the prefix k, M
// or G ("kEUR"). "euro", "euros" and "d'euros" are EUR. Reports always use base units
// (EUR, persons, FTE), so every figure in a report is in the unit named in
// its `unit` column.
#pragma once

#include <string>

namespace ripple {

struct Unit {
  double scale = 1.0;  // multiply a value in this unit by `scale` to get base units
  std::string base;    // e.g. "EUR", "persons", "FTE", "enterprises"
};

// Parses a unit string. Throws Error(kBadInput) with `context` prefixed when
// it is empty. Unknown base units are accepted as written (with scale 1 unless
// a scale word precedes them).
Unit ParseUnit(const std::string& text, const std::string& context);

// True for base units that count people in work (persons, jobs, FTE): these
// indicators are reported as job-years and average annual jobs.
bool IsEmploymentUnit(const Unit& unit);

}  // namespace ripple
