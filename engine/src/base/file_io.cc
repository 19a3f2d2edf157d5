#include "ripple/base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <streambuf>
#include <vector>

#include "ripple/base/error.h"

namespace ripple {
namespace {

std::string Reason() { return std::strerror(errno); }

std::string Bytes(std::uint64_t bytes) {
  if (bytes % (std::uint64_t{1} << 30) == 0) return std::to_string(bytes >> 30) + " GiB";
  if (bytes % (std::uint64_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

void CheckRegular(const std::string& path, const struct stat& info, std::uint64_t max_bytes) {
  if (S_ISDIR(info.st_mode)) throw Error(ErrorKind::kBadInput, path + ": is a folder, not a file");
  if (!S_ISREG(info.st_mode)) {
    throw Error(
        ErrorKind::kBadInput,
        path + ": is not a regular file (a device, pipe or socket): Ripple reads only files");
  }
  if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
    throw Error(ErrorKind::kBadInput, path + ": file of " + std::to_string(info.st_size) +
                                          " bytes is larger than the limit of " + Bytes(max_bytes) +
                                          " for this kind of file");
  }
}

}  // namespace

FileReader::FileReader(const std::string& path, std::uint64_t max_bytes)
    : path_(path), max_bytes_(max_bytes) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd_ < 0) throw Error(ErrorKind::kIo, path + ": cannot open file for reading: " + Reason());
  struct stat info {};
  if (::fstat(fd_, &info) != 0) {
    const std::string reason = Reason();
    ::close(fd_);
    throw Error(ErrorKind::kIo, path + ": read failed: " + reason);
  }
  try {
    CheckRegular(path, info, max_bytes);
  } catch (...) {
    ::close(fd_);
    throw;
  }
  size_at_open_ = static_cast<std::uint64_t>(info.st_size);
}

FileReader::~FileReader() { ::close(fd_); }

size_t FileReader::Read(char* buffer, size_t size) {
  for (;;) {
    const ssize_t got = ::read(fd_, buffer, size);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw Error(ErrorKind::kIo, path_ + ": read failed: " + Reason());
    read_ += static_cast<std::uint64_t>(got);
    if (read_ > max_bytes_) {
      throw Error(ErrorKind::kBadInput, path_ + ": file is larger than the limit of " +
                                            Bytes(max_bytes_) + " for this kind of file");
    }
    return static_cast<size_t>(got);
  }
}

std::string ReadWholeFile(const std::string& path, std::uint64_t max_bytes) {
  FileReader file(path, max_bytes);
  std::string text(static_cast<size_t>(file.size_at_open()), '\0');
  size_t used = 0;
  for (;;) {
    if (used == text.size()) text.resize(used + 4096);  // the file may have grown since fstat
    const size_t got = file.Read(text.data() + used, text.size() - used);
    if (got == 0) break;
    used += got;
  }
  text.resize(used);
  return text;
}

void WriteWholeFile(const std::string& path, std::string_view text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw Error(ErrorKind::kIo, path + ": cannot write file: " + Reason());
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t wrote = ::write(fd, text.data() + done, text.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote < 0) {
      const std::string reason = Reason();
      ::close(fd);
      throw Error(ErrorKind::kIo, path + ": cannot write file: " + reason);
    }
    done += static_cast<size_t>(wrote);
  }
  if (::close(fd) != 0) throw Error(ErrorKind::kIo, path + ": cannot write file: " + Reason());
}

// The stream buffer of FileWriter: write(2) of each full buffer, EINTR
// retried, the first errno kept.
class FileWriter::Buffer final : public std::streambuf {
 public:
  explicit Buffer(int fd) : fd_(fd), data_(kSize) { setp(data_.data(), data_.data() + kSize); }
  int error() const { return error_; }
  int fd() const { return fd_; }
  bool Flush() {
    const char* at = pbase();
    while (error_ == 0 && at < pptr()) {
      const ssize_t wrote = ::write(fd_, at, static_cast<size_t>(pptr() - at));
      if (wrote < 0 && errno == EINTR) continue;
      if (wrote < 0) error_ = errno;
      if (wrote > 0) at += wrote;
    }
    setp(data_.data(), data_.data() + kSize);
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!Flush()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Flush() ? 0 : -1; }

 private:
  static constexpr size_t kSize = 256 * 1024;
  int fd_;
  int error_ = 0;
  std::vector<char> data_;
};

FileWriter::FileWriter(const std::string& path) : path_(path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw Error(ErrorKind::kIo, path + ": cannot write file: " + Reason());
  buffer_ = std::make_unique<Buffer>(fd);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
}

FileWriter::~FileWriter() {
  if (buffer_) ::close(buffer_->fd());
}

std::ostream& FileWriter::stream() { return *stream_; }

void FileWriter::Close() {
  buffer_->Flush();
  const int fd = buffer_->fd();
  int error = buffer_->error();
  buffer_.reset();
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0)
    throw Error(ErrorKind::kIo, path_ + ": cannot write file: " + std::strerror(error));
}

}  // namespace ripple
