// `ripple model import eurostat`: builds a model package from Eurostat's
// symmetric input-output table naio_10_cp1700 (product by product, basic
// prices), with employment (nama_10_a64_e) and enterprise counts (SBS
// sbs_ovw_act) as satellites.
//
// Three layers, each usable on its own:
//   1. StatCube: one Eurostat dataset in memory, read from JSON-stat 2.0 (the
//      API's format), the TSV bulk format, or a wide CSV (one row per NACE code).
//   2. Mappings from Eurostat codes to the 65 ESA 2010 A*64 products.
//   3. ParseEurostatImport / ImportEurostat: the whole package.
// Every Parse* function takes text and a name for messages, so tests need no
// files. Errors are Error(kBadInput) with "file[:line]: field: message";
// conditions that do not stop the import (an identity off by more than
// rounding but less than 1%, satellite values derived by a documented rule or
// zero by scope, a dropped empty product) are returned as warnings.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ripple/model/model.h"

namespace ripple {

// One observation. Eurostat marks unavailable figures with ':' (TSV) or leaves
// them out (JSON-stat), often with a status flag such as 'm' (cannot exist) or
// 'c' (confidential).
struct StatCell {
  double value = 0;        // meaningful only when has_value
  bool has_value = false;  // false: the position is listed without a number
  std::string status;      // flags as published ("p", "e", "m", "c", "b"...), "" when none
  int line = 0;            // 1-based line in a text source (TSV, CSV); 0 for JSON-stat
};

struct StatDimension {
  std::string id;                          // lowercase: "geo", "time", "prd_use", "nace_r2"...
  std::vector<std::string> codes;          // category codes in file order
  std::vector<std::string> labels;         // same order; "" when the file has no labels
  int Index(std::string_view code) const;  // -1 when absent
};

// Keeps only the observations whose code in `dimension` is `code`.
struct StatFilter {
  std::string dimension;  // e.g. "geo", "time", "unit"
  std::string code;       // e.g. "FR", "2021", "MIO_EUR"
};

class StatCube {
 public:
  std::string source;   // file name used in messages
  std::string dataset;  // dataset code when the file says (JSON-stat extension.id), lowercase
  std::string updated;  // last data update when the file says (JSON-stat "updated")
  std::vector<StatDimension> dimensions;

  int DimensionIndex(std::string_view id) const;  // -1 when absent
  // Stores a cell at `codes` (one per dimension, in dimension order). Returns
  // false, storing nothing, when that position is already present.
  bool Insert(const std::vector<std::string>& codes, StatCell cell);
  // The cell where each named dimension has the given code, or nullptr. Every
  // dimension not named must hold exactly one code (see RequireSingleCodes).
  const StatCell* Find(const std::vector<std::pair<std::string, std::string>>& where) const;
  // Throws Error(kBadInput) when a dimension outside `except` holds more than
  // one code, naming it and its codes (e.g. two units in one file).
  void RequireSingleCodes(const std::vector<std::string>& except) const;
  size_t size() const { return cells_.size(); }

 private:
  std::unordered_map<std::string, StatCell> cells_;  // key: codes joined by '\x1f'
};

// JSON-stat 2.0 dataset (the Eurostat API's JSON): dimension order from `id`
// and `size`, row-major value positions, `value` and `status` as arrays or
// objects. Every filter must name a dimension of the file and one of its codes.
// Throws Error(kBadInput) on invalid JSON or structure, naming the field.
StatCube ParseJsonStat(std::string_view text, const std::string& source,
                       const std::vector<StatFilter>& filters);

// Eurostat TSV (bulk download and API format=TSV): header cell
// "freq,unit,...,geo\TIME_PERIOD" (older files: "...,geo\time"), one column
// per period, values "123.4", "123.4 p", ":" or ": c". Dimension ids are
// lowercased and the period dimension is called "time". Throws
// Error(kBadInput) naming file, line and column for a malformed line.
StatCube ParseEurostatTsv(std::string_view text, const std::string& source,
                          const std::vector<StatFilter>& filters);

// Wide CSV with a `nace_r2` column and one column per indicator (other columns
// ignored), e.g. "nace_r2,EMP_DC,SAL_DC,SELF_DC". Empty cells are missing
// values. The cube has dimensions nace_r2 and `indicator_dimension`.
StatCube ParseNaceCsv(std::string_view text, const std::string& source,
                      const std::string& indicator_dimension,
                      const std::vector<std::string>& indicators);

// The 65 ESA 2010 A*64 products as Ripple sector codes: the CPA code without
// "CPA_", with the section letter repeated after '-' or '_' so codes read
// like NACE (CPA_J59_60 -> J59_J60, CPA_C10-12 -> C10-C12, CPA_L68A -> L68A).
struct A64Product {
  std::string cpa;    // Eurostat code, e.g. "CPA_J59_60"
  std::string code;   // sector code, e.g. "J59_J60"
  std::string label;  // Eurostat's English label
};
const std::vector<A64Product>& A64Products();
std::string SectorCodeFromCpa(const std::string& cpa);

// Employment satellites from nama_10_a64_e (dimensions nace_r2 and na_item,
// thousand persons): "employment" (EMP_DC), "employees" (SAL_DC),
// "self_employed" (SELF_DC), one value per code of `sectors` (A64Products
// codes). NACE A*64 codes align one-to-one with the products, except L68:
// L68A (imputed rents) gets its own figure when published (0 otherwise) and
// L68B gets L68 minus L68A. Throws for a code outside nama_10_a64_e's list or
// a missing figure; a leaf total off TOTAL beyond rounding is a warning.
std::vector<Satellite> MapEmployment(const StatCube& employment,
                                     const std::vector<std::string>& sectors,
                                     std::vector<std::string>& warnings);

// "enterprises" (number of enterprises, SBS indicator ENT_NR) per sector.
// SBS covers market enterprises of sections B-S excluding S94: A01-A03, L68A,
// O, S94, T and U get 0 (one warning). Divisions are summed into products;
// when the file lacks the divisions of a group (e.g. only G, not G45-G47), the
// section figure less the known products is spread over the rest in
// proportion to `weights` (employment when given, else output), one warning
// per group. Throws when neither divisions nor section are published.
Satellite MapEnterprises(const StatCube& sbs, const std::vector<std::string>& sectors,
                         const Vector& weights, const std::string& weight_name,
                         std::vector<std::string>& warnings);

// "employment_fte" (thousand FTE) per sector: `employment` (persons) x the
// product's ratio of employees in full-time equivalents (SBS SAL_FTE_NR) to
// employees (SAL_NR), both cubes with a nace_r2 dimension. The ratio comes
// from, first that applies: the product's SBS divisions; those of them that
// are published; its section less the section's other products (when only
// it is missing); its section; else (agriculture, O, S94, T: outside SBS)
// the ratio of the aggregate B-S_X_O_S94, which must be published. Each
// rule other than the first is a warning naming its products; so are the
// assumptions (self-employed at the employees' ratio; P and Q at the ratio of
// their market part).
Satellite MapFullTimeEquivalents(const StatCube& employees, const StatCube& fte,
                                 const std::vector<std::string>& sectors,
                                 const Satellite& employment, std::vector<std::string>& warnings);

enum class EurostatFlow { kDomestic, kTotal, kImported };
std::string ToString(EurostatFlow flow);                            // "DOM", "TOTAL", "IMP"
bool ParseEurostatFlow(std::string_view text, EurostatFlow& flow);  // false when unknown

struct EurostatImportOptions {
  std::string id;   // required: package id, e.g. "fr-2021"
  std::string geo;  // required: Eurostat geo code, e.g. "FR"
  int year = 0;     // required: reference year
  // stk_flow of transactions and final uses. DOM (domestic products only) is
  // the one for impact models; TOTAL adds imports to every flow; IMP keeps
  // imports only. Output and value added are the same for all three.
  EurostatFlow flow = EurostatFlow::kDomestic;
  std::string unit = "MIO_EUR";  // table unit: MIO_EUR or MIO_NAC (then set currency)
  std::string currency;          // ISO code for MIO_NAC; ignored for MIO_EUR
  std::string level = "a64";     // product breakdown; only "a64" exists
  std::string extracted;         // download date for provenance, "" = not recorded
  std::string title, region;     // overrides; "" = derived from the table
  // Adds "employment_fte" (MapFullTimeEquivalents) from the SBS file's SAL_NR
  // and SAL_FTE_NR; needs the employment and SBS files.
  bool fte = false;
};

// Texts of the input files with the names used in messages and provenance
// (only the file name part of a path is recorded). Empty names: not given.
struct EurostatSources {
  std::string table_text, table_name;            // naio_10_cp1700, JSON-stat or TSV
  std::string employment_text, employment_name;  // nama_10_a64_e: JSON-stat, TSV or CSV
  std::string sbs_text, sbs_name;                // sbs_ovw_act: JSON-stat, TSV or CSV
};

struct EurostatImportResult {
  Model model;
  std::vector<std::string> warnings;  // also summarised in model.info.notes
};

// Builds and validates the package. Transactions, output (P1) and final uses
// are in million units of the table currency at basic prices; the household
// closure is P3_S14 over compensation (D1). A product with zero output and no
// flows, final use or satellite value (CPA_U in most tables) is dropped with
// a warning. Throws Error(kBadInput) listing every missing cell, and for a
// balance identity off by more than 1% (not a usable symmetric table).
EurostatImportResult ParseEurostatImport(const EurostatSources& sources,
                                         const EurostatImportOptions& options);

// Reads the files (`employment`, `sbs` may be "") and calls
// ParseEurostatImport. Throws Error(kIo) when a file cannot be read.
struct EurostatFiles {
  std::string table, employment, sbs;
};
EurostatImportResult ImportEurostat(const EurostatFiles& files,
                                    const EurostatImportOptions& options);

}  // namespace ripple
