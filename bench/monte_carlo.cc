#include "monte_carlo.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

#include "ripple/error.h"

namespace ripple::bench {
namespace {

uint64_t SplitMix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// xoshiro256++ (Blackman and Vigna, public domain algorithm), written from the paper.
class Xoshiro256 {
 public:
  Xoshiro256(uint64_t seed, uint64_t stream) {
    uint64_t sm = seed ^ (stream * 0xD1B54A32D192ED03ull);
    for (auto& word : s_) word = SplitMix64(sm);
  }
  uint64_t Next() {
    const uint64_t result = Rotl(s_[0] + s_[3], 23) + s_[0];
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  // Uniform on (0, 1]: never 0, so log() is finite.
  double NextOpenUnit() { return (static_cast<double>(Next() >> 11) + 1.0) * 0x1.0p-53; }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

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


// exp(y) for |y| <= 2 as (Taylor series of exp(y/8), 13 terms)^8: relative error
// below 1e-15, only multiplies and adds, so the compiler vectorises the loop.
inline double ExpSmall(double y) {
  constexpr double kInverseFactorial[14] = {
      1.0,           1.0,           1.0 / 2,          1.0 / 6,           1.0 / 24,
      1.0 / 120,     1.0 / 720,     1.0 / 5040,       1.0 / 40320,       1.0 / 362880,
      1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800.0};
  const double h = y * 0.125;
  double p = kInverseFactorial[13];
#pragma GCC unroll 13
  for (int k = 12; k >= 0; --k) p = p * h + kInverseFactorial[k];
  p *= p;
  p *= p;
  return p * p;
}

// Ziggurat method for N(0,1) (Marsaglia and Tsang 2000, 128 layers, with the
// table set-up and tail of Doornik 2005, "An improved ziggurat method to generate
// normal random samples"), written from the papers. About 99% of draws cost one
// 64-bit random number, one table look-up and one multiply.
class Ziggurat {
 public:
  static constexpr int kLayers = 128;
  static constexpr double kR = 3.442619855899;          // start of the tail
  static constexpr double kV = 9.91256303526217e-3;     // area of each layer

  Ziggurat() {
    double f = std::exp(-0.5 * kR * kR);
    x_[0] = kV / f;
    x_[1] = kR;
    x_[kLayers] = 0;
    for (int i = 2; i < kLayers; ++i) {
      x_[i] = std::sqrt(-2.0 * std::log(kV / x_[i - 1] + f));
      f = std::exp(-0.5 * x_[i] * x_[i]);
    }
    for (int i = 0; i < kLayers; ++i) ratio_[i] = x_[i + 1] / x_[i];
  }

  double Normal(Xoshiro256& rng) const {
    for (;;) {
      const uint64_t bits = rng.Next();
      const double u = 2.0 * (static_cast<double>(bits >> 11) * 0x1.0p-53) - 1.0;
      const int i = static_cast<int>(bits & (kLayers - 1));
      if (std::abs(u) < ratio_[i]) return u * x_[i];
      if (i == 0) return Tail(rng, u < 0);
      const double x = u * x_[i];
      const double f0 = std::exp(-0.5 * (x_[i] * x_[i] - x * x));
      const double f1 = std::exp(-0.5 * (x_[i + 1] * x_[i + 1] - x * x));
      if (f1 + rng.NextOpenUnit() * (f0 - f1) < 1.0) return x;
    }
  }

 private:
  static double Tail(Xoshiro256& rng, bool negative) {
    double x, y;
    do {
      x = std::log(rng.NextOpenUnit()) / kR;
      y = std::log(rng.NextOpenUnit());
    } while (-2.0 * y < x * x);
    return negative ? x - kR : kR - x;
  }
  double x_[kLayers + 1];
  double ratio_[kLayers];
};

const Ziggurat& SharedZiggurat() {
  static const Ziggurat ziggurat;  // thread-safe initialisation
  return ziggurat;
}

}  // namespace

void LognormalFactors(uint64_t seed, uint64_t draw, double sigma, double shift, double* out,
                      size_t count) {
  const Ziggurat& ziggurat = SharedZiggurat();
  Xoshiro256 rng(seed, draw);
  for (size_t i = 0; i < count; ++i) out[i] = sigma * ziggurat.Normal(rng) + shift;
  bool all_small = true;
  for (size_t i = 0; i < count; ++i) all_small &= std::abs(out[i]) <= 2.0;
  if (all_small) {
    for (size_t i = 0; i < count; ++i) out[i] = ExpSmall(out[i]);
  } else {
    for (size_t i = 0; i < count; ++i) out[i] = std::exp(out[i]);
  }
}

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
  ParallelDraws(options.draws, options.threads, [&](int first, int last) {
    Matrix m = identity_minus_a;
    Eigen::PartialPivLU<Matrix> lu(n);
    Vector x(n);
    std::vector<double> noise(cells.size());
    double noise_seconds = 0, solve_seconds = 0;
    for (int d = first; d < last; ++d) {
      const auto t0 = Clock::now();
      LognormalFactors(options.seed, static_cast<uint64_t>(d), options.sigma_a, shift,
                       noise.data(), noise.size());
      double* cell = m.data();
      for (size_t c = 0; c < cells.size(); ++c) {
        cell[cells[c]] = base_value[c] - coefficient[c] * noise[c];
      }
      const auto t1 = Clock::now();
      noise_seconds += std::chrono::duration<double>(t1 - t0).count();
      lu.compute(m);
      if (!(lu.matrixLU().diagonal().cwiseAbs().minCoeff() > 1e-12)) {
        throw Error(ErrorKind::kNumerical, "draw " + std::to_string(d) + ": I - A is singular");
      }
      x.noalias() = lu.solve(f);
      result.total_output[d] = x.sum();
      result.jobs[d] = jobs.dot(x);
      solve_seconds += Since(t1);
    }
    AddPhases(result, phase_mutex, noise_seconds, solve_seconds);
  });
  result.summary = Summarise(result);
  return result;
}

}  // namespace ripple::bench
