// Temporary: replaced by model_import_eurostat_command.cc in this change set.
#include "commands.h"
#include "ripple/error.h"
namespace ripple::cli {
int ModelImportEurostatCommand(const Args&) { throw Error(ErrorKind::kInternal, "not built yet"); }
}  // namespace ripple::cli
