#include "ripple/base/error.h"

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

}  // namespace ripple
