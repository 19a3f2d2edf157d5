#include "ripple/base/sha256.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <vector>

#include "ripple/base/error.h"

namespace ripple {
namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

DigestContext NewContext() {
  DigestContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorKind::kInternal, "sha-256 computation failed");
  }
  return context;
}

std::string RawDigest(EVP_MD_CTX* context) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context, digest, &length) != 1) {
    throw Error(ErrorKind::kInternal, "sha-256 computation failed");
  }
  return std::string(reinterpret_cast<const char*>(digest), length);
}

std::string Finish(EVP_MD_CTX* context) {
  const std::string digest = RawDigest(context);
  const size_t length = digest.size();
  static const char* kHex = "0123456789abcdef";
  std::string hex;
  for (size_t i = 0; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(digest[i]);
    hex += kHex[byte >> 4];
    hex += kHex[byte & 15];
  }
  return hex;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  const DigestContext context = NewContext();
  EVP_DigestUpdate(context.get(), bytes.data(), bytes.size());
  return Finish(context.get());
}

std::string Sha256OfFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error(ErrorKind::kIo, path + ": cannot open file for hashing: " + std::strerror(errno));
  const DigestContext context = NewContext();
  std::vector<char> storage(size_t{1} << 20);
  char* buffer = storage.data();
  const std::streamsize kBlock = static_cast<std::streamsize>(storage.size());
  while (in.read(buffer, kBlock) || in.gcount() > 0) {
    EVP_DigestUpdate(context.get(), buffer, static_cast<size_t>(in.gcount()));
  }
  return Finish(context.get());
}

struct Sha256::State {
  DigestContext context = NewContext();
};

Sha256::Sha256() : state_(std::make_unique<State>()) {}
Sha256::~Sha256() = default;

void Sha256::Add(const void* bytes, size_t size) {
  if (EVP_DigestUpdate(state_->context.get(), bytes, size) != 1) {
    throw Error(ErrorKind::kInternal, "sha-256 computation failed");
  }
}

std::string Sha256::Digest() { return RawDigest(state_->context.get()); }

}  // namespace ripple
