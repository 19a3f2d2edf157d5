#include "scenario/scenario_overrides.h"

#include <cctype>

#include "base/toml_fields.h"
#include "ripple/base/error.h"
#include "ripple/base/limits.h"
#include "ripple/base/text.h"
#include "ripple/scenario/overrides.h"
#include "scenario/scenario_extends.h"

namespace ripple {
namespace {

bool IsBareKey(const std::string& part) {
  if (part.empty()) return false;
  for (char c : part) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  }
  return true;
}

std::vector<std::string> SplitKey(const std::string& key) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t dot = key.find('.', start);
    parts.push_back(key.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) return parts;
    start = dot + 1;
  }
}

[[noreturn]] void Fail(const Override& override_, const std::string& message) {
  std::string text = OverrideText(override_);
  if (text.size() > 200)
    text = text.substr(0, 200) + "...";  // a hostile flag is not echoed in full
  throw Error(ErrorKind::kBadInput, "--set " + text + ": " + message);
}

// The [[interventions]] table whose id is `id`.
toml::table& FindIntervention(toml::table& root, const Override& override_, const std::string& id,
                              const std::string& file) {
  std::vector<std::string> ids;
  if (toml::array* list = root.get_as<toml::array>("interventions")) {
    for (auto& item : *list) {
      toml::table* table = item.as_table();
      const auto* value = table ? table->get_as<std::string>("id") : nullptr;
      if (value == nullptr) continue;
      if (value->get() == id) return *table;
      ids.push_back(value->get());
    }
  }
  const std::string hint =
      ids.empty() ? " (no intervention of the scenario has an `id`)" : DidYouMean(id, ids);
  Fail(override_, "no intervention with id '" + id + "' in " + file + hint);
}

void ApplyOverride(toml::table& root, const Override& override_, const std::string& file) {
  const std::vector<std::string> parts = SplitKey(override_.key);
  if (override_.value.size() > kMaxTomlLineBytes) {
    Fail(override_, "value is " + std::to_string(override_.value.size()) +
                        " bytes long, more than " + std::to_string(kMaxTomlLineBytes));
  }
  if (parts.size() > static_cast<size_t>(kMaxTomlDepth)) {
    Fail(override_, "key has " + std::to_string(parts.size()) + " parts, more than the " +
                        std::to_string(kMaxTomlDepth) + " Ripple reads");
  }
  for (const auto& part : parts) {
    if (!IsBareKey(part)) {
      Fail(override_, "key '" + override_.key +
                          "' must be a dotted path of names made of letters, digits, '_' and '-'");
    }
  }
  toml::table* target = &root;
  size_t skip = 0;  // characters of the key naming the intervention
  if (parts[0] == "interventions" && parts.size() > 1) {
    if (parts.size() < 3) Fail(override_, "expected interventions.<id>.<key>=VALUE");
    target = &FindIntervention(root, override_, parts[1], file);
    skip = parts[0].size() + parts[1].size() + 2;
  }
  // Blanks keep the columns of "KEY=VALUE" in positions reported later.
  const std::string text =
      std::string(skip, ' ') + override_.key.substr(skip) + "=" + override_.value;
  if (DeepDottedKey(text) != std::string_view::npos) {
    Fail(override_, "value nests tables and arrays more than " + std::to_string(kMaxTomlDepth) +
                        " levels deep");
  }
  toml::table parsed;
  try {
    parsed = toml::parse(text, "--set " + override_.key);
  } catch (const toml::parse_error&) {
    parsed = toml::table();
  }
  if (TooDeep(parsed) != nullptr) {
    Fail(override_, "value nests tables and arrays more than " + std::to_string(kMaxTomlDepth) +
                        " levels deep");
  }
  if (parsed.size() != 1 || override_.value.find('\n') != std::string::npos) {
    Fail(override_, "value '" + override_.value +
                        "' is not a TOML value (numbers as 0.045, text in quotes as \"x\", "
                        "true/false, [arrays], { inline = tables })");
  }
  MergeTable(*target, std::move(parsed));
}

}  // namespace

Override ParseOverride(const std::string& text) {
  const size_t equals = text.find('=');
  Override result;
  if (equals != std::string::npos)
    result = {Trim(text.substr(0, equals)), Trim(text.substr(equals + 1))};
  if (equals == std::string::npos || result.key.empty()) {
    throw Error(ErrorKind::kBadInput,
                "--set " + text + ": expected KEY=VALUE, e.g. --set discount_rate=0.045");
  }
  return result;
}

std::string OverrideText(const Override& override_) {
  return override_.key + "=" + override_.value;
}

void ApplyOverrides(toml::table& root, const std::vector<Override>& overrides,
                    const std::string& file) {
  for (const auto& override_ : overrides) ApplyOverride(root, override_, file);
}

}  // namespace ripple
