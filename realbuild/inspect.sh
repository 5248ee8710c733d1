#!/usr/bin/env bash
# realbuild/inspect.sh: prints facts about a local image as JSON on stdout.
#
# Usage: realbuild/inspect.sh IMAGE [PATH...]
#
# JSON (one object):
#   {"image", "id", "size_bytes", "layers", "user", "entrypoint", "cmd", "workdir", "env",
#    "exposed_ports", "labels", "healthcheck", "shell",
#    "history": [{"created_by", "size_bytes", "empty_layer"}],      (oldest first, as podman history)
#    "paths":   [{"path", "exists", "type", "size_bytes"}]}          (only when PATHs are given)
#   size_bytes: `podman image inspect --format {{.Size}}` (uncompressed, all layers); layers: the number of
#   layer diff IDs (buildah inspect .OCIv1.RootFS.DiffIDs). user/workdir: "" when unset; entrypoint/cmd:
#   null when unset, else the exec-form list. For PATHs the image is mounted (buildah from + buildah mount);
#   symlinks are resolved inside the image, type is "file", "dir", "symlink" (dangling) or "other",
#   size_bytes is the apparent size of the file or of the tree under the directory (links not followed).
set -euo pipefail

if [ $# -lt 1 ]; then
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
IMG=$1; shift

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dockwright-inspect.XXXXXX")
CTR=""
cleanup() {
  if [ -n "$CTR" ]; then
    buildah umount "$CTR" >/dev/null 2>&1 || true
    buildah rm "$CTR" >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

buildah inspect --type image "$IMG" >"$TMP/buildah.json"
podman image inspect --format '{{.Size}}' "$IMG" >"$TMP/size"
podman history --format json "$IMG" >"$TMP/history.json"

MNT=""
if [ $# -gt 0 ]; then
  CTR=$(buildah from --pull=never --name "dockwright-inspect-$$" "$IMG")
  MNT=$(buildah mount "$CTR")
fi

python3 - "$IMG" "$TMP" "$MNT" "$@" <<'PY'
import json, os, stat, sys
img, tmp, mnt, paths = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
b = json.load(open(os.path.join(tmp, 'buildah.json')))
hist = json.load(open(os.path.join(tmp, 'history.json')))
size = int(open(os.path.join(tmp, 'size')).read().strip())
oci = b.get('OCIv1') or {}
dock = b.get('Docker') or {}
cfg = dock.get('config') or {}
ocfg = oci.get('config') or {}

def pick(key_docker, key_oci):
    v = cfg.get(key_docker)
    if v in (None, '', [], {}):
        v = ocfg.get(key_oci)
    return v

def cmdlist(v):
    return v if v else None

def resolve(root, path):
    """The host path of PATH inside the image mounted at ROOT, every symlink followed as a chroot would
    (absolute targets start again at ROOT); None on a symlink loop."""
    parts = [p for p in path.split('/') if p not in ('', '.')]
    cur, links = [], 0
    while parts:
        p = parts.pop(0)
        if p == '..':
            if cur:
                cur.pop()
            continue
        host = os.path.join(root, *cur, p)
        if os.path.islink(host):
            links += 1
            if links > 40:
                return None
            target = os.readlink(host)
            if target.startswith('/'):
                cur = []
            parts = [t for t in target.split('/') if t not in ('', '.')] + parts
            continue
        cur.append(p)
    return os.path.join(root, *cur)

def tree_size(p):
    st = os.lstat(p)
    if not stat.S_ISDIR(st.st_mode):
        return st.st_size
    total = 0
    for dirpath, dirnames, filenames in os.walk(p):
        for n in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            try:
                total += os.lstat(os.path.join(dirpath, n)).st_size
            except OSError:
                pass
    return total

path_facts = []
for p in paths:
    host = resolve(mnt, p) if mnt else None
    fact = {'path': p, 'exists': False, 'type': None, 'size_bytes': None}
    if host is not None and not os.path.lexists(host):
        # dangling: report the link itself when the last component is one
        parent = resolve(mnt, os.path.dirname(p.rstrip('/')) or '/')
        link = os.path.join(parent, os.path.basename(p.rstrip('/'))) if parent else None
        if link and os.path.islink(link):
            fact.update(type='symlink', size_bytes=0)
        host = None
    if host and os.path.lexists(host):
        st = os.lstat(host)
        if stat.S_ISLNK(st.st_mode):
            t = 'symlink'
        elif stat.S_ISDIR(st.st_mode):
            t = 'dir'
        elif stat.S_ISREG(st.st_mode):
            t = 'file'
        else:
            t = 'other'
        fact.update(exists=True, type=t, size_bytes=tree_size(host))
    path_facts.append(fact)

history = [{'created_by': h.get('CreatedBy') or h.get('created_by') or '', 'size_bytes': h.get('size', 0),
            'empty_layer': h.get('size', 0) == 0} for h in reversed(hist)]
out = {
    'image': img,
    'id': (b.get('FromImageID') or '') and 'sha256:' + b['FromImageID'],
    'size_bytes': size,
    'layers': len((oci.get('rootfs') or {}).get('diff_ids') or []),
    'user': pick('User', 'User') or '',
    'entrypoint': cmdlist(pick('Entrypoint', 'Entrypoint')),
    'cmd': cmdlist(pick('Cmd', 'Cmd')),
    'workdir': pick('WorkingDir', 'WorkingDir') or '',
    'env': pick('Env', 'Env') or [],
    'exposed_ports': sorted((pick('ExposedPorts', 'ExposedPorts') or {}).keys()),
    'labels': pick('Labels', 'Labels') or {},
    'healthcheck': cfg.get('Healthcheck'),
    'shell': cfg.get('Shell'),
    'history': history,
}
if paths:
    out['paths'] = path_facts
print(json.dumps(out, indent=2))
PY
