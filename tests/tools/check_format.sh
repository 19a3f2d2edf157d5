#!/usr/bin/env bash
# Fails when a C++ file of engine/, tests/ or bench/ differs from what
# clang-format makes of it with the repository's .clang-format (Google style,
# 100 columns). Fix with: clang-format -i $(git ls-files '*.cc' '*.h')
# Usage: check_format.sh REPO_ROOT CLANG_FORMAT
set -euo pipefail
cd "$1"
mapfile -t files < <(find engine tests bench -name '*.cc' -o -name '*.h' | sort)
if ! "$2" --dry-run --Werror "${files[@]}" 2> /tmp/ripple-format.$$; then
  grep -E '^[^ ].*: (error|warning):' /tmp/ripple-format.$$ | head -20
  echo "check_format: $(grep -cE ': (error|warning):' /tmp/ripple-format.$$) place(s) differ from clang-format (fix: clang-format -i FILE)"
  rm -f /tmp/ripple-format.$$
  exit 1
fi
rm -f /tmp/ripple-format.$$
echo "check_format: ${#files[@]} files formatted as .clang-format says"
