#!/usr/bin/env bash
# Builds everything and runs all tests: unit tests per bundle, integration tests that boot the
# real product, and UI tests under a display (Xvfb when there is no display and xvfb-run exists).
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=scripts/find-jdk.sh
. "$ROOT/releng/scripts/find-jdk.sh"
bridgework_find_jdk || exit 2
export JAVA_HOME="$BRIDGEWORK_JAVA_HOME"
MVN=(mvn -B -f "$ROOT/pom.xml" install)
# in CI no display test may be skipped silently: they fail instead when there is no display
if [ "${CI:-}" = "true" ]; then MVN+=(-Dbridgework.requireDisplay=true -Dbridgework.requireTools=true); fi
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "${MVN[@]}" "$@"
fi
exec "${MVN[@]}" "$@"
