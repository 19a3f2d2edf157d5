// The binary file of the model cache (format in ripple/model/model_cache.h):
// writing a parsed package's tables, and reading them back with every check.
#pragma once

#include <string>

#include "ripple/model/model.h"

namespace ripple {

enum class CacheRead { kHit, kMissing, kStale, kCorrupt };

// Writes `model`'s tables under `key` to `path`: into a temporary file beside it,
// renamed over `path` once complete. Throws Error(kIo) "file: reason" when the
// folder refuses (the temporary file is then removed).
void WriteModelCache(const std::string& path, const std::string& key, const Model& model);

// Reads the tables cached at `path` into `model` (sectors, sector_names,
// transactions, output, final demand, satellites, regional, the line numbers of
// model.lines) when the file holds `key` and passes every check: kHit. Else
// returns kMissing (no file), kStale (another key: a source file changed) or
// kCorrupt with the reason in `why`, and `model` must be discarded.
CacheRead ReadModelCache(const std::string& path, const std::string& key, Model& model,
                         std::string& why);

}  // namespace ripple
