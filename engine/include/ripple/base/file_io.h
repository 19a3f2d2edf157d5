// Reading and writing whole files with the operating system's reason in every
// error ("No space left on device", "Permission denied").
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace ripple {

// Reads the whole of `path`, which must be a regular file (or a link to one)
// of at most `max_bytes` bytes. Throws Error(kIo) "path: cannot open file for
// reading: <reason>" (or "read failed: <reason>") when the system refuses, and Error(kBadInput)
// naming the path and the rule when it is a folder, a device or a pipe, or larger than the cap.
// Never blocks on a pipe and never reads past the cap.
std::string ReadWholeFile(const std::string& path, std::uint64_t max_bytes);

// A file read in pieces, with ReadWholeFile's checks and messages: the
// constructor opens `path` and refuses what ReadWholeFile refuses (not a
// regular file, larger than `max_bytes`); Read fails with "read failed" or
// when the file has grown past the cap since it was opened.
class FileReader {
 public:
  FileReader(const std::string& path, std::uint64_t max_bytes);
  ~FileReader();
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;

  // The size the file had when opened, in bytes.
  std::uint64_t size_at_open() const { return size_at_open_; }
  // Reads up to `size` bytes into `buffer`; returns 0 at the end of the file.
  size_t Read(char* buffer, size_t size);

 private:
  std::string path_;
  std::uint64_t max_bytes_;
  std::uint64_t size_at_open_ = 0;
  std::uint64_t read_ = 0;
  int fd_ = -1;
};

// Writes `text` to `path` (created or truncated), checking every write and the
// close, where a full disk may first show. Throws Error(kIo) "path: cannot write file: <reason>".
void WriteWholeFile(const std::string& path, std::string_view text);

// A file written through a std::ostream without holding its whole text: a
// 256 KiB buffer goes to the system as it fills. The first failed write is
// kept (later output is dropped) and Close() throws it as WriteWholeFile
// does, "path: cannot write file: <reason>"; so does the constructor when the
// file cannot be created. A writer destroyed without Close() closes the file
// and throws nothing (an exception is already on its way).
class FileWriter {
 public:
  explicit FileWriter(const std::string& path);
  ~FileWriter();
  FileWriter(const FileWriter&) = delete;
  FileWriter& operator=(const FileWriter&) = delete;

  std::ostream& stream();
  void Close();

 private:
  class Buffer;
  std::string path_;
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
};

}  // namespace ripple
