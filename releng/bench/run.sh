#!/usr/bin/env bash
# Runs the benchmarks against the assembled product (build it first: releng/build-and-run.sh version).
#   releng/bench/run.sh [boot|model|assembly|literature] [runs]
#   releng/bench/run.sh model [runs] [elements]   (in-process; with a display and the product also the workbench on the project)
#   releng/bench/run.sh team [runs] [elements] [commits]   (model merge of two edited copies; team log --element over a history)
#   releng/bench/run.sh literature [references] [runs]   (in-process import of generated RIS and BibTeX; same build)
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
. "$ROOT/releng/scripts/find-jdk.sh"
bridgework_find_jdk || exit 2
export JAVA_HOME="$BRIDGEWORK_JAVA_HOME"
which="${1:-boot}"; shift || true
CP="$ROOT/releng/bench/target/classes:$ROOT/releng/launcher/target/classes:$ROOT/releng/product/target/bridgework/lib/felix.jar"
case "$which" in
  boot) exec "$JAVA_HOME/bin/java" -cp "$CP" org.bridgework.bench.BootBenchmark "$ROOT/releng/product/target/bridgework" "$@" ;;
  model) exec "$JAVA_HOME/bin/java" -Xmx1g -Dbridgework.product="$ROOT/releng/product/target/bridgework" -cp "$ROOT/releng/bench/target/classes:$(cat "$ROOT/releng/bench/target/model-classpath.txt")" \
      org.bridgework.bench.ModelBenchmark "$@" ;;
  assembly) exec "$JAVA_HOME/bin/java" -cp "$ROOT/releng/bench/target/classes:$(cat "$ROOT/releng/bench/target/model-classpath.txt")" \
      org.bridgework.bench.AssemblyBenchmark "$ROOT" "$@" ;;
  literature) exec "$JAVA_HOME/bin/java" -cp "$ROOT/releng/bench/target/classes:$(cat "$ROOT/releng/bench/target/model-classpath.txt")" \
      org.bridgework.bench.LiteratureBenchmark "$@" ;;
  search) exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$ROOT/releng/bench/target/classes:$(cat "$ROOT/releng/bench/target/model-classpath.txt")" \
      org.bridgework.bench.SearchBenchmark "$@" ;;
  team) exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$ROOT/releng/bench/target/classes:$(cat "$ROOT/releng/bench/target/model-classpath.txt")" \
      org.bridgework.bench.TeamBenchmark "$@" ;;
  *) echo "unknown benchmark '$which'; known: boot, model, assembly, literature, search, team" >&2; exit 2 ;;
esac
