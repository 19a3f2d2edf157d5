// The scenario's [funders] table: funders it names besides the known ones
// (ripple/scenario/funders.h), as name = { level = "...", public = true }.
#include "interventions/parsers.h"
#include "ripple/base/text.h"

namespace ripple {
namespace {

std::optional<Funder> ParseFunderEntry(const std::string& name, const toml::node& node,
                                       TomlFields& fields) {
  const std::string path = "funders." + name;
  const toml::table* entry = node.as_table();
  if (entry == nullptr) {
    fields.Report(
        &node, path,
        "expected a table, e.g. " + name + " = { level = \"municipality\", public = true }");
    return std::nullopt;
  }
  fields.RejectUnknownKeys(*entry, path, {"level", "public"});
  const auto level_name = fields.String(*entry, "level", path + ".level", true);
  if (!level_name) return std::nullopt;
  const auto level = ParseGovernmentLevel(*level_name);
  if (!level) {
    fields.Report(
        entry->get("level"), path + ".level",
        "unknown level '" + *level_name + "'" + DidYouMean(*level_name, GovernmentLevelNames()));
    return std::nullopt;
  }
  const bool is_public = fields.Boolean(*entry, "public", path + ".public", false)
                             .value_or(*level != GovernmentLevel::kPrivate);
  if (is_public == (*level == GovernmentLevel::kPrivate)) {
    fields.Report(entry->get("public"), path + ".public",
                  std::string("public = ") + (is_public ? "true" : "false") +
                      " contradicts level '" + *level_name +
                      "' (private money is not public and public levels are public)");
  }
  return Funder{name, *level, is_public};
}

}  // namespace

void ParseFunders(const toml::table& root, TomlFields& fields, Scenario& scenario) {
  const toml::node* node = root.get("funders");
  if (node == nullptr) return;
  const toml::table* table = node->as_table();
  if (table == nullptr) {
    fields.Report(node, "funders",
                  "expected a table ([funders]) of name = { level = ..., public = ... }");
    return;
  }
  for (const auto& [key, value] : *table) {
    if (auto funder = ParseFunderEntry(std::string(key.str()), value, fields)) {
      scenario.funders.push_back(std::move(*funder));
    }
  }
}

}  // namespace ripple
