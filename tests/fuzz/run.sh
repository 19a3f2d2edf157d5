#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (tests/README.md, "Fuzzing and
# sanitizers"). Build them first: cmake --workflow --preset fuzz.
#
#   tests/fuzz/run.sh [--runs N | --seconds S] [BUILD_DIR] [TARGET...]
#
# Defaults: --seconds 600, BUILD_DIR build-fuzz, every target (scenario
# scenario_override model csv units distribution), one after the other, one
# process each. Seeds are made from the repository's files at every run
# (BUILD_DIR/fuzz/seeds/TARGET, nothing is copied into the repository) and
# tests/fuzz/regressions/TARGET adds the inputs of bugs fixed since. With
# --seconds, what the fuzzer learns is kept in BUILD_DIR/fuzz/corpus/TARGET for
# the next campaign; with --runs (the CTest smoke run: N inputs or 30 s,
# whichever comes first, libFuzzer seed 1 so that a run can be replayed) it
# starts from the seeds alone. A crash, hang (> 10 s per input) or memory blow-up (> 2 GB) stops the
# target, leaves the input in BUILD_DIR/fuzz/artifacts/TARGET/ and makes the
# script exit non-zero after the other targets ran.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
limit=(-max_total_time=600)
mode=campaign
case "${1:-}" in
  --runs) limit=(-runs="$2" -max_total_time=30 -seed=1); mode=smoke; shift 2 ;;
  --seconds) limit=(-max_total_time="$2"); shift 2 ;;
esac
build=${1:-$repo/build-fuzz}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(scenario scenario_override model csv units distribution)

# seed FILE_NAME < text: one seed file of the target being prepared.
seed() { cat > "$seeds/$1"; }

# The package in models/ or tests/fixtures/ at $1 as one text (model_fuzz.cc).
package_text() {
  local file
  for file in model.toml transactions.csv output.csv final_demand.csv satellites.csv; do
    [ -f "$1/$file" ] && { echo "=== $file"; cat "$1/$file"; }
  done
}

make_seeds() {
  local file i=0
  case "$1" in
    scenario)
      for file in "$repo"/scenarios/*.toml; do cp "$file" "$seeds/"; done ;;
    scenario_override)
      for file in "$repo"/scenarios/*.toml; do
        { echo '--set end_year=2031'; cat "$file"; } | seed "end-$(basename "$file")"
        { echo '--set additionality.deadweight={ dist = "uniform", min = 0, max = 0.5 }'
          echo '--set effects="type1"'; cat "$file"; } | seed "dist-$(basename "$file")"
      done ;;
    model)  # packages under 16 kB (larger ones, from fr-2021 on, slow every run tenfold)
      for file in "$repo"/models/*/ "$repo"/tests/fixtures/*/; do
        [ -f "$file/model.toml" ] || continue
        package_text "$file" | seed "$(basename "$file").txt"
        [ "$(wc -c < "$seeds/$(basename "$file").txt")" -lt 16384 ] || rm "$seeds/$(basename "$file").txt"
      done ;;
    csv)
      find "$repo/models" "$repo/tests/fixtures" -name '*.csv' -size -64k |
        while read -r file; do i=$((i + 1)); cp "$file" "$seeds/$i-$(basename "$file")"; done ;;
    units)
      grep -rhoE 'unit = "[^"]*"' "$repo/models" "$repo/scenarios" "$repo/tests/fixtures" |
        sed -E 's/^unit = "(.*)"$/\1/' | sort -u |
        while IFS= read -r file; do i=$((i + 1)); printf '%s' "$file" | seed "$i"; done ;;
    distribution)
      grep -rhoE '\{ *dist *= *\\?"[^}]*\}' "$repo/scenarios" "$repo/tests"/*.cc | sed 's/\\"/"/g' | sort -u |
        while IFS= read -r file; do i=$((i + 1)); printf '%s' "$file" | seed "$i"; done ;;
    *) echo "run.sh: unknown target '$1'" >&2; return 1 ;;
  esac
}

failed=()
for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/fuzz_$target"
  [ -x "$binary" ] || { echo "run.sh: $binary not built (cmake --workflow --preset fuzz)" >&2; exit 2; }
  seeds="$build/fuzz/seeds/$target"
  corpus="$build/fuzz/corpus/$target"
  [ "$mode" = smoke ] && corpus="$build/fuzz/smoke/$target" && rm -rf "$corpus"
  artifacts="$build/fuzz/artifacts/$target"
  rm -rf "$seeds"
  mkdir -p "$seeds" "$corpus" "$artifacts"
  make_seeds "$target"
  inputs=("$corpus" "$seeds")
  [ -d "$here/regressions/$target" ] && inputs+=("$here/regressions/$target")
  echo "run.sh: fuzz_$target ${limit[*]} on $(ls "$seeds" | wc -l) seeds and ${inputs[2]:-no} regressions"
  if ! "$binary" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
         -artifact_prefix="$artifacts/" "${inputs[@]}"; then
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "run.sh: failed: ${failed[*]} (inputs in $build/fuzz/artifacts/)" >&2
  exit 1
fi
