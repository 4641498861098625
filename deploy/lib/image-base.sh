#!/usr/bin/env bash
# The base image of the services' container images when no registry is reachable: a minimal Debian root file system
# (debootstrap --variant=minbase, from the apt sources this machine is configured with) plus a jlinked runtime of the
# JDK the scripts find, at /opt/java/openjdk as in the Eclipse Temurin images a user's CI pulls instead. Written in
# the `docker save` layout that Jib reads as `tar://` base image (two layers: the OS, the Java runtime).
#
#   deploy/lib/image-base.sh BASE_REFERENCE OUTPUT_DIR
#
# Does nothing unless BASE_REFERENCE is `tar://OUTPUT_DIR/base.tar` (the build then pulls a registry image). Rebuilt
# only when this script or the JDK changed; several module builds at once wait for one another (flock).
set -euo pipefail
reference=${1:?base image reference}
out=${2:?output directory}
[ "$reference" = "tar://$out/base.tar" ] || exit 0

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/lib/jdk.sh
source "$here/jdk.sh"
ta_find_jdk_home

# Debian's release of the machine when it is Debian, bookworm otherwise (the release the project is tested on).
suite=bookworm
if [ -r /etc/os-release ] && grep -q '^ID=debian' /etc/os-release; then
  suite=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release)
fi
# Fonts for the charts' six languages (as deploy/lib/fonts.sh for the launcher), CA certificates for webhook HTTPS.
packages=fontconfig-config,fonts-dejavu-core,fonts-wqy-microhei,libfreetype6,libfontconfig1,ca-certificates
# What a Quarkus service uses of the JDK: java.desktop for the charts, jdk.localedata for the six languages' formats,
# jdk.jcmd so that an operator can take a thread or heap dump in the container.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,\
java.xml.crypto,jdk.attach,jdk.charsets,jdk.jcmd,jdk.jfr,jdk.localedata,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,\
jdk.security.auth,jdk.unsupported,jdk.zipfs
jdk_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release")
key=$( { cat "${BASH_SOURCE[0]}"; echo "$suite $jdk_version $JAVA_HOME"; } | sha256sum | cut -c1-16)

mkdir -p "$out"
exec 9>"$out/.lock"
flock 9
if [ -f "$out/base.tar" ] && [ "$(cat "$out/key" 2>/dev/null)" = "$key" ]; then
  exit 0
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing debootstrap for the offline base image" >&2
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null 2>&1; then
      apt-get update -qq >/dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
  else
    echo "The offline base image needs debootstrap and root (sudo apt-get install debootstrap), or a registry:" >&2
    echo "  ./mvnw -Pimages package -Dta.image.base=eclipse-temurin:21-jre-noble" >&2
    exit 1
  fi
fi
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs: *\(http[^ ]*\).*/\1/p' | grep -v security | head -n 1)
[ -n "$mirror" ] || mirror=$(sed -n 's/^deb  *\(http[^ ]*\) .*/\1/p' /etc/apt/sources.list 2>/dev/null | grep -v security | head -n 1)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

work="$out/work"
rm -rf "$work" "$out/base.tar" "$out/key"
mkdir -p "$work/os" "$work/java/opt/java" "$work/image"
echo "Building the offline base image: Debian $suite (minbase) from $mirror and Java $jdk_version (jlink)" >&2
if ! debootstrap --variant=minbase --include="$packages" "$suite" "$work/os" "$mirror" >"$out/debootstrap.log" 2>&1; then
  tail -n 20 "$out/debootstrap.log" >&2
  exit 1
fi
( cd "$work/os" && rm -rf var/cache/apt/archives/*.deb var/cache/apt/*.bin var/lib/apt/lists/* var/log/* \
    usr/share/doc/* usr/share/man/* usr/share/info/* usr/share/locale/* )
# the user the services run as: not root, a fixed number so that Kubernetes' runAsNonRoot can check it
echo 'ta:x:1001:1001:ta-platform service:/deployments:/usr/sbin/nologin' >>"$work/os/etc/passwd"
echo 'ta:x:1001:' >>"$work/os/etc/group"
mkdir -p "$work/os/deployments"

"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --generate-cds-archive --output "$work/java/opt/java/openjdk"

# the layers: owners kept as numbers, entries sorted and dated alike so that the same inputs give the same digests
layer() { # $1 = directory, $2 = layer file
  tar --numeric-owner --sort=name --mtime='2000-01-01 00:00:00Z' -C "$1" -cf "$2" .
}
layer "$work/os" "$work/image/os.tar"
layer "$work/java" "$work/image/java.tar"
os_id=$(sha256sum "$work/image/os.tar" | cut -d' ' -f1)
java_id=$(sha256sum "$work/image/java.tar" | cut -d' ' -f1)
cat >"$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"2000-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"],
           "Labels":{"org.taplatform.base.os":"debian-$suite-minbase","org.taplatform.base.java":"$jdk_version"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$os_id","sha256:$java_id"]},
 "history":[{"created":"2000-01-01T00:00:00Z","created_by":"debootstrap --variant=minbase $suite"},
            {"created":"2000-01-01T00:00:00Z","created_by":"jlink $jdk_version"}]}
JSON
cat >"$work/image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["ta-platform/java-base:$jdk_version"],"Layers":["os.tar","java.tar"]}]
JSON
tar -C "$work/image" -cf "$out/base.tar.tmp" manifest.json config.json os.tar java.tar
mv "$out/base.tar.tmp" "$out/base.tar"
rm -rf "$work"
echo "$key" >"$out/key"
echo "Offline base image: $out/base.tar ($(du -h "$out/base.tar" | cut -f1))" >&2
