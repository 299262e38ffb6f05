#!/usr/bin/env bash
# Builds the product (skipping tests) and runs bridgework with the given arguments.
#   releng/build-and-run.sh assemble --sample      the main job
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=scripts/find-jdk.sh
. "$ROOT/releng/scripts/find-jdk.sh"
bridgework_find_jdk || exit 2
export JAVA_HOME="$BRIDGEWORK_JAVA_HOME"
echo "Building Bridgework with $JAVA_HOME (Maven output in $ROOT/releng/target/build.log) ..." >&2
mkdir -p "$ROOT/releng/target"
if ! mvn -B -q -f "$ROOT/pom.xml" install -DskipTests >"$ROOT/releng/target/build.log" 2>&1; then
  tail -40 "$ROOT/releng/target/build.log" >&2
  echo "The build failed; the full log is $ROOT/releng/target/build.log" >&2
  exit 2
fi
exec "$ROOT/releng/product/target/bridgework/bin/bridgework" "$@"
