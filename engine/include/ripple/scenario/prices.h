// Moving money between price years, and discounting.
//
// P(year) is the scenario's price_index when given (it must cover every year
// asked for), else (1 + inflation_rate)^(year - reference_year). Money in
// prices of year a is worth value * P(b) / P(a) in prices of year b.
// Discounting: a flow in year t is worth value / (1 + r)^(t - base_year) at
// base_year, with r the real discount rate and flows in constant prices.
#pragma once

#include "ripple/scenario/scenario.h"

namespace ripple {

class PriceConverter {
 public:
  // `reference_year` only anchors the constant-rate index (any year works).
  PriceConverter(const Appraisal& appraisal, int reference_year);

  // Factor turning money in prices of `from` into prices of `to`. Throws
  // Error(kBadInput) naming the year when price_index does not cover it.
  double Factor(int from, int to) const;
  // Discount factor 1 / (1 + r)^(year - base_year).
  double Discount(int year) const;

 private:
  double Index(int year) const;
  const Appraisal& appraisal_;
  int reference_year_;
};

}  // namespace ripple
