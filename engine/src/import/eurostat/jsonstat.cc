// JSON-stat 2.0 reader (https://json-stat.org/full/), as served by the
// Eurostat dissemination API. General: any dimensions, sizes and codes.
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "import/eurostat/eurostat_internal.h"
#include "ripple/base/error.h"
#include "ripple/base/text.h"

namespace ripple {
namespace {

using nlohmann::json;

[[noreturn]] void Fail(const std::string& source, const std::string& field,
                       const std::string& message) {
  throw Error(ErrorKind::kBadInput, Located(source, 0, 0, field, message));
}

const json& Member(const json& object, const char* key) {
  static const json kNull;
  if (!object.is_object()) return kNull;
  const auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

json ParseRoot(std::string_view text, const std::string& source) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& error) {
    const size_t byte = std::min<size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
    const std::string_view before = text.substr(0, byte);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const size_t line_start = before.rfind('\n');
    const int column =
        static_cast<int>(byte - (line_start == std::string_view::npos ? 0 : line_start + 1)) + 1;
    throw Error(ErrorKind::kBadInput, Located(source, line, column, "", "invalid JSON"));
  }
}

// Codes of one dimension in position order, from category.index (object or
// array) or, for a single-code dimension, the one key of category.label.
StatDimension ReadDimension(const json& dimensions, const std::string& id, size_t size,
                            const std::string& source) {
  const std::string field = "dimension." + id;
  const json& category = Member(Member(dimensions, id.c_str()), "category");
  if (!category.is_object()) Fail(source, field + ".category", "missing");
  const json& index = Member(category, "index");
  const json& labels = Member(category, "label");
  StatDimension dimension;
  dimension.id = Lower(id);
  dimension.codes.assign(size, "");
  if (index.is_array()) {
    if (index.size() != size) Fail(source, field + ".category.index", "length differs from size");
    for (size_t i = 0; i < size; ++i) dimension.codes[i] = index[i].get<std::string>();
  } else if (index.is_object()) {
    for (const auto& [code, position] : index.items()) {
      if (!position.is_number_unsigned() || position.get<size_t>() >= size) {
        Fail(source, field + ".category.index." + code, "position out of range");
      }
      dimension.codes[position.get<size_t>()] = code;
    }
  } else if (size == 1 && labels.is_object() && labels.size() == 1) {
    dimension.codes[0] = labels.begin().key();
  } else {
    Fail(source, field + ".category.index", "missing (required when size > 1)");
  }
  for (const std::string& code : dimension.codes) {
    if (code.empty()) Fail(source, field + ".category.index", "positions are not 0..size-1");
    dimension.labels.push_back(labels.is_object() ? labels.value(code, "") : "");
  }
  return dimension;
}

struct Layout {
  std::vector<StatDimension> dimensions;
  std::vector<size_t> sizes;
  std::vector<int> selected;  // per dimension: kept position, or -1 for all
  size_t total = 1;
};

Layout ReadLayout(const json& root, const std::string& source,
                  const std::vector<StatFilter>& filters) {
  const json& ids = Member(root, "id");
  const json& sizes = Member(root, "size");
  if (!ids.is_array() || !sizes.is_array() || ids.size() != sizes.size() || ids.empty()) {
    Fail(source, "id, size", "expected two arrays of the same non-zero length");
  }
  const json& dimensions = Member(root, "dimension");
  Layout layout;
  for (size_t d = 0; d < ids.size(); ++d) {
    if (!ids[d].is_string() || !sizes[d].is_number_unsigned()) {
      Fail(source, "id, size", "entry " + std::to_string(d) + " is not a name and a count");
    }
    layout.sizes.push_back(sizes[d].get<size_t>());
    layout.dimensions.push_back(
        ReadDimension(dimensions, ids[d].get<std::string>(), layout.sizes.back(), source));
    layout.total *= layout.sizes.back();
  }
  layout.selected.assign(ids.size(), -1);
  for (const StatFilter& filter : filters) {
    auto it = std::find_if(layout.dimensions.begin(), layout.dimensions.end(),
                           [&](const StatDimension& d) { return d.id == filter.dimension; });
    if (it == layout.dimensions.end()) {
      Fail(source, filter.dimension, "no such dimension in the file");
    }
    const int position = it->Index(filter.code);
    if (position < 0) Fail(source, filter.dimension, eurostat::NotInFile(filter.code, it->codes));
    layout.selected[it - layout.dimensions.begin()] = position;
  }
  return layout;
}

// Codes of the cell at row-major position `flat`, or empty when a filter drops it.
std::vector<std::string> CodesAt(const Layout& layout, size_t flat) {
  std::vector<std::string> codes(layout.sizes.size());
  for (size_t d = layout.sizes.size(); d-- > 0;) {
    const size_t position = flat % layout.sizes[d];
    flat /= layout.sizes[d];
    if (layout.selected[d] >= 0 && static_cast<int>(position) != layout.selected[d]) return {};
    codes[d] = layout.dimensions[d].codes[position];
  }
  return codes;
}

size_t Position(const std::string& key, const Layout& layout, const std::string& source,
                const std::string& field) {
  size_t position = 0;
  const bool digits =
      !key.empty() && key.size() < 19 &&
      std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isdigit(c); });
  if (digits) position = std::stoull(key);
  if (!digits || position >= layout.total) {
    Fail(source, field + "." + key,
         "not a cell position (the dataset has " + std::to_string(layout.total) + " cells)");
  }
  return position;
}

std::string StatusAt(const json& status, size_t position) {
  if (status.is_string()) return status.get<std::string>();
  const json* entry = nullptr;
  if (status.is_array() && position < status.size()) entry = &status[position];
  if (status.is_object()) {
    auto it = status.find(std::to_string(position));
    if (it != status.end()) entry = &*it;
  }
  return entry && entry->is_string() ? entry->get<std::string>() : "";
}

void AddCell(StatCube& cube, const Layout& layout, size_t position, const json& value,
             const json& status, const std::string& source) {
  const std::vector<std::string> codes = CodesAt(layout, position);
  if (codes.empty()) return;
  StatCell cell;
  cell.status = StatusAt(status, position);
  if (value.is_number()) {
    cell.value = value.get<double>();
    cell.has_value = true;
  } else if (!value.is_null()) {
    Fail(source, "value." + std::to_string(position), "expected a number or null");
  }
  cube.Insert(codes, cell);
}

StatCube ReadJsonStat(const json& root, const std::string& source,
                      const std::vector<StatFilter>& filters) {
  if (!root.is_object() || root.value("class", "dataset") != "dataset") {
    Fail(source, "class", "expected a JSON-stat dataset");
  }
  Layout layout = ReadLayout(root, source, filters);
  StatCube cube;
  cube.source = source;
  cube.updated = root.value("updated", "");
  const json& id = Member(Member(root, "extension"), "id");
  if (id.is_string()) cube.dataset = Lower(id.get<std::string>());
  const json& values = Member(root, "value");
  const json& status = Member(root, "status");
  if (values.is_array() && values.size() != layout.total) {
    Fail(source, "value",
         "array has " + std::to_string(values.size()) + " entries, sizes give " +
             std::to_string(layout.total));
  }
  if (!values.is_array() && !values.is_object()) {
    Fail(source, "value", "expected an array or object");
  }
  cube.dimensions = layout.dimensions;
  for (size_t d = 0; d < layout.selected.size(); ++d) {
    if (layout.selected[d] < 0) continue;
    const StatDimension& all = layout.dimensions[d];
    cube.dimensions[d].codes = {all.codes[layout.selected[d]]};
    cube.dimensions[d].labels = {all.labels[layout.selected[d]]};
  }
  if (values.is_array()) {
    for (size_t i = 0; i < values.size(); ++i) AddCell(cube, layout, i, values[i], status, source);
  } else {
    for (const auto& [key, value] : values.items()) {
      AddCell(cube, layout, Position(key, layout, source, "value"), value, status, source);
    }
  }
  // Positions with a status but no value (e.g. 'm': cannot exist).
  if (status.is_object()) {
    for (const auto& entry : status.items()) {
      const size_t position = Position(entry.key(), layout, source, "status");
      if (values.is_object() && !values.contains(entry.key())) {
        AddCell(cube, layout, position, json(), status, source);
      }
    }
  }
  return cube;
}

}  // namespace

StatCube ParseJsonStat(std::string_view text, const std::string& source,
                       const std::vector<StatFilter>& filters) {
  const json root = ParseRoot(text, source);
  try {
    return ReadJsonStat(root, source, filters);
  } catch (const json::exception& error) {
    throw Error(
        ErrorKind::kBadInput,
        Located(source, 0, 0, "", std::string("unexpected JSON-stat structure: ") + error.what()));
  }
}

}  // namespace ripple
