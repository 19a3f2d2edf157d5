#include "ripple/model/leontief.h"

#include <cmath>
#include <utility>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/huge_pages.h"
#include "ripple/model/iterative_solve.h"

namespace ripple {
namespace {

// Divides each entry by x_j, leaving 0 where x_j == 0 (a zero-output sector).
Vector PerUnitOfOutput(const Vector& values, const Vector& output) {
  Vector coefficients = Vector::Zero(values.size());
  for (Eigen::Index j = 0; j < values.size(); ++j) {
    if (output(j) != 0) coefficients(j) = values(j) / output(j);
  }
  return coefficients;
}

// Rejects a factorisation whose pivots show a singular matrix.
void RequireNonSingular(const DenseLu& lu, const std::string& what) {
  const Matrix& u = lu.packed();
  for (Eigen::Index i = 0; i < u.rows(); ++i) {
    if (!(std::abs(u(i, i)) > 1e-12)) {
      throw Error(ErrorKind::kNumerical, what + " is singular (pivot " + std::to_string(i + 1) +
                                             " is " + FormatNumber(u(i, i)) + ")");
    }
  }
}

// Writes I - A into the top-left n x n of `into`, A = Z x^-1 with a zero column where x_j = 0,
// with the arithmetic of Identity - A: 0 - z/x off the diagonal, then + 1 on it
// (the same bits). `into` may be `z` itself (in place).
void WriteIMinusA(const Matrix& z, const Vector& output, Matrix& into) {
  const Eigen::Index n = z.rows();
  for (Eigen::Index j = 0; j < n; ++j) {
    const double x = output(j);
    const double* from = z.col(j).data();
    double* to = into.col(j).data();
    for (Eigen::Index i = 0; i < n; ++i) to[i] = 0.0 - (x != 0 ? from[i] / x : 0.0);
    to[j] += 1.0;
  }
}

// [I - A, 0; 0, I] of `size` >= n rows (WriteIMinusA, the same bits), in fresh
// memory advised for 2 MiB pages (huge_pages.h).
Matrix IMinusA(const Model& model, Eigen::Index size) {
  const Eigen::Index n = model.transactions.rows();
  Matrix m;
  ResizeForLargeWrite(m, size, size);
  WriteIMinusA(model.transactions, model.output, m);
  m.bottomRows(size - n).setZero();
  m.rightCols(size - n).setZero();
  m.bottomRightCorner(size - n, size - n).setIdentity();
  return m;
}

const Model& Required(const std::shared_ptr<const Model>& model) {
  if (model == nullptr) throw Error(ErrorKind::kInternal, "LeontiefModel of a null model");
  return *model;
}

}  // namespace

LeontiefModel::LeontiefModel(const Model& model) : sectors_(model.sectors) {
  BuildOpen(model);
  BuildSatellites(model);
  if (!BuildHousehold(model)) return;
  const Eigen::Index n = static_cast<Eigen::Index>(sectors_.size());
  Matrix closed = IMinusA(model, n + 1);
  closed.topRightCorner(n, 1) = -consumption_;
  closed.bottomLeftCorner(1, n) = -income_.transpose();
  closed_.Compute(std::move(closed));
  RequireNonSingular(closed_, "the Type II system (I - A*)");
  has_type2_ = true;
  CheckProductiveClosure(model);
}

LeontiefModel::LeontiefModel(Model& model, Storage /*storage*/) : sectors_(model.sectors) {
  const Eigen::Index n = static_cast<Eigen::Index>(sectors_.size());
  if (n < kOpenBlasMinRows || !OpenBlasAvailable()) {
    *this = LeontiefModel(static_cast<const Model&>(model));
    return;
  }
  // I - A in Z's memory: the same arithmetic as Identity - a_ in BuildOpen.
  Matrix m = std::move(model.transactions);
  model.transactions = Matrix();
  WriteIMinusA(m, model.output, m);
  open_.Compute(std::move(m));
  RequireNonSingular(open_, "I - A");
  BuildSatellites(model);
  if (!BuildHousehold(model)) return;
  Border();
  has_type2_ = true;
  CheckProductiveClosure(model);
}

LeontiefModel::LeontiefModel(std::shared_ptr<const Model> model, size_t right_hand_sides)
    : sectors_(Required(model).sectors) {
  const auto n = static_cast<Eigen::Index>(sectors_.size());
  if (n < kIterativeMinRows || right_hand_sides > IterativeBudget(n)) {
    *this = LeontiefModel(*model);
    return;
  }
  iterative_ = true;
  fallback_ = std::make_shared<Fallback>();
  model_ = std::move(model);
  inverse_output_ = Vector::Zero(n);
  for (Eigen::Index j = 0; j < n; ++j) {
    if (model_->output(j) != 0) inverse_output_(j) = 1.0 / model_->output(j);
  }
  BuildSatellites(*model_);
  if (!BuildHousehold(*model_)) return;
  Border();
  has_type2_ = true;
  CheckProductiveClosure(*model_);
}

size_t LeontiefModel::IterativeBudget(Eigen::Index n) { return static_cast<size_t>(n / 250); }

bool LeontiefModel::factored() const { return !iterative_ || fallback_->done.load(); }

const DenseLu& LeontiefModel::FactoredOpen() const {
  if (!iterative_) return open_;
  std::call_once(fallback_->once, [this] {
    // The rare path: one n x n matrix, then its LU in place.
    fallback_->lu.Compute(IMinusA(*model_, model_->transactions.rows()));
    RequireNonSingular(fallback_->lu, "I - A");
    fallback_->done = true;
  });
  return fallback_->lu;
}

Matrix LeontiefModel::SolveOpen(const Matrix& rhs) const {
  if (!iterative_) return open_.Solve(rhs);
  Matrix x;
  if (SolveLeontiefIteratively(model_->transactions, inverse_output_, rhs, Side::kColumns, x))
    return x;
  return FactoredOpen().Solve(rhs);
}

Vector LeontiefModel::SolveOpenTransposed(const Vector& w) const {
  if (!iterative_) return open_.SolveTransposed(w);
  Matrix x;
  if (SolveLeontiefIteratively(model_->transactions, inverse_output_, w, Side::kTransposed, x))
    return x.col(0);
  return FactoredOpen().SolveTransposed(w);
}

void LeontiefModel::BuildOpen(const Model& model) {
  const Eigen::Index n = static_cast<Eigen::Index>(sectors_.size());
  ResizeForLargeWrite(a_, n, n);  // every column written once: not zeroed first
  for (Eigen::Index j = 0; j < n; ++j) {
    if (model.output(j) != 0) {
      a_.col(j) = model.transactions.col(j) / model.output(j);
    } else {
      a_.col(j).setZero();
    }
  }
  open_.Compute(IMinusA(model, n));
  RequireNonSingular(open_, "I - A");
}

void LeontiefModel::BuildSatellites(const Model& model) {
  for (const auto& satellite : model.satellites) {
    satellite_names_.push_back(satellite.name);
    satellite_units_.push_back(satellite.unit);
    satellite_coefficients_.push_back(PerUnitOfOutput(satellite.values, model.output));
  }
}

bool LeontiefModel::BuildHousehold(const Model& model) {
  const HouseholdClosure& h = model.household;
  if (!h.enabled()) return false;
  const Satellite* income = model.FindSatellite(h.income_satellite);
  const int column = model.FinalDemandColumn(h.consumption_column);
  if (income == nullptr || column < 0) {
    throw Error(ErrorKind::kInternal, "household closure was not validated");
  }
  const double denominator = h.income_total ? *h.income_total : income->values.sum();
  if (!(denominator > 0)) {
    throw Error(
        ErrorKind::kBadInput,
        model.lines.TomlLocated(h.income_total ? "household.income_total" : "household.income",
                                "household income total is " + FormatNumber(denominator) +
                                    ": Type II needs a positive denominator"));
  }
  income_ = h.resident_income_share * PerUnitOfOutput(income->values, model.output);
  consumption_ = h.local_consumption_share * model.final_demand.col(column) / denominator;
  for (const int sector : model.ImputedRentSectors()) consumption_(sector) = 0;
  return true;
}

// The closed matrix [I - A, -c; -h', 1] is singular exactly when its last
// pivot after eliminating I - A, the Schur complement s, is 0.
void LeontiefModel::Border() {
  border_q_ = SolveOpen(consumption_);
  border_v_ = SolveOpenTransposed(income_);
  border_s_ = 1.0 - income_.dot(border_q_);
  if (!(std::abs(border_s_) > 1e-12)) {
    throw Error(ErrorKind::kNumerical, "the Type II system (I - A*) is singular (pivot " +
                                           std::to_string(sectors_.size() + 1) + " is " +
                                           FormatNumber(border_s_) + ")");
  }
  bordered_ = true;
}

void LeontiefModel::CheckProductiveClosure(const Model& model) const {
  const HouseholdClosure& h = model.household;
  const Eigen::Index n = static_cast<Eigen::Index>(sectors_.size());
  const Vector ones = Vector::Ones(n);
  const Vector type1 = WeightedColumnSumsTypeI(ones);
  // Bordered: WeightedColumnSumsTypeII(ones) without solving for type1 again (same bits).
  const Vector type2 = bordered_ ? Vector(type1 + border_v_ * (consumption_.dot(type1) / border_s_))
                                 : WeightedColumnSumsTypeII(ones);
  for (Eigen::Index j = 0; j < n; ++j) {
    if (!(type2(j) >= type1(j) - 1e-9) || !std::isfinite(type2(j))) {
      const char* field = h.income_total ? "household.income_total" : "household.consumption";
      throw Error(ErrorKind::kBadInput,
                  model.lines.TomlLocated(
                      field,
                      "the household closure is not productive: Type II output multiplier "
                      "of '" +
                          sectors_[j] + "' is " + FormatNumber(type2(j)) + ", below Type I " +
                          FormatNumber(type1(j)) +
                          " (households would spend more than the income they earn: check "
                          "household.consumption and household.income_total)"));
    }
  }
}

Matrix LeontiefModel::SolveTypeI(const Matrix& final_demand) const {
  return SolveOpen(final_demand);
}

Matrix LeontiefModel::SolveTypeII(const Matrix& final_demand, Matrix* household_income) const {
  return SolveTypeII(final_demand, Matrix::Zero(1, final_demand.cols()), household_income);
}

Matrix LeontiefModel::SolveTypeII(const Matrix& final_demand, const Matrix& household_injection,
                                  Matrix* household_income) const {
  if (!has_type2_) throw Error(ErrorKind::kInternal, "model has no Type II closure");
  const Eigen::Index n = static_cast<Eigen::Index>(size());
  if (bordered_) {  // x = P + q y, y = (w + h'P) / s with P = (I - A)^-1 f
    const Matrix open = SolveOpen(final_demand);
    const Matrix income = (household_injection + income_.transpose() * open) / border_s_;  // 1 x k
    if (household_income != nullptr) *household_income = income;
    return open + border_q_ * income;
  }
  Matrix rhs = Matrix::Zero(n + 1, final_demand.cols());
  rhs.topRows(n) = final_demand;
  rhs.bottomRows(1) = household_injection;
  const Matrix solution = closed_.Solve(rhs);
  if (household_income != nullptr) *household_income = solution.bottomRows(1);
  return solution.topRows(n);
}

Vector LeontiefModel::WeightedColumnSumsTypeI(const Vector& weights) const {
  return SolveOpenTransposed(weights);
}

Vector LeontiefModel::WeightedColumnSumsTypeII(const Vector& weights) const {
  if (!has_type2_) throw Error(ErrorKind::kInternal, "model has no Type II closure");
  if (bordered_) {  // y = u + v t, t = c'u / s with u = (I - A)'^-1 w
    const Vector u = SolveOpenTransposed(weights);
    return u + border_v_ * (consumption_.dot(u) / border_s_);
  }
  const Eigen::Index n = static_cast<Eigen::Index>(size());
  Vector extended = Vector::Zero(n + 1);
  extended.head(n) = weights;
  return closed_.SolveTransposed(extended).head(n);
}

}  // namespace ripple
