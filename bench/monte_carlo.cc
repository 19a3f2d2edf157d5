#include "monte_carlo.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

#include "lognormal.h"
#include "ripple/base/error.h"
#include "small_lu.h"

namespace ripple::bench {
namespace {

Vector JobsCoefficients(const Model& model) {
  Vector e = Vector::Zero(model.output.size());
  const Satellite* s = model.FindSatellite("employment");
  if (s == nullptr) return e;
  for (Eigen::Index j = 0; j < e.size(); ++j) {
    if (model.output(j) > 0) e(j) = s->values(j) / model.output(j);
  }
  return e;
}

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Adds per-thread phase times into the result under a lock.
void AddPhases(McResult& result, std::mutex& mutex, double noise, double solve) {
  std::lock_guard<std::mutex> lock(mutex);
  result.noise_thread_seconds += noise;
  result.solve_thread_seconds += solve;
}

// Runs body(first, last) for contiguous blocks of [0, draws) on `threads` threads.
template <typename Body>
void ParallelDraws(int draws, int threads, Body body) {
  threads = std::max(1, std::min(threads, draws));
  std::vector<std::thread> pool;
  std::exception_ptr failure;
  std::mutex failure_mutex;
  for (int t = 0; t < threads; ++t) {
    const int first = static_cast<int>(int64_t{draws} * t / threads);
    const int last = static_cast<int>(int64_t{draws} * (t + 1) / threads);
    pool.emplace_back([&, first, last] {
      try {
        body(first, last);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    });
  }
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

// Parallel over draws: Eigen's own threads (OpenMP builds) would oversubscribe
// the cores, so they are switched off while `threads` > 1 draw threads run.
class SingleThreadedEigen {
 public:
  explicit SingleThreadedEigen(int threads) : saved_(Eigen::nbThreads()) {
    if (threads > 1) Eigen::setNbThreads(1);
  }
  ~SingleThreadedEigen() { Eigen::setNbThreads(saved_); }
  SingleThreadedEigen(const SingleThreadedEigen&) = delete;
  SingleThreadedEigen& operator=(const SingleThreadedEigen&) = delete;

 private:
  int saved_;
};

McSummary Summarise(const McResult& r) {
  McSummary s;
  const double k = static_cast<double>(r.total_output.size());
  for (double v : r.total_output) s.total_output_mean += v / k;
  for (double v : r.jobs) s.jobs_mean += v / k;
  s.total_output_p05 = Quantile(r.total_output, 0.05);
  s.total_output_p95 = Quantile(r.total_output, 0.95);
  s.jobs_p05 = Quantile(r.jobs, 0.05);
  s.jobs_p95 = Quantile(r.jobs, 0.95);
  return s;
}

// Largest n for small_lu.h: its elimination sweeps the whole trailing matrix
// once per 4 columns, so it loses to Eigen's blocked LU once m outgrows the
// caches (measured here, one thread, x86-64 baseline: 2.2x faster than Eigen
// at n = 500, even at n = 1,000, 1.3x slower at n = 2,000).
constexpr int kSmallLuMaxSize = 512;

// x = m^-1 f: for n <= kSmallLuMaxSize and m strictly column diagonally
// dominant, elimination without row exchanges (in `work`; small_lu.h: the
// pivots partial pivoting would choose); Eigen's partial-pivoting LU otherwise
// (counted in `pivoted` for small n). False when a pivot is below 1e-12 in
// magnitude.
bool SolveDraw(const Matrix& m, const Vector& f, Matrix& work, Eigen::PartialPivLU<Matrix>& lu,
               Vector& x, int64_t& pivoted) {
  const int n = static_cast<int>(m.rows());
  const bool small = n <= kSmallLuMaxSize;
  if (small && ColumnDiagonallyDominant(m.data(), n)) {
    work = m;
    x = f;
    return EliminateAndSolve(work.data(), n, x.data()) > 1e-12;
  }
  pivoted += small ? 1 : 0;
  lu.compute(m);
  if (!(lu.matrixLU().diagonal().cwiseAbs().minCoeff() > 1e-12)) return false;
  x.noalias() = lu.solve(f);
  return true;
}

}  // namespace

double Quantile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const double h = p * static_cast<double>(values.size() - 1);
  const size_t lo = static_cast<size_t>(std::floor(h));
  const size_t hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

McResult RunParameterDraws(const Model& model, const LeontiefModel& leontief,
                           const McOptions& options) {
  const Eigen::Index n = static_cast<Eigen::Index>(leontief.size());
  const Vector f = model.final_demand.rowwise().sum();
  const Vector jobs = JobsCoefficients(model);
  const int years = options.years;
  McResult result;
  result.total_output.assign(options.draws, 0.0);
  result.jobs.assign(options.draws, 0.0);
  const SingleThreadedEigen guard(options.threads);
  std::mutex phase_mutex;
  ParallelDraws(options.draws, options.threads, [&](int first, int last) {
    Matrix demand(n, Eigen::Index{options.block} * years);
    double noise_seconds = 0, solve_seconds = 0;
    for (int d0 = first; d0 < last; d0 += options.block) {
      const int b = std::min(options.block, last - d0);
      const auto t0 = Clock::now();
      for (int d = 0; d < b; ++d) {
        double* column = demand.col(Eigen::Index{d} * years).data();
        LognormalFactors(options.seed, static_cast<uint64_t>(d0 + d), options.sigma_demand, 0.0,
                         column, static_cast<size_t>(n * years));
        for (int t = 0; t < years; ++t) {
          demand.col(Eigen::Index{d} * years + t).array() *= f.array();
        }
      }
      const auto t1 = Clock::now();
      noise_seconds += std::chrono::duration<double>(t1 - t0).count();
      const Matrix x = leontief.SolveTypeI(demand.leftCols(Eigen::Index{b} * years));
      const Eigen::RowVectorXd totals = x.colwise().sum();
      const Eigen::RowVectorXd job_totals = jobs.transpose() * x;
      for (int d = 0; d < b; ++d) {
        result.total_output[d0 + d] = totals.segment(Eigen::Index{d} * years, years).sum();
        result.jobs[d0 + d] = job_totals.segment(Eigen::Index{d} * years, years).sum();
      }
      solve_seconds += Since(t1);
    }
    AddPhases(result, phase_mutex, noise_seconds, solve_seconds);
  });
  result.summary = Summarise(result);
  return result;
}

std::vector<double> DrawDemandShocks(Eigen::Index n, const McOptions& options) {
  const size_t block = static_cast<size_t>(n) * static_cast<size_t>(options.years);
  std::vector<double> shocks(block * static_cast<size_t>(options.draws));
  ParallelDraws(options.draws, options.threads, [&](int first, int last) {
    for (int d = first; d < last; ++d) {
      LognormalFactors(options.seed, static_cast<uint64_t>(d), options.sigma_demand, 0.0,
                       shocks.data() + block * static_cast<size_t>(d), block);
    }
  });
  return shocks;
}

McResult RunParameterDrawsRows(const Model& model, const LeontiefModel& leontief,
                               const McOptions& options) {
  const Eigen::Index n = static_cast<Eigen::Index>(leontief.size());
  const Vector f = model.final_demand.rowwise().sum();
  // Multiplier rows r' = c'L (one transposed solve each), folded with f once:
  // draw d's total is sum_t (r .* f)' z_t, i.e. r'x_t for x_t = L (f .* z_t).
  const Vector output_weights = leontief.WeightedColumnSumsTypeI(Vector::Ones(n)).cwiseProduct(f);
  const Vector jobs_weights =
      leontief.WeightedColumnSumsTypeI(JobsCoefficients(model)).cwiseProduct(f);
  const int years = options.years;
  McResult result;
  result.total_output.assign(options.draws, 0.0);
  result.jobs.assign(options.draws, 0.0);
  std::mutex phase_mutex;
  ParallelDraws(options.draws, options.threads, [&](int first, int last) {
    Matrix own(n, years);  // z_t of one draw, reused
    double noise_seconds = 0, solve_seconds = 0;
    for (int d = first; d < last; ++d) {
      const auto t0 = Clock::now();
      const double* data = own.data();
      if (options.predrawn != nullptr) {
        data = options.predrawn->data() + static_cast<size_t>(d) * static_cast<size_t>(n * years);
      } else {
        LognormalFactors(options.seed, static_cast<uint64_t>(d), options.sigma_demand, 0.0,
                         own.data(), static_cast<size_t>(n * years));
      }
      const Eigen::Map<const Matrix> shocks(data, n, years);
      const auto t1 = Clock::now();
      noise_seconds += std::chrono::duration<double>(t1 - t0).count();
      double output = 0, jobs = 0;
      for (int t = 0; t < years; ++t) {
        output += output_weights.dot(shocks.col(t));
        jobs += jobs_weights.dot(shocks.col(t));
      }
      result.total_output[d] = output;
      result.jobs[d] = jobs;
      solve_seconds += Since(t1);
    }
    AddPhases(result, phase_mutex, noise_seconds, solve_seconds);
  });
  result.summary = Summarise(result);
  return result;
}

McResult RunNoisyADraws(const Model& model, const McOptions& options) {
  const LeontiefModel base(model);  // A and the input checks, as the engine builds them
  const Matrix& a = base.technical_coefficients();
  const Eigen::Index n = a.rows();
  const Vector f = model.final_demand.rowwise().sum();
  const Vector jobs = JobsCoefficients(model);
  // Noise goes on the non-zero cells only; the others keep I - A's 0 or 1.
  std::vector<Eigen::Index> cells;
  std::vector<double> base_value, coefficient;
  for (Eigen::Index k = 0; k < a.size(); ++k) {
    if (a.data()[k] == 0) continue;
    cells.push_back(k);
    base_value.push_back(k % n == k / n ? 1.0 : 0.0);
    coefficient.push_back(a.data()[k]);
  }
  const Matrix identity_minus_a = Matrix::Identity(n, n) - a;
  const double shift = -0.5 * options.sigma_a * options.sigma_a;
  McResult result;
  result.total_output.assign(options.draws, 0.0);
  result.jobs.assign(options.draws, 0.0);
  const SingleThreadedEigen guard(options.threads);
  std::mutex phase_mutex;
  const bool dense = cells.size() == static_cast<size_t>(a.size());  // cells[c] == c
  ParallelDraws(options.draws, options.threads, [&](int first, int last) {
    Matrix m = identity_minus_a, work(n, n);
    Eigen::PartialPivLU<Matrix> lu(n);
    Vector x(n);
    std::vector<double> noise(cells.size());
    double noise_seconds = 0, solve_seconds = 0;
    int64_t pivoted = 0;
    for (int d = first; d < last; ++d) {
      const auto t0 = Clock::now();
      LognormalFactors(options.seed, static_cast<uint64_t>(d), options.sigma_a, shift, noise.data(),
                       noise.size());
      double* cell = m.data();
      if (dense) {
        for (size_t c = 0; c < cells.size(); ++c)
          cell[c] = base_value[c] - coefficient[c] * noise[c];
      } else {
        for (size_t c = 0; c < cells.size(); ++c) {
          cell[cells[c]] = base_value[c] - coefficient[c] * noise[c];
        }
      }
      const auto t1 = Clock::now();
      noise_seconds += std::chrono::duration<double>(t1 - t0).count();
      if (!SolveDraw(m, f, work, lu, x, pivoted)) {
        throw Error(ErrorKind::kNumerical, "draw " + std::to_string(d) + ": I - A is singular");
      }
      result.total_output[d] = x.sum();
      result.jobs[d] = jobs.dot(x);
      solve_seconds += Since(t1);
    }
    AddPhases(result, phase_mutex, noise_seconds, solve_seconds);
    std::lock_guard<std::mutex> lock(phase_mutex);
    result.pivoted_draws += pivoted;
  });
  result.summary = Summarise(result);
  return result;
}

}  // namespace ripple::bench
