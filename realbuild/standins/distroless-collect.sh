#!/bin/sh
# Collects the file trees of the distroless stand-ins from an installed Debian system (run inside
# distroless-src.Containerfile). Layout: OUT/static, OUT/base, OUT/cc, OUT/nodejs, OUT/python; each is
# copied over the previous one, as the real images stack static -> base -> cc -> nodejs22 | python3.
set -eu
OUT=$1
mkdir -p "$OUT/static" "$OUT/base" "$OUT/cc" "$OUT/nodejs" "$OUT/python"

# Copy every file and symlink (not directories) that the given Debian packages installed, except docs.
copy_pkgs() {
  dest=$1; shift
  dpkg -L "$@" | sort -u | while IFS= read -r f; do
    case "$f" in /usr/share/doc/*|/usr/share/man/*|/usr/share/info/*|/usr/share/lintian/*) continue ;; esac
    if [ -L "$f" ] || [ -f "$f" ]; then printf '%s\n' "${f#/}"; fi
  done > /tmp/collect.list
  # Debian 12 merges /usr: files dpkg lists under /lib, /lib64, /bin, /sbin are stored under /usr
  # (base adds the top-level links), so that the trees stack without a directory meeting a link.
  tar -C / -cf - -T /tmp/collect.list \
      --transform 's,^lib/,usr/lib/,rhS;s,^lib64/,usr/lib64/,rhS;s,^bin/,usr/bin/,rhS;s,^sbin/,usr/sbin/,rhS' \
    | tar -C "$dest" -xf -
}

# --- static: passwd/group with root, nobody, nonroot (65532), CA bundle, tzdata, netbase, mime types.
S=$OUT/static
mkdir -p "$S/etc/ssl/certs" "$S/tmp" "$S/root" "$S/home/nonroot" "$S/var/lib/dpkg/status.d"
chmod 1777 "$S/tmp"; chmod 0700 "$S/root" "$S/home/nonroot"; chown 65532:65532 "$S/home/nonroot"
cat > "$S/etc/passwd" <<'P'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
P
cat > "$S/etc/group" <<'G'
root:x:0:
nobody:x:65534:
tty:x:5:
staff:x:50:
nonroot:x:65532:
G
printf 'passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\nprotocols: files\nservices: files\nethers: files\nrpc: files\n' \
  > "$S/etc/nsswitch.conf"
cat > "$S/etc/os-release" <<'R'
PRETTY_NAME="Distroless stand-in (Dockwright realbuild)"
NAME="Debian GNU/Linux"
ID="debian"
VERSION_ID="12"
VERSION="Debian GNU/Linux 12 (bookworm)"
R
cp /etc/debian_version "$S/etc/debian_version"
cp /etc/ssl/certs/ca-certificates.crt "$S/etc/ssl/certs/ca-certificates.crt"
copy_pkgs "$S" tzdata netbase media-types
# tzdata's maintainer scripts make these; the real static image has neither
rm -f "$S/etc/localtime" "$S/etc/timezone"

# --- base: glibc and OpenSSL's libraries on a merged /usr.
B=$OUT/base
mkdir -p "$B/usr/lib" "$B/usr/lib64" "$B/usr/bin" "$B/usr/sbin"
ln -s usr/lib "$B/lib"; ln -s usr/lib64 "$B/lib64"; ln -s usr/bin "$B/bin"; ln -s usr/sbin "$B/sbin"
copy_pkgs "$B" libc6 libssl3
# No shell in a distroless image: drop the helper programs libc6 ships (ldd is a bash script).
rm -f "$B/usr/bin/ldd" "$B/usr/bin/iconv" "$B/usr/bin/getconf" "$B/usr/bin/getent" "$B/usr/bin/locale" \
      "$B/usr/bin/localedef" "$B/usr/bin/zdump" "$B/usr/sbin/ldconfig" "$B/usr/sbin/iconvconfig"

# --- cc: the C++ runtime.
copy_pkgs "$OUT/cc" libgcc-s1 libstdc++6 libgomp1

# --- nodejs: the official Node binary only, at /nodejs (no npm, npx, corepack, as in the real image).
tar -xzf "$NODE_TGZ" -C "$OUT/nodejs" --strip-components=1 --no-same-owner package/bin/node package/LICENSE
chmod 0755 "$OUT/nodejs/bin/node"

# --- python: CPython 3.11 and the libraries its standard modules load, /usr/bin/python{,3} links.
P=$OUT/python
copy_pkgs "$P" python3.11-minimal libpython3.11-minimal libpython3.11-stdlib python3-distutils \
  libbz2-1.0 libdb5.3 libexpat1 liblzma5 libsqlite3-0 libuuid1 libncursesw6 libtinfo6 zlib1g \
  libcom-err2 libcrypt1 libgssapi-krb5-2 libk5crypto3 libkeyutils1 libkrb5-3 libkrb5support0 \
  libnsl2 libreadline8 libtirpc3 libffi8
ln -sf python3.11 "$P/usr/bin/python3"; ln -sf python3.11 "$P/usr/bin/python"

for d in static base cc nodejs python; do
  printf '%-7s %6s files %8s KiB\n' "$d" "$(find "$OUT/$d" \( -type f -o -type l \) | wc -l)" "$(du -sk "$OUT/$d" | cut -f1)"
done
