// The binary cache of parsed model packages (ripple/model/model_cache.h): a hit
// gives the same bits as parsing the CSV files, a changed file or a damaged cache
// is rebuilt with a note, and a cache that cannot be written is not an error.
#include "ripple/model/model_cache.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "model/model_cache_file.h"
#include "ripple/base/error.h"
#include "ripple/base/sha256.h"
#include "ripple/model/model.h"
#include "support/test_support.h"

namespace ripple {
namespace {

namespace fs = std::filesystem;
using testing::MakeTempDir;
using testing::ReadTextFile;
using testing::RepoPath;
using testing::WriteTextFile;

// (An empty matrix has no data pointer: memcmp must not be given it, even for 0 bytes.)
bool SameBits(const Matrix& a, const Matrix& b) {
  return a.rows() == b.rows() && a.cols() == b.cols() &&
         (a.size() == 0 ||
          std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<size_t>(a.size())) == 0);
}

bool SameBits(const Vector& a, const Vector& b) {
  return a.size() == b.size() &&
         (a.size() == 0 ||
          std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<size_t>(a.size())) == 0);
}

void RequireSameModel(const Model& a, const Model& b) {
  REQUIRE(a.sectors == b.sectors);
  REQUIRE(a.sector_names == b.sector_names);
  REQUIRE(SameBits(a.transactions, b.transactions));
  REQUIRE(SameBits(a.output, b.output));
  REQUIRE(a.final_demand_columns == b.final_demand_columns);
  REQUIRE(SameBits(a.final_demand, b.final_demand));
  REQUIRE(a.satellites.size() == b.satellites.size());
  for (size_t s = 0; s < a.satellites.size(); ++s) {
    REQUIRE(a.satellites[s].name == b.satellites[s].name);
    REQUIRE(a.satellites[s].unit == b.satellites[s].unit);
    REQUIRE(SameBits(a.satellites[s].values, b.satellites[s].values));
  }
  REQUIRE(SameBits(a.regional.purchase_coefficients, b.regional.purchase_coefficients));
  REQUIRE(SameBits(a.regional.supply_share, b.regional.supply_share));
  REQUIRE(a.info.id == b.info.id);
  REQUIRE(a.household.consumption_column == b.household.consumption_column);
  REQUIRE(a.lines.transactions == b.lines.transactions);
  REQUIRE(a.lines.output == b.lines.output);
  REQUIRE(a.lines.satellites == b.lines.satellites);
  REQUIRE(a.lines.transactions_file == b.lines.transactions_file);
  REQUIRE(a.lines.toml_keys == b.lines.toml_keys);
}

// A copy of a shipped package in a fresh folder, and a cache folder beside it.
struct Fixture {
  explicit Fixture(const std::string& model = "models/fr-2021") {
    root = MakeTempDir("model-cache");
    package = root + "/package";
    fs::copy(RepoPath(model), package, fs::copy_options::recursive);
    settings.directory = root + "/cache";
    settings.note = [this](const std::string& line) { notes.push_back(line); };
  }
  Model Load() { return LoadModel(package, settings); }
  std::string CachePath() const { return ModelCachePath(settings.directory, package); }

  std::string root, package;
  ModelCacheSettings settings;
  std::vector<std::string> notes;
};

void Overwrite(const std::string& path, std::uintmax_t offset, char byte) {
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(static_cast<std::streamoff>(offset));
  file.put(byte);
}

TEST_CASE("a cached package loads the same bits as its CSV files", "[cache]") {
  Fixture fixture;
  const Model plain = LoadModel(fixture.package, ModelCacheSettings{});
  REQUIRE_FALSE(fs::exists(fixture.CachePath()));
  const Model first = fixture.Load();  // parses, writes the cache
  REQUIRE(fs::exists(fixture.CachePath()));
  const Model second = fixture.Load();  // reads it
  CHECK(fixture.notes.empty());
  RequireSameModel(plain, first);
  RequireSameModel(plain, second);
  // Only the cache file is in the cache folder: no temporary left behind; nothing
  // was added to the package.
  CHECK(std::distance(fs::directory_iterator(fixture.settings.directory),
                      fs::directory_iterator()) == 1);
  CHECK(
      std::distance(fs::directory_iterator(fixture.package), fs::directory_iterator()) ==
      std::distance(fs::directory_iterator(RepoPath("models/fr-2021")), fs::directory_iterator()));
}

TEST_CASE("a regional package with rpc.csv is cached whole", "[cache]") {
  Fixture fixture("models/nord-2021");
  const Model plain = LoadModel(fixture.package, ModelCacheSettings{});
  REQUIRE(plain.regional.enabled());
  fixture.Load();
  RequireSameModel(plain, fixture.Load());
  CHECK(fixture.notes.empty());
}

TEST_CASE("a load reads the cache's tables when the key matches", "[cache]") {
  // White box: a cache written with a changed flow (and the right key) is what the
  // next load returns, so the hit above did not parse the CSV files again.
  Fixture fixture;
  Model model = fixture.Load();
  std::string key;
  for (const std::string& file : ModelFiles(fixture.package)) {
    key += fs::path(file).filename().string() + " " + std::to_string(fs::file_size(file)) + " " +
           Sha256OfFile(file) + "\n";
  }
  model.transactions(0, 0) += 1.0;
  WriteModelCache(fixture.CachePath(), key, model);
  CHECK(fixture.Load().transactions(0, 0) == model.transactions(0, 0));
  CHECK(fixture.notes.empty());
}

TEST_CASE("a changed CSV file makes the cache stale and it is rebuilt", "[cache]") {
  Fixture fixture;
  fixture.Load();
  const std::string output = fixture.package + "/output.csv";
  std::string text = ReadTextFile(output);
  const Model before = LoadModel(fixture.package, ModelCacheSettings{});
  text += "\n";  // same numbers, other bytes: still a change of the file
  WriteTextFile(output, text);
  const Model after = fixture.Load();
  REQUIRE(fixture.notes.size() == 1);
  CHECK(fixture.notes[0] == "model cache " + fixture.CachePath() + " is stale (a file of " +
                                fixture.package + " changed); rebuilding it");
  RequireSameModel(before, after);
  fixture.Load();
  CHECK(fixture.notes.size() == 1);  // rebuilt: the next load is a silent hit
}

TEST_CASE("a damaged cache is ignored with a note and rebuilt", "[cache]") {
  Fixture fixture;
  const Model plain = LoadModel(fixture.package, ModelCacheSettings{});
  fixture.Load();
  const std::string path = fixture.CachePath();
  const std::uintmax_t size = fs::file_size(path);
  struct Damage {
    const char* why;
    std::function<void()> apply;
  };
  const std::vector<Damage> damages = {
      {"digest of the tables differs", [&] { Overwrite(path, size / 2, '\x7f'); }},
      {"not a Ripple model cache (bad magic)", [&] { Overwrite(path, 0, 'X'); }},
      {"cache format version 77, this Ripple reads 1", [&] { Overwrite(path, 8, 77); }},
      {"written with another byte order", [&] { Overwrite(path, 12, 9); }},
      {"truncated or extended: its size does not match its trailer",
       [&] { fs::resize_file(path, size - 100); }},
      {"truncated key", [&] { fs::resize_file(path, 60); }},
      {"truncated header", [&] { fs::resize_file(path, 10); }},
  };
  for (const Damage& damage : damages) {
    INFO(damage.why);
    fixture.Load();  // whole again
    fixture.notes.clear();
    damage.apply();
    RequireSameModel(plain, fixture.Load());
    REQUIRE(fixture.notes.size() == 1);
    CHECK(fixture.notes[0] == "model cache " + path + " ignored (" + damage.why +
                                  "); rebuilding it from " + fixture.package);
    fixture.notes.clear();
    RequireSameModel(plain, fixture.Load());
    CHECK(fixture.notes.empty());
  }
}

TEST_CASE("a cache folder that cannot be written leaves the load working", "[cache]") {
  Fixture fixture;
  WriteTextFile(fixture.root + "/plain-file", "not a folder\n");
  fixture.settings.directory = fixture.root + "/plain-file/cache";
  const Model plain = LoadModel(fixture.package, ModelCacheSettings{});
  RequireSameModel(plain, fixture.Load());
  REQUIRE(fixture.notes.size() == 1);
  CHECK(fixture.notes[0].rfind("model cache not written (", 0) == 0);
  CHECK(fixture.notes[0].find("); the model was read from its CSV files and will be again next "
                              "time") != std::string::npos);
  if (::geteuid() != 0) {  // root writes into read-only folders
    fixture.notes.clear();
    fixture.settings.directory = fixture.root + "/read-only";
    fs::create_directories(fixture.settings.directory);
    fs::permissions(fixture.settings.directory, fs::perms::owner_read | fs::perms::owner_exec);
    RequireSameModel(plain, fixture.Load());
    CHECK(fixture.notes.size() == 1);
    CHECK(fs::is_empty(fixture.settings.directory));
  }
}

TEST_CASE("ripple multipliers --cache-dir writes the same report, hit or miss", "[cache]") {
  Fixture fixture;
  const std::string cache = fixture.settings.directory;
  const auto run = [&](const std::string& flags, const std::string& out) {
    const testing::CliResult result = testing::RunCli("multipliers " + fixture.package + " --out " +
                                                      fixture.root + "/" + out + flags);
    REQUIRE(result.exit_code == 0);
    CHECK(result.err.find("warning") == std::string::npos);
    return ReadTextFile(fixture.root + "/" + out + "/multipliers.csv");
  };
  const std::string plain = run("", "plain");
  CHECK(run(" --cache-dir " + cache, "miss") == plain);
  REQUIRE(fs::exists(ModelCachePath(cache, fixture.package)));
  CHECK(run(" --cache-dir " + cache, "hit") == plain);
  // RIPPLE_CACHE_DIR does the same for every command.
  const testing::CliResult env =
      testing::RunCliUnder("env RIPPLE_CACHE_DIR=" + fixture.root + "/env-cache",
                           "multipliers " + fixture.package + " --out " + fixture.root + "/env");
  REQUIRE(env.exit_code == 0);
  CHECK(ReadTextFile(fixture.root + "/env/multipliers.csv") == plain);
  CHECK(fs::exists(ModelCachePath(fixture.root + "/env-cache", fixture.package)));
  // A damaged cache is named on stderr, and the report is unchanged.
  Overwrite(ModelCachePath(cache, fixture.package), 0, 'X');
  const testing::CliResult damaged =
      testing::RunCli("multipliers " + fixture.package + " --out " + fixture.root +
                      "/damaged --cache-dir " + cache);
  REQUIRE(damaged.exit_code == 0);
  CHECK(damaged.err.substr(0, damaged.err.find('\n') + 1) ==
        "ripple: warning: model cache " + ModelCachePath(cache, fixture.package) +
            " ignored (not a Ripple model cache (bad magic)); rebuilding it from " +
            fixture.package + "\n");
  CHECK(ReadTextFile(fixture.root + "/damaged/multipliers.csv") == plain);
}

}  // namespace
}  // namespace ripple
