# Sourced by the jcanns launcher: the JDK's AOT cache of a jar (JEP 483/514: classes read, parsed and verified
# once, mapped at every later start). Usage, after find-jdk.sh:
#
#   aot_prepare JAR CACHE JAVA_OPTION... -- TRAINING_ARGUMENT...
#
# sets the array AOT_OPTIONS to the JVM options that use CACHE, creating it first when it is missing or stale by
# running the jar once with the training arguments (a small representative run) under -XX:AOTCacheOutput. It never
# stops the caller: when the cache cannot be made or is turned off (JCANNS_AOT=0), AOT_OPTIONS is empty.
#
# A cache belongs to one jar file and one JDK. The JVM does not check that itself: JDK 25 served classes from a
# cache whose jar had been rebuilt. So CACHE.stamp records the jar's size and modification time and the JDK;
# a cache whose stamp differs is stale and made again. A cache the JVM refuses anyway (a damaged file, JVM options
# that do not match it) is skipped by the JVM (-XX:AOTMode=auto); its messages are silenced so the output stays
# the command's own. A failed creation is remembered in the stamp and not retried until the jar or JDK changes.

aot_stamp() { # the identity of jar $1 and this JDK, one line (bash built-ins but one stat: start-up counts)
  local line jdk_version=""
  while IFS= read -r line; do
    [[ "$line" == JAVA_VERSION=* ]] && jdk_version="${line#JAVA_VERSION=}"
  done < "$JAVA_HOME/release"
  echo "format=1 jar=$(stat -c '%s %.9Y' "$1") java=$JAVA_HOME ${jdk_version//\"/}"
}

aot_prepare() {
  local jar="$1" cache="$2"
  shift 2
  local java_options=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    java_options+=("$1")
    shift
  done
  [ $# -gt 0 ] && shift
  AOT_OPTIONS=()
  [ "${JCANNS_AOT:-1}" != "0" ] || return 0
  local stamp
  stamp="$(aot_stamp "$jar")" || return 0
  local recorded=""
  [ -f "$cache.stamp" ] && recorded="$(<"$cache.stamp")"
  if [ "$recorded" = "failed $stamp" ]; then
    return 0
  fi
  if [ ! -f "$cache" ] || [ "$recorded" != "$stamp" ]; then
    aot_train "$jar" "$cache" "$stamp" "${java_options[@]}" -- "$@" || return 0
  fi
  AOT_OPTIONS=(-XX:AOTMode=auto "-XX:AOTCache=$cache" -Xlog:aot=off -Xlog:cds=off)
}

aot_train() { # jar cache stamp java_option... -- training_argument...; returns 1 when no cache was made
  local jar="$1" cache="$2" stamp="$3"
  shift 3
  local java_options=()
  while [ "$1" != "--" ]; do
    java_options+=("$1")
    shift
  done
  shift
  # One creation at a time; a second launcher meanwhile runs without the cache. A lock left by a killed run
  # (older than ten minutes) is taken over.
  local lock="$cache.lock"
  if ! mkdir "$lock" 2>/dev/null; then
    if [ -n "$(find "$lock" -maxdepth 0 -mmin +10 2>/dev/null)" ]; then
      rm -rf "$lock"
      mkdir "$lock" 2>/dev/null || return 1
    else
      return 1
    fi
  fi
  rm -f "$cache" "$cache.stamp"
  local work="$lock/work" log="$cache.log"
  mkdir -p "$work"
  echo "jcanns: preparing the start-up cache (once per build, a few seconds; JCANNS_AOT=0 turns it off)..." >&2
  local ok=0
  # The JVM writes the cache at exit, from a child JVM it starts itself; the file is moved into place only whole.
  if (cd "$work" && env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS "$JAVA_HOME/bin/java" "${java_options[@]}" \
        "-XX:AOTCacheOutput=$work/cache.aot" -jar "$jar" "$@") >"$log" 2>&1 && [ -s "$work/cache.aot" ]; then
    mv -f "$work/cache.aot" "$cache" && echo "$stamp" > "$cache.stamp" && ok=1
  fi
  if [ "$ok" != 1 ]; then
    echo "failed $stamp" > "$cache.stamp"
    echo "jcanns: could not create the start-up cache (see $log); running without it" >&2
  fi
  rm -rf "$lock"
  [ "$ok" = 1 ]
}
