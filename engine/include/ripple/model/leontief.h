// The Leontief quantity model of a package, factored once.
//
//   A  = Z x^-1                      technical coefficients (column j: inputs per unit of output j)
//   x  = (I - A)^-1 f = L f          Type I (open) output for final demand f
//   A* = [ A  c ]                    Type II: households closed into the model, with
//        [ h  0 ]                    c = household consumption coefficients and h = income
//                                    coefficients (see HouseholdClosure in model.h)
//   [x; y] = (I - A*)^-1 [f; 0]     Type II output x and household income y
//
// Both systems are factored once with partial-pivoting LU; impacts are solves,
// never explicit inverses. All vectors are in the model's monetary unit;
// satellite coefficients are in the satellite's unit per monetary unit.
//
// Which LU (DenseLu, dense_lu.h): a system of n rows (n sectors for Type I,
// n + 1 for Type II) is factored by Eigen's PartialPivLU when n < kOpenBlasMinRows
// (1,000) or when Ripple is built without OpenBLAS (-DRIPPLE_WITH_OPENBLAS=OFF, or
// libopenblas-dev / liblapacke-dev missing); from 1,000 rows on, by LAPACKE dgetrf
// and solved by dgetrs on OpenBLAS, on exactly kOpenBlasThreads (2) threads. So
// the shipped 64-sector models give the same bits in every build, and a large
// model the same bits whatever the thread count (Ripple's --threads, the
// machine's cores, OPENBLAS_NUM_THREADS) and whichever thread builds it. The
// two back-ends agree to about 1e-15, relative; above the threshold a build with
// and one without OpenBLAS may differ in the last bits.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ripple/base/eigen.h"
#include "ripple/model/dense_lu.h"
#include "ripple/model/model.h"

namespace ripple {

class LeontiefModel {
 public:
  // Builds A, satellite coefficients and the factorisations. Throws
  // Error(kNumerical) when I - A (or the closed system) is singular or the
  // closure is not productive (a Type II output multiplier below Type I).
  explicit LeontiefModel(const Model& model);

  // The same for a caller done with model.transactions, built in one n x n
  // matrix for a large model (n >= kOpenBlasMinRows with OpenBLAS): Z is taken
  // (model.transactions is left empty) and turned into I - A, then into its LU
  // factors, in place; technical_coefficients() is then empty, and the Type II
  // system is solved by bordering the Type I factors with the household row
  // and column (Schur complement s = 1 - h' (I - A)^-1 c), agreeing with the
  // closed system's own LU to about 1e-14, relative. Type I results are the
  // same bits as LeontiefModel(model). Smaller models are built exactly as by
  // LeontiefModel(model), and model.transactions is then left as it was.
  enum class Storage { kTakeTransactions };
  LeontiefModel(Model& model, Storage storage);

  // The same for a caller that will solve at most `right_hand_sides` demand
  // vectors in all (`ripple run`: interventions x years, twice for Type II). On a
  // large model (n >= kIterativeMinRows) with few of them (at most
  // IterativeBudget(n)), nothing is factored and A is not formed: every solve,
  // transposed solves and Type II (bordered, as above) included, is iterative
  // (iterative_solve.h: GMRES to a relative residual of 1e-14, agreeing with the
  // LU result to about 1e-13) with products A v = Z (v .* s) and A' w = (Z' w) .* s,
  // s_j = 1 / x_j (0 for a zero-output sector); a solve that does not converge
  // forms I - A and factors it once (thread-safe) and uses the LU from then on
  // for that call. Otherwise exactly LeontiefModel(*model), which keeps nothing
  // of `model`.
  //
  // Ownership (iterative mode): this object shares `model` and reads its
  // transactions Z and output x in place at every solve, without copying them;
  // the shared pointer keeps them alive as long as this object (and its copies)
  // live, so no reference into them can dangle. Whoever shares the model (the
  // run reads the same Z when it compiles the scenario, run/pipeline.h) must not
  // modify it through another handle while this object lives: it is shared as
  // const for that reason. Throws Error(kInternal) when `model` is null.
  LeontiefModel(std::shared_ptr<const Model> model, size_t right_hand_sides);
  static constexpr Eigen::Index kIterativeMinRows = 2000;
  // Most right-hand sides solved iteratively on a model of n sectors: a solve
  // costs 10-30 products with A (2n^2 flops each, memory-bound), a factorisation
  // 2n^3/3 flops at full speed (bench/README.md, "Iterative solves").
  static size_t IterativeBudget(Eigen::Index n);
  // True when solves are iterative (the constructor above chose it).
  bool iterative() const { return iterative_; }
  // The model shared in iterative mode (null otherwise).
  const std::shared_ptr<const Model>& shared_model() const { return model_; }
  // True when I - A has been factored (always, except in iterative mode until a
  // solve fails to converge).
  bool factored() const;

  size_t size() const { return sectors_.size(); }
  const std::vector<std::string>& sectors() const { return sectors_; }
  // A (n x n); empty when iterative() or built with Storage::kTakeTransactions.
  const Matrix& technical_coefficients() const { return a_; }
  bool has_type2() const { return has_type2_; }
  // True when I - A was factored by OpenBLAS (n >= kOpenBlasMinRows in a build
  // with it); the Type II system (n + 1 rows) follows the same rule.
  bool uses_openblas() const { return open_.uses_openblas(); }

  // Satellite coefficients: value_j / x_j (0 for a zero-output sector).
  size_t satellite_count() const { return satellite_names_.size(); }
  const std::string& satellite_name(size_t s) const { return satellite_names_[s]; }
  const std::string& satellite_unit(size_t s) const { return satellite_units_[s]; }
  const Vector& satellite_coefficients(size_t s) const { return satellite_coefficients_[s]; }

  // Household closure coefficients (empty vectors without Type II).
  const Vector& household_consumption_coefficients() const { return consumption_; }
  const Vector& household_income_coefficients() const { return income_; }

  // x = L f for each column of `final_demand` (n x k).
  Matrix SolveTypeI(const Matrix& final_demand) const;
  // First n rows of (I - A*)^-1 [f; 0] per column; `household_income`, when
  // given, receives the household row (1 x k). Throws Error(kInternal) when
  // the model has no Type II closure.
  Matrix SolveTypeII(const Matrix& final_demand, Matrix* household_income = nullptr) const;
  // Same, with exogenous household income injected in the household row
  // (1 x k, model monetary unit): [x; y] = (I - A*)^-1 [f; w].
  Matrix SolveTypeII(const Matrix& final_demand, const Matrix& household_injection,
                     Matrix* household_income) const;

  // Column sums weighted by `weights`: w' L (Type I) and w' L* restricted to
  // the n sectors (Type II), computed with one transposed solve each.
  Vector WeightedColumnSumsTypeI(const Vector& weights) const;
  Vector WeightedColumnSumsTypeII(const Vector& weights) const;

 private:
  std::vector<std::string> sectors_;
  Matrix a_;
  DenseLu open_;
  DenseLu closed_;
  bool has_type2_ = false;
  Vector consumption_, income_;
  // Bordered Type II (Storage::kTakeTransactions, large models): q = (I - A)^-1 c,
  // v = (I - A)'^-1 h and s = 1 - h'q.
  bool bordered_ = false;
  Vector border_q_, border_v_;
  double border_s_ = 1;

  // Iterative mode: Z and x read in the shared model, s = 1 / x (0 where x = 0);
  // I - A formed and factored only when a solve does not converge.
  bool iterative_ = false;
  std::shared_ptr<const Model> model_;
  Vector inverse_output_;
  struct Fallback {
    std::once_flag once;
    DenseLu lu;
    std::atomic<bool> done{false};
  };
  std::shared_ptr<Fallback> fallback_;
  const DenseLu& FactoredOpen() const;
  Matrix SolveOpen(const Matrix& rhs) const;
  Vector SolveOpenTransposed(const Vector& w) const;

  void BuildOpen(const Model& model);
  void BuildSatellites(const Model& model);
  // Household coefficients; false without a Type II closure.
  bool BuildHousehold(const Model& model);
  void Border();
  void CheckProductiveClosure(const Model& model) const;
  std::vector<std::string> satellite_names_, satellite_units_;
  std::vector<Vector> satellite_coefficients_;
};

}  // namespace ripple
