#include "lognormal.h"

#include <cmath>
#include <cstring>
#include <vector>

#include "ripple/base/random.h"

// Two copies of the vector loops, picked at start-up by the CPU's features.
// (The table look-ups stay scalar loads: AVX2 gathers made the first attempts
// twice as slow on this host.)
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RIPPLE_BENCH_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define RIPPLE_BENCH_CLONES
#endif

namespace ripple::bench {
namespace {

constexpr int kLanes = 4;

// GCC/Clang vector extensions, used for local variables only (never passed by
// value, so the ABI does not depend on the clone).
typedef uint64_t Bits4 __attribute__((vector_size(32)));
typedef double Doubles4 __attribute__((vector_size(32)));
typedef int64_t Mask4 __attribute__((vector_size(32)));

// The ziggurat's tables, built as engine/src/random.cc builds them (edge[i],
// f(edge[i]) and edge[i + 1] / edge[i] for f(x) = exp(-x^2 / 2)).
struct Ziggurat {
  static constexpr int kLayers = 128;
  static constexpr double kTail = 3.442619855899;
  static constexpr double kArea = 9.91256303526217e-3;
  double edge[kLayers + 1], height[kLayers + 1], inner[kLayers];

  Ziggurat() {
    edge[0] = kArea / std::exp(-0.5 * kTail * kTail);
    edge[1] = kTail;
    edge[kLayers] = 0;
    for (int i = 2; i < kLayers; ++i) {
      edge[i] = std::sqrt(
          -2.0 * std::log(std::exp(-0.5 * edge[i - 1] * edge[i - 1]) + kArea / edge[i - 1]));
    }
    for (int i = 0; i <= kLayers; ++i) height[i] = std::exp(-0.5 * edge[i] * edge[i]);
    for (int i = 0; i < kLayers; ++i) inner[i] = edge[i + 1] / edge[i];
  }
};

const Ziggurat& Tables() {
  static const Ziggurat tables;
  return tables;
}

// First attempts of `steps` x 4 values: z[c] = u edge[i] when |u| < inner[i],
// otherwise z[c] = u and c is appended to `pending` (as c * 128 + i). Returns
// the number of pending values. `state` holds the four xoshiro256++ words of
// each lane (word-major) and is advanced.
RIPPLE_BENCH_CLONES
size_t FirstAttempts(const Ziggurat& zig, uint64_t* state, size_t steps, double* z,
                     uint64_t* pending) {
  size_t count = 0;
  Bits4 s0, s1, s2, s3;
  std::memcpy(&s0, state, sizeof s0);
  std::memcpy(&s1, state + kLanes, sizeof s1);
  std::memcpy(&s2, state + 2 * kLanes, sizeof s2);
  std::memcpy(&s3, state + 3 * kLanes, sizeof s3);
  for (size_t step = 0; step < steps; ++step) {
    const Bits4 sum = s0 + s3;
    const Bits4 bits = ((sum << 23) | (sum >> 41)) + s0;
    const Bits4 t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 45) | (s3 >> 19);
    // (2k + 1) 2^-52 - 1 for the top 52 bits k, as RandomStream::Normal: 1 + k 2^-52
    // from the bit pattern, then exact steps.
    const Bits4 pattern = (bits >> 12) | 0x3FF0000000000000ull;
    Doubles4 one_plus;
    std::memcpy(&one_plus, &pattern, sizeof one_plus);
    const Doubles4 u = (one_plus * 2.0 - 3.0) + 0x1p-52;
    const Doubles4 edge = {zig.edge[bits[0] & 127], zig.edge[bits[1] & 127],
                           zig.edge[bits[2] & 127], zig.edge[bits[3] & 127]};
    const Doubles4 inner = {zig.inner[bits[0] & 127], zig.inner[bits[1] & 127],
                            zig.inner[bits[2] & 127], zig.inner[bits[3] & 127]};
    const Mask4 accepted = (u < inner) & (-u < inner);
    const Doubles4 value = accepted ? u * edge : u;
    std::memcpy(z + kLanes * step, &value, sizeof value);
    for (int l = 0; l < kLanes; ++l) {  // appended without a branch, kept when not accepted
      pending[count] = (kLanes * step + static_cast<uint64_t>(l)) * 128 + (bits[l] & 127);
      count += accepted[l] == 0;
    }
  }
  std::memcpy(state, &s0, sizeof s0);
  std::memcpy(state + kLanes, &s1, sizeof s1);
  std::memcpy(state + 2 * kLanes, &s2, sizeof s2);
  std::memcpy(state + 3 * kLanes, &s3, sizeof s3);
  return count;
}

// A value beyond kTail (Marsaglia 1964), as RandomStream::Normal's tail.
double Tail(RandomStream& stream) {
  for (;;) {
    const double x = -std::log(stream.Uniform()) / Ziggurat::kTail;
    const double y = -std::log(stream.Uniform());
    if (2 * y > x * x) return Ziggurat::kTail + x;
  }
}

// The rest of the ziggurat after a first attempt (u, layer) that was not
// accepted at once: the tail for layer 0, the wedge test otherwise, then
// fresh attempts (RandomStream::Normal) from `stream`.
double Continue(const Ziggurat& zig, double u, int layer, RandomStream& stream) {
  if (layer == 0) return u < 0 ? -Tail(stream) : Tail(stream);
  const double x = u * zig.edge[layer];
  const double y =
      zig.height[layer] + stream.Uniform() * (zig.height[layer + 1] - zig.height[layer]);
  return y < std::exp(-0.5 * x * x) ? x : stream.Normal();
}

// exp(y) for |y| <= 2 as (Taylor series of exp(y/8), 14 terms)^8, the series
// summed by Estrin's scheme (pairs, then pairs of pairs: a dependency chain of
// 5 multiply-adds instead of Horner's 13): relative error below 1e-15 (checked
// by ripple_bench --task normals), only multiplies and adds, so the loop below
// vectorises.
inline double ExpSmall(double y) {
  constexpr double c[14] = {1.0,
                            1.0,
                            1.0 / 2,
                            1.0 / 6,
                            1.0 / 24,
                            1.0 / 120,
                            1.0 / 720,
                            1.0 / 5040,
                            1.0 / 40320,
                            1.0 / 362880,
                            1.0 / 3628800,
                            1.0 / 39916800,
                            1.0 / 479001600,
                            1.0 / 6227020800.0};
  const double h = y * 0.125, h2 = h * h, h4 = h2 * h2, h8 = h4 * h4;
  const double q0 = c[0] + c[1] * h, q1 = c[2] + c[3] * h, q2 = c[4] + c[5] * h;
  const double q3 = c[6] + c[7] * h, q4 = c[8] + c[9] * h, q5 = c[10] + c[11] * h;
  const double q6 = c[12] + c[13] * h;
  const double r0 = q0 + q1 * h2, r1 = q2 + q3 * h2, r2 = q4 + q5 * h2;
  const double low = r0 + r1 * h4, high = r2 + q6 * h4;
  double p = low + high * h8;
  p *= p;
  p *= p;
  return p * p;
}

// out[c] = exp(sigma z[c] + shift); false (out unspecified) when an argument
// is outside [-2, 2].
RIPPLE_BENCH_CLONES
bool ExpSmallAll(const double* z, double sigma, double shift, double* out, size_t count) {
  int outside = 0;  // bitwise, not &&: keeps the loop free of branches
  for (size_t c = 0; c < count; ++c) {
    const double y = sigma * z[c] + shift;
    outside |= static_cast<int>(y > 2.0) | static_cast<int>(y < -2.0);
    out[c] = ExpSmall(y);
  }
  return outside == 0;
}

// Per-thread buffers, reused across draws.
struct Scratch {
  std::vector<double> z;
  std::vector<uint64_t> pending;
};

}  // namespace

namespace {

// The normals of (seed, draw), in a per-thread buffer of at least `count`
// values (valid until the thread's next call).
const double* Normals(uint64_t seed, uint64_t draw, size_t count) {
  const Ziggurat& zig = Tables();
  const size_t steps = (count + kLanes - 1) / kLanes;
  thread_local Scratch scratch;
  scratch.z.resize(steps * kLanes);
  scratch.pending.resize(steps * kLanes);
  // Lane l is RandomStream(StreamSeed(seed, draw, l)): its state words are the
  // first four outputs of SplitMix64 from that seed (random.h).
  uint64_t state[4 * kLanes];
  for (int l = 0; l < kLanes; ++l) {
    const uint64_t lane_seed = StreamSeed(seed, draw, static_cast<uint64_t>(l));
    for (int w = 0; w < 4; ++w) {
      state[w * kLanes + l] =
          SplitMix64(lane_seed + static_cast<uint64_t>(w) * 0x9E3779B97F4A7C15ull);
    }
  }
  const size_t pending = FirstAttempts(zig, state, steps, scratch.z.data(), scratch.pending.data());
  RandomStream rest(StreamSeed(seed, draw, kLanes));
  for (size_t p = 0; p < pending; ++p) {  // in the order of c
    const size_t c = scratch.pending[p] / 128;
    if (c < count)
      scratch.z[c] = Continue(zig, scratch.z[c], static_cast<int>(scratch.pending[p] % 128), rest);
  }
  return scratch.z.data();
}

}  // namespace

void StandardNormals(uint64_t seed, uint64_t draw, double* out, size_t count) {
  const double* z = Normals(seed, draw, count);
  std::memcpy(out, z, count * sizeof(double));
}

void LognormalFactors(uint64_t seed, uint64_t draw, double sigma, double shift, double* out,
                      size_t count) {
  const double* z = Normals(seed, draw, count);
  if (ExpSmallAll(z, sigma, shift, out, count)) return;
  for (size_t c = 0; c < count; ++c) out[c] = std::exp(sigma * z[c] + shift);
}

}  // namespace ripple::bench
