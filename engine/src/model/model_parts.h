// Pieces of LoadModel shared by the plain load (model_parse.cc) and the binary
// cache of parsed packages (model_cache.cc).
#pragma once

#include <string>
#include <vector>

#include "ripple/base/error.h"
#include "ripple/model/model.h"

namespace ripple {

// Throws Error(kIo) "DIR: model folder not found" when `directory` is not a folder.
void RequireModelFolder(const std::string& directory);

// Parses model.toml's text into model.info, model.household and
// model.lines.toml_file / toml_keys; adds one message per problem.
void ParseModelToml(const std::string& text, const std::string& name, Model& model,
                    Problems& problems);

// Reads and parses the package's `files` (ModelFiles(directory), in its order),
// then validates it: LoadModel without a cache.
Model LoadModelFiles(const std::string& directory, const std::vector<std::string>& files);

}  // namespace ripple
