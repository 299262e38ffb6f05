#!/usr/bin/env bash
# The save torture at benchmark length: kill -9 at random points while child JVMs save a real project, then check
# that nothing is corrupt or lost and no stray temporary file survives the next open (CI runs 200 rounds in releng/it).
#   releng/bench/torture.sh [rounds=1000] [lanes=2]
# Needs the product built once (mvn install -DskipTests from the top folder). Prints the figures.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
. "$ROOT/releng/scripts/find-jdk.sh"
bridgework_find_jdk || exit 2
export JAVA_HOME="$BRIDGEWORK_JAVA_HOME"
rounds="${1:-1000}"; lanes="${2:-2}"
exec mvn -B -f "$ROOT/pom.xml" verify -pl releng/it -Dtest=SaveTortureTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbridgework.torture.rounds="$rounds" -Dbridgework.torture.lanes="$lanes" -Dsurefire.timeout=0 ${BRIDGEWORK_MVN_OPTS:-}
