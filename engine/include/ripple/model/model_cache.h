// Binary cache of parsed model packages (opt-in): a large package's CSV tables
// (transactions.csv of n = 8,000 sectors is about 1 GB of text) are parsed once,
// and a repeated load reads the parsed numbers back from one binary file.
//
// Opt-in, never a default: Ripple writes nothing outside a run's output folder
// unless told where (issue 12). The cache folder is given by `ripple multipliers
// --cache-dir DIR` or, for every command, by the environment variable
// RIPPLE_CACHE_DIR; without either, nothing is cached and LoadModel parses the
// CSV files as always. The folder is created when missing; nothing is ever
// written into the model's own folder.
//
// One file per package folder, DIR/model-<first 16 hex digits of the SHA-256 of
// the folder's absolute path>.ripple-cache:
//
//   "RPLCACHE"  8 bytes          magic
//   version     uint32           kModelCacheVersion
//   byte order  uint32           0x01020304 as written (a cache from a machine
//                                of other byte order or double format is refused)
//   key         uint64 + bytes   one line per source file, in ModelFiles order:
//                                "<file name> <size> <SHA-256 of its bytes>"
//   tables      bytes            sectors, names, Z, x, final demand, satellites,
//                                regional sourcing, source line numbers (doubles
//                                as their 8 bytes: the parsed values exactly)
//   length      uint64           bytes of `tables`
//   digest      32 bytes         SHA-256 of `tables`
//
// A load uses the cache only when the key matches the package's files now (their
// SHA-256, computed at every load) and the file is whole: exact size, digest of
// the tables, every count within bounds. A cache that fails any check is ignored
// with a note and rewritten from the CSV files; a stale one (a source file
// changed) is rewritten. A cache is written atomically (a temporary file in the
// same folder, then renamed), only after the package parsed and validated; if it
// cannot be written (read-only folder, full disk) the load goes on without it,
// with a note. model.toml is parsed and the model validated at every load, so
// every message about the package is the same with or without the cache.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "ripple/model/model.h"

namespace ripple {

inline constexpr std::uint32_t kModelCacheVersion = 1;

struct ModelCacheSettings {
  std::string directory;  // "" = no cache
  // Receives one line per event a user should hear of (a corrupt or stale cache
  // rebuilt, a cache that cannot be written). Default: standard error.
  std::function<void(const std::string&)> note;
};

// RIPPLE_CACHE_DIR, or "" when unset or empty.
std::string ModelCacheDirectoryFromEnvironment();

// The cache file of the package at `model_directory` inside `cache_directory`.
std::string ModelCachePath(const std::string& cache_directory, const std::string& model_directory);

// LoadModel (model.h) through the cache of `cache` (none when its directory is
// ""). Results are the same bits with and without the cache. Throws what
// LoadModel throws; never throws because of the cache itself.
Model LoadModel(const std::string& directory, const ModelCacheSettings& cache);

}  // namespace ripple
