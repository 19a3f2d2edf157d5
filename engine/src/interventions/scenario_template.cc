#include "ripple/interventions/scenario_template.h"

#include <toml++/toml.h>

#include <map>
#include <mutex>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "scenario/scenario_distributions.h"
#include "scenario/scenario_extends.h"
#include "scenario/scenario_overrides.h"
#include "scenario/scenario_table.h"

namespace ripple {

// toml++ drops source positions when a tree is copied, and errors found in a
// variant must point at the file, so each variant is built on a tree parsed
// anew from the texts read at Load (never re-read from disk). Trees without
// further overrides are kept for reuse: every uncertain value is set again on
// each use, so nothing of a previous variant remains.
struct ScenarioTemplate::Tree {
  std::string text;
  std::string file;
  std::vector<Override> overrides;
  std::map<std::string, std::string> parents;  // path -> text, as read at Load
  toml::table root;                            // central scenario
  std::mutex mutex;
  std::vector<std::unique_ptr<toml::table>> spare;

  // A tree like `root`, with source positions.
  std::unique_ptr<toml::table> Fresh() const {
    auto result = std::make_unique<toml::table>(LoadScenarioTable(
        text, file, [this](const std::string& path) { return parents.at(path); }));
    ApplyOverrides(*result, overrides, file);
    Problems problems;
    TomlFields fields(file, problems);
    ExtractDistributions(*result, fields);  // checked at Load: no problems here
    return result;
  }
  std::unique_ptr<toml::table> Take() {
    {
      const std::lock_guard<std::mutex> lock(mutex);
      if (!spare.empty()) {
        std::unique_ptr<toml::table> result = std::move(spare.back());
        spare.pop_back();
        return result;
      }
    }
    return Fresh();
  }
  void Give(std::unique_ptr<toml::table> tree) {
    const std::lock_guard<std::mutex> lock(mutex);
    spare.push_back(std::move(tree));
  }
};

ScenarioTemplate ScenarioTemplate::Load(const std::string& file,
                                        const std::vector<Override>& overrides) {
  return Parse(ReadFile(file), file, overrides);
}

ScenarioTemplate ScenarioTemplate::Parse(const std::string& text, const std::string& file,
                                         const std::vector<Override>& overrides) {
  auto tree = std::make_shared<Tree>();
  tree->text = text;
  tree->file = file;
  tree->overrides = overrides;
  tree->root = LoadScenarioTable(text, file, [&tree](const std::string& path) {
    std::string parent = ReadFile(path);
    tree->parents[path] = parent;
    return parent;
  });
  ApplyOverrides(tree->root, overrides, file);
  ScenarioTemplate result;
  result.file_ = file;
  result.central_ = ScenarioFromTable(tree->root, file);  // replaces distributions in the tree
  result.tree_ = std::move(tree);
  return result;
}

std::vector<double> ScenarioTemplate::CentralValues() const {
  std::vector<double> values;
  for (const auto& parameter : parameters()) values.push_back(parameter.distribution.Central());
  return values;
}

Scenario ScenarioTemplate::Instantiate(const std::vector<double>& values,
                                       const std::vector<Override>& overrides) const {
  if (values.size() != parameters().size()) {
    throw Error(ErrorKind::kInternal, "Instantiate: " + std::to_string(values.size()) +
                                          " values for " + std::to_string(parameters().size()) +
                                          " uncertain parameters");
  }
  // A number for an uncertain value's key is that value (set at all its
  // copies); other overrides may change the tree's shape: it is not reused.
  std::vector<double> local = values;
  std::vector<Override> rest;
  for (const auto& override_ : overrides) {
    const int k = FindParameter(override_.key);
    double number = 0;
    if (k >= 0 && ParseDouble(override_.value, number)) {
      local[static_cast<size_t>(k)] = number;
    } else {
      rest.push_back(override_);
    }
  }
  std::unique_ptr<toml::table> root = rest.empty() ? tree_->Take() : tree_->Fresh();
  for (size_t k = 0; k < local.size(); ++k) {
    bool overridden = false;
    for (const auto& override_ : rest)
      overridden = overridden || override_.key == parameters()[k].key;
    if (overridden) continue;
    SetValueAt(*root, parameters()[k].address, local[k]);
    for (const auto& copy : parameters()[k].copies) SetValueAt(*root, copy, local[k]);
  }
  ApplyOverrides(*root, rest, file_);
  // A tree without further overrides is a fresh or spare one, its distributions
  // already replaced (Tree::Fresh); an override's TOML value could bring one.
  Scenario scenario = ScenarioFromTable(*root, file_, !rest.empty());  // a throw drops the tree
  if (rest.empty()) tree_->Give(std::move(root));
  scenario.uncertain = parameters();
  return scenario;
}

int ScenarioTemplate::FindParameter(const std::string& key) const {
  for (size_t k = 0; k < parameters().size(); ++k) {
    if (parameters()[k].key == key) return static_cast<int>(k);
  }
  return -1;
}

namespace {

// The node at `key` (--set syntax, interventions.<id>. naming an intervention
// by id) in `root`, or nullptr.
const toml::node* NodeAtKey(const toml::table& root, const std::string& key) {
  const toml::node* node = &root;
  size_t start = 0;
  bool first = true;
  while (node != nullptr && start <= key.size()) {
    const size_t dot = key.find('.', start);
    const std::string part =
        key.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    const toml::table* table = node->as_table();
    node = table != nullptr ? table->get(part) : nullptr;
    if (first && part == "interventions" && node != nullptr && node->is_array() &&
        dot != std::string::npos) {
      // interventions.<id>.<key>: the intervention whose id is <id>.
      const size_t next = key.find('.', dot + 1);
      const std::string id =
          key.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
      const toml::node* found = nullptr;
      for (const auto& item : *node->as_array()) {
        const auto* text = item.as_table() ? item.as_table()->get_as<std::string>("id") : nullptr;
        if (text != nullptr && text->get() == id) found = &item;
      }
      node = found;
      if (next == std::string::npos) break;
      start = next + 1;
    } else {
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    first = false;
  }
  return node;
}

}  // namespace

std::optional<double> ScenarioTemplate::NumberAt(const std::string& key) const {
  const toml::node* node = NodeAtKey(tree_->root, key);
  if (node == nullptr) return std::nullopt;
  if (const auto* f = node->as_floating_point()) return f->get();
  if (const auto* i = node->as_integer()) return static_cast<double>(i->get());
  return std::nullopt;
}

std::optional<std::string> ScenarioTemplate::TextAt(const std::string& key) const {
  const toml::node* node = NodeAtKey(tree_->root, key);
  if (node == nullptr || node->as_string() == nullptr) return std::nullopt;
  return node->as_string()->get();
}

}  // namespace ripple
