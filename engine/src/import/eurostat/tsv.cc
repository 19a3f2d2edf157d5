// Eurostat TSV reader (bulk download and API format=TSV). Layout:
//   freq,unit,stk_flow,prd_use,prd_ava,geo\TIME_PERIOD<TAB>2020 <TAB>2021
//   A,MIO_EUR,DOM,CPA_A01,CPA_A01,FR<TAB>27104.11 <TAB>28673.95 p
// The first cell of each line packs the series key (comma-separated codes);
// each other cell is one period: a number, optionally followed by a space and
// flags, or ':' (not available), optionally followed by flags.
#include <algorithm>
#include <cctype>
#include <set>

#include "import/eurostat/eurostat_internal.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/text.h"

namespace ripple {
namespace {

// Splits on `separator`, keeping the 0-based offset of each piece.
std::vector<std::pair<std::string_view, size_t>> Split(std::string_view text, char separator) {
  std::vector<std::pair<std::string_view, size_t>> pieces;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    pieces.emplace_back(text.substr(start, end - start), start);
    if (end == std::string_view::npos) return pieces;
    start = end + 1;
  }
}

struct Header {
  std::vector<std::string> key_dimensions;  // lowercased ids
  std::vector<std::string> periods;
};

Header ParseHeader(std::string_view line, const std::string& source) {
  const auto cells = Split(line, '\t');
  const std::string first = Trim(cells[0].first);
  const size_t slash = first.find_first_of("\\/");
  if (slash == std::string::npos || cells.size() < 2) {
    throw Error(ErrorKind::kBadInput,
                Located(source, 1, 1, "header",
                        "first cell '" + first +
                            "' must look like 'freq,unit,...,geo\\TIME_PERIOD' followed by "
                            "tab-separated periods"));
  }
  Header header;
  for (const auto& [id, offset] : Split(std::string_view(first).substr(0, slash), ',')) {
    header.key_dimensions.push_back(Lower(Trim(id)));
  }
  for (size_t c = 1; c < cells.size(); ++c) {
    const std::string period = Trim(cells[c].first);
    const bool duplicate =
        std::find(header.periods.begin(), header.periods.end(), period) != header.periods.end();
    if (period.empty() || duplicate) {
      throw Error(ErrorKind::kBadInput,
                  Located(source, 1, static_cast<int>(cells[c].second) + 1, "header",
                          "period '" + period + "' is " + (duplicate ? "repeated" : "empty")));
    }
    header.periods.push_back(period);
  }
  return header;
}

// Parses one observation: "12.5", "12.5 p", ":", ": c".
StatCell ParseObservation(std::string_view raw, const std::string& where, int line, int column,
                          const std::string& source) {
  const std::string text = Trim(raw);
  StatCell cell;
  cell.line = line;
  const size_t space = text.find(' ');
  const std::string number = text.substr(0, space);
  cell.status = space == std::string::npos ? "" : Trim(std::string_view(text).substr(space));
  if (text.size() > 1 && text[0] == ':' && text[1] != ' ') cell.status = Trim(text.substr(1));
  const bool flags_ok = std::all_of(cell.status.begin(), cell.status.end(),
                                    [](unsigned char c) { return std::isalpha(c); });
  const bool missing = !text.empty() && text[0] == ':';
  if (!missing) cell.has_value = ParseDouble(number, cell.value);
  if (text.empty() || !flags_ok || (!missing && !cell.has_value)) {
    throw Error(ErrorKind::kBadInput,
                Located(source, line, column, where,
                        "'" + text +
                            "' is not a value (expected a number, optionally followed by "
                            "a space and flags, or ':' for not available)"));
  }
  return cell;
}

struct Scan {
  std::vector<int> filter_of_key;           // per key dimension: index in filters, or -1
  std::vector<std::set<std::string>> seen;  // per filter: codes met in the file
};

}  // namespace

StatCube ParseEurostatTsv(std::string_view text, const std::string& source,
                          const std::vector<StatFilter>& filters) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const size_t header_end = text.find('\n');
  const Header header = ParseHeader(text.substr(0, header_end), source);
  const size_t key_count = header.key_dimensions.size();
  StatCube cube;
  cube.source = source;
  for (const std::string& id : header.key_dimensions) cube.dimensions.push_back({id, {}, {}});
  cube.dimensions.push_back({"time", {}, {}});
  std::vector<size_t> periods;  // kept period columns (0-based among periods)
  for (size_t p = 0; p < header.periods.size(); ++p) periods.push_back(p);
  Scan scan{std::vector<int>(key_count, -1), std::vector<std::set<std::string>>(filters.size())};
  for (size_t f = 0; f < filters.size(); ++f) {
    if (filters[f].dimension == "time") {
      auto it = std::find(header.periods.begin(), header.periods.end(), filters[f].code);
      if (it == header.periods.end()) {
        throw Error(
            ErrorKind::kBadInput,
            Located(source, 1, 0, "time", eurostat::NotInFile(filters[f].code, header.periods)));
      }
      periods = {static_cast<size_t>(it - header.periods.begin())};
      continue;
    }
    auto it =
        std::find(header.key_dimensions.begin(), header.key_dimensions.end(), filters[f].dimension);
    if (it == header.key_dimensions.end()) {
      throw Error(ErrorKind::kBadInput,
                  Located(source, 1, 0, filters[f].dimension, "no such dimension in the file"));
    }
    scan.filter_of_key[it - header.key_dimensions.begin()] = static_cast<int>(f);
  }
  for (size_t p : periods) cube.dimensions.back().codes.push_back(header.periods[p]);
  std::vector<std::set<std::string>> listed(key_count);
  int line = 1;
  size_t start = header_end == std::string_view::npos ? text.size() : header_end + 1;
  while (start < text.size()) {
    ++line;
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view row = text.substr(start, end - start);
    start = end + 1;
    if (Trim(row).empty()) continue;
    const auto cells = Split(row, '\t');
    if (cells.size() != header.periods.size() + 1) {
      throw Error(ErrorKind::kBadInput, Located(source, line, 0, "",
                                                "line has " + std::to_string(cells.size()) +
                                                    " tab-separated fields, the header has " +
                                                    std::to_string(header.periods.size() + 1)));
    }
    std::vector<std::string> codes;
    for (const auto& [code, offset] : Split(cells[0].first, ',')) codes.push_back(Trim(code));
    if (codes.size() != key_count) {
      throw Error(
          ErrorKind::kBadInput,
          Located(source, line, 1, "series key",
                  "'" + Trim(cells[0].first) + "' has " + std::to_string(codes.size()) +
                      " codes, the header names " + std::to_string(key_count) + " dimensions"));
    }
    bool kept = true;
    for (size_t d = 0; d < key_count; ++d) {
      const int f = scan.filter_of_key[d];
      if (f < 0) continue;
      scan.seen[f].insert(codes[d]);
      kept = kept && codes[d] == filters[f].code;
    }
    if (!kept) continue;
    for (size_t d = 0; d < key_count; ++d) {
      if (listed[d].insert(codes[d]).second) cube.dimensions[d].codes.push_back(codes[d]);
    }
    for (size_t p : periods) {
      const auto& [raw, offset] = cells[p + 1];
      codes.resize(key_count);
      codes.push_back(header.periods[p]);
      const StatCell cell =
          ParseObservation(raw, header.periods[p], line, static_cast<int>(offset) + 1, source);
      if (!cube.Insert(codes, cell)) {
        throw Error(ErrorKind::kBadInput, Located(source, line, 1, "series key",
                                                  "'" + Trim(cells[0].first) + "' appears twice"));
      }
    }
  }
  for (size_t f = 0; f < filters.size(); ++f) {
    if (filters[f].dimension == "time" || scan.seen[f].count(filters[f].code)) continue;
    const std::vector<std::string> seen(scan.seen[f].begin(), scan.seen[f].end());
    throw Error(ErrorKind::kBadInput, Located(source, 0, 0, filters[f].dimension,
                                              eurostat::NotInFile(filters[f].code, seen)));
  }
  for (StatDimension& dimension : cube.dimensions) {
    dimension.labels.assign(dimension.codes.size(), "");
  }
  return cube;
}

}  // namespace ripple
