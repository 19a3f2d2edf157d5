#include "base/safe_id.h"

namespace ripple {
namespace {

bool Allowed(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-' || c >= 0x80;  // bytes of UTF-8 letters, never '/' or '.'
}

}  // namespace

std::string IdProblem(const std::string& id) {
  const std::string quoted = "id '" + id + "'";
  if (id.empty()) return "an id cannot be empty";
  if (id.size() > kMaxIdLength) {
    return "id of " + std::to_string(id.size()) + " characters is longer than " +
           std::to_string(kMaxIdLength);
  }
  if (id == "." || id == "..") return quoted + " cannot be '.' or '..' (it names a folder)";
  for (unsigned char c : id) {
    if (!Allowed(c)) {
      return quoted +
             " may hold only letters, digits, '.', '_' and '-' (it names a folder; no '/', '\\' or "
             "spaces)";
    }
  }
  return "";
}

}  // namespace ripple
