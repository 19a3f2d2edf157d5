// SplitMix64, xoshiro256++ and the polar normal method; written from the
// published descriptions (Steele, Lea & Flood 2014, "Fast splittable
// pseudorandom number generators", OOPSLA; Blackman & Vigna 2021, "Scrambled
// linear pseudorandom number generators", ACM TOMS 47(4); Marsaglia & Bray
// 1964, SIAM Review 6(3)).
#include "ripple/random.h"

#include <cmath>

namespace ripple {
namespace {

constexpr uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio, odd

// Distinct keys (hex digits of pi: nothing up the sleeve) keep the three
// arguments of StreamSeed apart.
constexpr uint64_t kSeedKey = 0x243F6A8885A308D3ull;    // pi, first 64 fraction bits
constexpr uint64_t kDrawKey = 0x13198A2E03707344ull;    // the next 64 bits of pi
constexpr uint64_t kStreamKey = 0xA4093822299F31D0ull;  // and the next

uint64_t RotateLeft(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

uint64_t SplitMix64(uint64_t x) {
  uint64_t z = x + kGoldenGamma;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t StreamSeed(uint64_t seed, uint64_t draw, uint64_t stream) {
  uint64_t h = SplitMix64(seed ^ kSeedKey);
  h = SplitMix64(h ^ SplitMix64(draw ^ kDrawKey));
  return SplitMix64(h ^ SplitMix64(stream ^ kStreamKey));
}

double UniformFromBits(uint64_t bits) {
  // 2k + 1 < 2^53 is exact, and so is the scaling by a power of two.
  const uint64_t k = bits >> 12;
  return static_cast<double>(2 * k + 1) * 0x1p-53;
}

RandomStream::RandomStream(uint64_t seed) {
  // Successive outputs of a SplitMix64 generator: SplitMix64(seed + i gamma).
  // SplitMix64 is a bijection, so the four words are distinct: at most one is 0.
  for (int i = 0; i < 4; ++i)
    state_[i] = SplitMix64(seed + static_cast<uint64_t>(i) * kGoldenGamma);
}

uint64_t RandomStream::NextBits() {
  const uint64_t result = RotateLeft(state_[0] + state_[3], 23) + state_[0];
  const uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = RotateLeft(state_[3], 45);
  return result;
}

double RandomStream::Uniform() { return UniformFromBits(NextBits()); }

double RandomStream::Normal() {
  if (has_spare_) {
    has_spare_ = false;
    return spare_;
  }
  double u = 0, v = 0, s = 0;
  do {
    u = 2 * Uniform() - 1;
    v = 2 * Uniform() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s == 0);  // s == 0 cannot happen (u is never 0); kept as a guard
  const double scale = std::sqrt(-2 * std::log(s) / s);
  spare_ = v * scale;
  has_spare_ = true;
  return u * scale;
}

}  // namespace ripple
