#!/usr/bin/env bash
# Side-by-side benchmark: the numpy peer (canns' way: float32, dense W @ r, one thread) and jcanns (JMH and the
# CLI) in the same run; writes a ratio table to benchmarks/results/<UTC time>-peer-<host>.md.
# Usage: ./benchmarks/peer/run.sh            (about 10 minutes; check `uptime` first: timings need a quiet machine)
#        ./benchmarks/peer/run.sh process [REPEATS]
#            whole processes instead: numpy scripts against ./jcanns as a user runs them (process.py), written to
#            benchmarks/results/<UTC time>-process-<host>.md (about 15 minutes with 3 repeats)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# One thread for numpy's BLAS, as canns' own benchmarks are compared per core.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The machine, the versions and the load, for the result file's head; $1 the command, $2 the load at start.
header() {
  echo "- machine: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc --all) cores), $(free -g | awk '/Mem:/{print $2}') GiB;" \
       "$(grep -o -w 'avx512f' /proc/cpuinfo | head -1 || echo 'no AVX-512')"
  echo "- java: $("$(. scripts/find-jdk.sh >/dev/null; echo "$JAVA_HOME")/bin/java" -version 2>&1 | head -1);" \
       "numpy $(python3 -c 'import numpy; print(numpy.__version__)') (OPENBLAS/OMP threads = 1)"
  echo "- code: commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' || echo ' with uncommitted changes')"
  echo "- command: $1"
  echo "- load at start: $2"
  echo "- load at end: $(uptime)"
  echo "- OPENBLAS_CORETYPE in the caller's environment: ${OPENBLAS_CORETYPE:-unset} (the launchers unset it)"
}

if [ "${1:-}" = "process" ]; then
  result="benchmarks/results/${stamp}-process-$(hostname -s).md"
  load_start="$(uptime)"
  ./jcanns --version >/dev/null  # builds the CLI if the sources changed, and its AOT cache
  python3 benchmarks/peer/process.py /dev/null "$tmp/table.md" "${2:-3}"
  { echo "# Whole processes: jcanns vs numpy, $stamp"; echo
    header "benchmarks/peer/run.sh process ${2:-3}" "$load_start"
    sed -n '2,$p' "$tmp/table.md"; } > "$result"
  echo "wrote $result"
  exit 0
fi

result="benchmarks/results/${stamp}-peer-$(hostname -s).md"
load_start="$(uptime)"

python3 benchmarks/peer/numpy_peer.py > "$tmp/numpy.json"
./benchmarks/run.sh 'Cann1DStepBenchmark|Cann2DBenchmark|BatchBenchmark|GemmBenchmark|KernelBenchmark.gemv$' \
  -p tier=panama,openblas -p n=8192 -p length=32,64,128 -wi 3 -rf json -rff "$tmp/jmh.json" > "$tmp/jmh.log" 2>&1 || { cat "$tmp/jmh.log"; exit 1; }
: > "$tmp/simulate.txt"
for op in auto dense fft spectral; do
  line="$(./jcanns -q simulate --model cann1d -p num=512 -p operator=$op --task smooth-tracking-1d \
    -t iext=1,0.75,2,1.75,3 -t duration=10,10,10,10 --dt 0.1 --steps 1000000 --every 1000 --record u 2>&1 | tail -1)"
  echo "operator_asked=$op $line" >> "$tmp/simulate.txt"
done

{
  echo "# Side-by-side: jcanns vs numpy peer, $stamp"
  echo
  header "benchmarks/peer/run.sh (JMH: 1 fork, 3 warm-up + 3 measured 1 s iterations; medians of iterations)" \
    "$load_start"
} > "$tmp/header.md"
python3 benchmarks/peer/report.py "$tmp/numpy.json" "$tmp/jmh.json" "$tmp/simulate.txt" "$tmp/header.md" > "$result"
{ echo; echo '## Raw JMH output'; echo; echo '```'; sed -n '/^Benchmark /,$p' "$tmp/jmh.log"; echo '```'; } >> "$result"
echo "wrote $result"
