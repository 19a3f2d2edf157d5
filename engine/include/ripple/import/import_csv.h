// `ripple model import csv`: turns a folder holding transactions.csv,
// output.csv, final_demand.csv and satellites.csv (the package table formats,
// see models/README.md) into a complete package with a model.toml.
#pragma once

#include <optional>
#include <string>

#include "ripple/model/model.h"

namespace ripple {

struct CsvImportOptions {
  std::string id;                     // required: package id
  std::string household_consumption;  // final-demand column for Type II ("" = Type I only)
  std::string household_income = "compensation";  // satellite used as household income
  std::optional<double> household_income_total;   // Type II denominator (default: sum of income)
  ModelInfo info;  // metadata written to model.toml (id is overwritten by `id`)
};

// Reads the four tables of `folder`, applies the options, validates (throws
// Error(kBadInput) with every problem) and returns the model.
Model ImportCsvFolder(const std::string& folder, const CsvImportOptions& options);

}  // namespace ripple
