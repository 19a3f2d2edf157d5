#include "support/synthetic_model.h"

#include <cstdio>
#include <cstring>

#include "ripple/base/random.h"

namespace ripple::testing {
namespace {

struct Fnv1a {
  uint64_t hash = 14695981039346656037ull;
  void Add(const Matrix& m) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(m.data());
    for (size_t i = 0; i < sizeof(double) * static_cast<size_t>(m.size()); ++i) {
      hash = (hash ^ bytes[i]) * 1099511628211ull;
    }
  }
};

}  // namespace

Model SyntheticPackageModel(int n, uint64_t seed, const std::string& id) {
  Model model = SyntheticModel(n, seed);
  model.info = {};
  model.info.id = id;
  model.info.title = model.info.region = model.info.price_basis = model.info.source =
      model.info.licence = "synthetic";
  model.info.year = 2020;
  model.info.currency = "EUR";
  model.info.monetary_unit = "million EUR";
  return model;
}

Model SyntheticModel(int n, uint64_t seed) {
  RandomStream random(seed);
  Model model;
  model.info.id = "synthetic-n" + std::to_string(n);
  model.info.monetary_unit = "million EUR";
  char code[16];
  for (int i = 0; i < n; ++i) {
    std::snprintf(code, sizeof code, "s%04d", i + 1);
    model.sectors.push_back(code);
  }
  model.sector_names.assign(static_cast<size_t>(n), "");
  Matrix a(n, n);
  for (Eigen::Index j = 0; j < n; ++j) {
    for (Eigen::Index i = 0; i < n; ++i) a(i, j) = random.Uniform();
    a.col(j) *= (0.3 + 0.4 * random.Uniform()) / a.col(j).sum();
  }
  model.output = Vector(n);
  for (Eigen::Index j = 0; j < n; ++j) model.output(j) = 800 + 400 * random.Uniform();
  model.transactions = a * model.output.asDiagonal();
  const Vector final_total = model.output - model.transactions.rowwise().sum();
  model.final_demand_columns = {"households", "other"};
  model.final_demand = Matrix(n, 2);
  model.final_demand.col(0) = 0.6 * final_total;
  model.final_demand.col(1) = 0.4 * final_total;
  const Vector value_added = model.output - model.transactions.colwise().sum().transpose();
  model.satellites.push_back({"compensation", "million EUR", 0.5 * value_added});
  model.satellites.push_back({"employment", "thousand persons", model.output / 90.0});
  model.household.consumption_column = "households";
  return model;
}

std::string LeontiefFingerprint(const LeontiefModel& model, const Model& table) {
  const Vector f = table.final_demand.rowwise().sum();
  Matrix three(f.size(), 3);
  three << f, table.final_demand;
  Matrix income;
  const Vector ones = Vector::Ones(f.size());
  Fnv1a fnv;
  fnv.Add(model.SolveTypeI(f));
  fnv.Add(model.SolveTypeI(three));
  fnv.Add(model.SolveTypeII(three, &income));
  fnv.Add(income);
  fnv.Add(model.WeightedColumnSumsTypeI(ones));
  fnv.Add(model.WeightedColumnSumsTypeII(ones));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv.hash));
  return hex;
}

}  // namespace ripple::testing
