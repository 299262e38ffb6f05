#!/usr/bin/env bash
# The torture tests at benchmark length: kill -9 at random points while child JVMs save a real project (save), or edit
# one through the workbench's own session and recovery journal and then replay the journal at the next start (edit),
# with a few kills of the real workbench under Xvfb (workbench); then check that nothing is corrupt or lost and no
# stray temporary file survives the next start. CI runs 200 rounds of save and edit and 3 of workbench.
#   releng/bench/torture.sh [rounds=1000] [lanes=2] [what=save,edit,workbench] [workbench rounds=10]
# Needs the product built once (mvn install -DskipTests from the top folder). Prints the figures.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
. "$ROOT/releng/scripts/find-jdk.sh"
bridgework_find_jdk || exit 2
export JAVA_HOME="$BRIDGEWORK_JAVA_HOME"
rounds="${1:-1000}"; lanes="${2:-2}"; what="${3:-save,edit,workbench}"; wbrounds="${4:-10}"
props=(-Dbridgework.torture.rounds="$rounds" -Dbridgework.torture.lanes="$lanes" -Dbridgework.torture.workbenchRounds="$wbrounds"
  -Dsurefire.timeout=0 -Dfailsafe.timeout=0 -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false)
case ",$what," in *,save,*)
  mvn -B -f "$ROOT/pom.xml" verify -pl releng/it -Dtest=SaveTortureTest "${props[@]}" ${BRIDGEWORK_MVN_OPTS:-} ;;
esac
case ",$what," in *,edit,*)
  mvn -B -f "$ROOT/pom.xml" verify -pl bundles/org.bridgework.ui.workbench -Dtest=EditTortureTest -Dit.test=none "${props[@]}" ${BRIDGEWORK_MVN_OPTS:-} ;;
esac
case ",$what," in *,workbench,*)
  xvfb=(); if [ -z "${DISPLAY:-}" ]; then xvfb=(xvfb-run -a -s "-screen 0 1280x1024x24"); fi
  "${xvfb[@]}" mvn -B -f "$ROOT/pom.xml" verify -pl bundles/org.bridgework.ui.workbench -Dtest=none -Dit.test=EditTortureIT \
    -Dbridgework.requireDisplay=true "${props[@]}" ${BRIDGEWORK_MVN_OPTS:-} ;;
esac
