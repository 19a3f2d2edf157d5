// Reproducible random numbers for Monte Carlo runs. A draw's numbers depend
// only on (seed, draw index, stream): never on threads or on the order in
// which draws are computed, so results are byte-identical for any thread
// count. Own generators (not <random> distributions, whose output differs
// between standard libraries):
//   SplitMix64 (Steele, Lea & Flood 2014) to derive seeds,
//   xoshiro256++ (Blackman & Vigna 2019) for the stream of a draw.
// Written from the published algorithms; tests/random_test.cc checks them
// against values computed independently.
#pragma once

#include <cstdint>

namespace ripple {

// One SplitMix64 step applied to `x`: the first output of a SplitMix64
// generator whose state is `x` (state + 0x9E3779B97F4A7C15, then the
// variant-13 finaliser). A bijection of the 64-bit integers and a
// well-mixed hash; SplitMix64(0) = 0xE220A8397B1DCDAF.
uint64_t SplitMix64(uint64_t x);

// Seed of stream `stream` of draw `draw` under `seed`. Each argument is
// hashed on its own (with a distinct constant) before being chained, so
// nearby triples, e.g. (s, d, k) and (s, d + 1, k) or (s, d, k + 1), give
// unrelated seeds.
uint64_t StreamSeed(uint64_t seed, uint64_t draw, uint64_t stream);

// The map used by RandomStream::Uniform from 64 random bits to (0, 1):
// (k + 0.5) / 2^52 with k = the top 52 bits. Every value is an exact double,
// symmetric about 1/2, from 2^-53 to 1 - 2^-53: never 0 or 1. (52 rather than
// 53 bits: (k + 0.5) / 2^53 with a 53-bit k is not representable for
// k >= 2^52 and rounds to 1 for the largest k.)
double UniformFromBits(uint64_t bits);

class RandomStream {
 public:
  // State words: the first four outputs of a SplitMix64 generator seeded
  // with `seed` (as recommended by Blackman & Vigna); never all zero.
  explicit RandomStream(uint64_t seed);
  uint64_t NextBits();  // next 64 bits of xoshiro256++
  // Uniform in the open interval (0, 1): UniformFromBits(NextBits()).
  double Uniform();
  // Standard normal N(0, 1) by the ziggurat method (Marsaglia & Tsang 2000,
  // 128 layers, Doornik's 2005 table set-up, Marsaglia's 1964 tail): about
  // 97% of values take one NextBits(); the others take more (wedge and tail
  // tests use Uniform()). Keeps no state besides the generator's. Deterministic.
  double Normal();

 private:
  uint64_t state_[4];
};

}  // namespace ripple
