// Temporary: replaced by run_command.cc in this change set.
#include "commands.h"
#include "ripple/error.h"
namespace ripple::cli {
int RunCommand(const Args&) { throw Error(ErrorKind::kInternal, "run: not built yet"); }
int CheckCommand(const Args&) { throw Error(ErrorKind::kInternal, "check: not built yet"); }
}  // namespace ripple::cli
