#include "ripple/run/multiplier_rows.h"

#include "ripple/base/error.h"

namespace ripple {
namespace {

IndicatorRows RowsOf(const LeontiefModel& leontief, const Vector& c, const Vector* income_column) {
  IndicatorRows rows;
  rows.coefficients = c;
  rows.open = leontief.WeightedColumnSumsTypeI(c);
  if (income_column != nullptr) {
    rows.induced = leontief.WeightedColumnSumsTypeII(c) - rows.open;
    rows.induced_income = c.dot(*income_column);
  }
  return rows;
}

}  // namespace

MultiplierRows ComputeMultiplierRows(const LeontiefModel& leontief, bool type2) {
  if (type2 && !leontief.has_type2())
    throw Error(ErrorKind::kInternal, "Type II rows asked of a model without household closure");
  const Eigen::Index n = static_cast<Eigen::Index>(leontief.size());
  // L*_n,n+1: sector outputs for one unit of household income injected.
  const Vector income_column =
      type2 ? Vector(leontief.SolveTypeII(Matrix::Zero(n, 1), Matrix::Ones(1, 1), nullptr).col(0))
            : Vector();
  const Vector* income = type2 ? &income_column : nullptr;
  MultiplierRows rows;
  rows.type2 = type2;
  rows.indicators.push_back(RowsOf(leontief, Vector::Ones(n), income));
  for (size_t s = 0; s < leontief.satellite_count(); ++s)
    rows.indicators.push_back(RowsOf(leontief, leontief.satellite_coefficients(s), income));
  return rows;
}

void YearTotalsFromRows(const MultiplierRows& rows, const YearDemand& demand,
                        const std::vector<double>& scales, const std::vector<double>& direct_sums,
                        std::vector<std::vector<double>>& totals) {
  if (demand.type2 && !rows.type2)
    throw Error(ErrorKind::kInternal, "induced totals asked of Type I multiplier rows");
  totals.resize(rows.indicators.size());
  for (size_t k = 0; k < rows.indicators.size(); ++k) {
    const IndicatorRows& r = rows.indicators[k];
    const double s = scales[k];
    const double own = r.coefficients.dot(demand.final_demand);
    const double direct = s * (own + direct_sums[k]);
    const double indirect = s * (r.open.dot(demand.injected) - own);
    std::vector<double>& out = totals[k];
    out.clear();
    out.push_back(direct);
    out.push_back(indirect);
    if (demand.type2) {
      const double induced =
          s * (r.induced.dot(demand.injected) + r.induced_income * demand.income);
      out.push_back(induced);
      out.push_back(direct + indirect + induced);
    } else {
      out.push_back(direct + indirect);
    }
  }
}

}  // namespace ripple
