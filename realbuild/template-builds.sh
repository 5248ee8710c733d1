#!/usr/bin/env bash
# realbuild/template-builds.sh: the Dockerfiles `dockwright init` writes, built for real with buildah (stand-in
# base images, see realbuild/README.md) and compared with each sample app's naive Dockerfile. For CI (as root).
#
# For each sample app in examples/apps (node-app, python-app, go-app), in a temp copy of the files git tracks:
#   1. `dockwright init APPDIR --target buildah --write` (Dockerfile and .dockerignore), and for go-app also
#      the legacy-builder variant (`--target legacy`, no cache mounts; --no-legacy leaves it out);
#   2. checks, each counted as passed or failed:
#      init      dockwright init exits 0 and writes both files
#      build     the first build succeeds (cold on a fresh machine)
#      cache     an unchanged rebuild takes every step from the cache (buildah 1.28 can miss the cache once
#                after a build that ran steps: if the second build is not fully cached, a third must be)
#      user      the runtime image's USER is numeric and not 0
#      contents  the image lacks what it must not hold (compilers, package-manager caches, sources it does not
#                run, such as *.go files or the Node app's src/) and holds what the app needs (inspect.sh
#                PATHs plus a file scan of the mounted image)
#      run       the image's ENTRYPOINT/CMD, started with `buildah run` as the image's user, answers
#                GET /healthz on a free port (and the app's process is not root)
#      edit      after appending a comment to one source file, the rebuild re-runs only the steps that
#                depend on the sources: no dependency-install step, nothing before a stage's first COPY of
#                the sources, and the COPY of the sources does re-run; the steps that re-ran are listed
#   3. the naive single-stage Dockerfile.naive in its own copy: first build, image size and layers, the same
#      edit and rebuild (check: naive-build, the build succeeds);
#   4. a Markdown table: size ratio template/naive, layers, steps re-run after the edit, rebuild seconds.
# Prints `template-builds: N passed, M failed` last; exits 1 when a check failed.
#
# Usage: realbuild/template-builds.sh [--no-setup] [--no-legacy] [--flavors] [--run-tests] [--clean] [APP...]
#   --no-setup   skip realbuild/setup.sh (the stand-in images must exist)
#   --no-legacy  do not build go-app's legacy-builder variant
#   --flavors    also the other runtime flavours that have stand-ins, with the same checks: node-app and
#                python-app `--flavor distroless`, go-app `--flavor scratch` (python's distroless builder,
#                debian:12.8-slim, is the Debian stand-in under that name for the run)
#   --run-tests  also `dockwright init --run-tests` for each app (the app's tests run in the build stage), with
#                the same checks and one more (tests: the test step ran, or was cached from a build where it
#                passed); python-app's tests/ is then in the image (the build needs it in the context)
#   --clean      remove the images this script tagged at the end (else they stay, and the next run is warm)
# Images are tagged localhost/dockwright-tplbuild/APP:VARIANT (template, legacy, distroless, scratch, tests,
# naive); each edited image and the intermediate images its build made are removed right after. Cache mounts
# (npm, pip, Go module and build caches) are buildah's and shared with every build on the machine.
# Environment: DOCKWRIGHT_TPLBUILD_DIR (work dir, JSON and logs; default
# ${TMPDIR:-/tmp}/dockwright-realbuild/template-builds/RUN_ID), and what setup.sh and build.sh read.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
APPS_DIR=$ROOT/examples/apps

SETUP=1 LEGACY=1 FLAVORS=0 RUNTESTS=0 CLEAN=0 APPS=()
for a in "$@"; do
  case "$a" in
    --no-setup) SETUP=0 ;;
    --no-legacy) LEGACY=0 ;;
    --flavors) FLAVORS=1 ;;
    --run-tests) RUNTESTS=1 ;;
    --clean) CLEAN=1 ;;
    -h|--help) sed -n '2,41p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "template-builds.sh: unknown option $a" >&2; exit 2 ;;
    *) APPS+=("$a") ;;
  esac
done
[ ${#APPS[@]} -gt 0 ] || APPS=(node-app python-app go-app)
for app in "${APPS[@]}"; do
  [ -f "$APPS_DIR/$app/Dockerfile.naive" ] || { echo "template-builds.sh: no sample app $app" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "template-builds.sh: run as root" >&2; exit 2; }

RUN_ID=$(date +%Y%m%dT%H%M%S)-$$
WORK=${DOCKWRIGHT_TPLBUILD_DIR:-${TMPDIR:-/tmp}/dockwright-realbuild/template-builds/$RUN_ID}
mkdir -p "$WORK/logs"
T0=$EPOCHREALTIME
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
secs() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}'; }
say() { printf '[template-builds] %s\n' "$*"; }

PASSED=0 FAILED=0 FAILURES=()
pass() { PASSED=$((PASSED + 1)); say "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); FAILURES+=("$*"); say "FAIL $*"; }
ALIASES=()
finish() {
  local n
  for n in "${ALIASES[@]}"; do buildah rmi "$n" >/dev/null 2>&1 || true; done
  echo
  say "total $(secs "$T0")s (setup ${SETUP_SECS:-0}s); load average at start $LOAD0, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  say "JSON and logs in $WORK"
  if [ ${#FAILURES[@]} -gt 0 ]; then printf '[template-builds] failed: %s\n' "${FAILURES[@]}"; fi
  echo "template-builds: $PASSED passed, $FAILED failed"
  [ "$FAILED" = 0 ]
  exit $?
}

if [ "$SETUP" = 1 ]; then
  t=$EPOCHREALTIME
  if "$HERE/setup.sh" >"$WORK/setup.log" 2>&1; then
    pass "setup.sh ($(secs "$t")s)"
  else
    tail -40 "$WORK/setup.log"
    fail "setup.sh (log: $WORK/setup.log)"
    finish
  fi
fi
SETUP_SECS=$(secs "$T0")

t=$EPOCHREALTIME
if ! "$ROOT/dockwright" --version >"$WORK/cli.log" 2>&1; then
  tail -30 "$WORK/cli.log"
  fail "dockwright CLI does not build (log: $WORK/cli.log)"
  finish
fi
say "$(tail -1 "$WORK/cli.log" | sed 's/\x1b\[[0-9;]*m//g') ($(secs "$t")s)"

# ---------------------------------------------------------------------------------------------------------
# Helpers

# The files of an app that git tracks or would track (no node_modules, dist, caches).
copy_app() {
  local src=$1 dst=$2
  rm -rf "$dst"; mkdir -p "$dst"
  if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$src" && git ls-files -z -co --exclude-standard -- . |
      tar --null --ignore-failed-read -T - -cf -) | tar -C "$dst" -xf -
  else
    tar -C "$src" --exclude=node_modules --exclude=dist --exclude=__pycache__ --exclude=.venv \
      --exclude=target -cf - . | tar -C "$dst" -xf -
  fi
}

# jget FILE EXPR: a Python expression over the JSON in FILE as d
jget() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {"d": d}))' "$@"; }

# build NAME CONTEXT DOCKERFILE TAG: realbuild/build.sh, JSON to $WORK/NAME.json, log to $WORK/logs/NAME.log
build() {
  DOCKWRIGHT_REALBUILD_LOG=$WORK/logs/$1.log "$HERE/build.sh" "$2" "$3" "$4" >"$WORK/$1.json" 2>"$WORK/logs/$1.err"
}
built_ok() { [ -s "$WORK/$1.json" ] && [ "$(jget "$WORK/$1.json" 'd["success"]')" = True ]; }
# the steps of a build that ran, as "#n INSTRUCTION" (shortened)
ran_steps() {
  jget "$WORK/$1.json" '"; ".join("#%d %s" % (s["number"], s["instruction"][:60]) for s in d["steps"] if s["status"] in ("executed", "failed")) or "none"'
}

# drop an edited image and the intermediate images its build made (one of a kind: the edit has a unique token)
drop_edited() { # NAME TAG
  buildah rmi "$2" >/dev/null 2>&1 || true
  local id
  for id in $(jget "$WORK/$1.json" '" ".join(reversed(d.get("created_images") or []))' 2>/dev/null); do
    buildah rmi "$id" >/dev/null 2>&1 || true
  done
}

edit_file() {
  case "$1" in
    node-app) echo src/greeting.ts ;;
    python-app) echo sample_app/greeting.py ;;
    go-app) echo internal/greeting/greeting.go ;;
  esac
}
comment_prefix() { case "$1" in python-app) echo '#' ;; *) echo '//' ;; esac; }

# What the runtime image must not hold (absent:PATH), must hold (present:PATH), and file scans of the mounted
# image (none:DIR:GLOB[:SKIPDIR], no file or directory under DIR whose name matches GLOB, SKIPDIR not entered).
contents_spec() {
  # no shell in distroless and scratch images (Go's default runtime is distroless static)
  case "$1:${2:-}" in go-app:*|*:distroless|*:scratch) echo absent:/bin/sh ;; esac
  case "$1" in
    node-app) printf '%s\n' \
      absent:/root/.npm absent:/home/node/.npm absent:/usr/local/share/.cache/yarn absent:/app/src \
      absent:/app/test absent:/app/tsconfig.json absent:/app/node_modules/typescript \
      absent:/app/node_modules/@types/node absent:/app/node_modules/@types/express absent:/usr/bin/gcc \
      absent:/usr/bin/make \
      present:/app/dist/server.js present:/app/node_modules/express present:/app/package.json \
      'none:/app:*.ts:node_modules' ;;
    python-app) printf '%s\n' \
      absent:/root/.cache/pip absent:/root/.cache absent:/usr/bin/gcc absent:/app/tests \
      absent:/app/Dockerfile.naive \
      present:/app/sample_app/__main__.py present:/opt/venv/bin/python \
      'none:/app:__pycache__' 'none:/app:*.pyc' 'none:/opt/venv:pip' 'none:/opt/venv:pip-*' \
      'none:/opt/venv:setuptools' ;;
    go-app) printf '%s\n' \
      absent:/usr/local/go absent:/go absent:/src absent:/root/.cache/go-build absent:/usr/bin/gcc \
      present:/usr/local/bin/server \
      'none:/:*.go' 'none:/:go.mod' ;;
  esac
}

# check_contents NAME IMAGE APP -> prints problems (none: empty); facts go to $WORK/NAME-contents.json
check_contents() {
  local name=$1 img=$2 app=$3 flavor=${4:-} variant=${5:-} spec paths=() scans=() specs
  specs=$(contents_spec "$app" "$flavor")
  # with --run-tests the build stage needs the tests in the context, and Python's runtime copies the context
  [ "$variant" = tests ] && specs=$(printf '%s\n' "$specs" | grep -vx 'absent:/app/tests')
  while IFS= read -r spec; do
    case "$spec" in
      absent:*|present:*) paths+=("${spec#*:}") ;;
      none:*) scans+=("${spec#none:}") ;;
    esac
  done <<<"$specs"
  "$HERE/inspect.sh" "$img" "${paths[@]}" >"$WORK/$name-inspect.json" 2>"$WORK/logs/$name-inspect.err" ||
    { echo "inspect.sh failed: $(tail -1 "$WORK/logs/$name-inspect.err")"; return; }
  local c mnt
  c=$(buildah from --pull=never --name "dockwright-tplbuild-scan-$$" "$img" 2>/dev/null) || { echo "buildah from failed"; return; }
  mnt=$(buildah mount "$c")
  python3 - "$WORK/$name-inspect.json" "$mnt" "$WORK/$name-contents.json" "$specs" <<'PY'
import fnmatch, json, os, sys
inspect, mnt, out, spec = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], sys.argv[4].split('\n')
facts = {p['path']: p for p in inspect['paths']}
problems, scans = [], []
for s in spec:
    kind, _, rest = s.partition(':')
    if kind == 'absent' and facts[rest]['exists']:
        problems.append('%s is there (%s, %s bytes)' % (rest, facts[rest]['type'], facts[rest]['size_bytes']))
    elif kind == 'present' and not facts[rest]['exists']:
        problems.append('%s is missing' % rest)
    elif kind == 'none':
        parts = rest.split(':')
        top, glob, skip = parts[0], parts[1], (parts[2] if len(parts) > 2 else None)
        hits = []
        base = os.path.join(mnt, top.lstrip('/'))
        for dirpath, dirnames, filenames in os.walk(base):
            if skip:
                dirnames[:] = [d for d in dirnames if d != skip]
            for n in dirnames + filenames:
                if fnmatch.fnmatch(n, glob):
                    hits.append('/' + os.path.relpath(os.path.join(dirpath, n), mnt))
        scans.append({'under': top, 'glob': glob, 'skip': skip, 'hits': hits})
        if hits:
            problems.append('%d %s under %s: %s' % (len(hits), glob, top, ', '.join(sorted(hits)[:5])))
json.dump({'paths': inspect['paths'], 'scans': scans, 'problems': problems}, open(out, 'w'), indent=2)
print('\n'.join(problems))
PY
  buildah umount "$c" >/dev/null 2>&1 || true
  buildah rm "$c" >/dev/null 2>&1 || true
}

# smoke NAME IMAGE: runs ENTRYPOINT+CMD with buildah run (chroot, host network) and PORT set to a free port,
# waits for GET /healthz, notes the uid of the app's processes, stops every process of that run (its own
# session). Prints "ok uid=N" or the problem.
smoke() {
  local name=$1 img=$2 port c bpid argv=() i got=0 uids p
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mapfile -t argv < <(buildah inspect --type image "$img" | python3 -c '
import json, sys
c = json.load(sys.stdin)["Docker"]["config"]
for a in (c.get("Entrypoint") or []) + (c.get("Cmd") or []): print(a)')
  [ ${#argv[@]} -gt 0 ] || { echo "no ENTRYPOINT or CMD"; return; }
  c=$(buildah from --pull=never --name "dockwright-tplbuild-run-$$" "$img" 2>/dev/null) || { echo "buildah from failed"; return; }
  # in a session of its own (the session leader writes its pid: that is the session id), to stop it all after
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$WORK/$name-run.sid" \
    buildah run --isolation chroot --env PORT="$port" "$c" -- "${argv[@]}" >"$WORK/logs/$name-run.log" 2>&1 &
  for i in $(seq 1 20); do [ -s "$WORK/$name-run.sid" ] && break; sleep 0.1; done
  bpid=$(cat "$WORK/$name-run.sid" 2>/dev/null)
  [ -n "$bpid" ] || { buildah rm "$c" >/dev/null 2>&1; echo "could not start buildah run"; return; }
  for i in $(seq 1 60); do
    sleep 0.5
    if curl -fsS -m 2 "http://127.0.0.1:$port/healthz" >"$WORK/$name-healthz.txt" 2>/dev/null; then got=1; break; fi
    kill -0 "$bpid" 2>/dev/null || break
  done
  # uids of the processes the run started: buildah, buildah-chroot-runtime run as root, buildah-chroot-exec and
  # the app as the image's user
  uids=$(ps -o uid=,args= -s "$bpid" 2>/dev/null | awk '$2 !~ /^buildah/ {print $1}' | sort -u | tr '\n' ' ')
  for p in $(ps -o pid= -s "$bpid" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  for i in 1 2 3 4 5 6; do [ -z "$(ps -o pid= -s "$bpid" 2>/dev/null)" ] && break; sleep 0.5; done
  for p in $(ps -o pid= -s "$bpid" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
  buildah rm "$c" >/dev/null 2>&1 || true
  if [ "$got" != 1 ]; then
    echo "no answer on /healthz (port $port): $(tail -3 "$WORK/logs/$name-run.log" | tr '\n' ' ')"
  elif [ -z "${uids// /}" ]; then
    echo "ok uid=?"
  elif printf '%s\n' $uids | grep -qx 0; then
    echo "an app process runs as root (uids: $uids)"
  else
    echo "ok uid=${uids% }"
  fi
}

# analyze NAME EDITED_FILE: which steps of the edit rebuild re-ran and whether they should have.
# Writes $WORK/NAME-edit.json: executed, allowed (the steps that depend on the sources: in each stage, from
# the first COPY/ADD of the edited file, or COPY --from / FROM of such a stage, onwards), required (the COPY
# of the edited file), unexpected, missing, installs (dependency-install steps that re-ran).
analyze() {
  python3 - "$WORK/$1.json" "$2" "$WORK/$1-edit.json" <<'PY'
import fnmatch, json, re, shlex, sys
d, edited, out = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
INSTALL = re.compile(r'\b(npm (ci|install)|yarn install|pnpm (install|fetch)|bun install|pip3? install|poetry install'
                     r'|uv sync|pipenv (install|sync|requirements)|go mod download|apt-get|apk add)\b')

def copies_edited(words):
    srcs = [w for w in words[1:-1] if not w.startswith('--')]
    for s in srcs:
        s = s.rstrip('/')
        while s.startswith('./'):
            s = s[2:]
        s = '' if s == '.' else s
        if s == '' or edited == s or edited.startswith(s + '/') or fnmatch.fnmatch(edited, s):
            return True
    return False

stages, order, dirty = {}, [], set()
allowed, required = set(), set()
for s in d['steps']:
    if s['keyword'] == 'FROM':
        w = s['instruction'].split()
        name = w[3] if len(w) >= 4 and w[2].upper() == 'AS' else str(s['stage'] - 1)
        base = w[1] if len(w) > 1 else ''
        stages[s['stage']] = {'name': name, 'on': base in dirty}
        continue
    st = stages.setdefault(s['stage'], {'name': str(s['stage'] - 1), 'on': False})
    if not st['on']:
        try:
            words = shlex.split(s['instruction'])
        except ValueError:
            words = s['instruction'].split()
        kw = s['keyword']
        frm = next((w.split('=', 1)[1] for w in words if w.startswith('--from=')), None)
        if kw in ('COPY', 'ADD') and frm is None and copies_edited(words):
            st['on'] = True
            required.add(s['number'])
        elif kw == 'COPY' and frm is not None and frm in dirty:
            st['on'] = True
        elif kw == 'RUN' and re.search(r'--mount=[^ ]*type=bind', s['instruction']):
            st['on'] = True   # a bind mount of the context could see the edit
    if st['on']:
        allowed.add(s['number'])
        dirty.add(st['name'])

executed = [s for s in d['steps'] if s['status'] in ('executed', 'failed')]
ex = {s['number'] for s in executed}
stage_of = lambda s: stages.get(s['stage'], {}).get('name', '?')
res = {
    'executed': [{'number': s['number'], 'stage': stage_of(s), 'instruction': s['instruction'],
                  'seconds': s['seconds']} for s in executed],
    'allowed': sorted(allowed), 'required': sorted(required),
    'unexpected': sorted(ex - allowed), 'missing': sorted(required - ex),
    'installs': [s['number'] for s in executed if INSTALL.search(s['instruction'])],
    'total': sum(1 for s in d['steps'] if s['status'] != 'from'),
}
json.dump(res, open(out, 'w'), indent=2)
PY
}

# ---------------------------------------------------------------------------------------------------------
# The variants: APP|VARIANT|init target ("" for the naive file)
# The variants: APP|VARIANT|init --target|init --flavor ("" for the default; no target: the naive file)
VARIANTS=()
for app in "${APPS[@]}"; do
  VARIANTS+=("$app|template|buildah|")
  [ "$app" = go-app ] && [ "$LEGACY" = 1 ] && VARIANTS+=("$app|legacy|legacy|")
  if [ "$FLAVORS" = 1 ]; then
    case "$app" in
      go-app) VARIANTS+=("$app|scratch|buildah|scratch") ;;
      *) VARIANTS+=("$app|distroless|buildah|distroless") ;;
    esac
  fi
  [ "$RUNTESTS" = 1 ] && VARIANTS+=("$app|tests|buildah|")
  VARIANTS+=("$app|naive||")
done
# The distroless Python template builds its virtualenv on debian:12.8-slim: the Debian stand-in (bookworm,
# Debian 12) gets that name for the run unless the name exists already.
if [ "$FLAVORS" = 1 ] && printf '%s\n' "${APPS[@]}" | grep -qx python-app \
    && ! podman image exists docker.io/library/debian:12.8-slim 2>/dev/null; then
  if buildah tag docker.io/library/debian:bookworm-slim docker.io/library/debian:12.8-slim 2>/dev/null; then
    ALIASES+=(docker.io/library/debian:12.8-slim)
  fi
fi

declare -A SIZE LAYERS USERS RERUN RERUN_LIST EDIT_SECS INSTALLS FIRST_SECS CACHE_NOTE
TAGS=()
DETAILS=()

for v in "${VARIANTS[@]}"; do
  IFS='|' read -r app variant target flavor <<<"$v"
  key=$app-$variant
  init_args=(--target "$target")
  [ -n "$flavor" ] && init_args+=(--flavor "$flavor")
  [ "$variant" = tests ] && init_args+=(--run-tests)
  say "== $app: $variant$([ -n "$target" ] && echo " (dockwright init ${init_args[*]})")"
  ctx=$WORK/$key
  copy_app "$APPS_DIR/$app" "$ctx"
  tag=localhost/dockwright-tplbuild/$app:$variant
  etag=localhost/dockwright-tplbuild/$app:edited-$variant

  if [ "$variant" = naive ]; then
    file=$ctx/Dockerfile.naive
  else
    file=$ctx/Dockerfile
    if "$ROOT/dockwright" init "$ctx" "${init_args[@]}" --write >"$WORK/$key-init.out" 2>"$WORK/$key-init.err" \
        && [ -s "$ctx/Dockerfile" ] && [ -s "$ctx/.dockerignore" ]; then
      pass "$app $variant: init ($(head -1 "$WORK/$key-init.err"))"
      cp "$ctx/Dockerfile" "$WORK/$key.Dockerfile"
      cp "$ctx/.dockerignore" "$WORK/$key.dockerignore"
    else
      fail "$app $variant: init: $(tail -2 "$WORK/$key-init.err" | tr '\n' ' ')"
      continue
    fi
  fi

  # first build (cold on a fresh machine)
  t=$EPOCHREALTIME
  build "$key-1" "$ctx" "$file" "$tag"
  if ! built_ok "$key-1"; then
    fail "$app $variant: build: $(jget "$WORK/$key-1.json" 'd["error"]' 2>/dev/null) (log: $WORK/logs/$key-1.log)"
    continue
  fi
  TAGS+=("$tag")
  FIRST_SECS[$key]=$(jget "$WORK/$key-1.json" '"%.1f" % d["elapsed_seconds"]')
  b1=$(jget "$WORK/$key-1.json" '"%.1fs, %d of %d steps run" % (d["elapsed_seconds"], d["executed_steps"], d["total_steps"] - d["from_steps"])')
  if [ "$variant" = naive ]; then pass "$app naive-build ($b1)"; else pass "$app $variant: build ($b1)"; fi
  if [ "$variant" = tests ]; then
    tr=$(jget "$WORK/$key-1.json" '"; ".join("#%d %s (%s)" % (s["number"], " ".join(w for w in s["instruction"].split() if not w.startswith("--mount="))[:70], s["status"]) for s in d["steps"] if s["keyword"] == "RUN" and any(t in s["instruction"] for t in ("npm test", "run test", "unittest", "pytest", "go test")))')
    if [ -n "$tr" ]; then pass "$app tests: the test step ran in the build: $tr"; else fail "$app tests: no test step in the build"; fi
  fi

  if [ "$variant" != naive ]; then
    # unchanged rebuild: every step from the cache (a third build when buildah 1.28 missed once)
    build "$key-2" "$ctx" "$file" "$tag"
    n=2
    if built_ok "$key-2" && [ "$(jget "$WORK/$key-2.json" 'd["fully_cached"]')" != True ]; then
      CACHE_NOTE[$key]="build 2 re-ran $(ran_steps "$key-2"); build 3"
      build "$key-3" "$ctx" "$file" "$tag"
      n=3
    fi
    c2=$(jget "$WORK/$key-$n.json" '"%.1fs, %d of %d steps cached" % (d["elapsed_seconds"], d["cached_steps"], d["total_steps"] - d["from_steps"])' 2>/dev/null)
    if built_ok "$key-$n" && [ "$(jget "$WORK/$key-$n.json" 'd["fully_cached"]')" = True ]; then
      pass "$app $variant: cache: unchanged rebuild fully cached (build $n: $c2)${CACHE_NOTE[$key]:+; ${CACHE_NOTE[$key]} was fully cached}"
    else
      fail "$app $variant: cache: unchanged rebuild ran steps (build $n: $c2; re-ran $(ran_steps "$key-$n"))"
    fi

    # runtime image: user, contents, does it run
    "$HERE/inspect.sh" "$tag" >"$WORK/$key-config.json" 2>/dev/null
    user=$(jget "$WORK/$key-config.json" 'd["user"]')
    if [[ "$user" =~ ^([0-9]+)(:[0-9]+)?$ ]] && [ "${BASH_REMATCH[1]}" != 0 ]; then
      pass "$app $variant: user: USER $user (numeric, not root)"
    else
      fail "$app $variant: user: USER '${user}' is not a numeric non-root user"
    fi
    problems=$(check_contents "$key" "$tag" "$app" "$flavor" "$variant")
    if [ -z "$problems" ]; then
      pass "$app $variant: contents: $(jget "$WORK/$key-contents.json" '"%d paths and %d scans as expected" % (len(d["paths"]), len(d["scans"]))')"
    else
      fail "$app $variant: contents: $(printf '%s' "$problems" | tr '\n' ';')"
    fi
    r=$(smoke "$key" "$tag")
    if [[ "$r" == ok* ]]; then
      pass "$app $variant: run: GET /healthz answered '$(head -c 20 "$WORK/$key-healthz.txt")', app process ${r#ok }"
    else
      fail "$app $variant: run: $r"
    fi
  fi
  info=$("$HERE/inspect.sh" "$tag" 2>/dev/null)
  SIZE[$key]=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["size_bytes"])' "$info")
  LAYERS[$key]=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["layers"])' "$info")
  USERS[$key]=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["user"] or "(root)")' "$info")

  # a source-only edit
  f=$(edit_file "$app")
  printf '\n%s template-builds edit %s\n' "$(comment_prefix "$app")" "$RUN_ID" >>"$ctx/$f"
  build "$key-edit" "$ctx" "$file" "$etag"
  if ! built_ok "$key-edit"; then
    fail "$app $variant: edit: rebuild failed (log: $WORK/logs/$key-edit.log)"
    drop_edited "$key-edit" "$etag"
    continue
  fi
  analyze "$key-edit" "$f"
  E=$WORK/$key-edit-edit.json
  EDIT_SECS[$key]=$(jget "$WORK/$key-edit.json" '"%.1f" % d["elapsed_seconds"]')
  RERUN[$key]=$(jget "$E" '"%d of %d" % (len(d["executed"]), d["total"])')
  RERUN_LIST[$key]=$(jget "$E" '", ".join("#%d %s" % (s["number"], s["instruction"].split()[0] + (" (" + s["stage"] + ")" if not s["stage"].isdigit() else "")) for s in d["executed"])')
  INSTALLS[$key]=$(jget "$E" 'len(d["installs"])')
  DETAILS+=("$app $variant: after editing $f, ${RERUN[$key]} steps re-ran in ${EDIT_SECS[$key]}s:")
  while IFS= read -r l; do DETAILS+=("    $l"); done < <(jget "$E" \
    '"\n".join("#%-2d %-8s %6.1fs  %s" % (s["number"], "" if s["stage"].isdigit() else s["stage"], s["seconds"], s["instruction"][:100]) for s in d["executed"]) or "(none)"')
  if [ "$variant" != naive ]; then
    probs=$(jget "$E" '"; ".join(
      (["re-ran dependency-install step(s) " + ", ".join("#%d" % n for n in d["installs"])] if d["installs"] else []) +
      (["re-ran step(s) that do not depend on the sources: " + ", ".join("#%d" % n for n in d["unexpected"])] if d["unexpected"] else []) +
      (["did not re-run the COPY of the sources: " + ", ".join("#%d" % n for n in d["missing"])] if d["missing"] else []))')
    if [ -z "$probs" ]; then
      pass "$app $variant: edit: ${RERUN[$key]} steps re-ran in ${EDIT_SECS[$key]}s, no install step: ${RERUN_LIST[$key]}"
    else
      fail "$app $variant: edit: $probs (re-ran: ${RERUN_LIST[$key]})"
    fi
  fi
  drop_edited "$key-edit" "$etag"
done

# ---------------------------------------------------------------------------------------------------------
mb() { awk -v b="$1" 'BEGIN{printf "%.1f MB", b/1e6}'; }
echo
echo "### Template against naive Dockerfile (buildah $(buildah --version | awk '{print $3}'), STAND-IN base images, load average $LOAD0 at start)"
echo
echo "| app | Dockerfile | image size | size ratio (÷ naive) | layers | USER | steps re-run after a source edit | install steps re-run | rebuild after the edit |"
echo "|---|---|---|---|---|---|---|---|---|"
for v in "${VARIANTS[@]}"; do
  IFS='|' read -r app variant target flavor <<<"$v"
  key=$app-$variant
  [ -n "${SIZE[$key]:-}" ] || { echo "| $app | $variant | failed | | | | | | |"; continue; }
  nk=$app-naive
  ratio=-
  [ -n "${SIZE[$nk]:-}" ] && ratio=$(awk -v a="${SIZE[$key]}" -v b="${SIZE[$nk]}" 'BEGIN{printf "%.3f", a/b}')
  label=$variant
  [ -n "$target" ] && label="init --target $target${flavor:+ --flavor $flavor}"
  [ "$variant" = tests ] && label="$label --run-tests"
  [ "$variant" = naive ] && label="Dockerfile.naive"
  echo "| $app | $label | $(mb "${SIZE[$key]}") | $ratio | ${LAYERS[$key]} | ${USERS[$key]} | ${RERUN[$key]:--} | ${INSTALLS[$key]:--} | ${EDIT_SECS[$key]:--} s |"
done
echo
echo "Steps that re-ran after the edit (#step stage seconds instruction):"
printf '  %s\n' "${DETAILS[@]}"

if [ "$CLEAN" = 1 ]; then
  for tag in "${TAGS[@]}"; do buildah rmi "$tag" >/dev/null 2>&1 || true; done
  say "removed ${#TAGS[@]} image(s) this run tagged"
fi
finish
