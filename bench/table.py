#!/usr/bin/python3
"""Prints the side-by-side table of bench/run.sh from its results.jsonl.

Times are in-process medians (seconds) of the timed work only: building A,
factoring and solving; Monte Carlo rows give draws per second (k / median total).
ratio = numpy time / Ripple time (above 1: Ripple is faster) for each variant.
With several rounds (RIPPLE_BENCH_ROUNDS) each cell is the median over rounds and
a ratio is followed by the range of the per-round ratios (round i of Ripple
against round i of numpy).
"""
import json
import statistics
import sys

VARIANTS = ["ripple_bench", "ripple_bench_native", "ripple_bench_openblas"]
PEER_TASK = {"single": "single", "single-iterative": "single", "mc-params": "multi",
             "mc-params-rows": "multi", "mc-params-rows-predrawn": "multi", "mc-noisy": "mc"}
LABEL = {"single": "factor + solve (s)", "single-iterative": "A + iterative solve, no LU (s)",
         "mc-params": "MC (a) params only, draws/s",
         "mc-params-rows": "MC (a) by multiplier rows (demand drawn in the timer), draws/s",
         "mc-params-rows-predrawn": "MC (a) by multiplier rows (demand drawn before, as numpy), draws/s",
         "mc-noisy": "MC (b) A noise, draws/s",
         "sensitivity": "Ripple engine, full scenario draws, draws/s"}


def label(task, row):
    """The row label; sensitivity rows say which model uncertainty the draws had."""
    if task != "sensitivity":
        return LABEL[task]
    if row["technical_coefficients_sigma"] > 0:
        what = f"A noise sigma {row['technical_coefficients_sigma']:g}"
    elif row["model_varies"]:
        what = "sigma 0, one factorisation per draw"
    else:
        what = "model fixed, factorisation reused"
    return f"{LABEL[task]} ({row['parameters']} uncertain values, {what})"


def draws(row):
    if row["task"] == "multi":
        return row["m"] / 10  # 10 demand vectors (years) per draw
    return row.get("k") or 0


def speed(task, row):
    """Seconds for `single`, draws per second otherwise."""
    t = row["median_s"]["total"]
    return t if task.startswith("single") else draws(row) / t


def ratio(task, ripple_speed, numpy_speed):
    return numpy_speed / ripple_speed if task.startswith("single") else ripple_speed / numpy_speed


def ratio_cell(task, ripple_rows, numpy_rows):
    if not ripple_rows:
        return "-"
    per_round = [ratio(task, speed(task, r), speed(task, p))
                 for r, p in zip(ripple_rows, numpy_rows)]
    mid = ratio(task, statistics.median(speed(task, r) for r in ripple_rows),
                statistics.median(speed(task, p) for p in numpy_rows))
    if len(per_round) < 2:
        return f"{mid:.2f}x"
    return f"{mid:.2f}x ({min(per_round):.1f}-{max(per_round):.1f})"


def check_cell(task, rc, pc):
    if task.startswith("single"):
        return f"sum x {rc['sum_x']:.10g} / {pc['sum_x']:.10g}"
    if task.startswith("mc-params"):
        return f"mean {rc['total_output_mean']:.6g} / {pc['sum_X'] / pc['draws']:.6g}"
    return (f"mean {rc['total_output_mean']:.6g} / {pc['total_output_mean']:.6g}, "
            f"p05 {rc['total_output_p05']:.6g} / {pc['total_output_p05']:.6g}, "
            f"p95 {rc['total_output_p95']:.6g} / {pc['total_output_p95']:.6g}")


def print_row(key, by_tool, peer, present):
    task, n, model, _ = key
    peer_rows = peer.get((PEER_TASK.get(task), n), []) if model.startswith("synthetic") else []
    first = next(iter(by_tool.values()))[0]
    k = first["k"]
    cells = [label(task, first), str(n), model, str(k) if k else ""]
    for v in present:
        rows = by_tool.get(v, [])
        cells.append(f"{statistics.median(speed(task, r) for r in rows):.4g}" if rows else "")
    if peer_rows:
        cells.append(f"{statistics.median(speed(task, p) for p in peer_rows):.4g}")
        cells.append(" / ".join(ratio_cell(task, by_tool.get(v, []), peer_rows) for v in present))
        pc = dict(peer_rows[-1]["check"], draws=draws(peer_rows[-1]))
        cells.append(check_cell(task, by_tool["ripple_bench"][-1]["check"], pc))
    else:
        cells += ["", "", ""]
    print("| " + " | ".join(cells) + " |")


def print_distributed(runs):
    """Whole-process `ripple sensitivity` plain and under mpirun -n R: median seconds,
    draws/s, speed-up and efficiency (speed-up / R) against mpirun -n 1."""
    if not runs:
        return
    median = {k: statistics.median(r["seconds"] for r in v) for k, v in runs.items()}
    draws = next(iter(runs.values()))[0]["draws"]
    print(f"\ndistributed `ripple sensitivity` on the Plaine Images baseline, {draws} draws, "
          f"--threads 1, whole process (start to reports written), median of "
          f"{max(len(v) for v in runs.values())} rounds:\n")
    print("| processes | s | draws/s | speed-up vs mpirun -n 1 | efficiency |")
    print("|---|---|---|---|---|")
    base = median.get("1")
    for key in ["plain", "1", "2", "3"]:
        if key not in median:
            continue
        speedup = base / median[key] if base else float("nan")
        ranks = 1 if key == "plain" else int(key)
        name = "plain (no mpirun)" if key == "plain" else f"mpirun -n {key}"
        print(f"| {name} | {median[key]:.2f} | {draws / median[key]:.0f} | {speedup:.2f}x | "
              f"{speedup / ranks:.0%} |")


def print_ingest(loads, peer):
    """CSV ingest: ripple_bench --task load against pandas' read_csv of the same tables."""
    for r in loads:
        p = peer.get(("load", int(r["n"])), [])
        line = (f"\nCSV ingest, n = {int(r['n'])}: Ripple LoadModel {r['mb_per_s']:.0f} MB/s "
                f"({r['median_s']['load']:.3g} s for {r['bytes'] / 1e6:.1f} MB, peak RSS "
                f"{r['peak_rss_mib']:.0f} MiB)")
        if p:
            t = statistics.median(q["median_s"]["parse_csv"] for q in p)
            line += f"; pandas read_csv {r['bytes'] / 1e6 / t:.0f} MB/s ({t:.3g} s); ratio {t / r['median_s']['load']:.2f}x"
        print(line)


def print_wholeproc(runs):
    """Whole-process timings (start to reports written), Ripple beside the peer."""
    if not runs:
        return
    print("\nwhole process (wholeproc.py: GNU time, median of the rounds after one warm-up):\n")
    print("| task | n | Ripple s | Ripple peak MiB | numpy s | numpy peak MiB | ratio numpy/Ripple |")
    print("|---|---|---|---|---|---|---|")
    for (what, n), sides in runs.items():
        r, p = sides.get("ripple"), sides.get("numpy")
        if not r or not p:
            continue
        rs, ps = r["wall_s"]["median"], p["wall_s"]["median"]
        print(f"| {what} | {n} | {rs:.3f} | {r['peak_MiB']['median']:.0f} | {ps:.3f} | "
              f"{p['peak_MiB']['median']:.0f} | {ps / rs:.2f}x |")


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    rip, peer, memory, distributed, loads, whole = {}, {}, [], {}, [], {}
    for r in rows:
        if r["tool"] == "wholeproc":
            whole.setdefault((r["what"], r["n"]), {})[r["side"]] = r
        elif r["tool"] == "ripple" and r["task"] == "load":
            loads.append(r)
        elif r["tool"] == "memory":
            memory.append(r)
        elif r["tool"] == "distributed":
            distributed.setdefault(r["ranks"], []).append(r)
        elif r["tool"] == "numpy":
            peer.setdefault((r["task"], r["n"]), []).append(r)
        else:
            key = (r["task"], r["n"], r.get("model", ""), tuple(r.get("set", [])))
            rip.setdefault(key, {}).setdefault(r["tool"], []).append(r)
    present = [v for v in VARIANTS if any(v in d for d in rip.values())]
    rounds = max((len(v) for d in rip.values() for v in d.values()), default=0)
    head = ["task", "n", "model", "k"] + [v.replace("ripple_bench", "Ripple") for v in present]
    head += ["numpy", "ratio " + "/".join(v.replace("ripple_bench", "") or "shipped"
                                          for v in present)
             + (" (range over rounds)" if rounds > 1 else ""), "check Ripple / numpy"]
    print(f"rounds: {rounds}\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for key, by_tool in rip.items():
        print_row(key, by_tool, peer, present)
    for m in memory:
        print(f"\npeak RSS, ripple_bench {m['task']} on {m['model']}, k = {m['k']}: "
              f"{m['peak_rss_kib'] / 1024:.1f} MiB (whole process, /usr/bin/time)")
    for (task, n, model, sets), by_tool in rip.items():
        r = by_tool.get("ripple_bench")
        if task == "sensitivity" and r:
            c = r[-1]["check"]
            print(f"\nsensitivity check ({', '.join(sets) or 'as written'}): {c['metrics']:.0f} metrics "
                  f"per draw; gross_output mean {c['gross_output_mean']:.6g} "
                  f"(p05 {c['gross_output_p05']:.6g}, p95 {c['gross_output_p95']:.6g}); "
                  f"net_jobs mean {c['net_jobs_mean']:.4g} (p05 {c['net_jobs_p05']:.4g}, "
                  f"p95 {c['net_jobs_p95']:.4g})")
    print_distributed(distributed)
    print_ingest(loads, peer)
    print_wholeproc(whole)
    print("\npymrio: not installable here (not packaged by Debian, PyPI unreachable); figures "
          "quoted from ../shared/bench/README.md")


if __name__ == "__main__":
    main()
