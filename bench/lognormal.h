// Lognormal factors for the benchmark's Monte Carlo kernels, many at a time.
//
// The normals are ripple::RandomStream::Normal's ziggurat (random.h: 128
// layers, Marsaglia & Tsang 2000 with Doornik's set-up), with the random bits
// of the first attempt drawn four at a time so that the common case (97.2% of
// values: one 64-bit number, one table look-up, one multiply) runs in SIMD
// registers:
//   value c of a draw takes its first attempt from lane c % 4, the stream
//   RandomStream(StreamSeed(seed, draw, c % 4)) (its (c / 4)-th 64 bits);
//   when that attempt is not accepted at once, the ziggurat goes on (wedge
//   test, tail, further attempts) with a fifth stream, RandomStream(
//   StreamSeed(seed, draw, 4)), used in the order of c.
// Every random input is still an independent uniform, so the values are
// N(0, 1) exactly as the scalar ziggurat's; they depend on (seed, draw) only.
// The factors are exp(sigma z + shift): a polynomial when every argument is
// within [-2, 2] (relative error below 1e-15), std::exp otherwise.
//
// On x86-64 with GCC or Clang the vector loops are compiled twice (AVX2 and
// the x86-64 baseline) and chosen when the program starts. In ripple_bench
// (baseline flags) both copies round every operation alike (no fused
// multiply-add), so they give the same bits; the -march=native variants may
// fuse multiply-adds and differ in the last bits.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ripple::bench {

// Fills out[0..count) with exp(sigma z_c + shift). shift = -sigma^2 / 2 gives
// mean-preserving factors.
void LognormalFactors(uint64_t seed, uint64_t draw, double sigma, double shift, double* out,
                      size_t count);

// The normals z_c alone (for tests of the generator).
void StandardNormals(uint64_t seed, uint64_t draw, double* out, size_t count);

}  // namespace ripple::bench
