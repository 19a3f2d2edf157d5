// SplitMix64, xoshiro256++ and the ziggurat normal method; written from the
// published descriptions (Steele, Lea & Flood 2014, "Fast splittable
// pseudorandom number generators", OOPSLA; Blackman & Vigna 2021, "Scrambled
// linear pseudorandom number generators", ACM TOMS 47(4); Marsaglia & Tsang
// 2000, "The ziggurat method for generating random variables", J. Stat.
// Software 5(8); Doornik 2005, "An improved ziggurat method to generate normal
// random samples"; Marsaglia 1964, "Generating a variable from the tail of the
// normal distribution", Technometrics 6(1)).
#include "ripple/base/random.h"

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

// The ziggurat of Marsaglia & Tsang (2000) for the density f(x) = exp(-x^2/2)
// on x >= 0: 128 layers of equal area kArea, the bottom one (layer 0) a
// rectangle of width kTail plus the tail beyond it. Layer i (1..127) spans
// heights f(edge[i]) to f(edge[i + 1]): its rectangle is [0, edge[i]) and
// [0, edge[i + 1]) lies wholly under the curve. edge[0] = kArea / f(kTail) is the
// width of the bottom layer's equivalent rectangle, edge[1] = kTail and
// edge[128] = 0; the others follow from equal areas (Doornik 2005, section 2).
class Ziggurat {
 public:
  static constexpr int kLayers = 128;
  static constexpr double kTail = 3.442619855899;       // r for 128 layers (Marsaglia & Tsang)
  static constexpr double kArea = 9.91256303526217e-3;  // v, the area of each layer

  Ziggurat() {
    edge_[0] = kArea / std::exp(-0.5 * kTail * kTail);
    edge_[1] = kTail;
    edge_[kLayers] = 0;
    for (int i = 2; i < kLayers; ++i) {
      // f(edge[i]) = f(edge[i - 1]) + kArea / edge[i - 1]: the layer below has area kArea.
      edge_[i] = std::sqrt(
          -2.0 * std::log(std::exp(-0.5 * edge_[i - 1] * edge_[i - 1]) + kArea / edge_[i - 1]));
    }
    for (int i = 0; i <= kLayers; ++i) height_[i] = std::exp(-0.5 * edge_[i] * edge_[i]);
    for (int i = 0; i < kLayers; ++i) inner_[i] = edge_[i + 1] / edge_[i];
  }

  // One N(0, 1) value from `stream`. Each attempt takes 64 bits: the low 7
  // choose the layer i, the top 52 a symmetric u in (-1, 1) (as
  // UniformFromBits, times 2, minus 1); x = u edge[i] is returned at once when
  // |u| < edge[i + 1] / edge[i] (97.2% of attempts), otherwise the
  // bottom layer samples the tail and the others accept x under the curve.
  double Normal(RandomStream& stream) const {
    for (;;) {
      const uint64_t bits = stream.NextBits();
      const int i = static_cast<int>(bits & (kLayers - 1));
      const double u = static_cast<double>(2 * (bits >> 12) + 1) * 0x1p-52 - 1;
      if (std::abs(u) < inner_[i]) return u * edge_[i];
      if (i == 0) return u < 0 ? -Tail(stream) : Tail(stream);
      const double x = u * edge_[i];
      const double y = height_[i] + stream.Uniform() * (height_[i + 1] - height_[i]);
      if (y < std::exp(-0.5 * x * x)) return x;
    }
  }

 private:
  // A value beyond kTail (Marsaglia 1964): x = -ln(u1) / r, y = -ln(u2),
  // accepted when 2 y > x^2; returns r + x.
  static double Tail(RandomStream& stream) {
    for (;;) {
      const double x = -std::log(stream.Uniform()) / kTail;
      const double y = -std::log(stream.Uniform());
      if (2 * y > x * x) return kTail + x;
    }
  }

  double edge_[kLayers + 1];
  double height_[kLayers + 1];  // f(edge[i]); height_[kLayers] = 1
  double inner_[kLayers];       // edge[i + 1] / edge[i]
};

const Ziggurat& SharedZiggurat() {
  static const Ziggurat ziggurat;  // computed once, thread-safe (C++11 static initialisation)
  return ziggurat;
}

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

double RandomStream::Normal() { return SharedZiggurat().Normal(*this); }

}  // namespace ripple
