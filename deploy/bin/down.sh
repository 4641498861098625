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

for service in web-console coordination-service-2 coordination-service provider-registry-service needs-service survey-service; do
  ta_stop "$service" &
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
