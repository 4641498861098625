#!/usr/bin/env bash
# Starts the whole platform locally: PostgreSQL, Kafka (KRaft), Keycloak with the ta-platform realm, the four
# services and the web console, then the demonstration data. Harmless to run twice: what runs already is left alone.
set -euo pipefail
DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$DEPLOY/lib/jdk.sh"
ta_find_jdk
source "$DEPLOY/lib/common.sh"
source "$DEPLOY/lib/postgres.sh"
source "$DEPLOY/lib/kafka.sh"
source "$DEPLOY/lib/keycloak.sh"
source "$DEPLOY/lib/services.sh"
source "$DEPLOY/lib/haproxy.sh"
source "$DEPLOY/lib/demo.sh"

all_running=true
components=(postgres kafka keycloak "${INSTANCES[@]}" "${CONSOLES[@]}")
[ "$BALANCED" = true ] && components+=("$BALANCER")
for component in "${components[@]}"; do
  ta_is_running "$component" || all_running=false
done
if [ "$all_running" = true ]; then
  echo "The platform is already running (./platform status shows it; ./platform down stops it)."
  exit 0
fi

timings=$TA_LOGS/startup-times
: >"$timings"
timed() { # NAME COMMAND...: runs and records how long it took
  local name=$1 from
  shift
  from=$(ta_now_ms)
  "$@"
  echo "$name $(($(ta_now_ms) - from))" >>"$timings"
}

ta_log "using JDK $JAVA_HOME, data in $TA_HOME, downloads cached in $TA_CACHE"
build_started=$(ta_now_ms)
services_build_if_needed
build_ms=$(($(ta_now_ms) - build_started))
started=$(ta_now_ms)
# the JVMs start in parallel; each waits only for what it needs
timed postgres pg_start
ta_log "PostgreSQL ready on port $PG_PORT"
kafka_start_timed() { timed kafka kafka_start; }
keycloak_start_timed() { timed keycloak keycloak_start; }
kafka_start_timed &
kafka_job=$!
keycloak_start_timed &
keycloak_job=$!
wait $kafka_job || ta_die "Kafka did not start"
ta_log "Kafka ready on port $KAFKA_PORT"
for service in "${INSTANCES[@]}"; do
  echo "$service $(ta_now_ms)" >>"$timings.launch"
  service_start "$service"
done
for console in "${CONSOLES[@]}"; do
  console_start "$console"
done
for service in "${INSTANCES[@]}"; do
  service_wait "$service"
  launched=$(awk -v s="$service" '$1 == s {print $2}' "$timings.launch" | tail -n 1)
  echo "$service $(($(ta_now_ms) - launched))" >>"$timings"
  ta_log "$service ready on port ${SERVICE_PORT[$service]}"
done
rm -f "$timings.launch"
if [ "$BALANCED" = true ]; then
  haproxy_start
  haproxy_wait
  ta_log "$BALANCER ready: each service's port balances over its two replicas"
fi
for console in "${CONSOLES[@]}"; do
  console_wait "$console"
  ta_log "$console ready on port ${SERVICE_PORT[$console]}"
done
wait $keycloak_job || ta_die "Keycloak did not start"
ta_log "Keycloak ready on port $KEYCLOAK_PORT"
demo_load
total=$(($(ta_now_ms) - started))
echo "total $total" >>"$timings"

replica_lines=""
if [ "$BALANCED" = true ]; then
  replica_lines+="  (each service's port and the console's is HAProxy's, over two replicas: <name>-1 and -2 on the port + 200 and + 210)"$'\n'
fi
for replica in "${REPLICAS[@]}"; do
  replica_lines+="$(printf '  %-27s http://localhost:%s/api/v1     (a replica: the same answers)' "$replica" \
    "${SERVICE_PORT[$replica]}")"$'\n'
done

cat <<INFO

Technical assistance coordination platform: up in $((total / 1000)).$(((total % 1000) / 100)) s$(
  [ "$build_ms" -gt 1000 ] && echo " (after building the services in $((build_ms / 1000)) s)")

  web console  http://localhost:${SERVICE_PORT[$CONSOLE]}  (for people: the public figures, and each kind of user's pages once signed in)

  service                     API                                   Swagger UI
  survey-service              http://localhost:${SERVICE_PORT[survey-service]}/api/v1     http://localhost:${SERVICE_PORT[survey-service]}/q/swagger-ui
  needs-service               http://localhost:${SERVICE_PORT[needs-service]}/api/v1     http://localhost:${SERVICE_PORT[needs-service]}/q/swagger-ui
  provider-registry-service   http://localhost:${SERVICE_PORT[provider-registry-service]}/api/v1     http://localhost:${SERVICE_PORT[provider-registry-service]}/q/swagger-ui
  coordination-service        http://localhost:${SERVICE_PORT[coordination-service]}/api/v1     http://localhost:${SERVICE_PORT[coordination-service]}/q/swagger-ui
${replica_lines}  (each also serves /q/openapi; health and metrics on its port + 1000: /q/health/ready, /q/metrics)

  Keycloak     $KEYCLOAK_URL  (admin console: admin / admin; realm ta-platform)
  Kafka        localhost:$KAFKA_PORT
  PostgreSQL   localhost:$PG_PORT  (databases survey, needs, registry, coordination, keycloak)

  Demo users (password = user name): coordinator, analyst, focal-ken (KEN), focal-col (COL), focal-phl (PHL),
  fo-nairobi (field office), donor-norland, donor-sudland, partner-institute.
  Clients: ta-console (the web console's, secret ta-console-secret), ta-web (public, PKCE, Swagger UI),
           ta-cli (secret ta-cli-secret, password grant),
           ta-partner-integration (secret ta-partner-integration-secret, client credentials).

  Token:  curl -s -d grant_type=password -d client_id=ta-cli -d client_secret=ta-cli-secret \\
            -d username=focal-ken -d password=focal-ken $REALM_URL/protocol/openid-connect/token
  Logs in $TA_LOGS; stop with ./platform down (add --wipe to delete the data).
INFO
