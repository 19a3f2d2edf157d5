#include "ripple/error.h"

#include <algorithm>
#include <sstream>

namespace ripple {

int ExitCodeFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kBadInput:
      return 1;
    case ErrorKind::kNumerical:
    case ErrorKind::kIo:
      return 2;
    case ErrorKind::kInternal:
      return 3;
  }
  return 3;
}

std::string Located(const std::string& source, int line, int column, const std::string& field,
                    const std::string& message) {
  std::ostringstream out;
  if (!source.empty()) {
    out << source;
    if (line > 0) {
      out << ':' << line;
      if (column > 0) out << ':' << column;
    }
    out << ": ";
  }
  if (!field.empty()) out << field << ": ";
  out << message;
  return out.str();
}

void Problems::ThrowIfAny(ErrorKind kind) const {
  if (messages_.empty()) return;
  std::ostringstream out;
  const size_t listed = std::min(messages_.size(), kMaxListed);
  for (size_t i = 0; i < listed; ++i) {
    if (i) out << '\n';
    out << messages_[i];
  }
  if (messages_.size() > listed) {
    out << "\n... and " << messages_.size() - listed << " more problems";
  }
  throw Error(kind, out.str());
}

namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitution = previous[j - 1] + (std::tolower(a[i - 1]) != std::tolower(b[j - 1]));
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

std::string ClosestMatch(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const size_t distance = EditDistance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

}  // namespace ripple
