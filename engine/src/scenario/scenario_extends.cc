#include "scenario/scenario_extends.h"

#include <filesystem>
#include <map>
#include <vector>

#include "base/toml_fields.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/limits.h"
#include "scenario/distribution_toml.h"

namespace fs = std::filesystem;

namespace ripple {

// Moves every key of `child` into `base`; nested tables merge, except that a
// distribution ({ dist = ... }) replaces, and is replaced, as a whole. Nodes
// are moved, never copied, so that they keep their source positions (toml++
// drops positions on copy).
void MergeTable(toml::table& base, toml::table&& child) {
  for (auto& [key, node] : child) {
    toml::node* existing = base.get(key.str());
    if (existing != nullptr && existing->is_table() && node.is_table() &&
        !IsDistributionTable(*existing) && !IsDistributionTable(node)) {
      MergeTable(*existing->as_table(), std::move(*node.as_table()));
    } else {
      base.insert_or_assign(key, std::move(node));
    }
  }
}

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

void MergeInterventions(toml::table& base, toml::array&& child) {
  toml::array* list = base.get_as<toml::array>("interventions");
  if (list == nullptr) {
    base.insert_or_assign("interventions", std::move(child));
    return;
  }
  for (auto& item : child) {
    toml::table* table = item.as_table();
    const auto* id = table ? table->get_as<std::string>("id") : nullptr;
    const toml::table* parent = id ? FindById(*list, id->get()) : nullptr;
    if (parent == nullptr) {
      list->push_back(std::move(item));
      continue;
    }
    MergeTable(*const_cast<toml::table*>(parent), std::move(*table));
  }
}

void RemoveInterventions(toml::table& base, const toml::node& node, const std::string& file) {
  const toml::array* ids = node.as_array();
  toml::array* list = base.get_as<toml::array>("interventions");
  if (ids == nullptr) {
    throw Error(ErrorKind::kBadInput,
                Where(node, file) + "remove_interventions: expected an array of ids");
  }
  for (const auto& id : *ids) {
    const auto* text = id.as_string();
    if (text == nullptr) {
      throw Error(ErrorKind::kBadInput,
                  Where(id, file) + "remove_interventions: expected a string id");
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
      throw Error(ErrorKind::kBadInput,
                  Where(id, file) + "remove_interventions: no inherited intervention with id '" +
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
  // The parent's additionality in full (absent shares are 0 in that file).
  toml::table additionality;
  const toml::table* written = parent.get_as<toml::table>("additionality");
  for (const char* share : {"deadweight", "displacement", "leakage", "substitution"}) {
    const toml::node* value = written ? written->get(share) : nullptr;
    if (value != nullptr) {
      InsertCopy(additionality, share,
                 *value);  // keeps the position: a distribution stays one value
    } else {
      additionality.insert_or_assign(share, 0.0);
    }
  }
  for (auto& item : *list) {
    toml::table* table = item.as_table();
    if (table == nullptr) continue;
    toml::table merged;
    for (const auto& [share, value] : additionality)
      InsertCopy(merged, std::string(share.str()), value);
    if (toml::table* own = table->get_as<toml::table>("additionality"))
      MergeTable(merged, std::move(*own));
    table->insert_or_assign("additionality", std::move(merged));
    const toml::node* year = parent.get("amounts_price_year");
    if (year != nullptr && table->get("amounts_price_year") == nullptr) {
      InsertCopy(*table, "amounts_price_year", *year);
    }
  }
}

// What one LoadScenarioTable call has walked: the chain of files from the
// scenario down to the file being read (normalised paths), how many files
// were loaded, and each parent's text, read once.
struct LoadState {
  const ReadParentText& read;
  std::vector<std::string> chain;
  int loaded = 1;
  std::map<std::string, std::string> texts;
};

toml::table Load(const std::string& text, const std::string& file, LoadState& state);

void CheckLimits(const toml::node& name_node, const std::string& file, const LoadState& state) {
  if (static_cast<int>(state.chain.size()) >= kMaxExtendsDepth) {
    throw Error(ErrorKind::kBadInput, Where(name_node, file) +
                                          "extends: chain of extended files is deeper than " +
                                          std::to_string(kMaxExtendsDepth) + " files");
  }
  if (state.loaded >= kMaxExtendsFiles) {
    throw Error(ErrorKind::kBadInput,
                Where(name_node, file) + "extends: the scenario reads more than " +
                    std::to_string(kMaxExtendsFiles) +
                    " files through `extends` (a file reached twice counts twice)");
  }
}

const std::string& ParentText(const std::string& parent_file, LoadState& state) {
  auto found = state.texts.find(parent_file);
  if (found == state.texts.end()) {
    found = state.texts
                .emplace(parent_file, state.read ? state.read(parent_file) : ReadFile(parent_file))
                .first;
  }
  return found->second;
}

toml::table LoadParent(const toml::node& name_node, const std::string& file, LoadState& state) {
  const auto* name = name_node.as_string();
  if (name == nullptr) {
    throw Error(ErrorKind::kBadInput,
                Where(name_node, file) + "extends: expected the path of a scenario file");
  }
  const std::string parent_file =
      (fs::path(file).parent_path() / name->get()).lexically_normal().string();
  for (const auto& seen : state.chain) {
    if (seen == parent_file) {
      throw Error(ErrorKind::kBadInput,
                  Where(name_node, file) + "extends: '" + name->get() +
                      "' is already in the chain of extended files (a cycle)");
    }
  }
  CheckLimits(name_node, file, state);
  std::error_code error;  // a name too long for the system is not found either, with why
  if (!state.texts.count(parent_file) && !fs::exists(parent_file, error)) {
    std::string message = Where(name_node, file) + "extends: file '" + parent_file + "' not found";
    if (error) message += ": " + error.message();
    throw Error(ErrorKind::kBadInput, message);
  }
  const std::string& text = ParentText(parent_file, state);
  ++state.loaded;
  state.chain.push_back(parent_file);
  toml::table parent = Load(text, parent_file, state);
  state.chain.pop_back();
  return parent;
}

toml::table Load(const std::string& text, const std::string& file, LoadState& state) {
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
    throw Error(ErrorKind::kBadInput,
                Where(*extends, file) + "extends: give at least one scenario file");
  }
  toml::table base;
  for (const toml::node* name : names) {
    toml::table parent = LoadParent(*name, file, state);
    if (names.size() > 1) PushDown(parent);
    toml::array* interventions = parent.get_as<toml::array>("interventions");
    toml::array inherited = interventions ? std::move(*interventions) : toml::array();
    parent.erase("interventions");
    MergeTable(base, std::move(parent));
    MergeInterventions(base, std::move(inherited));
  }
  if (const toml::node* remove = table.get("remove_interventions"))
    RemoveInterventions(base, *remove, file);
  for (auto& [key, node] : table) {
    if (key.str() == "extends" || key.str() == "remove_interventions") continue;
    if (key.str() == "interventions" && node.is_array()) {
      MergeInterventions(base, std::move(*node.as_array()));
    } else if (node.is_table() && base.get(key.str()) != nullptr &&
               base.get(key.str())->is_table()) {
      MergeTable(*base.get(key.str())->as_table(), std::move(*node.as_table()));
    } else {
      base.insert_or_assign(key, std::move(node));
    }
  }
  return base;
}

}  // namespace

toml::table LoadScenarioTable(const std::string& text, const std::string& file,
                              const ReadParentText& read) {
  LoadState state{read, {fs::path(file).lexically_normal().string()}, 1, {}};
  return Load(text, file, state);
}

}  // namespace ripple
