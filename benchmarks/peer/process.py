"""Whole processes side by side: each case as a user runs it, `python3 numpy_peer.py process ...` against `./jcanns`,
alternating, several times each in the same session; writes the markdown table (minimum wall time and minimum CPU
time of each side, the ratio, and jcanns' own summary line). Run through run.sh (`run.sh process`), which pins BLAS
and OpenMP to one thread and writes the header.

    process.py HEADER.md OUT.md [REPEATS]
"""
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PEER = os.path.join(ROOT, "benchmarks", "peer", "numpy_peer.py")
JCANNS = os.path.join(ROOT, "jcanns")
CANN1D = ["simulate", "--model", "cann1d", "-p", "num=512", "--task", "smooth-tracking-1d",
          "-t", "iext=1,0.75,2,1.75,3", "-t", "duration=10,10,10,10", "--dt", "0.1", "--record", "u"]
CANN2D = ["simulate", "--model", "cann2d", "-p", "length=64", "--task", "smooth-tracking-2d",
          "-t", "iext=0,0,1,-0.5,0.75,1.5,-1,1", "-t", "duration=10,10,10", "--dt", "0.1", "--record", "u",
          "--every", "10"]


def jcanns(*args, opts=""):
    return {"cmd": [JCANNS, "-q", *args], "env": {"JCANNS_JAVA_OPTS": opts}}


def numpy(*args):
    return {"cmd": [sys.executable, PEER, "process", *args], "env": {}}


def glue(code):
    """An untimed step between two timed ones (file reshaping a user's script would not need)."""
    return {"cmd": [sys.executable, "-c", code], "env": {}, "untimed": True}


def cases(work, inputs):
    o = lambda name: os.path.join(work, name)
    c = []
    for steps, every in ((400, 1), (20000, 100), (200000, 1000)):
        c.append(dict(name=f"canns' CANN1D example, N = 512, {steps:,} steps", steps=steps,
                      numpy=[numpy("cann1d", str(steps), str(every), o("np.npz"))],
                      jcanns=[jcanns(*CANN1D, "--every", str(every), "--steps", str(steps), "--out", o("j.npz"))],
                      target={400: ("<= 1.0 (goal <= 0.5)", 1.0), 200000: (">= 12x faster", 1 / 12)}.get(steps)))
    c.insert(1, dict(name="same, 400 steps, `-Djcanns.kernels=scalar`", steps=400, numpy=None,
                     jcanns=[jcanns(*CANN1D, "--out", o("j.npz"), opts="-Djcanns.kernels=scalar")], target=None))
    c.insert(2, dict(name="same, 400 steps, `-Djcanns.kernels=panama` (the old default's kernels)", steps=400,
                     numpy=None, jcanns=[jcanns(*CANN1D, "--out", o("j.npz"), opts="-Djcanns.kernels=panama")],
                     target=None))
    c.insert(3, dict(name="same, 400 steps, without the AOT cache (`JCANNS_AOT=0`)", steps=400, numpy=None,
                     jcanns=[dict(jcanns(*CANN1D, "--out", o("j.npz")), env={"JCANNS_AOT": "0",
                                                                            "JCANNS_JAVA_OPTS": ""})], target=None))
    dc = ["simulate", "--model", "direction-cell-network", "-p", "noise_strength=0", "--input",
          os.path.join(inputs, "theta_dc.npz"), "--dt", "1", "--record", "r", "--out", o("dc.npz")]
    gc = ["simulate", "--model", "grid-cell-network", "-p", "mapping_ratio=5", "-p", "adaptation_strength=8",
          "-p", "noise_strength=0", "--input", o("gc_in.npz"), "--dt", "1", "--record", "r,center_position",
          "--every", "800", "--out", o("gc.npz")]
    c.append(dict(name="theta sweep, 800 steps (direction cells 100, then grid cells 100 x 100)", steps=800,
                  numpy=[numpy("theta", inputs, o("np.npz"))],
                  jcanns=[jcanns(*dc), glue(
                      "import numpy as np; w = np.load(%r); d = np.load(%r); np.savez(%r, pos=w['pos'], "
                      "theta_mod=w['theta_mod'], dc_r=d['r'])" % (os.path.join(inputs, "theta_walk.npz"),
                                                                   o("dc.npz"), o("gc_in.npz"))), jcanns(*gc)],
                  target=(">= 30x faster", 1 / 30)))
    c.append(dict(name="CANN2D L = 64, 300 steps (canns' 2D example size)", steps=300,
                  numpy=[numpy("cann2d", "300", o("np.npz"))],
                  jcanns=[jcanns(*CANN2D, "--steps", "300", "--out", o("j.npz"))], target=None))
    c.append(dict(name="Hopfield demo: canns' hopfield_train, N = 16384, 4 patterns, 4 cues (30 % flipped)",
                  steps=None, numpy=[numpy("hopfield", inputs, o("np.npz"))],
                  jcanns=[jcanns("hopfield", "--patterns", os.path.join(inputs, "hopfield_patterns.npy"),
                                 "--predict", os.path.join(inputs, "hopfield_cues.npy"), "--iterations", "20",
                                 "--out", o("j.npz"))], target=None))
    return c


def run(steps):
    """Runs the steps in order; returns (wall seconds, CPU seconds, jcanns summary lines) of the timed ones."""
    wall = cpu = 0.0
    summaries = []
    for s in steps:
        env = dict(os.environ, **s["env"])
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run(s["cmd"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if p.returncode != 0:
            raise SystemExit(f"failed ({p.returncode}): {' '.join(s['cmd'])}\n{p.stdout}\n{p.stderr}")
        if not s.get("untimed"):
            wall += elapsed
            cpu += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            summaries += [line for line in p.stderr.splitlines() if line.startswith("steps=")]
    return wall, cpu, summaries


def field(line, name):
    m = re.search(rf"\b{name}=([^ ]+)", line)
    return m.group(1) if m else None


def fmt(v, digits=2):
    return "" if v is None else f"{v:.{digits}f}"


def main(header, out, repeats=3):
    work = tempfile.mkdtemp(prefix="jcanns-process-")
    try:
        measure(header, out, repeats, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(header, out, repeats, work):
    inputs = os.path.join(work, "inputs")
    subprocess.run([sys.executable, PEER, "prepare", inputs], check=True)
    # The first run after a build makes the AOT cache; not timed.
    subprocess.run([JCANNS, "--version"], check=True, stdout=subprocess.DEVNULL)
    version = []
    for _ in range(max(5, repeats)):
        version.append(run([{"cmd": [JCANNS, "--version"], "env": {}}])[:2])
    rows = []
    for case in cases(work, inputs):
        n, j, sims = [], [], []
        for r in range(repeats if case["steps"] != 800 else max(2, repeats - 1)):
            if case["numpy"]:
                n.append(run(case["numpy"])[:2])
            w, c, s = run(case["jcanns"])
            j.append((w, c))
            sims.append(s)
        rows.append((case, n, j, sims))
        print(f"{case['name']}: numpy {min(n, default=(0, 0))}, jcanns {min(j)}", file=sys.stderr)
    lines = [open(header).read().rstrip(), "",
             f"Each side run {repeats} times, alternating (the theta case's numpy side {max(2, repeats - 1)} times); "
             "minimum wall time and minimum CPU time (user + system, all threads) per side. Ratio = numpy wall / "
             "jcanns wall. jcanns' simulation seconds and rate are its own summary line (the whole loop) of the "
             "fastest run; for the theta sweep the two processes' times are added (and the untimed step between "
             "them copies the direction cells' rates into the grid network's input file).", "",
             "| work | numpy process s (CPU s) | jcanns process s (CPU s) | ratio | jcanns simulation s, steps/s "
             "(kernels) | target | met |", "|---|---|---|---|---|---|---|"]
    for case, n, j, sims in rows:
        jw, jc = min(w for w, _ in j), min(c for _, c in j)
        best = sims[min(range(len(j)), key=lambda i: j[i][0])]
        sim = "; ".join(f"{float(field(s, 'seconds')):.3f} s, {float(field(s, 'steps_per_s')):,.0f}/s "
                        f"({field(s, 'kernels')}, {field(s, 'operator')})" for s in best) if best else "n/a"
        if n:
            nw, nc = min(w for w, _ in n), min(c for _, c in n)
            ratio = nw / jw
            target, met = "", ""
            if case["target"]:
                target = case["target"][0]
                met = "yes" if jw <= case["target"][1] * nw else "no"
            lines.append(f"| {case['name']} | {fmt(nw)} ({fmt(nc)}) | {fmt(jw)} ({fmt(jc)}) | {ratio:.2f}x | "
                         f"{sim} | {target} | {met} |")
        else:
            lines.append(f"| {case['name']} | | {fmt(jw)} ({fmt(jc)}) | | {sim} | | |")
    vw, vc = min(w for w, _ in version), min(c for _, c in version)
    lines.append(f"| `jcanns --version` ({len(version)} runs) | | {fmt(vw, 3)} ({fmt(vc, 3)}) | | | < 0.15 s | "
                 f"{'yes' if vw < 0.15 else 'no'} |")
    lines += ["", "## Every run (wall s, CPU s)", ""]
    for case, n, j, _ in rows:
        lines.append(f"- {case['name']}: numpy {[(round(w, 2), round(c, 2)) for w, c in n]}; "
                     f"jcanns {[(round(w, 2), round(c, 2)) for w, c in j]}")
    lines.append(f"- `jcanns --version`: {[(round(w, 3), round(c, 3)) for w, c in version]}")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3)
