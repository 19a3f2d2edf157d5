#include "scenario_extends.h"

#include <filesystem>
#include <vector>

#include "ripple/csv.h"
#include "ripple/error.h"
#include "toml_fields.h"

namespace fs = std::filesystem;

namespace ripple {
namespace {

std::string Where(const toml::node& node, const std::string& fallback) {
  const auto& source = node.source();
  return Located(source.path ? *source.path : fallback, static_cast<int>(source.begin.line),
                 static_cast<int>(source.begin.column), "", "");
}

const toml::table* FindById(toml::array& list, const std::string& id) {
  for (auto& item : list) {
    const toml::table* table = item.as_table();
    if (table == nullptr) continue;
    const auto* value = table->get_as<std::string>("id");
    if (value != nullptr && value->get() == id) return table;
  }
  return nullptr;
}

// Copies every key of `child` into `base`; nested tables merge.
void MergeTable(toml::table& base, const toml::table& child) {
  for (const auto& [key, node] : child) {
    toml::node* existing = base.get(key.str());
    if (existing != nullptr && existing->is_table() && node.is_table()) {
      MergeTable(*existing->as_table(), *node.as_table());
    } else {
      base.insert_or_assign(key, node);
    }
  }
}

void MergeInterventions(toml::table& base, const toml::array& child, const std::string& file) {
  toml::array* list = base.get_as<toml::array>("interventions");
  if (list == nullptr) {
    base.insert_or_assign("interventions", child);
    return;
  }
  for (const auto& item : child) {
    const toml::table* table = item.as_table();
    const auto* id = table ? table->get_as<std::string>("id") : nullptr;
    const toml::table* parent = id ? FindById(*list, id->get()) : nullptr;
    if (parent == nullptr) {
      list->push_back(item);
      continue;
    }
    MergeTable(*const_cast<toml::table*>(parent), *table);
  }
  (void)file;
}

void RemoveInterventions(toml::table& base, const toml::node& node, const std::string& file) {
  const toml::array* ids = node.as_array();
  toml::array* list = base.get_as<toml::array>("interventions");
  if (ids == nullptr) {
    throw Error(ErrorKind::kBadInput, Where(node, file) + "remove_interventions: expected an array of ids");
  }
  for (const auto& id : *ids) {
    const auto* text = id.as_string();
    if (text == nullptr) {
      throw Error(ErrorKind::kBadInput, Where(id, file) + "remove_interventions: expected a string id");
    }
    bool removed = false;
    for (size_t i = 0; list != nullptr && i < list->size(); ++i) {
      const toml::table* table = list->get(i)->as_table();
      const auto* value = table ? table->get_as<std::string>("id") : nullptr;
      if (value != nullptr && value->get() == text->get()) {
        list->erase(list->begin() + static_cast<std::ptrdiff_t>(i));
        removed = true;
        break;
      }
    }
    if (!removed) {
      throw Error(ErrorKind::kBadInput, Where(id, file) + "remove_interventions: no inherited intervention with id '" +
                                            text->get() + "'");
    }
  }
}

// With several parents, each parent's scenario-wide [additionality] and
// amounts_price_year are copied into its own interventions that do not set
// them, so that merging parents keeps what each file meant.
void PushDown(toml::table& parent) {
  toml::array* list = parent.get_as<toml::array>("interventions");
  if (list == nullptr) return;
  for (auto& item : *list) {
    toml::table* table = item.as_table();
    if (table == nullptr) continue;
    for (const char* key : {"additionality", "amounts_price_year"}) {
      const toml::node* value = parent.get(key);
      if (value == nullptr) continue;
      toml::node* own = table->get(key);
      if (own == nullptr) {
        table->insert_or_assign(key, *value);
      } else if (own->is_table() && value->is_table()) {
        toml::table merged = *value->as_table();
        MergeTable(merged, *own->as_table());
        table->insert_or_assign(key, std::move(merged));
      }
    }
  }
}

toml::table Load(const std::string& text, const std::string& file, std::vector<std::string>& chain);

toml::table LoadParent(const toml::node& name_node, const std::string& file, std::vector<std::string> chain) {
  const auto* name = name_node.as_string();
  if (name == nullptr) {
    throw Error(ErrorKind::kBadInput, Where(name_node, file) + "extends: expected the path of a scenario file");
  }
  const std::string parent_file = (fs::path(file).parent_path() / name->get()).lexically_normal().string();
  for (const auto& seen : chain) {
    if (fs::path(seen).lexically_normal() == fs::path(parent_file)) {
      throw Error(ErrorKind::kBadInput, Where(name_node, file) + "extends: '" + name->get() +
                                            "' is already in the chain of extended files (a cycle)");
    }
  }
  if (!fs::exists(parent_file)) {
    throw Error(ErrorKind::kBadInput, Where(name_node, file) + "extends: file '" + parent_file + "' not found");
  }
  chain.push_back(parent_file);
  return Load(ReadFile(parent_file), parent_file, chain);
}

toml::table Load(const std::string& text, const std::string& file, std::vector<std::string>& chain) {
  toml::table table = ParseTomlText(text, file);
  const toml::node* extends = table.get("extends");
  if (extends == nullptr) return table;
  std::vector<const toml::node*> names;
  if (const toml::array* list = extends->as_array()) {
    for (const auto& item : *list) names.push_back(&item);
  } else {
    names.push_back(extends);
  }
  if (names.empty()) {
    throw Error(ErrorKind::kBadInput, Where(*extends, file) + "extends: give at least one scenario file");
  }
  toml::table base;
  for (const toml::node* name : names) {
    toml::table parent = LoadParent(*name, file, chain);
    if (names.size() > 1) PushDown(parent);
    toml::array* interventions = parent.get_as<toml::array>("interventions");
    toml::array inherited = interventions ? *interventions : toml::array();
    parent.erase("interventions");
    MergeTable(base, parent);
    MergeInterventions(base, inherited, file);
  }
  if (const toml::node* remove = table.get("remove_interventions")) RemoveInterventions(base, *remove, file);
  for (const auto& [key, node] : table) {
    if (key.str() == "extends" || key.str() == "remove_interventions") continue;
    if (key.str() == "interventions" && node.is_array()) {
      MergeInterventions(base, *node.as_array(), file);
    } else if (node.is_table() && base.get(key.str()) != nullptr && base.get(key.str())->is_table()) {
      MergeTable(*base.get(key.str())->as_table(), *node.as_table());
    } else {
      base.insert_or_assign(key, node);
    }
  }
  return base;
}

}  // namespace

toml::table LoadScenarioTable(const std::string& text, const std::string& file) {
  std::vector<std::string> chain = {fs::path(file).lexically_normal().string()};
  return Load(text, file, chain);
}

}  // namespace ripple
