#include "ripple/scenario/prices.h"

#include <cmath>

#include "ripple/base/error.h"

namespace ripple {

PriceConverter::PriceConverter(const Appraisal& appraisal, int reference_year)
    : appraisal_(appraisal), reference_year_(reference_year) {}

double PriceConverter::Index(int year) const {
  if (appraisal_.price_index.empty()) {
    return std::pow(1.0 + appraisal_.inflation_rate, year - reference_year_);
  }
  for (const auto& entry : appraisal_.price_index) {
    if (entry.year == year) return entry.value;
  }
  throw Error(ErrorKind::kBadInput, "price_index: no index for year " + std::to_string(year) +
                                        " (needed to convert between price years; add it or "
                                        "remove price_index to use inflation_rate)");
}

double PriceConverter::Factor(int from, int to) const {
  if (from == to) return 1.0;
  return Index(to) / Index(from);
}

double PriceConverter::Discount(int year) const {
  return 1.0 / std::pow(1.0 + appraisal_.discount_rate, year - appraisal_.discount_base_year);
}

}  // namespace ripple
