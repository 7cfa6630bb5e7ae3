"""Writes the side-by-side table (markdown) from the numpy peer's JSON, JMH's JSON and the simulate lines."""
import json
import statistics
import sys


def jmh_medians(path):
    """{(short benchmark name, frozenset(params)): median us/op over the measured iterations}."""
    out = {}
    for b in json.load(open(path)):
        name = b["benchmark"].rsplit(".", 2)
        short = name[-2] + "." + name[-1]
        raw = [x for it in b["primaryMetric"]["rawData"] for x in it]
        out[(short, frozenset(b.get("params", {}).items()))] = statistics.median(raw)
    return out


def find(m, short, **params):
    want = {k: str(v) for k, v in params.items()}
    for (name, ps), v in m.items():
        if name == short and all(dict(ps).get(k) == val for k, val in want.items()):
            return v
    return None


def fmt(v, digits=2):
    return "n/a" if v is None else f"{v:.{digits}f}"


def main(numpy_json, jmh_json, simulate_txt, header_txt):
    npy = json.load(open(numpy_json))
    m = jmh_medians(jmh_json)
    sim = {}
    for line in open(simulate_txt):
        parts = dict(p.split("=", 1) for p in line.split() if "=" in p)
        if "steps_per_s" in parts:
            sim[parts["operator_asked"]] = (float(parts["steps_per_s"]), float(parts.get("steady_steps_per_s", "nan")),
                                            parts.get("operator"))
    lines = [open(header_txt).read().rstrip(), ""]
    lines += ["## CANN1D step (µs, median; ratio = numpy / fastest jcanns operator)", "",
              "| N | numpy dense | jcanns dense | jcanns fft | jcanns spectral | ratio | target |",
              "|---|---|---|---|---|---|---|"]
    for n in (256, 512, 2048, 8192):
        d = find(m, "Cann1DStepBenchmark.step", num=n, operator="dense")
        f = find(m, "Cann1DStepBenchmark.step", num=n, operator="fft")
        sp = find(m, "Cann1DStepBenchmark.step", num=n, operator="spectral")
        best = min((x for x in (d, f, sp) if x is not None), default=None)
        target = "fft <= 1 µs, dense <= 8 µs" if n == 512 else ""
        lines.append(f"| {n} | {fmt(npy.get(f'cann1d_step_{n}'))} | {fmt(d)} | {fmt(f)} | {fmt(sp)} | "
                     f"{fmt(npy.get(f'cann1d_step_{n}') / best if best else None, 1)}x | {target} |")
    bw = npy["read_bandwidth_gbs"]
    lines += ["", f"## Stored dense mat-vec, N = 8192 (256 MiB per call; measured one-core read bandwidth "
                  f"{bw:.1f} GB/s, so the bound is {268435456 / bw / 1e3:.0f} µs)", "",
              "| tier | µs | GB/s | time / bound | target |", "|---|---|---|---|---|"]
    for tier in ("panama", "openblas"):
        t = find(m, "KernelBenchmark.gemv", tier=tier, n=8192)
        if t:
            gbs = 268435456 / (t * 1e-6) / 1e9
            lines.append(f"| {tier} | {t:.0f} | {gbs:.1f} | {t / (268435456 / bw / 1e3):.2f} | <= 1.3 |")
    lines.append(f"| numpy (W @ r) | {npy['matvec_8192']:.0f} | {268435456 / (npy['matvec_8192'] * 1e-6) / 1e9:.1f} | "
                 f"{npy['matvec_8192'] / (268435456 / bw / 1e3):.2f} | |")
    lines += ["", "## CANN2D step (µs, median)", "",
              "| L | numpy dense | jcanns fft | jcanns separable | jcanns spectral | ratio | target |",
              "|---|---|---|---|---|---|---|"]
    for length in (32, 64, 128):
        f = find(m, "Cann2DBenchmark.step", length=length, operator="fft")
        s = find(m, "Cann2DBenchmark.step", length=length, operator="separable")
        sp = find(m, "Cann2DBenchmark.step", length=length, operator="spectral")
        best = min((x for x in (f, s, sp) if x is not None), default=None)
        target = "<= 100 µs" if length == 128 else ""
        lines.append(f"| {length} | {fmt(npy.get(f'cann2d_step_{length}'), 1)} | {fmt(f)} | {fmt(s)} | {fmt(sp)} | "
                     f"{fmt(npy.get(f'cann2d_step_{length}') / best if best else None, 0)}x | {target} |")
    lines += ["", "## Batch of B CANN1D networks, N = 512 (µs per step of all B; GFLOP/s counts the 2·B·N² of W·R)", "",
              "| B | numpy (R @ Wᵀ) | dense 1 thread | dense 2 threads | GFLOP/s (dense, 2 threads) | fft 2 threads | "
              "spectral 2 threads | dense-equivalent GFLOP/s (spectral) | target |", "|---|---|---|---|---|---|---|---|---|"]
    for copies in (1, 16, 64):
        d1 = find(m, "BatchBenchmark.step", batch=copies, operator="dense", threads=1)
        d2 = find(m, "BatchBenchmark.step", batch=copies, operator="dense", threads=2)
        f2 = find(m, "BatchBenchmark.step", batch=copies, operator="fft", threads=2)
        s2 = find(m, "BatchBenchmark.step", batch=copies, operator="spectral", threads=2)
        gf = 2 * copies * 512 * 512 / (d2 * 1e3) if d2 else None
        gs = 2 * copies * 512 * 512 / (s2 * 1e3) if s2 else None
        target = ">= 150 GFLOP/s" if copies == 64 else ""
        lines.append(f"| {copies} | {fmt(npy.get(f'batch_step_{copies}'), 1)} | {fmt(d1, 1)} | {fmt(d2, 1)} | "
                     f"{fmt(gf, 1)} | {fmt(f2, 1)} | {fmt(s2, 1)} | {fmt(gs, 1)} | {target} |")
    lines += ["", "## gemmBt alone, one thread (R·Wᵀ, 512×512)", "", "| B | panama µs | openblas µs | openblas GFLOP/s |",
              "|---|---|---|---|"]
    for copies in (1, 16, 64):
        p = find(m, "GemmBenchmark.gemmBt", batch=copies, tier="panama")
        o = find(m, "GemmBenchmark.gemmBt", batch=copies, tier="openblas")
        lines.append(f"| {copies} | {fmt(p, 1)} | {fmt(o, 1)} | {fmt(2 * copies * 512 * 512 / (o * 1e3) if o else None, 1)} |")
    numpy_rate = 1e6 / npy["cann1d_step_512"]
    lines += ["", "## `jcanns simulate`, N = 512, 10⁶ steps (steady rate, whole CLI loop with recording every 1000 "
                  "steps) against numpy's steady step rate", "",
              "Whole run: from the first step, JIT warm-up included; steady: the second half of the run, after it.", "",
              "| operator | jcanns steps/s (whole run) | jcanns steps/s (steady) | numpy steps/s | ratio (steady) | "
              "target |", "|---|---|---|---|---|---|"]
    for op, (rate, steady, used) in sim.items():
        lines.append(f"| {op} ({used}) | {rate:.0f} | {steady:.0f} | {numpy_rate:.0f} | {steady / numpy_rate:.1f}x "
                     f"| >= 20x |")
    print("\n".join(lines))


if __name__ == "__main__":
    main(*sys.argv[1:5])
