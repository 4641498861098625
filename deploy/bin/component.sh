#!/usr/bin/env bash
# ./platform stop COMPONENT | ./platform start COMPONENT: one component of a running platform, the others left as they
# are (an operator's restart; the fault tests stop PostgreSQL this way). COMPONENT: postgres, kafka, keycloak, a
# service or the web console (./platform status lists them). A stopped component stays stopped: its supervisor lets it go.
set -euo pipefail
DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$DEPLOY/lib/jdk.sh"
ta_find_jdk
source "$DEPLOY/lib/common.sh"
source "$DEPLOY/lib/postgres.sh"
source "$DEPLOY/lib/kafka.sh"
source "$DEPLOY/lib/keycloak.sh"
source "$DEPLOY/lib/services.sh"

[ $# -eq 2 ] || ta_die "usage: ./platform stop|start COMPONENT"
action=$1 name=$2
case "$name" in
  postgres | kafka | keycloak) ;;
  *) [ -n "${SERVICE_PORT[$name]:-}" ] || ta_die "unknown component $name (try ./platform status)" ;;
esac
case "$action" in
  stop)
    if [ "$name" = postgres ]; then pg_stop; else ta_stop "$name"; fi
    ;;
  start)
    case "$name" in
      postgres) pg_start ;;
      kafka) kafka_start ;;
      keycloak) keycloak_start ;;
      "$CONSOLE" | "$CONSOLE"-[12])
        console_start "$name"
        console_wait "$name"
        ;;
      *)
        TA_SKIP_BUILD=true
        service_start "$name"
        service_wait "$name"
        ;;
    esac
    ta_log "$name running (pid $(ta_pid "$name"))"
    ;;
  *) ta_die "usage: ./platform stop|start COMPONENT" ;;
esac
