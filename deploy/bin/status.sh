#!/usr/bin/env bash
# What runs, on which port, with how much memory.
set -euo pipefail
DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$DEPLOY/lib/common.sh"

declare -A PORT_OF=([postgres]=$PG_PORT [kafka]=$KAFKA_PORT [keycloak]=$KEYCLOAK_PORT)
for service in "${INSTANCES[@]}" "${CONSOLES[@]}"; do PORT_OF[$service]=${SERVICE_PORT[$service]}; done
components=(postgres kafka keycloak "${INSTANCES[@]}" "${CONSOLES[@]}")
if [ "$BALANCED" = true ]; then
  components+=("$BALANCER")
  PORT_OF[$BALANCER]=$(for service in "${SERVICES[@]}" "$CONSOLE"; do printf '%s,' "${SERVICE_PORT[$service]}"; done \
    | sed 's/,$//')
fi
# restarts: how often the launcher's supervisor started a component again after it died (lib/supervise.sh)
printf '%-28s %-11s %-8s %-7s %-8s %s\n' component state pid port 'RSS MB' restarts
for component in "${components[@]}"; do
  if pid=$(ta_pid "$component"); then
    printf '%-28s %-11s %-8s %-7s %-8s %s\n' "$component" running "$pid" "${PORT_OF[$component]}" \
      "$(ta_rss_mb "$pid")" "$(ta_restarts "$component")"
  elif ta_supervised "$component"; then
    printf '%-28s %-11s %-8s %-7s %-8s %s\n' "$component" restarting - "${PORT_OF[$component]}" - \
      "$(ta_restarts "$component")"
  else
    printf '%-28s %-11s %-8s %-7s %-8s %s\n' "$component" stopped - "${PORT_OF[$component]}" - -
  fi
done
