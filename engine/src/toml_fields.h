// Private helpers to read typed fields from a toml++ table while collecting
// problems with positions: "file:line:col: field: message".
#pragma once

#include <optional>
#include <string>
#include <toml++/toml.h>

#include "ripple/error.h"

namespace ripple {

class TomlFields {
 public:
  TomlFields(std::string source, Problems& problems) : source_(std::move(source)), problems_(problems) {}

  const std::string& source() const { return source_; }
  Problems& problems() { return problems_; }

  // Message located at `node` (or at the file when node is null).
  std::string At(const toml::node* node, const std::string& field, const std::string& message) const;
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

// Deepest nesting of tables and arrays accepted in Ripple's TOML (the root
// table is level 0; real files use fewer than 6). Deeper trees are refused so
// that every walk over a tree (extends, --set, distributions) stays shallow:
// a 20,000-part dotted key `a.a.a...=1` used to overflow the stack.
constexpr int kMaxTomlDepth = 64;

// Longest line accepted in Ripple's TOML, in bytes. toml++ walks a parsed
// tree recursively, and a dotted key or [table.header] of some 100,000 parts
// on one line overflows the stack inside toml::parse before CheckTomlDepth
// can refuse it; keys and headers on lines of this length nest at most about
// 16,000 deep, which it survives.
constexpr size_t kMaxTomlLineBytes = 16384;

// Parses TOML text; a syntax error throws Error(kBadInput) with its position,
// as do a line longer than kMaxTomlLineBytes ("source:line: invalid TOML: line
// is N bytes long, more than 16384") and nesting deeper than kMaxTomlDepth
// (CheckTomlDepth).
toml::table ParseTomlText(const std::string& text, const std::string& source);

// Throws Error(kBadInput) "source:line:col: invalid TOML: tables and arrays
// nested more than 64 levels deep" at a node nested deeper than kMaxTomlDepth.
// Walks without recursion.
void CheckTomlDepth(const toml::table& root, const std::string& source);

// Sets table[key] to a copy of `original` that starts at the same source
// position (file, line, column). toml++ drops positions when a node is
// copied, so the copy is parsed from padded text; errors about the copy then
// point where the original was written. `original` must be a value, an
// inline table or an array (not a [section]).
void InsertCopy(toml::table& table, const std::string& key, const toml::node& original);

}  // namespace ripple
