#!/bin/bash
# Runs Ripple's benchmark and its numpy peer side by side and prints one table.
#
#   bench/run.sh [BUILD_DIR] [OUT_DIR]          (defaults: build, /tmp/ripple-bench)
#
# Needs: Ripple built (ripple_bench; ripple_bench_native and ripple_bench_openblas are
# used when built), Debian's python3-numpy python3-scipy python3-pandas and time, and
# the peer harness in ../shared/bench (RIPPLE_PEER_DIR overrides). Synthetic inputs are
# generated once into OUT_DIR/data by gen_io.py (the 8,000-sector one is ~1 GB of CSV).
# RIPPLE_BENCH_SIZES (default "64 500 2000 8000") limits the synthetic sizes.
# RIPPLE_BENCH_ROUNDS (default 1) repeats every timing, Ripple and peer alternately
# (n = 8,000 once a round); the table then gives medians and the range of
# the per-round ratios (this shared host's speed moves between runs).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
build=${1:-$repo/build}
out=${2:-/tmp/ripple-bench}
peer=${RIPPLE_PEER_DIR:-$repo/../shared/bench}
sizes=${RIPPLE_BENCH_SIZES:-64 500 2000 8000}
rounds=${RIPPLE_BENCH_ROUNDS:-1}
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

# ripple TASK N MODEL_DIR K REPS WARMUP [FLAG VALUE]...: every built variant, one JSON line each.
ripple() {
  for v in $variants; do
    blas_threads=""
    [ "$v" = ripple_bench_openblas ] && [ "$1" != single ] && blas_threads="OPENBLAS_NUM_THREADS=1"
    env $blas_threads "$build/bench/$v" --model "$3" --task "$1" --k "$4" --reps "$5" \
      --warmup "$6" "${@:7}" | sed "s/\"tool\": \"ripple\"/\"tool\": \"$v\"/" >> "$results"
  done
}
# numpy ARGS...: the peer, one JSON line.
numpy() { IO_BENCH_DATA=$data $py "$peer/peer_numpy.py" --json "$results" "$@" > /dev/null; }

# One round of the synthetic sizes, Ripple then numpy for each task.
synthetic_round() {
  for n in $sizes; do
    reps=3; warm=1
    # n = 8,000: one timed solve a round (Ripple and numpy alternately), every round
    [ "$n" -ge 8000 ] && reps=1 && warm=0
    ripple single "$n" "$data/n$n" 0 $reps $warm
    numpy --n "$n" --task single --reps $reps --warmup $warm
    # from 2,000 sectors: the same solve without factoring (GMRES, iterative_solve.h)
    [ "$n" -ge 2000 ] && ripple single-iterative "$n" "$data/n$n" 0 $reps $warm
    [ "$n" -ge 8000 ] && continue
    case $n in 64) k=10000; kb=10000;; 500) k=1000; kb=100;; *) k=100; kb=20;; esac
    ripple mc-params "$n" "$data/n$n" $k 3 1
    # The same draws, totals by multiplier rows: demand drawn in the timer, then before it (as numpy).
    ripple mc-params-rows "$n" "$data/n$n" $k 3 1
    ripple mc-params-rows "$n" "$data/n$n" $k 3 1 --predrawn 1
    numpy --n "$n" --task multi --m $((k * 10)) --reps 3 --warmup 1
    ripple mc-noisy "$n" "$data/n$n" $kb 3 1
    numpy --n "$n" --task mc --k $kb --method loop --reps 3 --warmup 1
  done
}

# The engine's own Monte Carlo on a shipped scenario (no peer): full draws (15 uncertain
# values, FLQ delta, technical-coefficient noise), without the noise (one factorisation
# per draw: delta still varies), and with the model fixed (the factorisation reused).
scenario=$repo/scenarios/plaine-images-baseline.toml
sigma0="--set uncertainty.technical_coefficients_sigma=0"
fixed="$sigma0 --set uncertainty.flq_delta=0.3 --set uncertainty.satellites.employment=1"
# sensitivity K REPS WARMUP [--set KEY=VALUE]...: every built variant, one JSON line each.
sensitivity() {
  k=$1; r=$2; w=$3; shift 3
  for v in $variants; do
    env OPENBLAS_NUM_THREADS=1 "$build/bench/$v" --task sensitivity --scenario "$scenario" \
      --k "$k" --reps "$r" --warmup "$w" "$@" | sed "s/\"tool\": \"ripple\"/\"tool\": \"$v\"/" >> "$results"
  done
}

round=1
while [ "$round" -le "$rounds" ]; do
  synthetic_round "$round"
  # The 64-product French model (Ripple only: the peer reads the synthetic files).
  if [ -f "$repo/models/fr-2021/model.toml" ]; then
    ripple mc-params 64 "$repo/models/fr-2021" 10000 3 1
    ripple mc-noisy 64 "$repo/models/fr-2021" 10000 3 1
  fi
  if [ -f "$scenario" ]; then
    sensitivity 2000 3 1
    sensitivity 2000 3 1 $sigma0
    sensitivity 2000 3 1 $fixed
  fi
  round=$((round + 1))
done

# CSV ingest (issue 14, item 5): ripple_bench --task load (LoadModel: read, parse and
# validate the package made from n{N} by package_synthetic.sh) against the peer's
# pandas read_csv of the same tables; MB/s over the bytes of the files read.
# Whole process (item 6): process start to reports written, Ripple and the peer
# alternately, RIPPLE_BENCH_ROUNDS runs each after one warm-up (wholeproc.py, GNU time,
# median wall and peak RSS): `ripple multipliers` on the package of n = 500 and 2,000
# (and 8,000 when generated) against peer_numpy.py --task mult --src csv (Type I + II
# multipliers from the CSVs), and `ripple run` on the default scenario against the
# peer's load + one solve of n = 64 from CSV.
peer_py="env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE IO_BENCH_DATA=$data /usr/bin/python3"
wholeproc() {  # SIDE WHAT N CMD...
  side=$1; what=$2; n=$3; shift 3
  $py "$peer/wholeproc.py" -n "$rounds" --warmup 1 --label "$what" -- "$@" |
    sed "s/^{/{\"tool\": \"wholeproc\", \"side\": \"$side\", \"what\": \"$what\", \"n\": $n, /" >> "$results"
}
for n in $sizes; do
  [ "$n" -ge 500 ] || continue
  pkg=$out/pkg/n$n
  [ -f "$pkg/model.toml" ] || "$here/package_synthetic.sh" "$data/n$n" "$pkg"
  reps=3; warm=1; [ "$n" -ge 8000 ] && warm=0  # medians of 3 timed loads
  "$build/bench/ripple_bench" --model "$pkg" --task load --reps $reps --warmup $warm >> "$results"
  numpy --n "$n" --task load --reps $reps --warmup $warm
  wholeproc ripple multipliers "$n" "$build/engine/ripple" multipliers "$pkg" --out "$out/wp-mult-$n"
  wholeproc numpy multipliers "$n" $peer_py "$peer/peer_numpy.py" --n "$n" --task mult --src csv
  # a repeated run with the binary cache (the warm-up writes it) against numpy from npz
  wholeproc ripple multipliers-cached "$n" "$build/engine/ripple" multipliers "$pkg" \
    --out "$out/wp-mult-cached-$n" --cache-dir "$out/cache"
  wholeproc numpy multipliers-cached "$n" $peer_py "$peer/peer_numpy.py" --n "$n" --task mult --src npz
done
if [ -f "$scenario" ]; then
  wholeproc ripple run 64 "$build/engine/ripple" run "$scenario" --out "$out/wp-run"
  wholeproc numpy run 64 $peer_py "$peer/peer_numpy.py" --n 64 --task single --src csv
fi

# Distributed (issue 14): whole-process `ripple sensitivity` on the shipped baseline,
# plain and under `mpirun -n R` (R = 1, 2, 3; one thread per rank), process start to
# reports written, RIPPLE_BENCH_MPI_DRAWS draws (default 20000), median of the rounds.
# Skipped when ripple was built without MPI or mpirun is missing.
mpi_draws=${RIPPLE_BENCH_MPI_DRAWS:-20000}
distributed() {
  label=$1; shift
  start=$(date +%s.%N)
  env OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 "$@" "$build/engine/ripple" sensitivity \
    "$scenario" --draws "$mpi_draws" --threads 1 -q --out "$out/distributed-$label" > /dev/null
  end=$(date +%s.%N)
  echo "{\"tool\": \"distributed\", \"ranks\": \"$label\", \"draws\": $mpi_draws, \"seconds\": $(echo "$end - $start" | bc)}" >> "$results"
}
if [ -f "$scenario" ] && command -v mpirun > /dev/null && grep -q "RIPPLE_WITH_MPI:BOOL=ON" "$build/CMakeCache.txt"; then
  round=1
  while [ "$round" -le "$rounds" ]; do
    distributed plain
    for r in 1 2 3; do distributed "$r" mpirun --oversubscribe -n "$r"; done
    round=$((round + 1))
  done
fi

# Memory: whole-process peak RSS of one 10,000-draw run; for the scenario, what
# `ripple sensitivity` keeps without --write-draws (every metric of every draw).
rss() {
  name=$1; task=$2; shift 2
  /usr/bin/time -f "%M" -o "$out/rss.txt" "$build/bench/ripple_bench" --task "$task" --k 10000 \
    --reps 1 --warmup 0 "$@" > /dev/null
  echo "{\"tool\": \"memory\", \"task\": \"$task\", \"n\": 64, \"model\": \"$name\", \"k\": 10000, \"peak_rss_kib\": $(tail -1 "$out/rss.txt")}" >> "$results"
}
if [ -f "$repo/models/fr-2021/model.toml" ]; then
  rss fr-2021 mc-params --model "$repo/models/fr-2021"
  rss fr-2021 mc-noisy --model "$repo/models/fr-2021"
fi
[ -f "$scenario" ] && rss plaine-images-baseline sensitivity --scenario "$scenario"
/usr/bin/python3 "$here/table.py" "$results"
