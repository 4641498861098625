# shellcheck shell=bash
# The load balancer in front of the replicas when TA_REPLICAS=2 (lib/common.sh): HAProxy from the OS packages, one
# front end per service (and for the web console) on its own port, round robin over its replicas, each checked on its readiness
# (/q/health/ready on its management port, every second): a replica that is not ready, or stopped, gets no requests,
# and a request it could not take is sent to the other (retries and redispatch).

ta_ensure_haproxy() {
  command -v haproxy >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    ta_log "installing HAProxy (the load balancer of TA_REPLICAS=2)"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null 2>&1; then
      apt-get update -qq >/dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null
    fi
    return 0
  fi
  ta_die "TA_REPLICAS=2 needs HAProxy (e.g. sudo apt-get install haproxy)"
}

haproxy_config() {
  local service replica
  cat <<CONFIG
# written by ./platform up (TA_REPLICAS=2): one front end per service and for the web console, its two replicas behind it
global
    maxconn 4096
defaults
    mode http
    option http-server-close
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    # a request a replica could not take (stopped, refusing connections) goes to the other
    retries 2
    option redispatch 1
    retry-on conn-failure empty-response 503
CONFIG
  for service in "${SERVICES[@]}" "$CONSOLE"; do
    cat <<CONFIG
frontend $service
    bind 127.0.0.1:${SERVICE_PORT[$service]}
    default_backend $service
backend $service
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    # which replica answered: for an operator's curl, and the end-to-end test's proof that both do
    http-response set-header X-TA-Replica %[srv_name]
CONFIG
    for replica in 1 2; do
      echo "    server $service-$replica 127.0.0.1:${SERVICE_PORT[$service-$replica]} check port $((SERVICE_PORT[$service-$replica] + 1000)) inter 1s fall 2 rise 1"
    done
  done
}

haproxy_start() {
  if ta_is_running "$BALANCER"; then
    ta_log "$BALANCER already running (pid $(ta_pid "$BALANCER"))"
    return 0
  fi
  ta_ensure_haproxy
  local service config=$TA_DATA/haproxy.cfg
  for service in "${SERVICES[@]}" "$CONSOLE"; do
    ta_port_free_or_die "${SERVICE_PORT[$service]}" "$BALANCER ($service)"
  done
  haproxy_config >"$config"
  haproxy -c -q -f "$config" || ta_die "HAProxy refused its configuration ($config)"
  ta_spawn "$BALANCER" "$(command -v haproxy)" -db -f "$config"
}

# ready when every service answers through it (a replica of each is ready)
haproxy_wait() {
  local service
  for service in "${SERVICES[@]}"; do
    ta_wait_for "$BALANCER" 60 ta_http_ok "http://localhost:${SERVICE_PORT[$service]}/q/openapi"
  done
}
