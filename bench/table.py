#!/usr/bin/python3
"""Prints the side-by-side table of bench/run.sh from its results.jsonl.

Times are in-process medians (seconds) of the timed work only: building A,
factoring and solving; Monte Carlo rows give draws per second (k / median total).
ratio = numpy time / Ripple time (above 1: Ripple is faster) for each variant.
"""
import json
import sys

VARIANTS = ["ripple_bench", "ripple_bench_native", "ripple_bench_openblas"]
PEER_TASK = {"single": "single", "mc-params": "multi", "mc-noisy": "mc"}
LABEL = {"single": "factor + solve (s)", "mc-params": "MC (a) params only, draws/s",
         "mc-noisy": "MC (b) A noise, draws/s"}


def draws(row):
    if row["task"] == "multi":
        return row["m"] / 10  # 10 demand vectors (years) per draw
    return row.get("k") or 0


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    rip = {}
    peer = {}
    memory = []
    for r in rows:
        if r["tool"] == "memory":
            memory.append(r)
        elif r["tool"] == "numpy":
            peer[(r["task"], r["n"])] = r
        else:
            rip.setdefault((r["task"], r["n"], r.get("model", "")), {})[r["tool"]] = r
    present = [v for v in VARIANTS if any(v in d for d in rip.values())]
    head = ["task", "n", "model", "k"] + [v.replace("ripple_bench", "Ripple") for v in present]
    head += ["numpy", "ratio " + "/".join(v.replace("ripple_bench", "") or "shipped"
                                          for v in present), "check Ripple / numpy"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for (task, n, model), by_tool in rip.items():
        p = peer.get((PEER_TASK[task], n)) if model.startswith("synthetic") else None
        k = next(iter(by_tool.values()))["k"]

        def speed(r):
            t = r["median_s"]["total"]
            return t if task == "single" else draws(r) / t if r["tool"] == "numpy" else k / t
        cells = [LABEL[task], str(n), model, str(k) if k else ""]
        cells += [f"{speed(by_tool[v]):.4g}" if v in by_tool else "" for v in present]
        if p:
            ps = speed(p)
            cells.append(f"{ps:.4g}")
            ratios = [(ps / speed(by_tool[v]) if task == "single" else speed(by_tool[v]) / ps)
                      if v in by_tool else None for v in present]
            cells.append(" / ".join(f"{x:.2f}x" if x else "-" for x in ratios))
            rc = by_tool["ripple_bench"]["check"]
            if task == "single":
                cells.append(f"sum x {rc['sum_x']:.10g} / {p['check']['sum_x']:.10g}")
            elif task == "mc-params":
                cells.append(f"mean {rc['total_output_mean']:.6g} / "
                             f"{p['check']['sum_X'] / draws(p) * 1:.6g}")
            else:
                pc = p["check"]
                cells.append(f"mean {rc['total_output_mean']:.6g} / {pc['total_output_mean']:.6g}, "
                             f"p05 {rc['total_output_p05']:.6g} / {pc['total_output_p05']:.6g}, "
                             f"p95 {rc['total_output_p95']:.6g} / {pc['total_output_p95']:.6g}")
        else:
            cells += ["", "", ""]
        print("| " + " | ".join(cells) + " |")
    for m in memory:
        print(f"\npeak RSS, ripple_bench {m['task']} on {m['model']}, k = {m['k']}: "
              f"{m['peak_rss_kib'] / 1024:.1f} MiB (whole process, /usr/bin/time)")
    print("\npymrio: not installable here (not packaged by Debian, PyPI unreachable); figures "
          "quoted from ../shared/bench/README.md")


if __name__ == "__main__":
    main()
