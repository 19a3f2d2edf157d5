// SHA-256 digests (OpenSSL's libcrypto), as lowercase hex: recorded in run.json,
// sensitivity.json and imported model packages so every input is traceable.
#pragma once

#include <string>
#include <string_view>

namespace ripple {

// Hex SHA-256 of `bytes`. Throws Error(kInternal) if libcrypto fails.
std::string Sha256Hex(std::string_view bytes);

// Hex SHA-256 of a file's bytes, read in blocks. Throws Error(kIo) naming the
// path when it cannot be opened.
std::string Sha256OfFile(const std::string& path);

}  // namespace ripple
