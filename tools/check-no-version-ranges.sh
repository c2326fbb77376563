#!/usr/bin/env bash
# Checks that no artifact in the resolved dependency tree (all modules, test scope included) declares a
# dependency with a version range. Ranges in enforcer rules (requireJavaVersion etc.) are not dependencies
# and are ignored. Exit 1 when a range is found.
# A pom may also hide a range behind a property (MapDB: <guava.version>[15.0,)</guava.version>); those are
# caught in the resolved tree, where Maven says "version selected from constraint" for every unpinned range.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIST="$(mktemp)"
(cd "$DIR" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list -DincludeScope=test \
  -DoutputFile="$LIST" -DappendOutput=true >/dev/null)
TREE="$(mktemp)"
(cd "$DIR" && mvn -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:tree -Dscope=test >"$TREE" 2>&1) || {
  echo "dependency:tree failed:"; tail -20 "$TREE"; exit 1; }
if grep -q 'version selected from constraint' "$TREE"; then
  echo 'unpinned version range (pin it in the root pom dependencyManagement):'
  grep 'version selected from constraint' "$TREE"
  exit 1
fi
python3 - "$LIST" <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
coords = set()
for line in open(sys.argv[1]):
    m = re.match(r'\s+([\w.\-]+):([\w.\-]+):[\w\-]+(?::[\w\-]+)?:([\w.\-]+):\w+', line)
    if m:
        coords.add(m.groups())
ns = '{http://maven.apache.org/POM/4.0.0}'
bad = []
for g, a, v in sorted(coords):
    pom = os.path.expanduser(f'~/.m2/repository/{g.replace(".", "/")}/{a}/{v}/{a}-{v}.pom')
    if not os.path.exists(pom):
        continue
    try:
        root = ET.parse(pom).getroot()
    except ET.ParseError:
        continue
    for dep in root.iter(ns + 'dependency'):
        ver = dep.find(ns + 'version')
        if ver is not None and ver.text and re.match(r'\s*[\[(]', ver.text):
            bad.append(f'{g}:{a}:{v} declares {dep.findtext(ns + "groupId")}:{dep.findtext(ns + "artifactId")}:{ver.text}')
print(f'{len(coords)} resolved artifacts checked')
for b in bad:
    print('version range:', b)
sys.exit(1 if bad else 0)
PY
