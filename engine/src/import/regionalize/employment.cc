// Regional and national employment per national sector: the NACE A*10
// grouping of product codes and the matching of a wide employment table
// (see MatchEmployment in ripple/regionalize.h).
#include <map>
#include <set>

#include "ripple/base/error.h"
#include "ripple/import/regionalize.h"

namespace ripple {
namespace {

// NACE Rev. 2 sections -> the ten A*10 groups of ESA 2010 regional accounts
// (Eurostat nama_10r_3empers codes). CPA 2.1 products share the section
// letters and division numbers of NACE Rev. 2, so a CPA A*64 product belongs
// to the group of its section: e.g. CPA_J59_60 and CPA_J62_63 -> "J",
// CPA_L68A -> "L", CPA_M71 and CPA_N78 -> "M_N", CPA_U -> "R-U".
struct SectionGroup {
  char first, last;  // inclusive range of section letters
  const char* group;
};

constexpr SectionGroup kA10Groups[] = {
    {'A', 'A', "A"}, {'B', 'E', "B-E"}, {'F', 'F', "F"},   {'G', 'I', "G-I"}, {'J', 'J', "J"},
    {'K', 'K', "K"}, {'L', 'L', "L"},   {'M', 'N', "M_N"}, {'O', 'Q', "O-Q"}, {'R', 'U', "R-U"}};

constexpr const char* kTotalRow = "TOTAL";

int GeoColumn(const CsvTable& table, const std::string& code, const std::string& field,
              Problems& problems) {
  const int column = table.ColumnIndex(code);
  if (column > 0) return column;
  const std::vector<std::string> geos(table.header.begin() + (table.header.empty() ? 0 : 1),
                                      table.header.end());
  std::string message = "code '" + code + "' is not a column of the employment table";
  message += DidYouMean(code, geos);
  problems.Add(Located(table.source, table.header_line, 0, field, message));
  return -1;
}

// The A*10 group of every sector; reports sectors without one.
std::vector<std::string> SectorGroups(const Model& national, const std::string& model_source,
                                      Problems& problems) {
  std::vector<std::string> groups;
  for (const auto& code : national.sectors) {
    groups.push_back(A10GroupOf(code));
    if (groups.back().empty()) {
      problems.Add(Located(model_source, 0, 0, "sector '" + code + "'",
                           "no NACE A*10 group (rule: a product code is an optional 'CPA_', a "
                           "section letter A-U, then nothing, a digit or '_', e.g. 'CPA_J62_63')"));
    }
  }
  return groups;
}

struct GroupEmployment {
  double region = 0, national = 0;
};

class EmploymentReader {
 public:
  EmploymentReader(const CsvTable& table, int region_column, int national_column,
                   Problems& problems)
      : table_(table), region_(region_column), national_(national_column), problems_(problems) {
    for (const CsvRow& row : table.rows) {
      if (row.fields.empty()) continue;
      if (!rows_.emplace(row.fields[0], &row).second) {
        problems_.Add(Located(table.source, row.line, 0, table.header[0],
                              "code '" + row.fields[0] + "' appears twice"));
      }
    }
  }

  // Employment of `code` in the region and nation; `user` names who needs it.
  GroupEmployment Read(const std::string& code, const std::string& user) {
    GroupEmployment result;
    auto it = rows_.find(code);
    if (it == rows_.end()) {
      problems_.Add(Located(table_.source, 0, 0, table_.header[0],
                            "no row '" + code + "' (needed by " + user + ")"));
      return result;
    }
    const CsvRow& row = *it->second;
    const size_t before = problems_.size();
    result.region = Cell(row, region_);
    result.national = Cell(row, national_);
    if (problems_.size() > before) return result;
    if (result.national == 0) {
      problems_.Add(Located(table_.source, row.line, 0, "row '" + code + "'",
                            "national employment is 0 (rule: > 0 where the model has sectors)"));
    } else if (result.region > result.national) {
      problems_.Add(Located(table_.source, row.line, 0, "row '" + code + "'",
                            "regional employment " + FormatNumber(result.region) +
                                " exceeds national " + FormatNumber(result.national) +
                                " (rule: a region is part of its nation)"));
    }
    return result;
  }

 private:
  double Cell(const CsvRow& row, int column) {
    const std::string where = "row '" + row.fields[0] + "', column '" + table_.header[column] + "'";
    double value = 0;
    const std::string text =
        static_cast<size_t>(column) < row.fields.size() ? row.fields[column] : "";
    if (!ParseDouble(text, value)) {
      problems_.Add(Located(table_.source, row.line, 0, where,
                            text.empty() ? "missing value" : "'" + text + "' is not a number"));
    } else if (value < 0) {
      problems_.Add(Located(table_.source, row.line, 0, where,
                            "employment " + FormatNumber(value) + " is negative (rule: >= 0)"));
    }
    return value;
  }

  const CsvTable& table_;
  int region_, national_;
  Problems& problems_;
  std::map<std::string, const CsvRow*> rows_;
};

// The groups are disjoint parts of TOTAL: their sum may not exceed it (beyond
// the rounding of published figures, 0.1%).
void CheckGroupsWithinTotal(const std::string& source,
                            const std::map<std::string, GroupEmployment>& by_group,
                            const GroupEmployment& total, const std::string& region_code,
                            const std::string& national_code, Problems& problems) {
  GroupEmployment sum;
  for (const auto& [group, employment] : by_group) {
    sum.region += employment.region;
    sum.national += employment.national;
  }
  auto check = [&](double part, double whole, const std::string& column) {
    if (part > whole * (1 + 1e-3)) {
      problems.Add(Located(source, 0, 0, "column '" + column + "'",
                           "the A*10 groups sum to " + FormatNumber(part) + ", above the " +
                               kTotalRow + " row " + FormatNumber(whole) +
                               " (rule: groups are disjoint parts of the total)"));
    }
  };
  check(sum.region, total.region, region_code);
  check(sum.national, total.national, national_code);
}

}  // namespace

std::string A10GroupOf(const std::string& product_code) {
  std::string_view rest = product_code;
  if (rest.substr(0, 4) == "CPA_") rest.remove_prefix(4);
  if (rest.empty()) return "";
  if (rest.size() > 1 && !(rest[1] == '_' || (rest[1] >= '0' && rest[1] <= '9'))) return "";
  for (const auto& entry : kA10Groups) {
    if (rest[0] >= entry.first && rest[0] <= entry.last) return entry.group;
  }
  return "";
}

SectorEmployment MatchEmployment(const CsvTable& table, const Model& national,
                                 const std::string& model_source, const std::string& region_code,
                                 const std::string& national_code) {
  Problems problems;
  const int region_column = GeoColumn(table, region_code, "region", problems);
  const int national_column = GeoColumn(table, national_code, "nation", problems);
  SectorEmployment result;
  result.region_code = region_code;
  result.national_code = national_code;
  result.groups = SectorGroups(national, model_source, problems);
  problems.ThrowIfAny();

  EmploymentReader reader(table, region_column, national_column, problems);
  const GroupEmployment total = reader.Read(kTotalRow, "the totals E^r and E^n");
  result.region_total = total.region;
  result.national_total = total.national;
  std::map<std::string, GroupEmployment> by_group;
  for (size_t j = 0; j < national.sectors.size(); ++j) {
    const std::string& group = result.groups[j];
    if (by_group.count(group)) continue;
    by_group[group] = reader.Read(group, "sector '" + national.sectors[j] + "'");
  }
  problems.ThrowIfAny();
  CheckGroupsWithinTotal(table.source, by_group, total, region_code, national_code, problems);
  problems.ThrowIfAny();

  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  result.region = Vector::Zero(n);
  result.national = Vector::Zero(n);
  for (Eigen::Index j = 0; j < n; ++j) {
    result.region(j) = by_group[result.groups[j]].region;
    result.national(j) = by_group[result.groups[j]].national;
  }
  return result;
}

}  // namespace ripple
