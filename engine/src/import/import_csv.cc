#include "ripple/import/import_csv.h"

#include <filesystem>
#include <sstream>
#include <utility>

#include "base/safe_id.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/file_io.h"
#include "ripple/base/limits.h"
#include "ripple/base/units.h"

namespace ripple {
namespace {

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// A model.toml for the folder, so the package parser validates everything.
std::string ImportToml(const CsvImportOptions& options) {
  const ModelInfo& info = options.info;
  std::ostringstream toml;
  toml << "id = " << Quote(options.id)
       << "\ntitle = " << Quote(info.title.empty() ? options.id : info.title)
       << "\nregion = " << Quote(info.region.empty() ? "unspecified" : info.region)
       << "\nyear = " << info.year << "\ncurrency = " << Quote(info.currency)
       << "\nmonetary_unit = " << Quote(info.monetary_unit)
       << "\nprice_basis = " << Quote(info.price_basis.empty() ? "unspecified" : info.price_basis)
       << "\nsource = " << Quote(info.source.empty() ? "unspecified" : info.source)
       << "\nlicence = " << Quote(info.licence.empty() ? "unspecified" : info.licence) << "\n";
  if (!options.household_consumption.empty()) {
    toml << "[household]\nconsumption = " << Quote(options.household_consumption)
         << "\nincome = " << Quote(options.household_income) << "\n";
    if (options.household_income_total) {
      toml << "income_total = " << FormatNumber(*options.household_income_total, 17) << "\n";
    }
  }
  return toml.str();
}

// The flag of `ripple model import csv` that sets each key of the generated
// model.toml: its problems are reported at the flag.
constexpr std::pair<const char*, const char*> kKeyFlags[] = {
    {"id", "--id"},
    {"title", "--title"},
    {"region", "--region"},
    {"year", "--year"},
    {"currency", "--currency"},
    {"monetary_unit", "--monetary-unit"},
    {"price_basis", "--price-basis"},
    {"source", "--source"},
    {"licence", "--licence"},
    {"household.consumption", "--household-consumption"},
    {"household.income_total", "--household-income-total"},
    {"household.income", "--household-income"},
};

// `message` with each "(import options)[:line:col]: key:" replaced by the
// flag that set the key: positions in the generated text mean nothing to
// the user.
std::string AtFlags(std::string message) {
  const std::string origin = "(import options)";
  for (size_t at = message.find(origin); at != std::string::npos;
       at = message.find(origin, at + 1)) {
    size_t key = at + origin.size();
    while (key < message.size() && message[key] != ' ') ++key;  // ":line:col:"
    for (const auto& [name, flag] : kKeyFlags) {
      const std::string written = std::string(name) + ":";
      if (message.compare(key + 1, written.size(), written) != 0) continue;
      message.replace(at, key + 1 + written.size() - at, std::string(flag) + ":");
      break;
    }
  }
  return message;
}

// The options that the generated model.toml would report badly.
void CheckOptions(const CsvImportOptions& options) {
  const ModelInfo& info = options.info;
  if (info.year < kMinYear || info.year > kMaxYear) {
    throw Error(ErrorKind::kBadInput,
                "--year " + std::to_string(info.year) + ": must be within " +
                    std::to_string(kMinYear) + "-" + std::to_string(kMaxYear) +
                    " (the table's reference year: amounts are moved from its prices)");
  }
  if (options.id.empty()) throw Error(ErrorKind::kBadInput, "--id: a model id is required");
  if (const std::string problem = IdProblem(options.id); !problem.empty())
    throw Error(ErrorKind::kBadInput, "--id: " + problem);
  const Unit money = ParseUnit(info.monetary_unit, "--monetary-unit");
  if (money.base != info.currency) {
    throw Error(ErrorKind::kBadInput, "--monetary-unit '" + info.monetary_unit + "' is in " +
                                          money.base + ", not in the model currency " +
                                          info.currency +
                                          " (--currency, default EUR): give --currency " +
                                          money.base + ", or a monetary unit in " + info.currency);
  }
}

}  // namespace

Model ImportCsvFolder(const std::string& folder, const CsvImportOptions& options) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    if (error && error != std::errc::no_such_file_or_directory)
      throw Error(ErrorKind::kIo, folder + ": folder cannot be read: " + error.message());
    throw Error(ErrorKind::kIo, folder + ": folder not found");
  }
  CheckOptions(options);
  ModelSources sources;
  sources.directory = folder;
  sources.toml_name = "(import options)";
  sources.toml_text = ImportToml(options);
  auto read = [&](const char* name, std::string& text, std::string& source) {
    source = (fs::path(folder) / name).string();
    text = ReadFile(source, kMaxTableFileBytes);
  };
  sources.transactions_name = (fs::path(folder) / "transactions.csv").string();
  sources.transactions_path = sources.transactions_name;
  FileReader{sources.transactions_path, kMaxTableFileBytes};  // its errors first, as before
  read("output.csv", sources.output_text, sources.output_name);
  read("final_demand.csv", sources.final_demand_text, sources.final_demand_name);
  read("satellites.csv", sources.satellites_text, sources.satellites_name);
  Model model;
  try {
    model = ParseModel(sources);
  } catch (const Error& error) {
    throw Error(error.kind(), AtFlags(error.what()));
  }
  model.info = options.info;
  model.info.id = options.id;
  if (model.info.title.empty()) model.info.title = options.id;
  if (model.info.region.empty()) model.info.region = "unspecified";
  if (model.info.price_basis.empty()) model.info.price_basis = "unspecified";
  if (model.info.source.empty()) model.info.source = "unspecified";
  if (model.info.licence.empty()) model.info.licence = "unspecified";
  return model;
}

}  // namespace ripple
