#!/bin/sh
# Runs Ripple's benchmark and its numpy peer side by side and prints one table.
#
#   bench/run.sh [BUILD_DIR] [OUT_DIR]          (defaults: build, /tmp/ripple-bench)
#
# Needs: Ripple built (ripple_bench; ripple_bench_native and ripple_bench_openblas are
# used when built), Debian's python3-numpy python3-scipy python3-pandas and time, and
# the peer harness in ../shared/bench (RIPPLE_PEER_DIR overrides). Synthetic inputs are
# generated once into OUT_DIR/data by gen_io.py (the 8,000-sector one is ~1 GB of CSV).
# RIPPLE_BENCH_SIZES (default "64 500 2000 8000") limits the synthetic sizes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
build=${1:-$repo/build}
out=${2:-/tmp/ripple-bench}
peer=${RIPPLE_PEER_DIR:-$repo/../shared/bench}
sizes=${RIPPLE_BENCH_SIZES:-64 500 2000 8000}
py="env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3"
data=$out/data
results=$out/results.jsonl
mkdir -p "$data"
: > "$results"

for n in $sizes; do
  [ -f "$data/n$n/meta.json" ] || $py "$peer/gen_io.py" --sizes "$n" --out "$data" > /dev/null
done

variants=""
for v in ripple_bench ripple_bench_native ripple_bench_openblas; do
  [ -x "$build/bench/$v" ] && variants="$variants $v"
done
[ -n "$variants" ] || { echo "run.sh: no ripple_bench in $build/bench (build first)" >&2; exit 1; }

# ripple TASK N MODEL_DIR K REPS WARMUP: every built variant, one JSON line each.
ripple() {
  for v in $variants; do
    blas_threads=""
    [ "$v" = ripple_bench_openblas ] && [ "$1" != single ] && blas_threads="OPENBLAS_NUM_THREADS=1"
    env $blas_threads "$build/bench/$v" --model "$3" --task "$1" --k "$4" --reps "$5" \
      --warmup "$6" | sed "s/\"tool\": \"ripple\"/\"tool\": \"$v\"/" >> "$results"
  done
}
# numpy ARGS...: the peer, one JSON line.
numpy() { IO_BENCH_DATA=$data $py "$peer/peer_numpy.py" --json "$results" "$@" > /dev/null; }

for n in $sizes; do
  reps=3; warm=1
  [ "$n" -ge 8000 ] && { reps=1; warm=0; }
  ripple single "$n" "$data/n$n" 0 $reps $warm
  numpy --n "$n" --task single --reps $reps --warmup $warm
  [ "$n" -ge 8000 ] && continue
  case $n in 64) k=10000; kb=10000;; 500) k=1000; kb=100;; *) k=100; kb=20;; esac
  ripple mc-params "$n" "$data/n$n" $k 3 1
  numpy --n "$n" --task multi --m $((k * 10)) --reps 3 --warmup 1
  ripple mc-noisy "$n" "$data/n$n" $kb 3 1
  numpy --n "$n" --task mc --k $kb --method loop --reps 3 --warmup 1
done
# The 64-product French model (Ripple only: the peer reads the synthetic files).
if [ -f "$repo/models/fr-2021/model.toml" ]; then
  ripple mc-params 64 "$repo/models/fr-2021" 10000 3 1
  ripple mc-noisy 64 "$repo/models/fr-2021" 10000 3 1
  # Memory: whole-process peak RSS of one 10,000-draw run.
  for task in mc-params mc-noisy; do
    /usr/bin/time -f "%M" -o "$out/rss.txt" "$build/bench/ripple_bench" \
      --model "$repo/models/fr-2021" --task $task --k 10000 --reps 1 --warmup 0 > /dev/null
    echo "{\"tool\": \"memory\", \"task\": \"$task\", \"n\": 64, \"model\": \"fr-2021\", \"k\": 10000, \"peak_rss_kib\": $(tail -1 "$out/rss.txt")}" >> "$results"
  done
fi
/usr/bin/python3 "$here/table.py" "$results"
