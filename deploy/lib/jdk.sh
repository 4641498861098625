# shellcheck shell=bash
# Finds a JDK 21 or newer and exports JAVA_HOME: JAVA_HOME itself when it is new enough, otherwise the newest
# JDK >= 21 under /usr/lib/jvm (or $TA_JVM_DIR). The machine's default java may be older (17 here).

ta_java_major() { # $1 = a JDK home; prints its major version or nothing
  local home=$1 version=""
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')
  fi
  echo "$version"
}

ta_find_jdk() {
  ta_find_jdk_home && ta_quiet_maven_on_new_jdks
}

ta_find_jdk_home() {
  local minimum=21 best="" best_version=0 candidate version
  if [ -n "${JAVA_HOME:-}" ]; then
    version=$(ta_java_major "$JAVA_HOME")
    if [ -n "$version" ] && [ "$version" -ge "$minimum" ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in "${TA_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -d "$candidate" ] || continue
    [ -x "$candidate/bin/javac" ] || continue
    version=$(ta_java_major "$candidate")
    if [ -n "$version" ] && [ "$version" -ge "$minimum" ] && [ "$version" -gt "$best_version" ]; then
      best=$candidate
      best_version=$version
    fi
  done
  if [ -z "$best" ]; then
    cat >&2 <<MSG
No JDK $minimum or newer was found (JAVA_HOME=${JAVA_HOME:-unset}; looked in ${TA_JVM_DIR:-/usr/lib/jvm}).
Install one and run again, for example:
  - Eclipse Temurin 21 or 25 (https://adoptium.net), which installs under /usr/lib/jvm, or
  - an OpenJDK 21+ package of your distribution (e.g. 'apt-get install openjdk-21-jdk-headless' where available),
or point JAVA_HOME at a JDK $minimum+.
MSG
    return 1
  fi
  export JAVA_HOME=$best
}

# Maven 3.9's Guice calls sun.misc.Unsafe, which JDK 24+ warns about at every start: allow it quietly there.
ta_quiet_maven_on_new_jdks() {
  local version
  version=$(ta_java_major "$JAVA_HOME")
  if [ -n "$version" ] && [ "$version" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}
