#!/usr/bin/env bash
# Stops exactly what ./platform up started (by its PID files). --wipe also deletes this instance's data and logs
# (not the download cache).
set -euo pipefail
DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$DEPLOY/lib/jdk.sh"
ta_find_jdk
source "$DEPLOY/lib/common.sh"
source "$DEPLOY/lib/postgres.sh"

wipe=false
for argument in "$@"; do
  case "$argument" in
    --wipe) wipe=true ;;
    *) ta_die "unknown option $argument (only --wipe)" ;;
  esac
done

# the load balancer, the console and every service process this instance started, whichever layout it had (their PID
# files name them: a service, a replica of one; a supervisor waiting to start one again has only its own file)
for component in $(find "$TA_PIDS" -maxdepth 1 \( -name '*.pid' -o -name '*.supervisor' \) -printf '%f\n' 2>/dev/null \
  | sed -E 's/\.(pid|supervisor)$//' | sort -u); do
  case "$component" in
    postgres | kafka | keycloak) ;;
    *) ta_stop "$component" & ;;
  esac
done
wait
ta_stop keycloak &
ta_stop kafka &
wait
pg_stop
if [ "$wipe" = true ]; then
  rm -rf "$TA_DATA" "$TA_LOGS" "$TA_PIDS"
  ta_log "wiped $TA_HOME (data, logs)"
fi
