#!/usr/bin/env bash
# realbuild/build.sh: builds an image for real with buildah and prints a JSON summary on stdout.
#
# Usage: realbuild/build.sh CONTEXT_DIR DOCKERFILE TAG [extra buildah build args...]
#
# Runs, with the log kept:
#   buildah build --isolation chroot --layers --format docker --pull=never --force-rm \
#     -v $CA:/run/dockwright/ca-certificates.crt:ro -f DOCKERFILE -t TAG [extra args] CONTEXT_DIR
# DOCKERFILE is a path as given to `buildah build -f` (relative to the current directory, not to the context).
#
# The host's CA bundle is needed for TLS to the npm registry here (the connection is intercepted). The node
# stand-in images point NODE_EXTRA_CA_CERTS at /run/dockwright/ca-certificates.crt, so npm, npx, corepack,
# yarn and pnpm find it there without the bundle being mounted over /etc/ssl/certs/ca-certificates.crt:
# mounted there read-only, `apt-get install ca-certificates` (or of anything that pulls it in, such as curl)
# fails inside the build.
#
# Environment:
#   DOCKWRIGHT_REALBUILD_CA          host CA bundle to mount (default /etc/ssl/certs/ca-certificates.crt;
#                                    empty: mount none)
#   DOCKWRIGHT_REALBUILD_SYSTEM_CA   1: also mount it read-only over /etc/ssl/certs/ca-certificates.crt (for
#                                    TLS clients other than Node in a RUN); default 0, see above
#   DOCKWRIGHT_REALBUILD_LOG         write the build log to this file
#   DOCKWRIGHT_REALBUILD_LOG_DIR     else the log goes to this dir (default ${TMPDIR:-/tmp}/dockwright-realbuild/logs)
#   DOCKWRIGHT_REALBUILD_VERBOSE=1   also stream buildah's output to stderr (else only the tail on failure)
#
# JSON on stdout (one object):
#   {"tag","context","dockerfile","log","image_id","exit_code","success","elapsed_seconds",
#    "total_steps","from_steps","cached_steps","executed_steps","fully_cached","stages","error",
#    "created_images",
#    "steps":[{"number","stage","stage_step","stage_steps","keyword","instruction","cached","status","seconds",
#              "image"}]}
#   number counts the steps buildah ran over all stages (stages the target does not need are skipped by
#   buildah and not listed); stage/stage_step/stage_steps are buildah's "[stage/stages] STEP n/m".
#   status is "from" (a FROM step: never cached nor run), "cached" (buildah printed "--> Using cache"),
#   "executed", or "failed"; fully_cached is true when the build succeeded and no step was executed.
#   seconds: from this step's STEP line to the next one (the last step includes the final commit).
#   image: the (short) ID of the image buildah committed for the step (--layers), null if none was printed;
#   created_images: those of executed steps, i.e. what this build added to storage (for clean-up).
# Exit code: buildah's (0 on success). The JSON is printed in both cases.
set -uo pipefail

if [ $# -lt 3 ]; then
  sed -n '2,44p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
CONTEXT=$1 DOCKERFILE=$2 TAG=$3
shift 3
[ -d "$CONTEXT" ] || { echo "build.sh: no such context dir: $CONTEXT" >&2; exit 2; }
[ -f "$DOCKERFILE" ] || { echo "build.sh: no such Dockerfile: $DOCKERFILE" >&2; exit 2; }
CONTEXT=$(cd "$CONTEXT" && pwd)
DOCKERFILE=$(cd "$(dirname "$DOCKERFILE")" && pwd)/$(basename "$DOCKERFILE")

CA=${DOCKWRIGHT_REALBUILD_CA-/etc/ssl/certs/ca-certificates.crt}
SYSTEM_CA=${DOCKWRIGHT_REALBUILD_SYSTEM_CA:-0}
CA_ARGS=()
if [ -n "$CA" ]; then
  [ -r "$CA" ] || { echo "build.sh: CA bundle not readable: $CA" >&2; exit 2; }
  [ "$SYSTEM_CA" = 1 ] && CA_ARGS+=(-v "$CA:/etc/ssl/certs/ca-certificates.crt:ro")
  CA_ARGS+=(-v "$CA:/run/dockwright/ca-certificates.crt:ro")
fi

if [ -n "${DOCKWRIGHT_REALBUILD_LOG:-}" ]; then
  LOG=$DOCKWRIGHT_REALBUILD_LOG
  mkdir -p "$(dirname "$LOG")"
else
  LOGDIR=${DOCKWRIGHT_REALBUILD_LOG_DIR:-${TMPDIR:-/tmp}/dockwright-realbuild/logs}
  mkdir -p "$LOGDIR"
  LOG=$LOGDIR/$(printf '%s' "$TAG" | tr -c 'A-Za-z0-9._-' '_').$(date +%Y%m%dT%H%M%S).$$.log
fi
LOG=$(cd "$(dirname "$LOG")" && pwd)/$(basename "$LOG")
TLOG=$(mktemp "${TMPDIR:-/tmp}/dockwright-build.XXXXXX")
trap 'rm -f "$TLOG"' EXIT

VERBOSE=${DOCKWRIGHT_REALBUILD_VERBOSE:-0}
START=$EPOCHREALTIME
# Each output line is stored with the time it arrived (for per-step seconds); the log keeps the plain text.
buildah build --isolation chroot --layers --format docker --pull=never --force-rm \
  "${CA_ARGS[@]}" -f "$DOCKERFILE" -t "$TAG" "$@" "$CONTEXT" 2>&1 |
  while IFS= read -r line || [ -n "$line" ]; do
    printf '%s\t%s\n' "$EPOCHREALTIME" "$line"
    [ "$VERBOSE" = 1 ] && printf '%s\n' "$line" >&2
  done >"$TLOG"
RC=${PIPESTATUS[0]}
END=$EPOCHREALTIME
cut -f2- "$TLOG" >"$LOG"

if [ "$RC" != 0 ] && [ "$VERBOSE" != 1 ]; then
  echo "build.sh: buildah build failed (exit $RC); last lines of $LOG:" >&2
  tail -25 "$LOG" >&2
fi

python3 - "$TLOG" "$START" "$END" "$RC" "$TAG" "$CONTEXT" "$DOCKERFILE" "$LOG" <<'PY'
import json, re, sys
tlog, start, end, rc, tag, context, dockerfile, log = sys.argv[1:]
start, end, rc = float(start), float(end), int(rc)
step_re = re.compile(r'^(?:\[(\d+)/(\d+)\] )?STEP (\d+)/(\d+): (.*)$')
steps, stages, error, iid = [], 1, None, None
# newline='' so that carriage returns (apt and dpkg progress) stay inside their line
for raw in open(tlog, encoding='utf-8', errors='replace', newline=''):
    ts, _, line = raw.rstrip('\n').partition('\t')
    try:
        ts = float(ts)
    except ValueError:
        continue
    line = line.rstrip('\r')
    if '\r' in line:
        line = line.rsplit('\r', 1)[-1]
    m = step_re.match(line)
    if m:
        if steps:
            steps[-1]['_end'] = ts
        stage = int(m.group(1) or 1)
        stages = max(stages, int(m.group(2) or 1))
        instr = m.group(5)
        kw = instr.split(None, 1)[0].upper() if instr.strip() else ''
        steps.append({'number': len(steps) + 1, 'stage': stage, 'stage_step': int(m.group(3)),
                      'stage_steps': int(m.group(4)), 'keyword': kw, 'instruction': instr,
                      'cached': False, 'status': 'from' if kw == 'FROM' else 'executed', '_start': ts})
        continue
    if line.startswith('--> Using cache') and steps:
        steps[-1]['cached'] = True
        steps[-1]['status'] = 'cached'
    elif re.match(r'^--> [0-9a-f]{6,64}$', line) and steps:
        steps[-1]['image'] = line[4:]
    elif line.startswith('Error:') or line.startswith('error '):
        error = line
    elif re.match(r'^[0-9a-f]{64}$', line):
        iid = 'sha256:' + line  # buildah's last line: the ID of the image it tagged
if steps:
    steps[-1].setdefault('_end', end)
for s in steps:
    s['seconds'] = round(max(0.0, s.pop('_end') - s.pop('_start')), 3)
    s.setdefault('image', None)
if rc != 0 and steps and steps[-1]['status'] != 'cached':
    steps[-1]['status'] = 'failed'
cached = sum(1 for s in steps if s['status'] == 'cached')
froms = sum(1 for s in steps if s['status'] == 'from')
executed = len(steps) - cached - froms
out = {
    'tag': tag, 'context': context, 'dockerfile': dockerfile, 'log': log,
    'image_id': iid, 'exit_code': rc, 'success': rc == 0,
    'elapsed_seconds': round(end - start, 3),
    'total_steps': len(steps), 'from_steps': froms, 'cached_steps': cached,
    'executed_steps': executed, 'fully_cached': rc == 0 and executed == 0,
    'stages': stages if steps else 0, 'error': error,
    'created_images': [s['image'] for s in steps if s['status'] == 'executed' and s['image']],
    'steps': steps,
}
print(json.dumps(out, indent=2))
PY
exit "$RC"
