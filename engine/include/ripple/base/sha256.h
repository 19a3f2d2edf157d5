// SHA-256 digests (OpenSSL's libcrypto), as lowercase hex: recorded in run.json,
// sensitivity.json and imported model packages so every input is traceable.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace ripple {

// Hex SHA-256 of `bytes`. Throws Error(kInternal) if libcrypto fails.
std::string Sha256Hex(std::string_view bytes);

// Hex SHA-256 of a file's bytes, read in blocks. Throws Error(kIo) naming the
// path when it cannot be opened.
std::string Sha256OfFile(const std::string& path);

// SHA-256 of bytes given in pieces (the binary model cache hashes its tables as it
// writes and reads them). Throws Error(kInternal) if libcrypto fails.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Add(const void* bytes, size_t size);
  // The 32 bytes of the digest of everything added; call once.
  std::string Digest();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace ripple
