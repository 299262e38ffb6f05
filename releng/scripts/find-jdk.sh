# Sourced by bin/bridgework and the build scripts: sets BRIDGEWORK_JAVA_HOME to a JDK >= 21,
# or explains what to install and returns 1. Order: $BRIDGEWORK_JAVA_HOME, $JAVA_HOME, java on PATH, /usr/lib/jvm/*.
bridgework_java_major() {
  # a JDK's release file names its version: reading it costs nothing, starting a JVM to ask costs 0.1-0.7 s per candidate
  local version=""
  if [ -f "$1/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release" | head -1)
  fi
  if [ -z "$version" ]; then
    version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -1)
  fi
  # Java 1.8 and older say "1.x"
  [ "$version" = "1" ] && version=8
  echo "$version"
}
bridgework_find_jdk() {
  local candidate major
  local candidates=()
  [ -n "${BRIDGEWORK_JAVA_HOME:-}" ] && candidates+=("$BRIDGEWORK_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local jvm_dirs="${BRIDGEWORK_JVM_DIRS:-/usr/lib/jvm/*}"
  for candidate in $jvm_dirs; do candidates+=("$candidate"); done
  BRIDGEWORK_JAVA_HOME=""
  local best=0
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(bridgework_java_major "$candidate")
    [ -n "$major" ] || continue
    # the first one that is new enough wins, so an explicit choice is respected
    if [ "$major" -ge 21 ]; then BRIDGEWORK_JAVA_HOME="$candidate"; BRIDGEWORK_JAVA_MAJOR="$major"; export BRIDGEWORK_JAVA_HOME BRIDGEWORK_JAVA_MAJOR; return 0; fi
    [ "$major" -gt "$best" ] && best=$major
  done
  echo "bridgework: needs a Java runtime 21 or newer; the newest found is ${best:-none}." >&2
  echo "  Install one, for example: apt-get install openjdk-21-jdk (or Temurin 21/25 under /usr/lib/jvm)," >&2
  echo "  or point BRIDGEWORK_JAVA_HOME at it." >&2
  return 1
}
