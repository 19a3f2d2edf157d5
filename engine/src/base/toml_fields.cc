#include "base/toml_fields.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>
#include <utility>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/limits.h"

namespace ripple {

std::string TomlFields::At(const toml::node* node, const std::string& field,
                           const std::string& message) const {
  int line = 0, column = 0;
  std::string file = source_;
  if (node != nullptr) {
    line = static_cast<int>(node->source().begin.line);
    column = static_cast<int>(node->source().begin.column);
    // A value inherited through `extends` points at the file that set it.
    if (node->source().path && line > 0) file = *node->source().path;
  }
  return Located(file, line, column, field, message);
}

namespace {

std::string TypeName(const toml::node& node) {
  std::ostringstream out;
  out << node.type();
  return out.str();
}

}  // namespace

std::optional<std::string> TomlFields::String(const toml::table& table, const std::string& key,
                                              const std::string& path, bool required) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    if (required) Report(&table, path, "missing required key");
    return std::nullopt;
  }
  if (const auto* value = node->as_string()) return value->get();
  Report(node, path, "expected a string, found " + TypeName(*node));
  return std::nullopt;
}

std::optional<double> TomlFields::Number(const toml::table& table, const std::string& key,
                                         const std::string& path, bool required) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    if (required) Report(&table, path, "missing required key");
    return std::nullopt;
  }
  double value = 0;
  if (const auto* f = node->as_floating_point()) {
    value = f->get();
  } else if (const auto* i = node->as_integer()) {
    value = static_cast<double>(i->get());
  } else {
    Report(node, path, "expected a number, found " + TypeName(*node));
    return std::nullopt;
  }
  if (!std::isfinite(value)) {
    Report(node, path,
           "expected a finite number, found " + TypeName(*node) + " that is not finite");
    return std::nullopt;
  }
  if (std::fabs(value) > kMaxScenarioNumber) {
    std::ostringstream cap;
    cap << kMaxScenarioNumber;
    Report(node, path,
           "value " + FormatNumber(value) + " is beyond +/-" + cap.str() +
               ", the largest figure Ripple accepts");
    return std::nullopt;
  }
  return value;
}

std::optional<int> TomlFields::Integer(const toml::table& table, const std::string& key,
                                       const std::string& path, bool required) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    if (required) Report(&table, path, "missing required key");
    return std::nullopt;
  }
  if (const auto* i = node->as_integer()) {
    const int64_t value = i->get();
    if (value < -1000000000 || value > 1000000000) {
      Report(node, path, "integer " + std::to_string(value) + " is out of range");
      return std::nullopt;
    }
    return static_cast<int>(value);
  }
  Report(node, path, "expected an integer, found " + TypeName(*node));
  return std::nullopt;
}

std::optional<int> TomlFields::Year(const toml::table& table, const std::string& key,
                                    const std::string& path, bool required) {
  const auto year = Integer(table, key, path, required);
  if (!year || (*year >= kMinYear && *year <= kMaxYear)) return year;
  Report(table.get(key), path,
         "year " + std::to_string(*year) + " is outside " + std::to_string(kMinYear) + ".." +
             std::to_string(kMaxYear) + ", the years Ripple accepts");
  return std::nullopt;
}

std::optional<bool> TomlFields::Boolean(const toml::table& table, const std::string& key,
                                        const std::string& path, bool required) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    if (required) Report(&table, path, "missing required key");
    return std::nullopt;
  }
  if (const auto* b = node->as_boolean()) return b->get();
  Report(node, path, "expected true or false, found " + TypeName(*node));
  return std::nullopt;
}

void TomlFields::RejectUnknownKeys(const toml::table& table, const std::string& prefix,
                                   const std::vector<std::string>& known) {
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    bool found = false;
    for (const auto& k : known) found = found || k == name;
    if (found) continue;
    std::string message = "unknown key '" + name + "'";
    message += DidYouMean(name, known);
    const auto& where = key.source().begin;
    const std::string file = key.source().path ? *key.source().path : source_;
    problems_.Add(Located(file, static_cast<int>(where.line), static_cast<int>(where.column),
                          prefix.empty() ? name : prefix + "." + name, message));
  }
}

namespace {

// Offset just past the string starting at `begin` (a quote), or text.size().
size_t SkipString(std::string_view text, size_t begin) {
  const char quote = text[begin];
  const bool triple = text.substr(begin, 3) == std::string(3, quote);
  const std::string_view close = triple ? text.substr(begin, 3) : text.substr(begin, 1);
  for (size_t i = begin + close.size(); i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text.substr(i, close.size()) == close) {
      return i + close.size();
    } else if (!triple && text[i] == '\n') {
      return i;
    }
  }
  return text.size();
}

bool KeyCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ' ' ||
         c == '\t';
}

}  // namespace

size_t DeepDottedKey(std::string_view text) {
  int dots = 0;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      i = SkipString(text, i);  // a quoted part of a key continues the run
      continue;
    }
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '.' && ++dots >= kMaxTomlDepth) return i;
    if (c != '.' && !KeyCharacter(c)) dots = 0;
    ++i;
  }
  return std::string_view::npos;
}

const toml::node* TooDeep(const toml::table& root) {
  std::vector<std::pair<const toml::node*, int>> pending = {{&root, 0}};
  while (!pending.empty()) {
    const auto [node, depth] = pending.back();
    pending.pop_back();
    if (depth > kMaxTomlDepth) return node;
    if (const auto* table = node->as_table()) {
      for (const auto& [key, child] : *table) pending.emplace_back(&child, depth + 1);
    } else if (const auto* array = node->as_array()) {
      for (const auto& child : *array) pending.emplace_back(&child, depth + 1);
    }
  }
  return nullptr;
}

namespace {

void CheckLineLengths(const std::string& text, const std::string& source) {
  size_t start = 0;
  for (int line = 1; start < text.size(); ++line) {
    const size_t end = std::min(text.find('\n', start), text.size());
    if (end - start > kMaxTomlLineBytes) {
      throw Error(ErrorKind::kBadInput,
                  Located(source, line, 0, "",
                          "invalid TOML: line is " + std::to_string(end - start) +
                              " bytes long, more than " + std::to_string(kMaxTomlLineBytes)));
    }
    start = end + 1;
  }
}

[[noreturn]] void ThrowTooDeep(const std::string& source, int line, int column) {
  throw Error(ErrorKind::kBadInput,
              Located(source, line, column, "",
                      "tables and arrays nest more than " + std::to_string(kMaxTomlDepth) +
                          " levels deep here (each part of a dotted key a.b.c is one level)"));
}

}  // namespace

toml::table ParseTomlText(const std::string& text, const std::string& source) {
  CheckLineLengths(text, source);
  if (const size_t dot = DeepDottedKey(text); dot != std::string_view::npos) {
    const size_t line_start = text.rfind('\n', dot);
    const size_t column = dot - (line_start == std::string::npos ? 0 : line_start + 1) + 1;
    ThrowTooDeep(source, 1 + static_cast<int>(std::count(text.begin(), text.begin() + dot, '\n')),
                 static_cast<int>(column));
  }
  try {
    toml::table root = toml::parse(text, source);
    if (const toml::node* deep = TooDeep(root)) {
      ThrowTooDeep(source, static_cast<int>(deep->source().begin.line),
                   static_cast<int>(deep->source().begin.column));
    }
    return root;
  } catch (const toml::parse_error& error) {
    const auto& where = error.source().begin;
    std::string description(error.description());
    if (!description.empty()) description[0] = static_cast<char>(std::tolower(description[0]));
    throw Error(ErrorKind::kBadInput,
                Located(source, static_cast<int>(where.line), static_cast<int>(where.column), "",
                        "invalid TOML: " + description));
  }
}

void InsertCopy(toml::table& table, const std::string& key, const toml::node& original) {
  const toml::source_region& where = original.source();
  if (where.begin.line == 0) {  // no position to keep (a node built by the engine)
    original.visit([&](const auto& value) { table.insert_or_assign(key, value); });
    return;
  }
  const auto line = static_cast<size_t>(where.begin.line > 0 ? where.begin.line : 1);
  const auto column = static_cast<size_t>(where.begin.column > 0 ? where.begin.column : 1);
  toml::table holder;
  original.visit([&holder](const auto& value) { holder.insert_or_assign("v", value); });
  if (toml::table* inner = holder.get_as<toml::table>("v")) inner->is_inline(true);
  std::ostringstream formatted;
  formatted << holder;  // "v = <value>" on one line
  const std::string line_text = formatted.str();
  const size_t equals = line_text.find('=');
  const size_t begin = line_text.find_first_not_of(' ', equals + 1);
  const size_t end = line_text.find_last_not_of(" \n");
  std::string text(line - 1, '\n');
  text.append(column > 2 ? column - 3 : 0, ' ');
  text.append("v=");
  text.append(line_text, begin, end + 1 - begin);
  toml::table parsed = toml::parse(text, where.path ? *where.path : std::string());
  std::move(*parsed.get("v")).visit([&](auto&& copy) {
    table.insert_or_assign(key, std::move(copy));
  });
}

}  // namespace ripple
