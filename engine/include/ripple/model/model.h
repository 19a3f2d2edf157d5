// A model package: the input-output table of one economy, its satellite
// accounts and the household closure used for Type II effects.
//
// On disk a package is a folder (documented in models/README.md):
//   model.toml          metadata, units, provenance, [household] closure
//   transactions.csv    Z: intermediate use, rows = supplying sector,
//                       columns = purchasing sector, monetary unit
//   output.csv          x: total output per sector, monetary unit
//   final_demand.csv    final-use columns per sector, monetary unit
//   satellites.csv      one row per satellite: satellite,unit,<sector values>
// All monetary tables share `ModelInfo::monetary_unit` (e.g. "million EUR").
// Satellite rows are levels (e.g. employment in thousand persons), not
// coefficients: Ripple divides by output itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ripple/base/eigen.h"

namespace ripple {

struct ModelInfo {
  std::string id;              // short id, e.g. "fr-2021"
  std::string title;           // human title
  std::string region;          // e.g. "France", "Nord (FRE11)"
  int year = 0;                // reference year of the table
  std::string currency;        // ISO code, e.g. "EUR"
  std::string monetary_unit;   // e.g. "million EUR": unit of Z, x and final demand
  std::string price_basis;     // e.g. "basic prices, current prices"
  std::string classification;  // e.g. "CPA 2.1 A*64 products"
  std::string table_type;      // e.g. "product-by-product, domestic flows"
  std::string source;          // original publisher, e.g. "Source: Eurostat"
  std::string citation;        // full citation of the dataset
  std::string licence;
  std::string notes;  // known limitations
  // Free-form provenance (dataset id, extraction date, command used), written
  // under [provenance] in model.toml, in this order.
  std::vector<std::pair<std::string, std::string>> provenance;
};

// Type II closure. Households are added as an extra sector: their "input
// coefficients" are household consumption per unit of household income, their
// "output" row is household income per unit of output.
//   h_j = resident_income_share * income_j / x_j
//   c_i = local_consumption_share * consumption_i / income_denominator
// where income_denominator = income_total when set, else the sum of the income
// satellite (total compensation of employees), the usual default of national
// statistical offices (e.g. ONS, Scottish Government use compensation).
struct HouseholdClosure {
  std::string consumption_column;                 // column of final_demand.csv; "" = no Type II
  std::string income_satellite = "compensation";  // satellite row giving income_j
  std::optional<double> income_total;             // denominator, monetary unit
  double local_consumption_share = 1.0;  // share of household spending made in the region [0,1]
  double resident_income_share = 1.0;    // share of income paid to resident households [0,1]
  // Imputed rents of owner-occupied dwellings (e.g. "L68A"): households pay
  // them to themselves, so extra income does not buy more of them; the
  // sector's household consumption is left out of the closure. "" = none.
  // In a model of several regions (codes "NORD:L68A"), every region's sector
  // of that product (Model::ImputedRentSectors).
  std::string imputed_rent_sector;

  bool enabled() const { return !consumption_column.empty(); }
};

// Where a regional model's buyers get their inputs (models/README.md,
// "Regional sourcing"). Empty for a national model: every purchase in it is
// domestic, nothing leaks (imports from abroad are outside the table).
//   purchase_coefficients  n x n, rpc_ij in [0,1]: the share of input i that a
//                          buyer of sector j gets from the region (rpc.csv,
//                          written by `ripple model regionalize`: min(LQ_ij, 1))
//   supply_share           n, in [0,1]: the share of final demand for product i
//                          supplied from the region = min(SLQ_i, 1)
//                          (location_quotients.csv, column `slq`); empty when
//                          the package has no such file (then 1)
struct RegionalSourcing {
  Matrix purchase_coefficients;
  Vector supply_share;

  bool enabled() const { return purchase_coefficients.size() > 0; }
  // rpc of input `i` for buyer `j`; 1 when not enabled.
  double Purchase(Eigen::Index i, Eigen::Index j) const {
    return enabled() ? purchase_coefficients(i, j) : 1.0;
  }
  double Supply(Eigen::Index i) const { return supply_share.size() > 0 ? supply_share(i) : 1.0; }
};

struct Satellite {
  std::string name;  // lower_snake_case, e.g. "employment"
  std::string unit;  // e.g. "thousand persons", "million EUR"
  Vector values;     // level per sector, in `unit`
};

// Where each table row was read (1-based line numbers; empty for a model built
// in memory). Only used to point validation messages at the right line.
struct ModelSourceLines {
  std::string transactions_file, output_file, satellites_file, toml_file;
  std::vector<int> transactions;  // line of each sector's row, by sector index
  std::vector<int> output;        // idem for output.csv
  std::vector<int> satellites;    // line of each satellite's row
  // line and column of each key of model.toml, by dotted path
  // ("monetary_unit", "household.income_total")
  std::map<std::string, std::pair<int, int>> toml_keys;

  // "file:line:col: field: message" at the key `field` of model.toml (or
  // "model.toml: field: message" when its position is unknown).
  std::string TomlLocated(const std::string& field, const std::string& message) const;
};

struct Model {
  ModelInfo info;
  std::vector<std::string> sectors;               // codes, in table order
  std::vector<std::string> sector_names;          // optional labels ("" when absent)
  Matrix transactions;                            // n x n, Z
  Vector output;                                  // n, x
  std::vector<std::string> final_demand_columns;  // k names
  Matrix final_demand;                            // n x k
  std::vector<Satellite> satellites;
  HouseholdClosure household;
  RegionalSourcing regional;  // empty for a national model
  ModelSourceLines lines;

  int SectorIndex(const std::string& code) const;  // -1 when unknown
  // Indices of the sectors of household.imputed_rent_sector: the code itself,
  // or "<region>:<code>" in an interregional model; empty when none.
  std::vector<int> ImputedRentSectors() const;
  const Satellite* FindSatellite(const std::string& name) const;  // nullptr when absent
  int FinalDemandColumn(const std::string& name) const;           // -1 when absent
};

// Text of each file of a package, with the name used in messages.
struct ModelSources {
  std::string directory;  // for messages and for resolving nothing else
  std::string toml_text, toml_name;
  std::string transactions_text, transactions_name;
  // When set, transactions.csv is read from this file in chunks instead of
  // from transactions_text (an n = 8,000 table is 0.8 GB of text, never held
  // whole unless it breaks a rule); messages still name transactions_name.
  std::string transactions_path;
  std::string output_text, output_name;
  std::string final_demand_text, final_demand_name;
  std::string satellites_text, satellites_name;
  // Optional regional sourcing files (empty name = absent): rpc.csv and
  // location_quotients.csv beside model.toml.
  std::string rpc_text, rpc_name;
  std::string quotients_text, quotients_name;
};

// Parses and validates a package from text. Throws Error(kBadInput) listing
// every problem found (see ValidateModel).
Model ParseModel(const ModelSources& sources);

// Reads MODEL_DIR/model.toml and the files it names, then ParseModel; through the
// binary cache of model_cache.h when RIPPLE_CACHE_DIR is set.
// Throws Error(kIo) when a file cannot be read.
Model LoadModel(const std::string& directory);

// The files a package on disk is made of (model.toml first, then the four
// tables, then rpc.csv and location_quotients.csv when present), as paths.
std::vector<std::string> ModelFiles(const std::string& directory);

// Checks the rules of a package and adds one message per broken rule:
// square and complete tables, finite non-negative flows and outputs, column
// sums of A = Z x^-1 below 1, a zero-output sector having no inputs, a
// household closure that names an existing column and monetary satellite,
// shares within [0,1]. Messages name the file (from `model.lines`, else
// "<source>/transactions.csv" etc.), line when known, row, column, value and rule.
void ValidateModel(const Model& model, const std::string& source, class Problems& problems);

// Writes a package into `directory` (created if needed; existing files of the
// package are replaced). Numbers are written round-trip exact. Throws Error(kIo).
// Reads sources.rpc_text / quotients_text (when named) into model.regional:
// one row and one column per sector of the model, values finite in [0,1]
// (rpc) and SLQ finite >= 0. Adds one message per problem (file, line, rule).
void ParseRegionalSourcing(const ModelSources& sources, Model& model, class Problems& problems);

void WriteModelPackage(const Model& model, const std::string& directory);

}  // namespace ripple
