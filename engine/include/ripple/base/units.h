// Units written in model and scenario files: an optional scale word followed by
// a base unit, e.g. "million EUR", "MEUR", "thousand persons", "EUR", "FTE".
//
// Scale words: "thousand" (also prefix "k"), "million" ("M", "m"), "billion"
// ("bn", "G"). Reports always use base units (EUR, persons, FTE), so every
// figure in a report is in the unit named in its `unit` column.
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
