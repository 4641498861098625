# shellcheck shell=bash
# Paths, ports and process helpers of the local platform. Everything it starts is recorded in a PID file under
# $TA_HOME/pids, and 'down' stops exactly those processes.

TA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TA_HOME=${TA_HOME:-$TA_ROOT/.platform}                          # data, logs and PID files of this instance
TA_CACHE=${TA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ta-platform} # downloads, shared by every instance
TA_DATA=$TA_HOME/data
TA_LOGS=$TA_HOME/logs
TA_PIDS=$TA_HOME/pids

# every port moves by TA_PORT_OFFSET, so that a second instance (e.g. the end-to-end tests) runs beside the first
OFFSET=${TA_PORT_OFFSET:-0}
PG_PORT=$((15432 + OFFSET))
KAFKA_PORT=$((9092 + OFFSET))
KAFKA_CONTROLLER_PORT=$((9093 + OFFSET))
KEYCLOAK_PORT=$((8180 + OFFSET))
SERVICES=(survey-service needs-service provider-registry-service coordination-service)
declare -A SERVICE_PORT=(
  [survey-service]=$((8081 + OFFSET))
  [needs-service]=$((8082 + OFFSET))
  [provider-registry-service]=$((8083 + OFFSET))
  [coordination-service]=$((8084 + OFFSET))
)
declare -A SERVICE_DATABASE=(
  [survey-service]=survey
  [needs-service]=needs
  [provider-registry-service]=registry
  [coordination-service]=coordination
)
# the web console for people (web-console/): no database, no Kafka; it calls the services with the user's token
CONSOLE=web-console
SERVICE_PORT[web-console]=$((8080 + OFFSET))
# TA_REPLICAS=2 runs every service as two replicas behind a load balancer (HAProxy, lib/haproxy.sh; docs/scaling.md):
# the service's port is the balancer's, its replicas <service>-1 and <service>-2 listen on that port + 200 and + 210.
# Otherwise TA_COORDINATION_REPLICAS=2 starts a second coordination-service beside the first, on port 8094: the same
# build, database and consumer group (docs/coordination-service.md, "Replicas").
# INSTANCES: the service processes to start, whichever the layout.
REPLICAS=()
BALANCED=false
if [ "${TA_REPLICAS:-1}" -ge 2 ]; then
  BALANCED=true
  INSTANCES=()
  for service in "${SERVICES[@]}"; do
    for replica in 1 2; do
      INSTANCES+=("$service-$replica")
      SERVICE_PORT[$service-$replica]=$((SERVICE_PORT[$service] + 190 + 10 * replica))
      SERVICE_DATABASE[$service-$replica]=${SERVICE_DATABASE[$service]}
    done
  done
else
  if [ "${TA_COORDINATION_REPLICAS:-1}" -ge 2 ]; then
    REPLICAS=(coordination-service-2)
    SERVICE_PORT[coordination-service-2]=$((8094 + OFFSET))
    SERVICE_DATABASE[coordination-service-2]=coordination
  fi
  INSTANCES=("${SERVICES[@]}" "${REPLICAS[@]}")
fi
# the web console's processes: two replicas behind the balancer too when BALANCED (web-console-1 and -2 on its port
# + 200 and + 210: it keeps a person's session in an encrypted cookie, so either replica serves any request)
CONSOLES=("$CONSOLE")
if [ "$BALANCED" = true ]; then
  CONSOLES=("$CONSOLE-1" "$CONSOLE-2")
  for replica in 1 2; do
    SERVICE_PORT[$CONSOLE-$replica]=$((SERVICE_PORT[$CONSOLE] + 190 + 10 * replica))
  done
fi
# the load balancer's name among the components (BALANCED only)
BALANCER=load-balancer

POSTGRES_VERSION=17.11.0
KAFKA_VERSION=4.4.0
KEYCLOAK_VERSION=26.7.3
KEYCLOAK_URL=http://localhost:$KEYCLOAK_PORT
REALM_URL=$KEYCLOAK_URL/realms/ta-platform

mkdir -p "$TA_DATA" "$TA_LOGS" "$TA_PIDS" "$TA_CACHE"

ta_log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
ta_die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# from the project's root whatever the caller's directory (the end-to-end tests run in deploy/, where -pl would
# not find the services)
ta_mvnw() { (cd "$TA_ROOT" && ./mvnw -B --no-transfer-progress "$@"); }

ta_pid() { # prints the PID recorded for a component if that process is alive
  local file=$TA_PIDS/$1.pid pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "$pid"
    return 0
  fi
  return 1
}

ta_is_running() { ta_pid "$1" >/dev/null; }

# ta_spawn NAME COMMAND...: starts a process detached from this shell, logs to $TA_LOGS/NAME.log, under a supervisor
# that starts it again with backoff if it dies (lib/supervise.sh; ./platform status shows the restarts)
ta_spawn() {
  local name=$1 waited=0
  shift
  if ta_supervised "$name"; then
    return 0 # its supervisor starts it again by itself
  fi
  rm -f "$TA_PIDS/$name.pid" "$TA_PIDS/$name.stop"
  setsid "$TA_ROOT/deploy/lib/supervise.sh" "$name" "$TA_PIDS" "$@" >>"$TA_LOGS/$name.log" 2>&1 </dev/null &
  while [ ! -s "$TA_PIDS/$name.pid" ] && [ $waited -lt 100 ]; do
    sleep 0.05
    waited=$((waited + 1))
  done
}

ta_restarts() { cat "$TA_PIDS/$1.restarts" 2>/dev/null || echo -; }

ta_supervised() { # true while a supervisor looks after the component (it may be between two runs)
  local pid
  pid=$(cat "$TA_PIDS/$1.supervisor" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# ta_stop NAME: SIGTERM, then SIGKILL after 30 s
ta_stop() {
  local name=$1 pid waited=0 supervisor
  touch "$TA_PIDS/$name.stop" # the supervisor, if any, lets it go
  # and is told so at once, even while it waits to start the component again (its TERM trap stops the component)
  supervisor=$(cat "$TA_PIDS/$name.supervisor" 2>/dev/null) && [ -n "$supervisor" ] \
    && kill -TERM "$supervisor" 2>/dev/null || true
  if ! pid=$(ta_pid "$name"); then
    rm -f "$TA_PIDS/$name.pid"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ $waited -ge 300 ]; then
      ta_log "$name did not stop within 30 s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  rm -f "$TA_PIDS/$name.pid"
  waited=0
  while ta_supervised "$name" && [ $waited -lt 50 ]; do # its supervisor sees the stop and ends
    sleep 0.1
    waited=$((waited + 1))
  done
  ta_log "stopped $name (pid $pid)"
}

# ta_wait_for NAME SECONDS CHECK...: polls CHECK every 0.25 s while NAME's process lives
ta_wait_for() {
  local name=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ! ta_is_running "$name" && ! ta_supervised "$name"; then
      tail -n 40 "$TA_LOGS/$name.log" >&2 || true
      ta_die "$name exited while starting (log: $TA_LOGS/$name.log)"
    fi
    if [ $SECONDS -ge $deadline ]; then
      tail -n 40 "$TA_LOGS/$name.log" >&2 || true
      ta_stop "$name" >/dev/null 2>&1 || true # no supervisor left restarting it
      ta_die "$name was not ready within $seconds s (log: $TA_LOGS/$name.log)"
    fi
    sleep 0.25
  done
}

ta_http_ok() { curl -fsS -o /dev/null --max-time 2 "$1"; }

ta_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ta_port_free_or_die() { # $1 port, $2 what needs it
  if ta_port_open "$1"; then
    ta_die "port $1 (for $2) is taken by another process; stop it or set TA_PORT_OFFSET"
  fi
}

# milliseconds since the epoch, for start-up timings
ta_now_ms() { date +%s%3N; }

# RSS in MB of a process and all its descendants
ta_rss_mb() {
  local pid=$1 total=0 child rss
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  total=$((total + ${rss:-0}))
  for child in $(pgrep -P "$pid" 2>/dev/null); do
    total=$((total + $(ta_rss_mb "$child") * 1024))
  done
  echo $((total / 1024))
}
