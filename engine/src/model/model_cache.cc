#include "ripple/model/model_cache.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "model/model_cache_file.h"
#include "model/model_parts.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/sha256.h"

namespace ripple {
namespace {

namespace fs = std::filesystem;

void NoteOnStderr(const std::string& line) { std::cerr << "ripple: warning: " << line << "\n"; }

// "<file name> <size> <SHA-256>" per source file, in ModelFiles order.
std::string SourceKey(const std::vector<std::string>& files) {
  std::string key;
  for (const std::string& file : files) {
    key += fs::path(file).filename().string() + " " + std::to_string(fs::file_size(file)) + " " +
           Sha256OfFile(file) + "\n";
  }
  return key;
}

// The package from its cached tables and model.toml parsed now, validated as a
// freshly parsed one is.
Model FromCache(Model tables, const std::string& directory, const std::vector<std::string>& files) {
  Problems problems;
  ParseModelToml(ReadFile(files[0]), files[0], tables, problems);
  problems.ThrowIfAny();
  tables.lines.transactions_file = files[1];
  tables.lines.output_file = files[2];
  tables.lines.satellites_file = files[4];
  ValidateModel(tables, directory, problems);
  problems.ThrowIfAny();
  return tables;
}

// Writes the cache of `model`, or says why it could not.
void Store(const ModelCacheSettings& cache, const std::string& path, const std::string& key,
           const Model& model) {
  try {
    fs::create_directories(cache.directory);
    WriteModelCache(path, key, model);
  } catch (const std::exception& error) {
    cache.note("model cache not written (" + std::string(error.what()) +
               "); the model was read from its CSV files and will be again next time");
  }
}

}  // namespace

std::string ModelCacheDirectoryFromEnvironment() {
  const char* value = std::getenv("RIPPLE_CACHE_DIR");
  return value == nullptr ? "" : value;
}

std::string ModelCachePath(const std::string& cache_directory, const std::string& model_directory) {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(fs::absolute(model_directory), error);
  if (error) absolute = fs::absolute(model_directory);
  const std::string hash = Sha256Hex(absolute.string()).substr(0, 16);
  return (fs::path(cache_directory) / ("model-" + hash + ".ripple-cache")).string();
}

Model LoadModel(const std::string& directory) {
  return LoadModel(directory, ModelCacheSettings{ModelCacheDirectoryFromEnvironment(), {}});
}

Model LoadModel(const std::string& directory, const ModelCacheSettings& settings) {
  RequireModelFolder(directory);
  const std::vector<std::string> files = ModelFiles(directory);
  if (settings.directory.empty()) return LoadModelFiles(directory, files);
  ModelCacheSettings cache = settings;
  if (!cache.note) cache.note = NoteOnStderr;
  const std::string path = ModelCachePath(cache.directory, directory);
  std::string key;
  try {
    key = SourceKey(files);
  } catch (const std::exception&) {  // unreadable: the plain load names the problem
    return LoadModelFiles(directory, files);
  }
  Model tables;
  std::string why;
  switch (ReadModelCache(path, key, tables, why)) {
    case CacheRead::kHit:
      return FromCache(std::move(tables), directory, files);
    case CacheRead::kCorrupt:
      cache.note("model cache " + path + " ignored (" + why + "); rebuilding it from " + directory);
      break;
    case CacheRead::kStale:
      cache.note("model cache " + path + " is stale (a file of " + directory +
                 " changed); rebuilding it");
      break;
    case CacheRead::kMissing:
      break;
  }
  Model model = LoadModelFiles(directory, files);
  bool unchanged = false;
  try {
    unchanged = SourceKey(files) == key;
  } catch (const std::exception&) {  // a file gone since: not cached
  }
  if (unchanged) {
    Store(cache, path, key, model);
  } else {
    cache.note("model cache not written: a file of " + directory + " changed while it was read");
  }
  return model;
}

}  // namespace ripple
