#!/usr/bin/env bash
# Times canns' significance test as a whole: jcanns tda-vis at canns' defaults (dim 6, every 5th of 80,000 bins,
# 15,000 active, k 1000, 1,200 landmarks, cosine, nbs 800, H0-H1 over Z/47) on the synthetic 64-neuron torus
# population, with SHUFFLES (default 1000) shuffles on THREADS threads (default: all processors).
#
#   benchmarks/tda/shuffles.sh [RIPSER_PY_DIR]
#
# With RIPSER_PY_DIR (a copy of github.com/scikit-tda/ripser.py), canns' way is also timed once for one shuffle's
# worth of work: the numpy/scipy transcription of canns' steps (plugins/analysis/src/test/python/
# tda_vis_reference.py, which follows canns' code) and ripser.py's C++ core on its distances (what canns runs per
# shuffle; canns spreads the shuffles over 4 processes). Writes benchmarks/results/<UTC time>-tda-shuffles-<host>.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
source scripts/find-jdk.sh
ripserpy_dir="${1:+$(cd "$1" && pwd)}"
shuffles="${SHUFFLES:-1000}"
threads="${THREADS:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./jcanns -q tda-sample grid-cells --times 80000 --neurons 64 --seed 0 --out "$work/embedding.npy" >/dev/null
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' || echo '+changes')"
load_start="$(uptime)"
/usr/bin/time -f "%e %U %M" -o "$work/time.txt" ./jcanns -q tda-vis --embedding "$work/embedding.npy" \
  --shuffles "$shuffles" --threads "$threads" --seed 0 --out "$work/vis" >"$work/stdout.txt" 2>"$work/stderr.txt"
load_end="$(uptime)"
peer=""
if [ -n "$ripserpy_dir" ]; then
  c++ -std=c++11 -O3 -w -D NDEBUG -D USE_COEFFICIENTS -D ASSEMBLE_REDUCTION_MATRIX -I "$ripserpy_dir/src/ripser" \
    benchmarks/tda/ripserpy_driver.cpp -o "$work/ripserpy"
  start=$(date +%s.%N)
  python3 plugins/analysis/src/test/python/tda_vis_reference.py "$work/embedding.npy" "$work/ref.npz" \
    6 5 15000 1000 1200 cosine 800
  numpy_s=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  python3 - "$work" <<'EOF'
import sys
import numpy as np
d = np.load(f"{sys.argv[1]}/ref.npz")["d"]
d[np.triu_indices(len(d), 1)].astype(np.float32).tofile(f"{sys.argv[1]}/upper.bin")
EOF
  ripserpy_s=$("$work/ripserpy" "$work/upper.bin" 1 47 1 | grep -o 'seconds=[0-9.]*' | cut -d= -f2)
  peer="$numpy_s $ripserpy_s"
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="benchmarks/results/$stamp-tda-shuffles-$(hostname -s).md"
python3 - "$work" "$out" "$shuffles" "$threads" "$peer" "$commit" <<EOF
import subprocess, sys
import numpy as np
work, out, shuffles, threads, peer, commit = (sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]),
                                              sys.argv[5], sys.argv[6])
wall, user, rss = map(float, open(f"{work}/time.txt").read().split())
z = np.load(f"{work}/vis/persistence.npz")
lines = ["# canns' shuffle significance test (tda_vis at canns' defaults) as a whole", ""]
lines.append("- machine: " + subprocess.run(["bash", "-c", "lscpu | grep 'Model name' | sed 's/.*: *//'; nproc; free -g | awk '/Mem/{print \$2 \" GiB\"}'"], capture_output=True, text=True).stdout.replace("\n", ", ").strip(", "))
lines.append("- load at start: " + """$load_start""".strip())
lines.append("- load at end: " + """$load_end""".strip())
lines.append("- java: " + subprocess.run(["$JAVA_HOME/bin/java", "-version"], capture_output=True, text=True).stderr.splitlines()[0])
lines.append("- jcanns commit (when the run started): " + commit)
lines.append(f"- command: ./jcanns tda-vis --embedding E.npy --shuffles {shuffles} --threads {threads} --seed 0 --out DIR, "
             "E.npy from ./jcanns tda-sample grid-cells --times 80000 --neurons 64 --seed 0 (benchmarks/tda/shuffles.sh)")
lines.append("")
lines.append(f"- whole run (real data + {shuffles} shuffles, barcodes, files): **{wall:.0f} s wall**, {user:.0f} s CPU, "
             f"peak resident set {rss / 1024:.0f} MiB")
lines.append(f"- per shuffle: {wall * threads / shuffles:.1f} s of a thread ({threads} threads)")
lines.append("- summary line: " + open(f"{work}/stderr.txt").read().strip().splitlines()[-1])
for l in open(f"{work}/stdout.txt"):
    if l.startswith("H"):
        lines.append("- " + l.strip())
thr = z["shuffle_threshold"]
for d in range(len(thr)):
    dgm = z[f"dgm{d}"]
    life = dgm[:, 1] - dgm[:, 0]
    fin = np.isfinite(life)
    lines.append(f"- H{d}: {int(np.sum(life[fin] > thr[d]))} finite bars above the 99.9th percentile {thr[d]:.4f} "
                 f"(longest finite: {', '.join(f'{x:.3f}' for x in np.sort(life[fin])[-3:])})")
if peer:
    numpy_s, ripserpy_s = map(float, peer.split())
    per = numpy_s + ripserpy_s
    lines.append("")
    lines.append(f"canns' way, one shuffle's work on the same machine (single runs): numpy/scipy steps {numpy_s:.0f} s "
                 f"(tda_vis_reference.py), ripser.py's C++ core with cocycles {ripserpy_s:.1f} s; {per:.0f} s per shuffle, "
                 f"so about {per * shuffles / 4 / 3600:.1f} h for {shuffles} shuffles on canns' 4 processes given 4 cores "
                 f"({per * shuffles / threads / 3600:.1f} h on {threads} cores).")
open(out, "w").write("\n".join(lines) + "\n")
print(out)
EOF
