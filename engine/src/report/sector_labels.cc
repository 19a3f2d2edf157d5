// Loading sector names (see sector_labels.h).
#include "ripple/report/sector_labels.h"

#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

int RequiredColumn(const CsvTable& table, const std::string& name) {
  int index = table.ColumnIndex(name);
  if (index < 0) {
    throw Error(ErrorKind::kBadInput, Located(table.source, table.header_line, 0, name,
                                              "missing column (expected code,label_en,label_fr)"));
  }
  return index;
}

std::string Field(const CsvTable& table, const CsvRow& row, int index, const std::string& name) {
  std::string value = static_cast<size_t>(index) < row.fields.size() ? row.fields[index] : "";
  if (value.empty())
    throw Error(ErrorKind::kBadInput, Located(table.source, row.line, 0, name, "empty"));
  return value;
}

}  // namespace

SectorLabels SectorLabels::Parse(std::string_view text, const std::string& source) {
  CsvTable table = ParseCsv(text, source);
  int code = RequiredColumn(table, "code");
  int english = RequiredColumn(table, "label_en");
  int french = RequiredColumn(table, "label_fr");
  SectorLabels labels;
  for (const CsvRow& row : table.rows) {
    SectorLabel entry{Field(table, row, code, "code"), Field(table, row, english, "label_en"),
                      Field(table, row, french, "label_fr")};
    if (labels.index_.count(entry.code) > 0) {
      throw Error(ErrorKind::kBadInput,
                  Located(source, row.line, 0, "code", "'" + entry.code + "' is listed twice"));
    }
    labels.index_.emplace(entry.code, labels.entries_.size());
    labels.entries_.push_back(std::move(entry));
  }
  return labels;
}

SectorLabels SectorLabels::Load(const std::string& path) { return Parse(ReadFile(path), path); }

const SectorLabel* SectorLabels::Find(std::string_view code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

std::string_view SectorLabels::Label(std::string_view code, Language language) const {
  const SectorLabel* entry = Find(code);
  if (entry == nullptr) return {};
  return language == Language::kFrench ? entry->label_fr : entry->label_en;
}

SectorNames NamesOfSectors(const std::vector<std::string>& sectors, Language language) {
  static const SectorLabels a64 =
      SectorLabels::Parse(BuiltInA64LabelsCsv(), "models/classifications/a64_labels.csv");
  SectorNames names;
  names.labels.assign(sectors.size(), "");
  for (const auto& code : sectors) {
    if (a64.Find(code) == nullptr) return names;
  }
  for (size_t s = 0; s < sectors.size(); ++s)
    names.labels[s] = std::string(a64.Label(sectors[s], language));
  names.source = std::string("models/classifications/a64_labels.csv (built in), ") +
                 (language == Language::kFrench ? "label_fr" : "label_en");
  return names;
}

}  // namespace ripple
