// Reading and writing whole files with the operating system's reason in every
// error ("No space left on device", "Permission denied").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ripple {

// Reads the whole of `path`, which must be a regular file (or a link to one)
// of at most `max_bytes` bytes. Throws Error(kIo) "path: cannot open file for
// reading: <reason>" (or "read failed: <reason>") when the system refuses, and Error(kBadInput)
// naming the path and the rule when it is a folder, a device or a pipe, or larger than the cap.
// Never blocks on a pipe and never reads past the cap.
std::string ReadWholeFile(const std::string& path, std::uint64_t max_bytes);

// Writes `text` to `path` (created or truncated), checking every write and the
// close, where a full disk may first show. Throws Error(kIo) "path: cannot write file: <reason>".
void WriteWholeFile(const std::string& path, std::string_view text);

}  // namespace ripple
