// Large models: the OpenBLAS LU path (dense_lu.h) against Eigen's, accounting
// identities, and bit-for-bit determinism across threads and OpenBLAS thread counts.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <thread>

#include "ripple/model/dense_lu.h"
#include "ripple/model/leontief.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

constexpr int kSectors = 1000;  // kOpenBlasMinRows: the smallest model on the OpenBLAS path
constexpr uint64_t kSeed = 20261122;

double RelativeMax(const Matrix& value, const Matrix& reference) {
  return (value - reference).cwiseAbs().maxCoeff() / reference.cwiseAbs().maxCoeff();
}

}  // namespace

TEST_CASE("DenseLu picks Eigen below kOpenBlasMinRows and OpenBLAS from it, when built with it",
          "[leontief][large]") {
  static_assert(kSectors >= kOpenBlasMinRows);
  const Matrix small = SyntheticModel(64, kSeed).transactions;
  DenseLu lu;
  lu.Compute(Matrix::Identity(64, 64) - small / 2000);
  CHECK_FALSE(lu.uses_openblas());
  lu.Compute(Matrix::Identity(kOpenBlasMinRows - 1, kOpenBlasMinRows - 1));
  CHECK_FALSE(lu.uses_openblas());
  lu.Compute(Matrix::Identity(kOpenBlasMinRows, kOpenBlasMinRows));
  CHECK(lu.uses_openblas() == OpenBlasAvailable());
  if (!OpenBlasAvailable()) WARN("built without OpenBLAS: every size uses Eigen's LU");
}

TEST_CASE("large model: x = A x + f, the table reproduces itself, and agreement with Eigen's LU",
          "[leontief][large][identity]") {
  const Model table = SyntheticModel(kSectors, kSeed);
  const LeontiefModel model(table);
  CHECK(model.uses_openblas() == OpenBlasAvailable());
  const Matrix& a = model.technical_coefficients();
  const Eigen::Index n = a.rows();
  const Vector f = table.final_demand.rowwise().sum();
  const Vector x = model.SolveTypeI(f);
  CHECK(RelativeMax(x - a * x, f) < 1e-14);
  CHECK(RelativeMax(x, table.output) < 1e-13);

  // Eigen's LU of the same systems: Type I, several columns, Type II, transposed.
  const Matrix open = Matrix::Identity(n, n) - a;
  const Eigen::PartialPivLU<Matrix> eigen_open(open);
  Matrix three(n, 3);
  three << f, table.final_demand;
  CHECK(RelativeMax(model.SolveTypeI(three), eigen_open.solve(three)) < 1e-12);
  const Vector ones = Vector::Ones(n);
  const Vector column_sums = Eigen::PartialPivLU<Matrix>(open.transpose()).solve(ones);
  CHECK(RelativeMax(model.WeightedColumnSumsTypeI(ones), column_sums) < 1e-12);

  Matrix closed = Matrix::Identity(n + 1, n + 1);
  closed.topLeftCorner(n, n) -= a;
  closed.topRightCorner(n, 1) = -model.household_consumption_coefficients();
  closed.bottomLeftCorner(1, n) = -model.household_income_coefficients().transpose();
  const Eigen::PartialPivLU<Matrix> eigen_closed(closed);
  Matrix rhs = Matrix::Zero(n + 1, 3);
  rhs.topRows(n) = three;
  const Matrix reference = eigen_closed.solve(rhs);
  Matrix income;
  CHECK(RelativeMax(model.SolveTypeII(three, &income), reference.topRows(n)) < 1e-12);
  CHECK(RelativeMax(income, reference.bottomRows(1)) < 1e-12);
  Vector extended = Vector::Zero(n + 1);
  extended.head(n) = ones;
  const Vector closed_sums = Eigen::PartialPivLU<Matrix>(closed.transpose()).solve(extended);
  CHECK(RelativeMax(model.WeightedColumnSumsTypeII(ones), closed_sums.head(n)) < 1e-12);
  // Type II output multipliers exceed Type I ones (households are productive here).
  CHECK((model.WeightedColumnSumsTypeII(ones) - model.WeightedColumnSumsTypeI(ones)).minCoeff() >
        0);
}

TEST_CASE("large model: bit-identical results on the main thread and on 2 concurrent threads",
          "[leontief][large][determinism]") {
  const Model table = SyntheticModel(kSectors, kSeed);
  const std::string main_thread = LeontiefFingerprint(LeontiefModel(table), table);
  for (int round = 0; round < 3; ++round) {
    std::string fingerprints[2];
    std::thread first([&] { fingerprints[0] = LeontiefFingerprint(LeontiefModel(table), table); });
    std::thread second([&] { fingerprints[1] = LeontiefFingerprint(LeontiefModel(table), table); });
    first.join();
    second.join();
    INFO("round " << round);
    CHECK(fingerprints[0] == main_thread);
    CHECK(fingerprints[1] == main_thread);
  }
}

// OpenBLAS's dgetrf gives different bits for different thread counts; Ripple
// pins the count (kOpenBlasThreads), so OPENBLAS_NUM_THREADS must change nothing.
TEST_CASE("large model: the same bits in processes started with OPENBLAS_NUM_THREADS 1, 2 and 3",
          "[leontief][large][determinism]") {
  const Model table = SyntheticModel(kSectors, kSeed);
  const std::string expected = std::string(OpenBlasAvailable() ? "openblas " : "eigen ") +
                               LeontiefFingerprint(LeontiefModel(table), table) + "\n";
  const std::string dir = MakeTempDir("fingerprint");
  for (const char* threads : {"1", "2", "3"}) {
    const std::string out = dir + "/out" + threads + ".txt";
    const std::string command = std::string("OPENBLAS_NUM_THREADS=") + threads + " '" +
                                RIPPLE_FINGERPRINT_PATH + "' " + std::to_string(kSectors) + " " +
                                std::to_string(kSeed) + " >'" + out + "'";
    INFO("OPENBLAS_NUM_THREADS=" << threads);
    REQUIRE(std::system(command.c_str()) == 0);
    CHECK(ReadTextFile(out) == expected);
  }
}
