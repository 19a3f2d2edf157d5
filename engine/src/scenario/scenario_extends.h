// Private: `extends = "other.toml"` in a scenario file.
//
// The child inherits everything of its parent (recursively) and overrides what
// it writes. Merge rules (documented in scenarios/README.md):
//   - a key written in the child replaces the parent's value; tables (e.g.
//     [additionality]) merge key by key, except distributions
//     ({ dist = ... }), which replace and are replaced as a whole;
//   - [[interventions]] merge by `id`: a child intervention with the id of a
//     parent intervention overrides that intervention's keys; other child
//     interventions are appended; parent interventions without an id cannot
//     be overridden;
//   - remove_interventions = ["id", ...] drops parent interventions;
//   - extends = ["a.toml", "b.toml"] merges several parents in order; each
//     parent's [additionality] and amounts_price_year are first copied into
//     its own interventions (those not setting them), so they keep their meaning;
//   - `model` stays relative to the folder of the file that wrote it.
// Every value keeps the position of the file that set it, so errors point there.
#pragma once

#include <toml++/toml.h>

#include <functional>
#include <string>

namespace ripple {

// Reads the text of a parent file (ReadFile by default).
using ReadParentText = std::function<std::string(const std::string& path)>;

// Parses `text` (the content of `file`) and resolves its `extends` chain,
// reading parents with `read`. Throws Error(kBadInput) on a cycle, a missing
// parent, or a bad merge key.
toml::table LoadScenarioTable(const std::string& text, const std::string& file,
                              const ReadParentText& read = {});

// Moves every key of `child` into `base` by the rules above (shared with
// `--set`). Nodes are moved, not copied, so they keep their source positions.
void MergeTable(toml::table& base, toml::table&& child);

}  // namespace ripple
