#!/usr/bin/env bash
# realbuild/cache-scenarios/run.sh: proves `dockwright cache` against real builds. For each scenario (a sample
# app under apps/ and one change: a source edit, a lockfile or manifest edit, an edit of a .dockerignored file, a
# changed --build-arg, an edit of a bind-mounted file), it
#   1. builds the app with buildah (realbuild/build.sh: --layers, chroot isolation), twice, so that the second
#      build takes every step from the cache (buildah 1.28 can miss once after a fresh build);
#   2. makes the change (every edit carries a unique token, so no earlier run's cache can answer for it);
#   3. asks `./dockwright cache --builder buildah` which steps re-run, and `--builder buildkit` for the table;
#   4. rebuilds and reads which steps buildah did not take from its cache (no "--> Using cache" line); FROM steps
#      are left out on both sides (buildah never reuses nor runs them);
#   5. compares the two sets of steps, then undoes the change.
# Prints a table (scenario, predicted re-run steps, buildah's re-run steps, match, BuildKit's prediction) and
# exits 1 when any scenario does not match, 2 on a usage or setup error.
#
# Usage: realbuild/cache-scenarios/run.sh [--no-setup] [SCENARIO...]   (run as root)
# Environment:
#   DOCKWRIGHT_REALBUILD_DIR   where setup.sh and build.sh are (default: realbuild/ of this repository)
#   DOCKWRIGHT_CACHE_WORK      work dir (default: a new temp dir, removed at the end)
# Tags used: localhost/dockwright-cache-<app>:<scenario>; nothing else in container storage is touched.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RB=${DOCKWRIGHT_REALBUILD_DIR:-$ROOT/realbuild}
DW=$ROOT/dockwright

SETUP=1
ONLY=()
for a in "$@"; do
  case "$a" in
    --no-setup) SETUP=0 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $a" >&2; exit 2 ;;
    *) ONLY+=("$a") ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "run.sh: run as root (buildah)" >&2; exit 2; }
for s in setup.sh build.sh; do
  [ -x "$RB/$s" ] || { echo "run.sh: $RB/$s is missing (set DOCKWRIGHT_REALBUILD_DIR)" >&2; exit 2; }
done

# name|app|change|what[|options given to both dockwright cache and buildah build]
#   edit FILE    append a comment line with a token (the comment marker follows the file's extension)
#   greet FILE   replace the greeting string with one that holds a token (the program's output changes)
#   lock FILE    set the root version of an npm lockfile to 1.0.0-TOKEN
#   manifest FILE  set package.json's description to one that holds a token
#   module FILE  rename the Go module in go.mod to one that holds a token (the binary's build info changes)
#   arg NAME     rebuild with --build-arg NAME=TOKEN
SCENARIOS=(
  "node-source|node|greet src/server.js|a source edit"
  "node-lockfile|node|lock package-lock.json|a lockfile edit (npm)"
  "node-manifest|node|manifest package.json|a manifest edit"
  "node-ignored|node|edit README.md|an edit of a .dockerignored file"
  "python-source|python|greet app/__main__.py|a source edit"
  "python-ignored|python|edit app/NOTES.md|an edit of a .dockerignored file inside a copied dir"
  "python-arg|python|arg APP_VERSION|a changed --build-arg"
  "python-requirements|python|edit requirements.txt|a requirements edit"
  "go-source|go|greet cmd/server/main.go|a source edit, multi-stage (COPY --from, unused test stage)"
  "go-manifest|go|module go.mod|a go.mod edit (module path), multi-stage"
  "go-target-test|go|greet cmd/server/main.go|a source edit, built with --target test|--target test"
  "mounts-bind|mounts|edit tools/stamp.py|an edit of a bind-mounted file"
  "mounts-bind-requirements|mounts|edit requirements.txt|an edit of a bind-mounted file (cache mount too)"
  "mounts-source|mounts|greet app/main.py|a source edit next to bind and cache mounts"
  "args-label|args|arg GREETING|a changed --build-arg used by LABEL and ENV before the RUN"
  "args-copy|args|greet greeting.txt|a source edit after steps that use a build arg"
)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }
log() { printf '[cache-scenarios] %s\n' "$*" >&2; }
T0=$(now)

WORK=${DOCKWRIGHT_CACHE_WORK:-}
if [ -z "$WORK" ]; then
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/dockwright-cache.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK/logs" "$WORK/out"

if [ "$SETUP" = 1 ]; then
  t=$(now)
  "$RB/setup.sh" >"$WORK/logs/setup.log" 2>&1 || { tail -30 "$WORK/logs/setup.log" >&2; exit 2; }
  log "setup.sh: $(secs "$t")s"
fi
t=$(now)
"$DW" --version >/dev/null || { echo "run.sh: the dockwright CLI does not build" >&2; exit 2; }
log "dockwright CLI ready: $(secs "$t")s"

selected() {
  [ ${#ONLY[@]} -eq 0 ] && return 0
  local o; for o in "${ONLY[@]}"; do [ "$o" = "$1" ] && return 0; done
  return 1
}

# build APP TAG [buildah args...]: prints the path of build.sh's JSON
build() {
  local app=$1 tag=$2; shift 2
  local name
  name="$(date +%H%M%S%N)-${tag//[:\/]/_}"   # (a counter would not survive the $(...) subshell)
  local out="$WORK/out/$name.json"
  DOCKWRIGHT_REALBUILD_LOG="$WORK/logs/$name.log" \
    "$RB/build.sh" "$WORK/$app" "$WORK/$app/Dockerfile" "localhost/dockwright-cache-$tag" "$@" >"$out" \
    || { log "build of $tag failed: $(grep -m1 '"error"' "$out" || true)"; }
  echo "$out"
}

token() { printf 'edit%s%04d' "$(date +%s%N)" "$RANDOM"; }

# change APP KIND FILE TOKEN: makes the edit
change() {
  local f="$WORK/$1/$3" kind=$2 tok=$4
  case "$kind" in
    edit)
      case "$f" in
        *.js|*.go|*.ts) printf '// %s\n' "$tok" >>"$f" ;;
        *.md) printf '\n%s\n' "$tok" >>"$f" ;;
        go.mod|*/go.mod) printf '// %s\n' "$tok" >>"$f" ;;
        *) printf '# %s\n' "$tok" >>"$f" ;;
      esac ;;
    greet) sed -i "s/hello from the cache scenarios/hello from the cache scenarios $tok/" "$f" ;;
    module) sed -i "s|^module .*|module example.com/cachesample/$tok|" "$f" ;;
    lock) python3 - "$f" "$tok" <<'PY'
import json, sys
path, tok = sys.argv[1:]
d = json.load(open(path))
d["version"] = d["packages"][""]["version"] = "1.0.0-" + tok
json.dump(d, open(path, "w"), indent=2)
open(path, "a").write("\n")
PY
      ;;
    manifest) python3 - "$f" "$tok" <<'PY'
import json, sys
path, tok = sys.argv[1:]
d = json.load(open(path))
d["description"] = "Sample app for dockwright cache scenarios (" + tok + ")."
json.dump(d, open(path, "w"), indent=2)
open(path, "a").write("\n")
PY
      ;;
    *) echo "run.sh: unknown change $kind" >&2; exit 2 ;;
  esac
}

# Fresh copies of the apps the selected scenarios use, each built twice.
declare -A BASELINE_DONE=()
ROWS=()
FAILED=0
for row in "${SCENARIOS[@]}"; do
  IFS='|' read -r name app chg what opts <<<"$row"
  read -r -a extra <<<"${opts:-}"
  selected "$name" || continue
  kind=${chg%% *}
  target=${chg#* }
  if [ -z "${BASELINE_DONE[$app]:-}" ]; then
    rm -rf "${WORK:?}/$app" "${WORK:?}/$app.orig"
    cp -a "$HERE/apps/$app" "$WORK/$app"
    cp -a "$HERE/apps/$app" "$WORK/$app.orig"
    t=$(now)
    b1=$(build "$app" "$app:base")
    b2=$(build "$app" "$app:base")
    log "baseline $app: first build $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["elapsed_seconds"], "s,", d["executed_steps"], "steps ran")' "$b1"), second $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["elapsed_seconds"], "s,", d["executed_steps"], "steps ran")' "$b2")"
    BASELINE_DONE[$app]=1
  fi
  tok=$(token)
  cli_args=(--context "$WORK/$app" --output json "${extra[@]}")
  build_args=("${extra[@]}")
  if [ "$kind" = arg ]; then
    cli_args+=(--changed-arg "$target")
    build_args+=(--build-arg "$target=$tok")
  else
    change "$app" "$kind" "$target" "$tok"
    cli_args+=(--changed "$target")
  fi
  "$DW" cache "$WORK/$app/Dockerfile" "${cli_args[@]}" --builder buildah >"$WORK/out/$name.buildah.json"
  "$DW" cache "$WORK/$app/Dockerfile" "${cli_args[@]}" --builder buildkit >"$WORK/out/$name.buildkit.json"
  t=$(now)
  built=$(build "$app" "$app:$name" "${build_args[@]}")
  elapsed=$(secs "$t")
  result=$(python3 - "$WORK/out/$name.buildah.json" "$WORK/out/$name.buildkit.json" "$built" <<'PY'
import json, sys
pred, bk, built = (json.load(open(p)) for p in sys.argv[1:])

def predicted(report):
    # (stage index, step in stage) of each step that re-runs; FROM (step 0) and global ARGs left out
    out, stage, order, last = {}, -1, 0, object()
    for s in report["steps"]:
        if s["stage"] is None:
            continue
        if s["stage"] != last:
            stage, order, last = stage + 1, 0, s["stage"]
        else:
            order += 1
        if order > 0 and not s["cached"]:
            out[(stage, order)] = s["line"]
    return out

p, k = predicted(pred), predicted(bk)
lines = {}
for key, line in list(predicted({"steps": pred["steps"]}).items()):
    lines[key] = line
# every step's line, for naming buildah's steps
stage, order, last = -1, 0, object()
for s in pred["steps"]:
    if s["stage"] is None:
        continue
    if s["stage"] != last:
        stage, order, last = stage + 1, 0, s["stage"]
    else:
        order += 1
    lines[(stage, order)] = s["line"]
actual = {}
for s in built["steps"]:
    if s["status"] in ("executed", "failed"):
        key = (s["stage"] - 1, s["stage_step"] - 1)
        actual[key] = lines.get(key, "?")
fmt = lambda d: ",".join(str(v) for _, v in sorted(d.items())) or "-"
ok = built["success"] and set(p) == set(actual)
print("\t".join([fmt(p), fmt(actual), "yes" if ok else "NO", fmt(k),
                 "" if built["success"] else "build failed: " + str(built.get("error"))]))
PY
)
  IFS=$'\t' read -r pl al match kl note <<<"$result"
  [ "$match" = yes ] || FAILED=$((FAILED + 1))
  ROWS+=("$name|$what|$pl|$al|$match|$kl|${elapsed}s|$note")
  log "$name: predicted [$pl] buildah [$al] match=$match (${elapsed}s) $note"
  # undo the change
  if [ "$kind" != arg ]; then
    cp -a "$WORK/$app.orig/$target" "$WORK/$app/$target"
  fi
done

TOTAL=$(secs "$T0")
{
  echo
  echo "Re-run steps by Dockerfile line (FROM steps left out): predicted by dockwright cache --builder buildah,"
  echo "observed in buildah's log, and what dockwright predicts for BuildKit."
  printf '%-26s %-20s %-20s %-6s %-20s %-7s %s\n' scenario predicted buildah match buildkit build change
  for r in "${ROWS[@]}"; do
    IFS='|' read -r name what pl al match kl el note <<<"$r"
    printf '%-26s %-20s %-20s %-6s %-20s %-7s %s\n' "$name" "$pl" "$al" "$match" "$kl" "$el" "$what${note:+ ($note)}"
  done
  echo
  echo "cache-scenarios: ${#ROWS[@]} scenarios, $FAILED mismatched, ${TOTAL}s"
}
[ "$FAILED" = 0 ] || exit 1
