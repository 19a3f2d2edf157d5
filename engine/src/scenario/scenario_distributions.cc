#include "scenario/scenario_distributions.h"

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "scenario/distribution_toml.h"

namespace ripple {
namespace {

// A floating-point node holding `value` whose source region starts where
// `original` starts (parsed from padded text: toml++ has no position setter).
toml::value<double> FloatAt(double value, const toml::node& original) {
  const toml::source_region& where = original.source();
  const auto line = static_cast<size_t>(where.begin.line > 0 ? where.begin.line : 1);
  const auto column = static_cast<size_t>(where.begin.column > 0 ? where.begin.column : 1);
  std::string number = FormatNumber(value, 17);
  if (number.find_first_of(".eEn") == std::string::npos) number += ".0";
  std::string text(line - 1, '\n');
  text.append(column > 2 ? column - 3 : 0, ' ');
  text.append("v=");
  text.append(number);
  const std::string path = where.path ? *where.path : std::string();
  toml::table parsed = toml::parse(text, path);
  return std::move(*parsed.get("v")->as_floating_point());
}

struct Walk {
  TomlFields& fields;
  std::vector<UncertainParameter> found;
  std::vector<TomlStep> address;

  // Returns the replacement for `node` when it is a distribution.
  std::optional<toml::value<double>> Visit(toml::node& node, const std::string& key,
                                           const std::string& field) {
    if (IsDistributionTable(node)) {
      const auto distribution = ReadDistribution(*node.as_table(), field, fields);
      if (!distribution) return std::nullopt;
      UncertainParameter parameter;
      parameter.key = key;
      parameter.address = address;
      parameter.position = {node.source().path ? *node.source().path : fields.source(),
                            static_cast<int>(node.source().begin.line),
                            static_cast<int>(node.source().begin.column)};
      parameter.distribution = *distribution;
      // A copy made by `extends` (InsertCopy) keeps the original's position.
      bool copy = false;
      for (auto& earlier : found) {
        const SourcePosition& at = earlier.position;
        if (at.line > 0 && at.file == parameter.position.file &&
            at.line == parameter.position.line && at.column == parameter.position.column) {
          earlier.copies.push_back(address);
          copy = true;
          break;
        }
      }
      if (!copy) found.push_back(parameter);
      return FloatAt(distribution->Central(), node);
    }
    if (toml::table* table = node.as_table()) {
      for (auto& [name, child] : *table) {
        const std::string child_name(name.str());
        address.push_back({child_name, -1});
        auto replacement = Visit(child, key.empty() ? child_name : key + "." + child_name,
                                 field.empty() ? child_name : field + "." + child_name);
        address.pop_back();
        if (replacement) table->insert_or_assign(name, std::move(*replacement));
      }
    } else if (toml::array* array = node.as_array()) {
      for (size_t i = 0; i < array->size(); ++i) {
        toml::node& child = *array->get(i);
        // Interventions are named by id, like `--set interventions.<id>.key`.
        const toml::table* table = child.as_table();
        const auto* id = table != nullptr ? table->get_as<std::string>("id") : nullptr;
        std::string element = "[";
        element.append(std::to_string(i + 1)).append("]");
        std::string child_key = key;
        child_key.append(key == "interventions" && id != nullptr ? "." + id->get() : element);
        address.push_back({"", static_cast<int>(i)});
        auto replacement = Visit(child, child_key, field + element);
        address.pop_back();
        if (replacement)
          array->replace(array->cbegin() + static_cast<std::ptrdiff_t>(i), std::move(*replacement));
      }
    }
    return std::nullopt;
  }
};

}  // namespace

std::vector<UncertainParameter> ExtractDistributions(toml::table& root, TomlFields& fields) {
  Walk walk{fields, {}, {}};
  walk.Visit(root, "", "");
  return walk.found;
}

toml::node* NodeAt(toml::table& root, const std::vector<TomlStep>& address) {
  toml::node* node = &root;
  for (const TomlStep& step : address) {
    if (step.index >= 0) {
      toml::array* array = node->as_array();
      node = array != nullptr ? array->get(static_cast<size_t>(step.index)) : nullptr;
    } else {
      toml::table* table = node->as_table();
      node = table != nullptr ? table->get(step.key) : nullptr;
    }
    if (node == nullptr) return nullptr;
  }
  return node;
}

void SetValueAt(toml::table& root, const std::vector<TomlStep>& address, double value) {
  toml::node* node = NodeAt(root, address);
  toml::value<double>* number = node != nullptr ? node->as_floating_point() : nullptr;
  if (number == nullptr)
    throw Error(ErrorKind::kInternal, "uncertain value address does not lead to a number");
  number->get() = value;
}

}  // namespace ripple
