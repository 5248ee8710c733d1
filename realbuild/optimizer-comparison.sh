#!/usr/bin/env bash
# realbuild/optimizer-comparison.sh: each sample app's naive Dockerfile against `dockwright optimize` of it,
# built for real with buildah (stand-in base images, see realbuild/README.md): steps re-run and rebuild time
# after a source-only edit, layers and image size. Fails when, after optimizing, a source-only edit re-runs a
# dependency-install step.
#
# Usage: realbuild/optimizer-comparison.sh [--no-setup] [APP...]   (APP: node-app python-app go-app)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
setup=1
if [ "${1:-}" = --no-setup ]; then setup=0; shift; fi
apps=("$@")
[ ${#apps[@]} -gt 0 ] || apps=(node-app python-app go-app)
[ "$setup" = 1 ] && bash "$root/realbuild/setup.sh" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A edit=([node-app]=src/greeting.ts [python-app]=sample_app/greeting.py [go-app]=cmd/server/main.go)
failures=0
rows=()

build() { # CONTEXT DOCKERFILE TAG -> JSON on stdout
  bash "$root/realbuild/build.sh" "$1" "$2" "$3"
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

for app in "${apps[@]}"; do
  for variant in naive optimized; do
    ctx="$work/$app-$variant"
    cp -r "$root/examples/apps/$app" "$ctx"
    if [ "$variant" = optimized ]; then
      "$root/dockwright" optimize --context "$ctx" "$ctx/Dockerfile.naive" > "$ctx/Dockerfile.optimized"
      file="$ctx/Dockerfile.optimized"
    else
      file="$ctx/Dockerfile.naive"
    fi
    tag="localhost/dockwright-compare/$app-$variant:1"
    build "$ctx" "$file" "$tag" > "$work/cold.json" || { echo "build failed: $app $variant" >&2; failures=$((failures+1)); continue; }
    build "$ctx" "$file" "$tag" > "$work/warm.json"   # buildah 1.28 can miss the cache once after a cold build
    marker='//'
    [ "$app" = python-app ] && marker='#'
    printf '\n%s edited by the comparison\n' "$marker" >> "$ctx/${edit[$app]}"
    build "$ctx" "$file" "$tag" > "$work/edit.json"
    rerun=$(field "sum(1 for s in d['steps'] if s['status']=='executed')" < "$work/edit.json")
    total=$(field "sum(1 for s in d['steps'] if s['status']!='from')" < "$work/edit.json")
    seconds=$(field "d['elapsed_seconds']" < "$work/edit.json")
    installs=$(field "sum(1 for s in d['steps'] if s['status']=='executed' and any(k in s['instruction'] for k in ('npm install','npm ci','pip install','go mod download')))" < "$work/edit.json")
    info=$(bash "$root/realbuild/inspect.sh" "$tag")
    size=$(echo "$info" | field "d['size_bytes']")
    layers=$(echo "$info" | field "d['layers']")
    rows+=("$app|$variant|$rerun/$total|$installs|$seconds|$layers|$size")
    if [ "$variant" = optimized ] && [ "$installs" != 0 ]; then
      echo "FAIL: $app optimized: a source-only edit re-ran $installs dependency-install step(s)" >&2
      failures=$((failures+1))
    fi
    buildah rmi "$tag" >/dev/null 2>&1 || true
  done
done

echo
echo "| app | Dockerfile | steps re-run after a source edit | install steps re-run | rebuild s | layers | size bytes |"
echo "|---|---|---|---|---|---|---|"
for r in "${rows[@]}"; do
  IFS='|' read -r a v s i t l z <<< "$r"
  echo "| $a | $v | $s | $i | $t | $l | $z |"
done
for app in "${apps[@]}"; do
  n=$(printf '%s\n' "${rows[@]}" | awk -F'|' -v a="$app" '$1==a && $2=="naive"{print $5}')
  o=$(printf '%s\n' "${rows[@]}" | awk -F'|' -v a="$app" '$1==a && $2=="optimized"{print $5}')
  [ -n "$n" ] && [ -n "$o" ] && python3 -c "print('$app: optimized rebuild takes %.2f of the naive one\'s time' % ($o / $n))"
done
echo "optimizer-comparison: $(( ${#rows[@]} - failures )) passed, $failures failed"
[ "$failures" = 0 ]
