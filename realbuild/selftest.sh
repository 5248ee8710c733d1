#!/usr/bin/env bash
# realbuild/selftest.sh: end-to-end check of the real-build setup, for CI (as root).
#   1. realbuild/setup.sh (packages, stand-in base images);
#   2. for each sample app in examples/apps (node-app, python-app, go-app), in a clean temp copy (the files
#      git tracks or would track: no node_modules, dist, caches):
#      - builds Dockerfile.naive twice with realbuild/build.sh; the second build must take every step from
#        the cache;
#      - inspects the image (size, layers) and runs the app's own tests inside it (buildah run);
#      - edits one source file (appends a comment with a unique token) and rebuilds: reports which steps
#        re-ran, then removes that edited image;
#   3. prints a table and "selftest: N passed, N failed"; exits 1 if any check failed.
#
# Usage: realbuild/selftest.sh [--no-setup] [--no-tests] [APP...]
# Environment: DOCKWRIGHT_REALBUILD_SELFTEST_DIR (work dir and logs, default ${TMPDIR:-/tmp}/dockwright-realbuild/selftest),
# and what setup.sh and build.sh read (DOCKWRIGHT_REALBUILD_CACHE, ...). To measure a cold run without
# touching the machine's images, point CONTAINERS_STORAGE_CONF at a storage.conf with its own graphroot and
# DOCKWRIGHT_REALBUILD_CACHE at an empty dir.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
APPS_DIR=$ROOT/examples/apps

SETUP=1 TESTS=1 APPS=()
for a in "$@"; do
  case "$a" in
    --no-setup) SETUP=0 ;;
    --no-tests) TESTS=0 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "selftest.sh: unknown option $a" >&2; exit 2 ;;
    *) APPS+=("$a") ;;
  esac
done
[ ${#APPS[@]} -gt 0 ] || APPS=(node-app python-app go-app)

OUT=${DOCKWRIGHT_REALBUILD_SELFTEST_DIR:-${TMPDIR:-/tmp}/dockwright-realbuild/selftest}
RUN_ID=$(date +%Y%m%dT%H%M%S)-$$
WORK=$OUT/$RUN_ID
mkdir -p "$WORK"
export DOCKWRIGHT_REALBUILD_LOG_DIR=$WORK/logs

T0=$EPOCHREALTIME
secs() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}'; }
say() { printf '[selftest] %s\n' "$*"; }

PASSED=0 FAILED=0
FAILURES=()
pass() { PASSED=$((PASSED + 1)); say "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); FAILURES+=("$*"); say "FAIL $*"; }

if [ "$SETUP" = 1 ]; then
  t=$EPOCHREALTIME
  if "$HERE/setup.sh" >"$WORK/setup.log" 2>&1; then
    pass "setup.sh ($(secs "$t")s)"
    sed -n '/summary/,$p' "$WORK/setup.log"
  else
    tail -40 "$WORK/setup.log"
    fail "setup.sh (log: $WORK/setup.log)"
    echo "selftest: $PASSED passed, $FAILED failed"
    exit 1
  fi
fi
SETUP_SECS=$(secs "$T0")

# The files of an app that git tracks or would track (falls back to a copy without the usual build outputs).
copy_app() {
  local src=$1 dst=$2
  mkdir -p "$dst"
  if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$src" && git ls-files -z -co --exclude-standard -- . |
      tar --null --ignore-failed-read -T - -cf -) | tar -C "$dst" -xf -
  else
    tar -C "$src" --exclude=node_modules --exclude=dist --exclude=__pycache__ --exclude=.venv \
      --exclude=target -cf - . | tar -C "$dst" -xf -
  fi
}

# jq-free JSON field access
jget() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {"d": d}))' "$@"; }

# app -> edited file, test command inside the image
edit_file() {
  case "$1" in
    node-app) echo src/greeting.ts ;;
    python-app) echo sample_app/greeting.py ;;
    go-app) echo internal/greeting/greeting.go ;;
  esac
}
comment_prefix() { case "$1" in python-app) echo '#' ;; *) echo '//' ;; esac; }
test_cmd() {
  case "$1" in
    node-app) echo 'npm test' ;;
    python-app) echo 'python -m unittest' ;;
    go-app) echo 'go test ./...' ;;
  esac
}
# the lines of a test run worth showing
test_summary() { grep -E '^# (pass|fail) |^Ran |^OK|^FAILED|^(ok|FAIL|---) ' | head -6; }

ROWS=()
DETAILS=()
for app in "${APPS[@]}"; do
  src=$APPS_DIR/$app
  if [ ! -f "$src/Dockerfile.naive" ]; then fail "$app: no $src/Dockerfile.naive"; continue; fi
  say "== $app"
  ctx=$WORK/$app
  copy_app "$src" "$ctx"
  tag=localhost/dockwright-selftest-$app:naive

  # build 1 (cold, or cached from an earlier run)
  DOCKWRIGHT_REALBUILD_LOG=$WORK/logs/$app-build1.log "$HERE/build.sh" "$ctx" "$ctx/Dockerfile.naive" "$tag" \
    >"$WORK/$app-build1.json" || true
  if [ "$(jget "$WORK/$app-build1.json" 'd["success"]')" != True ]; then
    fail "$app: first build (log: $WORK/logs/$app-build1.log)"
    ROWS+=("$app|failed|-|-|-|-|-|-")
    continue
  fi
  b1=$(jget "$WORK/$app-build1.json" '"%.1fs, %d/%d run" % (d["elapsed_seconds"], d["executed_steps"], d["total_steps"])')
  pass "$app: first build ($b1)"

  # build 2: every step from the cache
  DOCKWRIGHT_REALBUILD_LOG=$WORK/logs/$app-build2.log "$HERE/build.sh" "$ctx" "$ctx/Dockerfile.naive" "$tag" \
    >"$WORK/$app-build2.json" || true
  b2=$(jget "$WORK/$app-build2.json" '"%.1fs, %d/%d cached" % (d["elapsed_seconds"], d["cached_steps"], d["total_steps"])')
  if [ "$(jget "$WORK/$app-build2.json" 'd["fully_cached"]')" = True ]; then
    pass "$app: second build fully cached ($b2)"
  else
    fail "$app: second build not fully cached ($b2; re-ran: $(jget "$WORK/$app-build2.json" '"; ".join("#%d %s" % (s["number"], s["instruction"][:50]) for s in d["steps"] if s["status"] in ("executed", "failed"))'))"
  fi

  # image facts
  "$HERE/inspect.sh" "$tag" >"$WORK/$app-inspect.json"
  size=$(jget "$WORK/$app-inspect.json" '"%.1f MB" % (d["size_bytes"] / 1e6)')
  layers=$(jget "$WORK/$app-inspect.json" 'd["layers"]')

  # the app's tests inside the image
  tests=skipped
  if [ "$TESTS" = 1 ]; then
    t=$EPOCHREALTIME
    workdir=$(jget "$WORK/$app-inspect.json" 'd["workdir"] or "/"')
    c=$(buildah from --pull=never --name "dockwright-selftest-$app-$$" "$tag")
    if out=$(buildah run --isolation chroot --workingdir "$workdir" "$c" -- sh -c "$(test_cmd "$app")" 2>&1); then
      tests="ok ($(secs "$t")s)"
      pass "$app: tests in the image ($(secs "$t")s)"
    else
      tests=FAILED
      fail "$app: tests in the image: $(printf '%s' "$out" | tail -5 | tr '\n' ' ')"
    fi
    printf '%s\n' "$out" | test_summary | sed "s/^/[selftest]   $app tests: /"
    buildah rm "$c" >/dev/null 2>&1 || true
  fi

  # edit one source file, rebuild, report which steps re-ran
  f=$(edit_file "$app")
  printf '\n%s selftest edit %s\n' "$(comment_prefix "$app")" "$RUN_ID" >>"$ctx/$f"
  etag=localhost/dockwright-selftest-$app:edited
  DOCKWRIGHT_REALBUILD_LOG=$WORK/logs/$app-edit.log "$HERE/build.sh" "$ctx" "$ctx/Dockerfile.naive" "$etag" \
    >"$WORK/$app-edit.json" || true
  if [ "$(jget "$WORK/$app-edit.json" 'd["success"]')" = True ]; then
    e=$(jget "$WORK/$app-edit.json" '"%.1fs, %d/%d re-ran" % (d["elapsed_seconds"], d["executed_steps"], d["total_steps"])')
    rerun=$(jget "$WORK/$app-edit.json" '", ".join("#%d" % s["number"] for s in d["steps"] if s["status"] == "executed")')
    first=$(jget "$WORK/$app-edit.json" 'next(("#%d %s" % (s["number"], s["instruction"]) for s in d["steps"] if s["status"] == "executed"), "none")')
    pass "$app: rebuild after editing $f ($e; first re-run step: $first)"
    DETAILS+=("$app: after editing $f, re-ran $rerun")
    while IFS= read -r l; do DETAILS+=("    $l"); done < <(jget "$WORK/$app-edit.json" \
      '"\n".join("#%-2d %-8s %6.1fs  %s" % (s["number"], s["status"], s["seconds"], s["instruction"][:90]) for s in d["steps"])')
  else
    e=failed rerun=-
    fail "$app: rebuild after edit (log: $WORK/logs/$app-edit.log)"
  fi
  # the edited image is one of a kind (unique token): drop it and the intermediate images this build made
  buildah rmi "$etag" >/dev/null 2>&1 || true
  for id in $(jget "$WORK/$app-edit.json" '" ".join(reversed(d.get("created_images") or []))'); do
    buildah rmi "$id" >/dev/null 2>&1 || true
  done

  ROWS+=("$app|$b1|$b2|$size|$layers|$e|$rerun|$tests")
done

TOTAL=$(secs "$T0")
echo
echo "[selftest] results (images from STAND-IN base images, see realbuild/README.md)"
{
  echo "app|build 1|build 2|size|layers|rebuild after edit|steps re-run|tests in image"
  printf '%s\n' "${ROWS[@]}"
} | column -t -s '|' | sed 's/^/  /'
echo
printf '  %s\n' "${DETAILS[@]}"
echo
say "setup ${SETUP_SECS}s, total ${TOTAL}s; JSON and logs in $WORK"
if [ ${#FAILURES[@]} -gt 0 ]; then printf '[selftest] failed: %s\n' "${FAILURES[@]}"; fi
echo "selftest: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
