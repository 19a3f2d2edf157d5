// Parsing of model packages: model.toml and the four CSV tables.
#include <filesystem>
#include <map>
#include <set>

#include "base/safe_id.h"
#include "base/toml_fields.h"
#include "model/model_parts.h"
#include "model/transactions_parse.h"
#include "ripple/base/csv.h"
#include "ripple/base/csv_scan.h"
#include "ripple/base/error.h"
#include "ripple/base/file_io.h"
#include "ripple/base/huge_pages.h"
#include "ripple/base/limits.h"
#include "ripple/model/model.h"

namespace ripple {

int Model::SectorIndex(const std::string& code) const {
  for (size_t i = 0; i < sectors.size(); ++i) {
    if (sectors[i] == code) return static_cast<int>(i);
  }
  return -1;
}

std::vector<int> Model::ImputedRentSectors() const {
  std::vector<int> indices;
  const std::string& code = household.imputed_rent_sector;
  if (code.empty()) return indices;
  for (size_t i = 0; i < sectors.size(); ++i) {
    const std::string& sector = sectors[i];
    const bool regional = sector.size() > code.size() &&
                          sector.compare(sector.size() - code.size(), code.size(), code) == 0 &&
                          sector[sector.size() - code.size() - 1] == ':';
    if (sector == code || regional) indices.push_back(static_cast<int>(i));
  }
  return indices;
}

const Satellite* Model::FindSatellite(const std::string& name) const {
  for (const auto& satellite : satellites) {
    if (satellite.name == name) return &satellite;
  }
  return nullptr;
}

int Model::FinalDemandColumn(const std::string& name) const {
  for (size_t i = 0; i < final_demand_columns.size(); ++i) {
    if (final_demand_columns[i] == name) return static_cast<int>(i);
  }
  return -1;
}

namespace {

// Reads a numeric cell; reports "file:line: column 'c': ..." when it is not a number.
double Cell(const CsvTable& table, const CsvRow& row, size_t column, Problems& problems) {
  const std::string& text = row.fields[column];
  double value = 0;
  if (ParseDouble(text, value)) return value;
  const std::string what = text.empty() ? "missing value" : "'" + text + "' is not a number";
  problems.Add(Located(table.source, row.line, 0,
                       "row '" + row.fields[0] + "', column '" + table.header[column] + "'",
                       what + " (write 0 for an empty flow)"));
  return 0;
}

bool RowHasWidth(const CsvTable& table, const CsvRow& row, Problems& problems) {
  if (row.fields.size() == table.header.size()) return true;
  problems.Add(Located(table.source, row.line, 0, "",
                       "row has " + std::to_string(row.fields.size()) + " fields, header has " +
                           std::to_string(table.header.size())));
  return false;
}

void ExpectHeader(const CsvTable& table, size_t column, const std::string& name,
                  Problems& problems) {
  if (table.header.size() > column && table.header[column] == name) return;
  const std::string found = table.header.size() > column ? table.header[column] : "";
  problems.Add(Located(
      table.source, table.header_line, 0, "header",
      "column " + std::to_string(column + 1) + " must be '" + name + "', found '" + found + "'"));
}

// Maps each row label of a table to the sector index; reports unknown,
// duplicate and missing sectors.
std::vector<int> MatchRows(const CsvTable& table, const std::vector<std::string>& sectors,
                           const std::map<std::string, int>& index, Problems& problems) {
  std::vector<int> rows(table.rows.size(), -1);
  std::vector<bool> seen(sectors.size(), false);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const std::string& code = table.rows[r].fields[0];
    auto it = index.find(code);
    if (it == index.end()) {
      std::string message = "unknown sector '" + code + "'";
      message += DidYouMean(code, sectors);
      problems.Add(Located(table.source, table.rows[r].line, 0, table.header[0], message));
      continue;
    }
    if (seen[it->second]) {
      problems.Add(Located(table.source, table.rows[r].line, 0, table.header[0],
                           "sector '" + code + "' appears twice"));
      continue;
    }
    seen[it->second] = true;
    rows[r] = it->second;
  }
  for (size_t s = 0; s < sectors.size(); ++s) {
    if (!seen[s]) {
      problems.Add(Located(table.source, 0, 0, "", "missing row for sector '" + sectors[s] + "'"));
    }
  }
  return rows;
}

// Maps header columns [first, end) to sector indices (any order allowed).
std::vector<int> MatchColumns(const CsvTable& table, size_t first,
                              const std::vector<std::string>& sectors,
                              const std::map<std::string, int>& index, Problems& problems) {
  std::vector<int> columns(table.header.size(), -1);
  std::vector<bool> seen(sectors.size(), false);
  for (size_t c = first; c < table.header.size(); ++c) {
    auto it = index.find(table.header[c]);
    if (it == index.end() || seen[it->second]) {
      std::string message = it == index.end() ? "unknown sector '" + table.header[c] + "'"
                                              : "sector '" + table.header[c] + "' appears twice";
      if (it == index.end()) message += DidYouMean(table.header[c], sectors);
      problems.Add(Located(table.source, table.header_line, 0, "header", message));
      continue;
    }
    seen[it->second] = true;
    columns[c] = it->second;
  }
  for (size_t s = 0; s < sectors.size(); ++s) {
    if (!seen[s]) {
      problems.Add(Located(table.source, table.header_line, 0, "header",
                           "missing column for sector '" + sectors[s] + "'"));
    }
  }
  return columns;
}

// Sizes from the header are checked before anything of that size is
// allocated: more than kMaxSectors columns besides the first is a problem.
bool TooManyColumns(const CsvTable& table, const std::string& what, Problems& problems) {
  if (table.header.size() <= static_cast<size_t>(kMaxSectors) + 1) return false;
  problems.Add(Located(table.source, table.header_line, 0, "header",
                       std::to_string(table.header.size() - 1) + " " + what +
                           " columns, more than the " + std::to_string(kMaxSectors) +
                           " Ripple reads"));
  return true;
}

void ParseTransactions(const CsvTable& table, Model& model, std::map<std::string, int>& index,
                       Problems& problems) {
  ExpectHeader(table, 0, "sector", problems);
  if (TooManyColumns(table, "sector", problems)) return;
  for (size_t c = 1; c < table.header.size(); ++c) {
    if (index.count(table.header[c])) {
      problems.Add(Located(table.source, table.header_line, 0, "header",
                           "sector '" + table.header[c] + "' appears twice"));
      continue;
    }
    if (table.header[c].empty()) {
      problems.Add(Located(table.source, table.header_line, 0, "header",
                           "column " + std::to_string(c + 1) + " has an empty sector code"));
      continue;
    }
    index[table.header[c]] = static_cast<int>(model.sectors.size());
    model.sectors.push_back(table.header[c]);
  }
  const size_t n = model.sectors.size();
  if (n == 0) {
    problems.Add(Located(table.source, table.header_line, 0, "header", "no sector columns"));
    return;
  }
  if (table.rows.size() != n) {
    problems.Add(Located(table.source, 0, 0, "",
                         "matrix must be square: " + std::to_string(n) + " columns but " +
                             std::to_string(table.rows.size()) + " rows"));
    MatchRows(table, model.sectors, index, problems);  // names the missing or extra rows
    return;  // the n x n matrix is not allocated for a table that cannot be one
  }
  ResizeForLargeWrite(model.transactions, n, n);  // huge pages for a large table
  model.transactions.setZero();
  model.lines.transactions_file = table.source;
  model.lines.transactions.assign(n, 0);
  std::vector<int> row_index = MatchRows(table, model.sectors, index, problems);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    if (row_index[r] < 0 || !RowHasWidth(table, row, problems)) continue;
    model.lines.transactions[row_index[r]] = row.line;
    for (size_t c = 1; c < table.header.size(); ++c) {
      auto it = index.find(table.header[c]);
      if (it == index.end()) continue;
      model.transactions(row_index[r], it->second) = Cell(table, row, c, problems);
    }
  }
}

void ParseOutput(const CsvTable& table, Model& model, const std::map<std::string, int>& index,
                 Problems& problems) {
  ExpectHeader(table, 0, "sector", problems);
  ExpectHeader(table, 1, "output", problems);
  const int name_column = table.ColumnIndex("name");
  model.output = Vector::Zero(model.sectors.size());
  model.sector_names.assign(model.sectors.size(), "");
  model.lines.output_file = table.source;
  model.lines.output.assign(model.sectors.size(), 0);
  std::vector<int> rows = MatchRows(table, model.sectors, index, problems);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (rows[r] < 0 || !RowHasWidth(table, table.rows[r], problems)) continue;
    model.lines.output[rows[r]] = table.rows[r].line;
    model.output(rows[r]) = Cell(table, table.rows[r], 1, problems);
    if (name_column > 0) model.sector_names[rows[r]] = table.rows[r].fields[name_column];
  }
}

void ParseFinalDemand(const CsvTable& table, Model& model, const std::map<std::string, int>& index,
                      Problems& problems) {
  ExpectHeader(table, 0, "sector", problems);
  if (TooManyColumns(table, "final-demand", problems)) return;
  std::set<std::string> seen;
  for (size_t c = 1; c < table.header.size(); ++c) {
    if (!seen.insert(table.header[c]).second) {
      problems.Add(Located(table.source, table.header_line, 0, "header",
                           "column '" + table.header[c] + "' appears twice"));
    }
    model.final_demand_columns.push_back(table.header[c]);
  }
  model.final_demand = Matrix::Zero(model.sectors.size(), model.final_demand_columns.size());
  std::vector<int> rows = MatchRows(table, model.sectors, index, problems);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (rows[r] < 0 || !RowHasWidth(table, table.rows[r], problems)) continue;
    for (size_t c = 1; c < table.header.size(); ++c) {
      model.final_demand(rows[r], c - 1) = Cell(table, table.rows[r], c, problems);
    }
  }
}

void ParseSatellites(const CsvTable& table, Model& model, const std::map<std::string, int>& index,
                     Problems& problems) {
  ExpectHeader(table, 0, "satellite", problems);
  ExpectHeader(table, 1, "unit", problems);
  if (table.header.size() < 2) return;  // no unit column: rows cannot be read (reported above)
  std::vector<int> columns = MatchColumns(table, 2, model.sectors, index, problems);
  std::set<std::string> names;
  model.lines.satellites_file = table.source;
  for (const CsvRow& row : table.rows) {
    if (!RowHasWidth(table, row, problems)) continue;
    model.lines.satellites.push_back(row.line);
    Satellite satellite;
    satellite.name = row.fields[0];
    satellite.unit = row.fields[1];
    const bool valid_name = !satellite.name.empty() &&
                            satellite.name.find_first_not_of(
                                "abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
    if (!valid_name) {
      problems.Add(Located(table.source, row.line, 0, "satellite",
                           "name '" + satellite.name + "' must be lower_snake_case (a-z, 0-9, _)"));
    }
    if (!names.insert(satellite.name).second) {
      problems.Add(Located(table.source, row.line, 0, "satellite",
                           "satellite '" + satellite.name + "' appears twice"));
    }
    if (satellite.unit.empty()) {
      problems.Add(Located(table.source, row.line, 0, "unit",
                           "satellite '" + satellite.name + "' has no unit"));
    }
    satellite.values = Vector::Zero(model.sectors.size());
    for (size_t c = 2; c < table.header.size(); ++c) {
      if (columns[c] >= 0) satellite.values(columns[c]) = Cell(table, row, c, problems);
    }
    model.satellites.push_back(std::move(satellite));
  }
}

// transactions.csv, from sources.transactions_path when set (read in chunks,
// never whole, unless it breaks a rule) else from its text; the full parser
// names the problems of a table the fast path does not take.
void ReadTransactions(const ModelSources& sources, Model& model, std::map<std::string, int>& index,
                      Problems& problems) {
  const std::string& name = sources.transactions_name;
  if (sources.transactions_path.empty()) {
    CsvScanner scanner(sources.transactions_text, name);
    if (ReadTransactionsFast(scanner, model, index)) return;
    ParseTransactions(ParseCsv(sources.transactions_text, name), model, index, problems);
    return;
  }
  {
    CsvScanner scanner(sources.transactions_path, kMaxTableFileBytes);
    if (ReadTransactionsFast(scanner, model, index)) return;
  }
  const std::string text = ReadFile(sources.transactions_path, kMaxTableFileBytes);
  ParseTransactions(ParseCsv(text, name), model, index, problems);
}

struct FileNames {
  std::string transactions = "transactions.csv", output = "output.csv",
              final_demand = "final_demand.csv", satellites = "satellites.csv";
};

void ParseInfo(const toml::table& root, TomlFields& fields, Model& model) {
  ModelInfo& info = model.info;
  if (const auto id = fields.String(root, "id", "id", true)) {
    info.id = *id;
    const std::string problem = IdProblem(info.id);
    if (!problem.empty()) fields.Report(root.get("id"), "id", problem);
  }
  info.title = fields.String(root, "title", "title", true).value_or("");
  info.region = fields.String(root, "region", "region", true).value_or("");
  info.year = fields.Integer(root, "year", "year", true).value_or(0);
  info.currency = fields.String(root, "currency", "currency", true).value_or("");
  info.monetary_unit = fields.String(root, "monetary_unit", "monetary_unit", true).value_or("");
  info.price_basis = fields.String(root, "price_basis", "price_basis", true).value_or("");
  info.classification = fields.String(root, "classification", "classification", false).value_or("");
  info.table_type = fields.String(root, "table_type", "table_type", false).value_or("");
  info.source = fields.String(root, "source", "source", true).value_or("");
  info.citation = fields.String(root, "citation", "citation", false).value_or("");
  info.licence = fields.String(root, "licence", "licence", true).value_or("");
  info.notes = fields.String(root, "notes", "notes", false).value_or("");
  if (const toml::table* provenance = root["provenance"].as_table()) {
    for (const auto& [key, node] : *provenance) {
      const std::string name(key.str());
      if (const auto* text = node.as_string()) {
        info.provenance.emplace_back(name, text->get());
      } else {
        fields.Report(&node, "provenance." + name, "expected a string");
      }
    }
  }
}

void ParseHousehold(const toml::table& root, TomlFields& fields, Model& model) {
  const toml::node* node = root.get("household");
  if (node == nullptr) return;
  const toml::table* table = node->as_table();
  if (table == nullptr) {
    fields.Report(node, "household", "expected a table");
    return;
  }
  fields.RejectUnknownKeys(*table, "household",
                           {"consumption", "income", "income_total", "local_consumption_share",
                            "resident_income_share", "imputed_rent_sector"});
  HouseholdClosure& h = model.household;
  h.consumption_column =
      fields.String(*table, "consumption", "household.consumption", true).value_or("");
  h.income_satellite =
      fields.String(*table, "income", "household.income", false).value_or(h.income_satellite);
  h.income_total = fields.Number(*table, "income_total", "household.income_total", false);
  h.local_consumption_share =
      fields.Number(*table, "local_consumption_share", "household.local_consumption_share", false)
          .value_or(1.0);
  h.resident_income_share =
      fields.Number(*table, "resident_income_share", "household.resident_income_share", false)
          .value_or(1.0);
  h.imputed_rent_sector =
      fields.String(*table, "imputed_rent_sector", "household.imputed_rent_sector", false)
          .value_or("");
}

FileNames ParseFiles(const toml::table& root, TomlFields& fields) {
  FileNames names;
  const toml::table* files = root["files"].as_table();
  if (files == nullptr) return names;
  fields.RejectUnknownKeys(*files, "files",
                           {"transactions", "output", "final_demand", "satellites"});
  names.transactions = fields.String(*files, "transactions", "files.transactions", false)
                           .value_or(names.transactions);
  names.output = fields.String(*files, "output", "files.output", false).value_or(names.output);
  names.final_demand = fields.String(*files, "final_demand", "files.final_demand", false)
                           .value_or(names.final_demand);
  names.satellites =
      fields.String(*files, "satellites", "files.satellites", false).value_or(names.satellites);
  return names;
}

const std::vector<std::string> kTopLevelKeys = {
    "id",          "title",          "region",     "year",      "currency", "monetary_unit",
    "price_basis", "classification", "table_type", "source",    "citation", "licence",
    "notes",       "files",          "household",  "provenance"};

// Where each key of `table` (and of its tables) was written, for messages
// found after parsing (model_validate.cc, leontief.cc).
void RecordKeyPositions(const toml::table& table, const std::string& prefix,
                        std::map<std::string, std::pair<int, int>>& positions) {
  for (const auto& [key, node] : table) {
    const std::string path = prefix + std::string(key.str());
    const auto& where = node.source().begin;
    positions[path] = {static_cast<int>(where.line), static_cast<int>(where.column)};
    if (const toml::table* inner = node.as_table(); inner != nullptr && prefix.empty())
      RecordKeyPositions(*inner, path + ".", positions);
  }
}

constexpr const char* kRpcFile = "rpc.csv";
constexpr const char* kQuotientsFile = "location_quotients.csv";

}  // namespace

void ParseModelToml(const std::string& text, const std::string& name, Model& model,
                    Problems& problems) {
  const toml::table root = ParseTomlText(text, name);
  TomlFields fields(name, problems);
  fields.RejectUnknownKeys(root, "", kTopLevelKeys);
  model.lines.toml_file = name;
  RecordKeyPositions(root, "", model.lines.toml_keys);
  ParseInfo(root, fields, model);
  ParseHousehold(root, fields, model);
}

Model ParseModel(const ModelSources& sources) {
  Problems problems;
  Model model;
  ParseModelToml(sources.toml_text, sources.toml_name, model, problems);

  std::map<std::string, int> index;
  ReadTransactions(sources, model, index, problems);
  if (!model.sectors.empty()) {
    ParseOutput(ParseCsv(sources.output_text, sources.output_name), model, index, problems);
    ParseFinalDemand(ParseCsv(sources.final_demand_text, sources.final_demand_name), model, index,
                     problems);
    ParseSatellites(ParseCsv(sources.satellites_text, sources.satellites_name), model, index,
                    problems);
    ParseRegionalSourcing(sources, model, problems);
  }
  problems.ThrowIfAny();
  ValidateModel(model, sources.directory, problems);
  problems.ThrowIfAny();
  return model;
}

std::vector<std::string> ModelFiles(const std::string& directory) {
  namespace fs = std::filesystem;
  const std::string toml_path = (fs::path(directory) / "model.toml").string();
  Problems problems;
  const toml::table root = ParseTomlText(ReadFile(toml_path), toml_path);
  TomlFields fields(toml_path, problems);
  const FileNames names = ParseFiles(root, fields);
  problems.ThrowIfAny();
  std::vector<std::string> files = {toml_path, (fs::path(directory) / names.transactions).string(),
                                    (fs::path(directory) / names.output).string(),
                                    (fs::path(directory) / names.final_demand).string(),
                                    (fs::path(directory) / names.satellites).string()};
  for (const char* optional : {kRpcFile, kQuotientsFile}) {
    const fs::path path = fs::path(directory) / optional;
    std::error_code error;  // cannot be checked: left out, as absent
    if (fs::exists(path, error)) files.push_back(path.string());
  }
  return files;
}

void RequireModelFolder(const std::string& directory) {
  if (!std::filesystem::is_directory(directory)) {
    throw Error(ErrorKind::kIo, directory + ": model folder not found");
  }
}

Model LoadModelFiles(const std::string& directory, const std::vector<std::string>& files) {
  ModelSources sources;
  sources.directory = directory;
  sources.toml_name = files[0];
  sources.toml_text = ReadFile(files[0]);
  sources.transactions_name = files[1];
  sources.transactions_path = files[1];
  FileReader{files[1], kMaxTableFileBytes};  // its errors come first, as when read here whole
  sources.output_name = files[2];
  sources.output_text = ReadFile(files[2], kMaxTableFileBytes);
  sources.final_demand_name = files[3];
  sources.final_demand_text = ReadFile(files[3], kMaxTableFileBytes);
  sources.satellites_name = files[4];
  sources.satellites_text = ReadFile(files[4], kMaxTableFileBytes);
  for (size_t f = 5; f < files.size(); ++f) {
    const bool rpc = std::filesystem::path(files[f]).filename() == kRpcFile;
    (rpc ? sources.rpc_name : sources.quotients_name) = files[f];
    (rpc ? sources.rpc_text : sources.quotients_text) = ReadFile(files[f], kMaxTableFileBytes);
  }
  return ParseModel(sources);
}

}  // namespace ripple
