// The limits Ripple checks before doing any work, so that a mistyped or
// hostile input gets a clear error instead of hours of work, a crash or all of
// the machine's memory. Each is documented, with its reason, in README.md,
// scenarios/README.md or models/README.md.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ripple {

// Years written in a scenario (start_year, end_year, price_year,
// amounts_price_year, discount_base_year, per-intervention years): the
// statistics behind the models start in the 20th century and no appraisal
// runs past 2200.
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2200;
// end_year - start_year + 1: a horizon of a century; every year is a row per
// sector in impacts.csv.
inline constexpr int kMaxHorizonYears = 100;

// Any number in a scenario (amounts, shares, rates, prices): 1e15 is ten
// thousand times the world's yearly output in euros; beyond it the sums of
// reports lose every significant digit or overflow to infinity.
inline constexpr double kMaxScenarioNumber = 1e15;

// Sectors of a model (columns of transactions.csv): the largest published
// tables have about 10,000; 20,000 needs 3.2 GB for the Leontief inverse.
inline constexpr int kMaxSectors = 20000;

// Sizes of files read: scenario files, parents and model.toml are written by
// hand and stay far below 64 MiB; CSV tables of 20,000 sectors with 17 digits
// a cell are about 7 GiB.
inline constexpr std::uint64_t kMaxTextFileBytes = std::uint64_t{64} << 20;
inline constexpr std::uint64_t kMaxTableFileBytes = std::uint64_t{8} << 30;

// `extends`: how deep a chain of parents may go, and how many files (each
// time a file is reached) one scenario may read through it.
inline constexpr int kMaxExtendsDepth = 32;
inline constexpr int kMaxExtendsFiles = 256;

// How deeply tables and arrays may nest in a TOML file, dotted keys included
// (a.b.c = 1 is 3 levels): scenarios use at most 4.
inline constexpr int kMaxTomlDepth = 64;

// Longest line of a scenario or model.toml, in bytes (and longest --set
// value). toml++ walks a parsed tree recursively; a [table.header] or dotted
// key of some 100,000 parts on one line overflows its stack inside
// toml::parse. Real lines are under 200 bytes.
inline constexpr size_t kMaxTomlLineBytes = 16384;

}  // namespace ripple
