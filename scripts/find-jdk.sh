# Sourced by build.sh and jcanns: puts a JDK >= 25 first on PATH and exports JAVA_HOME.
# Order: JAVA_HOME if it is 25+, then every JDK under /usr/lib/jvm and /opt/java whose `release` file says 25+.
jdk_major() { # prints the major version of the JDK at $1, or nothing
  [ -f "$1/release" ] && [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}
find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME=$(find_jdk); then
  echo "jcanns needs a JDK 25 or newer: none found in JAVA_HOME or /usr/lib/jvm. Install one (e.g. Temurin 25)." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# OpenBLAS pinned to an older core (OPENBLAS_CORETYPE=Haswell on these machines) runs AVX2 kernels at half the
# sgemm speed of the AVX-512 ones; let OpenBLAS detect the core itself.
unset OPENBLAS_CORETYPE
