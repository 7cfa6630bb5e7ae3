#!/usr/bin/env bash
# jcanns' Vietoris-Rips engine against C++ Ripser, built here from a local copy of its sources (never committed):
#
#   benchmarks/tda/run.sh RIPSER_DIR [RIPSER_PY_DIR]
#
# RIPSER_DIR holds ripser.cpp (github.com/Ripser/ripser); it is compiled as its Makefile's ripser-coeff (-O3,
# NDEBUG, USE_COEFFICIENTS). RIPSER_PY_DIR, if given, is a copy of github.com/scikit-tda/ripser.py: its C++ core
# (src/ripser/ripser.cpp, the code canns' ripser call runs, with cocycles) is compiled with ripserpy_driver.cpp and
# timed too. Cases (RUNS each, interleaved, default 5; RUNS_H2 for the H2 case, default 2):
#   torus-h1   1,200-point noisy torus in R^4 (seed 0, noise 0.1), H0-H1 over Z/47, from the point cloud
#   torus-h2   the same with H2
#   canns-h1   canns' default case: the landmark distances of tda_vis at canns' defaults (1,200 landmarks of a
#              synthetic 64-neuron torus population, 80,000 bins), H0-H1 over Z/47, jcanns with cocycles
# jcanns runs in a fresh JVM per run: the first computation in it is "cold" (JIT warm-up included, as one CLI call),
# the second "warm". Ripser's time is its whole process (reading included); jcanns' times are in-process, from the
# input file to the diagrams. Peak memory: the process' maximum resident set (GNU time). Writes
# benchmarks/results/<UTC time>-ripser-<host>.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
source scripts/find-jdk.sh
ripser_dir="$(cd "${1:?usage: benchmarks/tda/run.sh RIPSER_DIR [RIPSER_PY_DIR]}" && pwd)"
ripserpy_dir="${2:+$(cd "$2" && pwd)}"
runs="${RUNS:-5}"
runs_h2="${RUNS_H2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building C++ Ripser (ripser-coeff) from $ripser_dir" >&2
c++ -std=c++11 -O3 -D NDEBUG -D USE_COEFFICIENTS "$ripser_dir/ripser.cpp" -o "$work/ripser-coeff"
if [ -n "$ripserpy_dir" ]; then
  echo "building ripser.py's C++ core from $ripserpy_dir" >&2
  c++ -std=c++11 -O3 -w -D NDEBUG -D USE_COEFFICIENTS -D ASSEMBLE_REDUCTION_MATRIX -I "$ripserpy_dir/src/ripser" \
    benchmarks/tda/ripserpy_driver.cpp -o "$work/ripserpy"
fi
echo "building jcanns (benchmarks jar, command-line jar)" >&2
mvn -B -ntp -q -DskipTests -pl benchmarks,cli -am package
java=("$JAVA_HOME/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED)
timing=("${java[@]}" -cp benchmarks/target/benchmarks.jar org.jcanns.benchmarks.RipsTiming)

echo "inputs" >&2
python3 benchmarks/tda/inputs.py torus "$work" 1200 0.1 0
./jcanns -q tda-sample grid-cells --times 80000 --neurons 64 --seed 0 --out "$work/embedding.npy" >/dev/null
./jcanns -q tda-vis --embedding "$work/embedding.npy" --out "$work/vis" >/dev/null 2>&1
python3 - "$work" <<'EOF'
import sys
import numpy as np
np.save(f"{sys.argv[1]}/canns.npy", np.load(f"{sys.argv[1]}/vis/persistence.npz")["dperm2all"])
EOF
canns_threshold="$(python3 benchmarks/tda/inputs.py matrix "$work/canns.npy" "$work")"

# time_cmd OUT CMD...: runs CMD under GNU time, appends "wall user rss_kb" to OUT, keeps CMD's stdout in OUT.stdout.
time_cmd() {
  local out="$1"; shift
  /usr/bin/time -f "%e %U %M" -o "$work/time.txt" "$@" >"$out.stdout" 2>"$out.stderr"
  cat "$work/time.txt" >>"$out"
}

results=()
run_case() { # name runs ripser-args... -- jcanns-args... [-- ripserpy-args...]
  local name="$1" n="$2"; shift 2
  local rargs=() jargs=() pargs=()
  while [ "$1" != "--" ]; do rargs+=("$1"); shift; done; shift
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do jargs+=("$1"); shift; done
  if [ $# -gt 0 ]; then shift; pargs=("$@"); fi
  echo "case $name ($n runs)" >&2
  : >"$work/$name.ripser"; : >"$work/$name.jcanns"; : >"$work/$name.jcanns.runs"; : >"$work/$name.ripserpy"
  for ((r = 0; r < n; r++)); do
    time_cmd "$work/$name.ripser" "$work/ripser-coeff" "${rargs[@]}"
    time_cmd "$work/$name.jcanns" "${timing[@]}" "${jargs[@]}" 2
    cat "$work/$name.jcanns.stdout" >>"$work/$name.jcanns.runs"
    if [ ${#pargs[@]} -gt 0 ] && [ -n "$ripserpy_dir" ]; then
      time_cmd "$work/$name.ripserpy" "$work/ripserpy" "${pargs[@]}"
      grep -o 'seconds=[0-9.]*' "$work/$name.ripserpy.stdout" | cut -d= -f2 >>"$work/$name.ripserpy.inner"
    fi
  done
  results+=("$name")
}

commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' || echo '+changes')"
load_start="$(uptime)"
run_case torus-h1 "$runs" --format point-cloud --dim 1 --modulus 47 "$work/torus.txt" -- \
  points "$work/torus.npy" 1 47 0
run_case torus-h2 "$runs_h2" --format point-cloud --dim 2 --modulus 47 "$work/torus.txt" -- \
  points "$work/torus.npy" 2 47 0
run_case canns-h1 "$runs" --format binary --dim 1 --modulus 47 --threshold "$canns_threshold" \
  "$work/matrix_lower.bin" -- distances "$work/canns.npy" 1 47 1 -- "$work/matrix_upper.bin" 1 47 1
load_end="$(uptime)"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="benchmarks/results/$stamp-ripser-$(hostname -s).md"
python3 - "$work" "$out" "$runs" "$runs_h2" "$canns_threshold" "${results[@]}" <<EOF
import re, statistics as st, subprocess, sys
work, out, runs, runs_h2, thr = sys.argv[1:6]
cases = sys.argv[6:]
def rows(path):
    try:
        return [list(map(float, l.split())) for l in open(path) if l.strip()]
    except FileNotFoundError:
        return []
def med(v):
    return st.median(v) if v else float("nan")
lines = []
lines.append("# jcanns Vietoris-Rips engine against C++ Ripser")
lines.append("")
lines.append("- machine: " + subprocess.run(["bash", "-c", "lscpu | grep 'Model name' | sed 's/.*: *//'; nproc; free -g | awk '/Mem/{print \$2 \" GiB\"}'"], capture_output=True, text=True).stdout.replace("\n", ", ").strip(", "))
lines.append("- load at start: " + """$load_start""".strip())
lines.append("- load at end: " + """$load_end""".strip())
lines.append("- java: " + subprocess.run(["$JAVA_HOME/bin/java", "-version"], capture_output=True, text=True).stderr.splitlines()[0])
lines.append("- c++: " + subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout.splitlines()[0])
lines.append("- jcanns commit (when the run started): $commit")
lines.append("- Ripser: $ripser_dir (ripser-coeff: -O3 -DNDEBUG -DUSE_COEFFICIENTS)")
lines.append("- ripser.py core: " + ("$ripserpy_dir" or "not given"))
lines.append("- command: benchmarks/tda/run.sh " + " ".join(a for a in ["$ripser_dir", "$ripserpy_dir"] if a) + f" (RUNS={runs}, RUNS_H2={runs_h2})")
lines.append("- canns-h1: jcanns and ripser.py's core compute cocycles, C++ Ripser cannot (its master has no cocycles);")
lines.append("  the ripser.py column is the wall time inside rips_dm (canns' call: dense matrix, +inf entries as edges at infinity).")
lines.append(f"- canns-h1 threshold for C++ Ripser: {thr} (the largest finite distance: +inf pairs absent, as jcanns treats them)")
lines.append("")
lines.append("Medians over the runs, seconds. CPU: Ripser's user time, jcanns' computing thread. The machine is shared:")
lines.append("wall times include waiting for a core, so the CPU ratio is the fairer one. Memory: the process' peak resident")
lines.append("set (MiB; a JVM's includes heap it has not given back) and jcanns' peak heap in use (sum of the pools' peaks).")
lines.append("")
lines.append("| case | Ripser wall | Ripser CPU | Ripser RSS | jcanns cold wall | jcanns warm wall | jcanns warm CPU | jcanns RSS | jcanns heap peak | CPU ratio (warm) | wall ratio (warm) | wall ratio (cold) | ripser.py core | bars (Ripser / jcanns) |")
lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for c in cases:
    r = rows(f"{work}/{c}.ripser")
    j = rows(f"{work}/{c}.jcanns")
    runs_ = [l for l in open(f"{work}/{c}.jcanns.runs") if l.startswith("run=")]
    cold = [float(re.search(r"wall_s=([0-9.]+)", l).group(1)) for l in runs_ if l.startswith("run=0")]
    warm = [float(re.search(r"wall_s=([0-9.]+)", l).group(1)) for l in runs_ if l.startswith("run=1")]
    wcpu = [float(re.search(r"cpu_s=([0-9.]+)", l).group(1)) for l in runs_ if l.startswith("run=1")]
    bars_j = re.search(r"bars=([0-9,]+)", runs_[-1]).group(1)
    ripser_out = open(f"{work}/{c}.ripser.stdout").read()
    bars_r = ",".join(str(len(re.findall(r"^ \[", part, re.M))) for part in re.split(r"persistence intervals in dim \d+:", ripser_out)[1:])
    py = rows(f"{work}/{c}.ripserpy.inner")
    heap = [float(l.split("=")[1]) for l in open(f"{work}/{c}.jcanns.runs") if l.startswith("heap_peak_mib=")]
    rw = med([x[0] for x in r])
    ru = med([x[1] for x in r])
    lines.append(f"| {c} | {rw:.2f} | {ru:.2f} | {med([x[2] for x in r]) / 1024:.0f} | {med(cold):.2f} | {med(warm):.2f} | {med(wcpu):.2f} | {med([x[2] for x in j]) / 1024:.0f} | {med(heap):.0f} | {med(wcpu) / ru:.2f} | {med(warm) / rw:.2f} | {med(cold) / rw:.2f} | {('%.2f' % med([x[0] for x in py])) if py else '-'} | {bars_r} / {bars_j} |")
lines.append("")
lines.append("All runs (wall seconds): ")
lines.append("")
for c in cases:
    r = rows(f"{work}/{c}.ripser")
    runs_ = [l.strip() for l in open(f"{work}/{c}.jcanns.runs") if l.startswith("run=")]
    py = rows(f"{work}/{c}.ripserpy.inner")
    lines.append(f"- {c}: Ripser {[x[0] for x in r]}; jcanns {runs_}" + (f"; ripser.py core {[x[0] for x in py]}" if py else ""))
open(out, "w").write("\n".join(lines) + "\n")
print(out)
EOF
