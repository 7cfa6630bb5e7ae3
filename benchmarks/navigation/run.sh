#!/usr/bin/env bash
# Navigation benchmarks: the open-loop agent (JMH AgentBenchmark, ns per agent step, one agent and a batch of 64
# on 1 and 2 threads) against canns' way at SEED (RatInABox-style Python, python/agent_canns_way.py), and the whole
# theta-sweep pipeline as a process (./jcanns theta-sweep on canns' 800-step external trajectory with both plots
# and the GIF, 3 runs). Writes benchmarks/results/<UTC time>-navigation-<host>.md.
# Usage: ./benchmarks/navigation/run.sh [TRAJECTORY.npz]   (about 5 minutes; check `uptime` first)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
trajectory="${1:-$root/../shared/data/external_trajectory.npz}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
result="benchmarks/results/${stamp}-navigation-$(hostname -s).md"
load_start="$(uptime)"

python3 benchmarks/python/agent_canns_way.py 20000 > "$tmp/python.txt"
./benchmarks/run.sh AgentBenchmark -rf json -rff "$tmp/jmh.json" > "$tmp/jmh.log" 2>&1 || { cat "$tmp/jmh.log"; exit 1; }
./jcanns -q theta-sweep --trajectory "$trajectory" --env-size 1.6 --no-plots --no-animation --out "$tmp/warm" \
  > /dev/null 2>&1
: > "$tmp/process.txt"
TIMEFORMAT='wall=%R user=%U sys=%S'
for run in 1 2 3; do
  rm -rf "$tmp/sweep"
  { time ./jcanns -q theta-sweep --trajectory "$trajectory" --env-size 1.6 --out "$tmp/sweep" > /dev/null \
      2> "$tmp/err.txt"; } 2> "$tmp/time.txt"
  echo "run=$run $(cat "$tmp/time.txt") $(tail -1 "$tmp/err.txt")" >> "$tmp/process.txt"
done
load_end="$(uptime)"

python3 - "$tmp/python.txt" "$tmp/jmh.json" "$tmp/process.txt" > "$tmp/body.md" <<'PY'
import json, re, statistics, sys
py = open(sys.argv[1]).read()
peer_us = float(re.search(r"median=([0-9.]+)", py).group(1))
jmh = json.load(open(sys.argv[2]))
print("## Agent steps (ns per agent step; medians of the measured iterations)\n")
print("| benchmark | arena | threads | median ns/step | min | max | steps/s | vs canns' way at SEED |")
print("|---|---|---|---|---|---|---|---|")
for b in jmh:
    raw = b["primaryMetric"]["rawData"][0]
    med = statistics.median(raw)
    name = b["benchmark"].rsplit(".", 1)[1]
    p = b["params"]
    if name == "step" and p["threads"] != "1":
        continue
    print(f"| {name} | {p['arena']} | {p['threads'] if name == 'batch' else '-'} | {med:.1f} | {min(raw):.1f} | "
          f"{max(raw):.1f} | {1e9 / med:,.0f} | {peer_us * 1000 / med:,.0f}x |")
print(f"\ncanns' way at SEED (RatInABox-style Python, {py.strip()}): {peer_us:.1f} us per step. canns' Rust port "
      "(HEAD) claims 10^6 steps in 0.27 s: 270 ns per step (not run here).\n")
print("## The whole theta-sweep pipeline as a process\n")
print("`./jcanns -q theta-sweep --trajectory external_trajectory.npz --env-size 1.6 --out DIR`: 800 steps, "
      "DirectionCellNetwork(100) + GridCellNetwork(100x100), results.npz, trajectory_analysis.png, "
      "population_activity.png, theta_sweep_animation.gif (80 frames). canns: about 11 s of simulation plus 2.8 s "
      "per animation frame (3 min 42 s for the GIF).\n")
print("| run | wall s | CPU s (user + sys) | pipeline line |")
print("|---|---|---|---|")
walls, cpus = [], []
for line in open(sys.argv[3]):
    wall = float(re.search(r"wall=([0-9.]+)", line).group(1))
    c = float(re.search(r"user=([0-9.]+)", line).group(1)) + float(re.search(r"sys=([0-9.]+)", line).group(1))
    walls.append(wall); cpus.append(c)
    print(f"| {line.split()[0][4:]} | {wall:.2f} | {c:.2f} | {' '.join(line.split()[4:])} |")
print(f"\nMedian wall {statistics.median(walls):.2f} s, median CPU {statistics.median(cpus):.2f} s (both cores: "
      "the GIF frames render on 2 threads).")
PY
{
  echo "# Navigation: open-loop agent and the theta-sweep pipeline, $stamp"
  echo
  echo "- machine: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc --all) cores), $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "- java: $("$(. scripts/find-jdk.sh >/dev/null; echo "$JAVA_HOME")/bin/java" -version 2>&1 | head -1);" \
       "python $(python3 -c 'import sys; print(sys.version.split()[0])'), numpy $(python3 -c 'import numpy; print(numpy.__version__)')"
  echo "- code: $(git rev-parse --abbrev-ref HEAD) at $(git rev-parse --short HEAD)"
  echo "- command: benchmarks/navigation/run.sh (JMH AgentBenchmark: 1 fork, 2 warm-up + 5 measured 1 s iterations)"
  echo "- load at start: ${load_start}"
  echo "- load at end: ${load_end}"
  echo
  cat "$tmp/body.md"
  echo
  echo '## Raw JMH output'
  echo
  echo '```'
  sed -n '/^Benchmark /,$p' "$tmp/jmh.log"
  echo '```'
} > "$result"
echo "wrote $result"
