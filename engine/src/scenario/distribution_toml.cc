#include "scenario/distribution_toml.h"

#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {

namespace {

struct KindKeys {
  DistributionKind kind;
  std::vector<std::string> keys;  // allowed keys besides "dist"
};

const std::vector<KindKeys>& AllKinds() {
  static const std::vector<KindKeys> kinds = {
      {DistributionKind::kTriangular, {"min", "mode", "max"}},
      {DistributionKind::kPert, {"min", "mode", "max", "lambda"}},
      {DistributionKind::kUniform, {"min", "max"}},
      {DistributionKind::kNormal, {"mean", "sd", "min", "max"}},
      {DistributionKind::kLognormal, {"median", "sigma"}},
  };
  return kinds;
}

const KindKeys* FindKind(const std::string& name, const toml::table& table, const std::string& path,
                         TomlFields& fields) {
  std::vector<std::string> names;
  for (const auto& kind : AllKinds()) {
    if (ParseDistributionKind(name) == kind.kind) return &kind;
    names.push_back(DistributionKindName(kind.kind));
  }
  fields.Report(table.get("dist"), path + ".dist",
                "unknown distribution '" + name + "'" + DidYouMean(name, names));
  return nullptr;
}

void RejectKeys(const toml::table& table, const std::string& path, const KindKeys& kind,
                TomlFields& fields) {
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (name == "dist") continue;
    bool allowed = false;
    for (const auto& k : kind.keys) allowed = allowed || k == name;
    if (allowed) continue;
    std::vector<std::string> allowed_keys = {"dist"};
    allowed_keys.insert(allowed_keys.end(), kind.keys.begin(), kind.keys.end());
    const std::string message = "unknown key '" + name + "' for a " +
                                DistributionKindName(kind.kind) + " distribution" +
                                DidYouMean(name, allowed_keys);
    const auto& where = key.source().begin;
    const std::string file = key.source().path ? *key.source().path : fields.source();
    fields.problems().Add(Located(file, static_cast<int>(where.line),
                                  static_cast<int>(where.column), path + "." + name, message));
  }
}

// Reads the numbers of one distribution table and checks its rules.
class Reader {
 public:
  Reader(const toml::table& table, const std::string& path, TomlFields& fields)
      : table_(table), path_(path), fields_(fields) {}

  std::optional<double> Get(const std::string& key, bool required = true) {
    return fields_.Number(table_, key, path_ + "." + key, required);
  }
  void Fail(const std::string& key, const std::string& message) {
    fields_.Report(table_.get(key), path_ + "." + key, message);
  }
  static std::string Named(const std::string& key, double value) {
    return key + " " + FormatNumber(value);
  }
  // Reports "min a must not exceed max b"; returns whether min <= max.
  bool Ordered(double min, double max) {
    if (min <= max) return true;
    Fail("min", Named("min", min) + " must not exceed " + Named("max", max));
    return false;
  }
  void Within(const std::string& key, double value, double min, double max) {
    if (value >= min && value <= max) return;
    Fail(key, Named(key, value) + " must be within [" + Named("min", min) + ", " +
                  Named("max", max) + "]");
  }
  void AtLeastZero(const std::string& key, double value) {
    if (!(value >= 0)) Fail(key, Named(key, value) + " must be >= 0");
  }
  void AboveZero(const std::string& key, double value) {
    if (!(value > 0)) Fail(key, Named(key, value) + " must be > 0");
  }

 private:
  const toml::table& table_;
  const std::string& path_;
  TomlFields& fields_;
};

// triangular and PERT
void ReadModal(Reader& reader, Distribution& d) {
  const auto min = reader.Get("min"), mode = reader.Get("mode"), max = reader.Get("max");
  if (d.kind == DistributionKind::kPert) {
    if (const auto lambda = reader.Get("lambda", false)) {
      reader.AboveZero("lambda", *lambda);
      if (*lambda > kMaxPertLambda) {
        reader.Fail("lambda", Reader::Named("lambda", *lambda) +
                                  " must be <= " + FormatNumber(kMaxPertLambda));
      }
      d.lambda = *lambda;
    }
  }
  if (!min || !mode || !max) return;
  if (reader.Ordered(*min, *max)) reader.Within("mode", *mode, *min, *max);
  d.min = *min, d.mode = *mode, d.max = *max;
}

void ReadUniform(Reader& reader, Distribution& d) {
  const auto min = reader.Get("min"), max = reader.Get("max");
  if (!min || !max) return;
  reader.Ordered(*min, *max);
  d.min = *min, d.max = *max;
}

void ReadNormal(Reader& reader, Distribution& d) {
  const auto mean = reader.Get("mean"), sd = reader.Get("sd");
  const auto min = reader.Get("min", false), max = reader.Get("max", false);
  if (sd) reader.AtLeastZero("sd", *sd);
  if (min && max && !reader.Ordered(*min, *max)) return;
  if (!mean || !sd) return;
  d.mean = *mean, d.sd = *sd;
  if (min) d.min = *min;
  if (max) d.max = *max;
  if (min && max) {
    reader.Within("mean", *mean, *min, *max);
  } else if (min && *mean < *min) {
    reader.Fail("mean", Reader::Named("mean", *mean) + " must be >= " + Reader::Named("min", *min));
  } else if (max && *mean > *max) {
    reader.Fail("mean", Reader::Named("mean", *mean) + " must be <= " + Reader::Named("max", *max));
  }
}

void ReadLognormal(Reader& reader, Distribution& d) {
  const auto median = reader.Get("median"), sigma = reader.Get("sigma");
  if (median) reader.AboveZero("median", *median);
  if (sigma) reader.AtLeastZero("sigma", *sigma);
  d.min = 0;
  if (median) d.median = *median;
  if (sigma) d.sigma = *sigma;
}

}  // namespace

bool IsDistributionTable(const toml::node& node) {
  const toml::table* table = node.as_table();
  return table != nullptr && table->contains("dist");
}

std::optional<Distribution> ReadDistribution(const toml::table& table, const std::string& path,
                                             TomlFields& fields) {
  const size_t problems_before = fields.problems().size();
  const auto name = fields.String(table, "dist", path + ".dist", true);
  if (!name) return std::nullopt;
  const KindKeys* kind = FindKind(*name, table, path, fields);
  if (kind == nullptr) return std::nullopt;
  RejectKeys(table, path, *kind, fields);
  Distribution d;
  d.kind = kind->kind;
  Reader reader(table, path, fields);
  switch (d.kind) {
    case DistributionKind::kTriangular:
    case DistributionKind::kPert:
      ReadModal(reader, d);
      break;
    case DistributionKind::kUniform:
      ReadUniform(reader, d);
      break;
    case DistributionKind::kNormal:
      ReadNormal(reader, d);
      break;
    case DistributionKind::kLognormal:
      ReadLognormal(reader, d);
      break;
  }
  if (fields.problems().size() != problems_before) return std::nullopt;
  return d;
}

}  // namespace ripple
