// The one exception type thrown by the library, and the collector used by
// validation to report every problem at once.
//
// Message convention (see STYLE.md): lowercase, no trailing period, and when the
// problem is in a file: `path:line:col: field: message` (line/col omitted when
// unknown). Exit codes are mapped by the CLI from Error::kind():
//   kBadInput -> 1, kNumerical -> 2, kIo -> 2, kInternal -> 3.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "ripple/base/text.h"  // ClosestMatch, DidYouMean: used with every message

namespace ripple {

enum class ErrorKind {
  kBadInput,   // the user's files or flags break a documented rule
  kNumerical,  // the maths failed (singular system, non-productive economy)
  kIo,         // a file or folder could not be read or written
  kInternal,   // a bug in Ripple
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

// Runs `step()` and returns its result; an Error it throws is re-thrown with
// "<context>: " prefixed and the same kind (LevelDB-style error chaining), e.g.
// "loading model 'models/fr-2021' for scenarios/x.toml: model.toml:3:1: ...".
template <typename Step>
auto InContext(const std::string& context, Step&& step) -> decltype(step()) {
  try {
    return step();
  } catch (const Error& error) {
    throw Error(error.kind(), context + ": " + error.what());
  }
}

// Returns the process exit code documented for `kind` (0 is success).
int ExitCodeFor(ErrorKind kind);

// Builds "source:line:col: field: message", omitting empty or zero parts.
std::string Located(const std::string& source, int line, int column, const std::string& field,
                    const std::string& message);

// Collects validation problems; Throw() raises one Error listing them all
// (at most `kMaxListed`, then "... and N more problems").
class Problems {
 public:
  static constexpr size_t kMaxListed = 50;

  void Add(std::string message) { messages_.push_back(std::move(message)); }
  bool empty() const { return messages_.empty(); }
  size_t size() const { return messages_.size(); }
  const std::vector<std::string>& messages() const { return messages_; }
  // Throws Error(kind, all messages joined by newlines) when not empty.
  void ThrowIfAny(ErrorKind kind = ErrorKind::kBadInput) const;

 private:
  std::vector<std::string> messages_;
};

}  // namespace ripple
