// The regions file and the employment of every region of an interregional
// model (see ripple/import/interregional.h).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "ripple/base/error.h"
#include "ripple/import/interregional.h"
#include "ripple/import/regionalize.h"

namespace ripple {
namespace {

constexpr const char* kColumns[] = {"region",   "prefix",    "name",
                                    "latitude", "longitude", "area_km2"};

bool IsPrefix(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  }
  return true;
}

class RegionRowReader {
 public:
  RegionRowReader(const CsvTable& table, Problems& problems) : table_(table), problems_(problems) {
    for (const char* name : kColumns) {
      columns_.push_back(table.ColumnIndex(name));
      if (columns_.back() < 0) {
        problems.Add(Located(table.source, table.header_line, 0, name,
                             "missing column (expected region,prefix,name,latitude,longitude,"
                             "area_km2)"));
      }
    }
  }

  InterregionalRegion Read(const CsvRow& row) {
    InterregionalRegion region;
    region.code = Text(row, 0);
    region.prefix = Text(row, 1);
    if (!region.prefix.empty() && !IsPrefix(region.prefix)) {
      Add(row, 1, "'" + region.prefix + "' is not a prefix (rule: letters, digits, '_' or '-')");
    }
    region.name = Text(row, 2);
    region.latitude = Number(row, 3, -90, 90, "within [-90, 90]");
    region.longitude = Number(row, 4, -180, 180, "within [-180, 180]");
    region.area_km2 = Number(row, 5, 0, HUGE_VAL, "> 0");
    return region;
  }

  void Add(const CsvRow& row, int field, const std::string& message) {
    problems_.Add(Located(table_.source, row.line, 0, kColumns[field], message));
  }

 private:
  std::string Text(const CsvRow& row, int field) {
    const int column = columns_[field];
    const std::string text =
        static_cast<size_t>(column) < row.fields.size() ? row.fields[column] : "";
    if (text.empty()) Add(row, field, "empty value");
    return text;
  }

  double Number(const CsvRow& row, int field, double low, double high, const std::string& rule) {
    const std::string text = Text(row, field);
    double value = 0;
    if (text.empty()) return value;
    if (!ParseDouble(text, value)) {
      Add(row, field, "'" + text + "' is not a number");
    } else if (!(value >= low && value <= high) || (field == 5 && !(value > 0))) {
      Add(row, field, "value " + text + " must be " + rule);
    }
    return value;
  }

  const CsvTable& table_;
  Problems& problems_;
  std::vector<int> columns_;
};

void CheckUnique(const CsvTable& table, const std::vector<InterregionalRegion>& regions,
                 Problems& problems) {
  std::set<std::string> codes, prefixes;
  int rest = 0;
  for (size_t k = 0; k < regions.size(); ++k) {
    const int line = table.rows[k].line;
    if (!codes.insert(regions[k].code).second) {
      problems.Add(
          Located(table.source, line, 0, "region", "code '" + regions[k].code + "' appears twice"));
    }
    if (!prefixes.insert(regions[k].prefix).second) {
      problems.Add(Located(table.source, line, 0, "prefix",
                           "prefix '" + regions[k].prefix + "' appears twice"));
    }
    if (regions[k].code == kRestRegionCode && ++rest == 2) {
      problems.Add(Located(table.source, line, 0, "region",
                           std::string("a second '") + kRestRegionCode +
                               "' region (rule: at most one rest-of-nation region)"));
    }
  }
}

// Without a REST region the listed regions must make up the nation (within
// the 0.1% rounding of published figures): otherwise their output shares
// would silently give them the whole nation's output.
void CheckCoverage(const std::string& source, const RegionalEmployment& result,
                   const Vector& listed, Problems& problems) {
  for (Eigen::Index j = 0; j < listed.size(); ++j) {
    if (std::abs(listed(j) - result.national(j)) > 1e-3 * result.national(j)) {
      problems.Add(Located(source, 0, 0, "group '" + result.groups[j] + "'",
                           "the listed regions employ " + FormatNumber(listed(j)) +
                               " of the "
                               "nation's " +
                               FormatNumber(result.national(j)) +
                               std::string(" (rule: the regions make up the nation; add a '") +
                               kRestRegionCode + "' region for the rest)"));
      return;
    }
  }
}

}  // namespace

std::vector<InterregionalRegion> ParseInterregionalRegions(const CsvTable& table) {
  Problems problems;
  RegionRowReader reader(table, problems);
  problems.ThrowIfAny();
  std::vector<InterregionalRegion> regions;
  for (const CsvRow& row : table.rows) regions.push_back(reader.Read(row));
  if (regions.size() < 2) {
    problems.Add(Located(
        table.source, table.header_line, 0, "region",
        std::to_string(regions.size()) + " region(s) listed (rule: at least 2 regions trade)"));
  }
  CheckUnique(table, regions, problems);
  problems.ThrowIfAny();
  return regions;
}

RegionalEmployment MatchRegionalEmployment(const CsvTable& table, const Model& national,
                                           const std::string& model_source,
                                           const std::vector<InterregionalRegion>& regions,
                                           const std::string& national_code) {
  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  const auto count = static_cast<Eigen::Index>(regions.size());
  RegionalEmployment result;
  result.national_code = national_code;
  result.region = Matrix::Zero(n, count);
  result.region_totals.assign(regions.size(), 0.0);
  Vector listed = Vector::Zero(n);
  double listed_total = 0;
  int rest = -1;
  for (Eigen::Index r = 0; r < count; ++r) {
    if (regions[r].code == kRestRegionCode) {
      rest = static_cast<int>(r);
      continue;
    }
    // One region at a time through the single-region reader: its checks and
    // messages (unknown column, group rows, region above nation) apply as is.
    const SectorEmployment one =
        MatchEmployment(table, national, model_source, regions[r].code, national_code);
    result.groups = one.groups;
    result.national = one.national;
    result.national_total = one.national_total;
    result.region.col(r) = one.region;
    result.region_totals[r] = one.region_total;
    listed += one.region;
    listed_total += one.region_total;
  }
  Problems problems;
  if (rest < 0) {
    CheckCoverage(table.source, result, listed, problems);
    problems.ThrowIfAny();
    return result;
  }
  for (Eigen::Index j = 0; j < n; ++j) {
    // Published figures are rounded to 0.1: the listed regions may exceed the
    // nation by rounding only (1e-6 relative), never by more.
    if (listed(j) > result.national(j) * (1 + 1e-6)) {
      problems.Add(Located(table.source, 0, 0, "group '" + result.groups[j] + "'",
                           "the listed regions employ " + FormatNumber(listed(j)) +
                               ", more than the nation's " + FormatNumber(result.national(j)) +
                               " (rule: the rest region gets the nation less the others)"));
      break;
    }
    result.region(j, rest) = std::max(0.0, result.national(j) - listed(j));
  }
  problems.ThrowIfAny();
  result.region_totals[rest] = result.national_total - listed_total;
  return result;
}

}  // namespace ripple
