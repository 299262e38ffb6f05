#!/usr/bin/env bash
# Records the exported API of the bundles named (as built in the local Maven repository) as the released API that
# the bnd baseline check compares with: releng/baseline/repository/org/bridgework/ARTIFACT/VERSION/. Only the
# manifest and the classes of the exported packages are kept (bnd baseline compares exported packages only), so the
# repository stays small. Run it at a release:  releng/baseline/record.sh 0.0.2 org.bridgework.core ...
#   (then set <bridgework.baseline.version> in the root pom).  REPO=~/.m2/repository by default.
set -euo pipefail
VERSION="$1"; shift
REPO="${REPO:-$HOME/.m2/repository}"
OUT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)/repository/org/bridgework"
for artifact in "$@"; do
  jar=$(ls "$REPO/org/bridgework/$artifact"/*/"$artifact"-*-SNAPSHOT.jar | grep -v -- '-tests\|-sources\|-javadoc' | head -1)
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
  (cd "$work" && unzip -q "$jar")
  packages=$(tr -d '\r' < "$work/META-INF/MANIFEST.MF" | awk '/^Export-Package:/{p=1; sub(/^Export-Package: /,""); print; next} p&&/^ /{sub(/^ /,""); print; next} {p=0}' \
    | tr -d '\n' | grep -o 'org\.bridgework[a-z0-9.]*;' | tr -d ';' | sort -u)
  keep="$work/keep"; mkdir -p "$keep/META-INF"; cp "$work/META-INF/MANIFEST.MF" "$keep/META-INF/"
  for p in $packages; do
    [ "$artifact:$p" = "org.bridgework.model:org.bridgework.model" ] && continue
    d="${p//.//}"; mkdir -p "$keep/$d"; find "$work/$d" -maxdepth 1 -type f -exec cp {} "$keep/$d/" \;
  done
  if [ "$artifact" = org.bridgework.model ]; then # drop the generated package from Export-Package too
    python3 - "$keep/META-INF/MANIFEST.MF" <<'PY'
import sys
path = sys.argv[1]
lines = []
for line in open(path, encoding='utf-8').read().replace('\r\n', '\n').split('\n'):
    if line.startswith(' ') and lines:
        lines[-1] += line[1:]
    else:
        lines.append(line)
out = []
for line in lines:
    if line.startswith('Export-Package: '):
        parts, quoted, cur = [], False, ''
        for ch in line[len('Export-Package: '):]:
            if ch == '"':
                quoted = not quoted
            if ch == ',' and not quoted:
                parts.append(cur); cur = ''
            else:
                cur += ch
        parts.append(cur)
        line = 'Export-Package: ' + ','.join(p for p in parts if not p.startswith('org.bridgework.model;'))
    while len(line) > 70:
        out.append(line[:70]); line = ' ' + line[70:]
    out.append(line)
open(path, 'w', encoding='utf-8').write('\r\n'.join(out))
PY
  fi
  dest="$OUT/$artifact/$VERSION"; mkdir -p "$dest"; rm -f "$dest"/*
  (cd "$keep" && find . -type f -exec touch -d '2026-01-01 00:00:00 UTC' {} + && jar --create --file "$dest/$artifact-$VERSION.jar" --manifest META-INF/MANIFEST.MF $(find . -type f ! -path ./META-INF/MANIFEST.MF | sort))
  cat > "$dest/$artifact-$VERSION.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>org.bridgework</groupId><artifactId>$artifact</artifactId><version>$VERSION</version>
  <description>The exported API of $artifact as released (baseline for bnd; manifest and API classes only)</description>
</project>
POM
  (cd "$dest" && for f in *.jar *.pom; do sha1sum "$f" | cut -d' ' -f1 > "$f.sha1"; done)
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<metadata><groupId>org.bridgework</groupId><artifactId>%s</artifactId><versioning><release>%s</release><versions><version>%s</version></versions></versioning></metadata>\n' \
    "$artifact" "$VERSION" "$VERSION" > "$OUT/$artifact/maven-metadata.xml"
  rm -rf "$work"; trap - EXIT
  echo "$artifact $VERSION: $(echo $packages | wc -w) packages, $(stat -c %s "$dest/$artifact-$VERSION.jar") bytes"
done
