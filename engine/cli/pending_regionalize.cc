// Temporary: replaced by model_regionalize_command.cc in this change set.
#include "commands.h"
#include "ripple/error.h"
namespace ripple::cli {
int ModelRegionalizeCommand(const Args&) { throw Error(ErrorKind::kInternal, "not built yet"); }
}  // namespace ripple::cli
