#!/usr/bin/env bash
# Builds jcanns and runs every test: finds a JDK >= 25 by itself, then runs Maven (default goal: verify).
# Arguments pass through to Maven: ./build.sh -DskipTests package, ./build.sh -pl core test, ...
set -euo pipefail
cd "$(dirname "$0")"
source scripts/find-jdk.sh
if [ $# -eq 0 ]; then
  set -- verify
fi
exec mvn -B -ntp "$@"
