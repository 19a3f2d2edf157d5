// Private helpers to read typed fields from a toml++ table while collecting
// problems with positions: "file:line:col: field: message".
#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <string_view>

#include "ripple/base/error.h"

namespace ripple {

class TomlFields {
 public:
  TomlFields(std::string source, Problems& problems)
      : source_(std::move(source)), problems_(problems) {}

  const std::string& source() const { return source_; }
  Problems& problems() { return problems_; }

  // Message located at `node` (or at the file when node is null).
  std::string At(const toml::node* node, const std::string& field,
                 const std::string& message) const;
  void Report(const toml::node* node, const std::string& field, const std::string& message) {
    problems_.Add(At(node, field, message));
  }

  // Each getter returns nullopt when the key is absent (reporting a problem
  // when `required`) or has the wrong type (always reported). `path` is the
  // dotted field name used in messages, e.g. "interventions[2].sector".
  std::optional<std::string> String(const toml::table& table, const std::string& key,
                                    const std::string& path, bool required);
  std::optional<double> Number(const toml::table& table, const std::string& key,
                               const std::string& path, bool required);
  std::optional<int> Integer(const toml::table& table, const std::string& key,
                             const std::string& path, bool required);
  // An integer within [kMinYear, kMaxYear] (limits.h); else reported with the rule.
  std::optional<int> Year(const toml::table& table, const std::string& key, const std::string& path,
                          bool required);
  std::optional<bool> Boolean(const toml::table& table, const std::string& key,
                              const std::string& path, bool required);

  // Reports every key of `table` not in `known` ("unknown key 'x'", with a
  // "did you mean" suggestion).
  void RejectUnknownKeys(const toml::table& table, const std::string& prefix,
                         const std::vector<std::string>& known);

 private:
  std::string source_;
  Problems& problems_;
};

// Parses TOML text; a syntax error, or tables and arrays nested deeper than
// kMaxTomlDepth (limits.h), throws Error(kBadInput) with its position.
toml::table ParseTomlText(const std::string& text, const std::string& source);

// Offset in `text` of the dot that makes a dotted key longer than
// kMaxTomlDepth parts, or npos. Checked on the text before toml++ parses it,
// because toml++ itself recurses once per part (a million parts overflow the
// stack). Outside strings and comments, only a dotted key can hold more than
// one '.' in a run of key characters, so no valid value is refused.
size_t DeepDottedKey(std::string_view text);

// The first node nested more than kMaxTomlDepth levels below `root` (a
// dotted key a.b.c = 1 is 3 levels), or nullptr. Walks without recursion, so
// that the recursive readers run only on tables known to be shallow.
const toml::node* TooDeep(const toml::table& root);

// Sets table[key] to a copy of `original` that starts at the same source
// position (file, line, column). toml++ drops positions when a node is
// copied, so the copy is parsed from padded text; errors about the copy then
// point where the original was written. `original` must be a value, an
// inline table or an array (not a [section]).
void InsertCopy(toml::table& table, const std::string& key, const toml::node& original);

}  // namespace ripple
