#!/usr/bin/env bash
# Builds the JMH benchmark jar (profile benchmarks) and runs it: ./benchmarks/run.sh [JMH args],
# e.g. ./benchmarks/run.sh KernelBenchmark -p n=512
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source scripts/find-jdk.sh
mvn -B -ntp -q -DskipTests -Pbenchmarks -pl benchmarks -am package
exec "$JAVA_HOME/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -jar benchmarks/target/benchmarks.jar "$@"
