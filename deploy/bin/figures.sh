#!/usr/bin/env bash
# Prints the platform's start-up times and the memory of every process, from a cold start (see docs/figures.md).
# --fresh starts from an empty data directory, as after a clone (downloads stay cached).
#  1. starts the whole platform as './platform up' does (JVMs cold, downloads cached) and times each component;
#  2. restarts each service alone, the rest being up, and times it until /q/health/ready answers;
#  3. lets everything idle, then reads each process's RSS (PostgreSQL: the sum over its processes' PSS, since
#     they share memory), and stops the platform again.
set -euo pipefail
DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$DEPLOY/lib/jdk.sh"
ta_find_jdk
source "$DEPLOY/lib/common.sh"
source "$DEPLOY/lib/services.sh"

fresh=false
[ "${1:-}" = --fresh ] && fresh=true
for component in postgres kafka keycloak "${SERVICES[@]}"; do
  if ta_is_running "$component"; then
    ta_die "the platform is running: stop it first (./platform down) so that the start is cold"
  fi
done
idle_seconds=${TA_FIGURES_IDLE_SECONDS:-20}
if [ "$fresh" = true ]; then
  # as after a clone: empty data (the realm imported, the databases created, the demo data loaded), cached downloads
  "$DEPLOY/bin/down.sh" --wipe >/dev/null
  mkdir -p "$TA_DATA" "$TA_LOGS" "$TA_PIDS"
fi

"$DEPLOY/bin/up.sh" >"$TA_LOGS/figures-up.log" 2>&1 || { tail -n 30 "$TA_LOGS/figures-up.log"; exit 1; }
cp "$TA_LOGS/startup-times" "$TA_LOGS/figures-startup-times"
trap '"$DEPLOY/bin/down.sh" >/dev/null 2>&1' EXIT

declare -A ALONE
for service in "${SERVICES[@]}"; do
  ta_stop "$service" >/dev/null
  from=$(ta_now_ms)
  service_start "$service"
  service_wait "$service"
  ALONE[$service]=$(($(ta_now_ms) - from))
done

sleep "$idle_seconds" # idle: let start-up garbage be collected and pools settle

pss_tree_mb() { # PSS of a process and its descendants, in MB
  local pid=$1 total=0 child
  total=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
  for child in $(pgrep -P "$pid"); do
    total=$((total + $(pss_tree_mb "$child") * 1024))
  done
  echo $((total / 1024))
}
seconds() { printf '%d.%01d' $(($1 / 1000)) $((($1 % 1000) / 100)); }
started_in() { awk -v c="$1" '$1 == c {print $2}' "$TA_LOGS/figures-startup-times"; }

total_mb=0
printf '\n%-28s %22s %18s %12s\n' process 'ready in (cold up, s)' 'ready alone (s)' 'idle MB'
for component in postgres kafka keycloak "${SERVICES[@]}"; do
  pid=$(ta_pid "$component")
  # PostgreSQL's processes share memory: PSS adds it up once; a JVM (Keycloak runs under kc.sh) is RSS of its tree
  if [ "$component" = postgres ]; then mb=$(pss_tree_mb "$pid"); else mb=$(ta_rss_mb "$pid"); fi
  total_mb=$((total_mb + mb))
  alone=${ALONE[$component]:-}
  printf '%-28s %22s %18s %12s\n' "$component" "$(seconds "$(started_in "$component")")" \
    "${alone:+$(seconds "$alone")}" "$mb"
done
printf '%-28s %22s %18s %12s\n' 'whole platform' "$(seconds "$(started_in total)")" '' "$total_mb"
cat <<NOTE

ready in (cold up): from the launch of each component to its readiness during './platform up'
  ($( [ "$fresh" = true ] && echo 'fresh data directory' || echo 'existing data'), downloads cached), the JVMs starting together on $(nproc) cores.
ready alone: a service restarted by itself with the rest of the platform up, until /q/health/ready answers.
idle MB: RSS after $idle_seconds s idle, summed over a component's processes (PostgreSQL: PSS, as they share memory).
Goals: each service ready alone <= 3 s and <= 200 MB idle; the whole platform up <= 90 s and <= 3072 MB.
NOTE
