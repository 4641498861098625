# shellcheck shell=bash
# The four Quarkus services and the web console, from their fast-jar builds (<module>/target/quarkus-app).

services_build_if_needed() {
  local service jar stale=""
  [ "${TA_SKIP_BUILD:-false}" = true ] && return 0
  for service in "${SERVICES[@]}" "$CONSOLE"; do
    jar=$TA_ROOT/$service/target/quarkus-app/quarkus-run.jar
    if [ ! -f "$jar" ] || [ -n "$(find "$TA_ROOT/$service/src" "$TA_ROOT/reference-data/src" "$TA_ROOT/events/src" \
      "$TA_ROOT/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
      stale="$stale $service"
    fi
  done
  [ -z "$stale" ] && return 0
  ta_log "building:$stale (./mvnw package, tests skipped; ./platform test runs them)"
  ta_mvnw -q install -DskipTests -pl "$(echo "$stale" | xargs | tr ' ' ',')" -am >"$TA_LOGS/build.log" 2>&1 \
    || { tail -n 40 "$TA_LOGS/build.log" >&2; ta_die "build failed (log: $TA_LOGS/build.log)"; }
}

service_start() { # a service, or a replica of one (coordination-service-2 runs coordination-service's build)
  local service=$1 port=${SERVICE_PORT[$1]} db=${SERVICE_DATABASE[$1]} build=${1%-[0-9]}
  # the address clients use: the load balancer's when the replicas are behind one
  local public_port=$port
  [ "$BALANCED" = true ] && public_port=${SERVICE_PORT[$build]}
  if ta_is_running "$service"; then
    ta_log "$service already running (pid $(ta_pid "$service"))"
    return 0
  fi
  ta_port_free_or_die "$port" "$service"
  local app=$TA_ROOT/$build/target/quarkus-app cds=()
  # the class-data archive that the launcher's build makes (quarkus.package.jar.appcds) cuts start-up time
  [ -f "$app/app-cds.jsa" ] && cds=(-XX:SharedArchiveFile="$app/app-cds.jsa")
  # from the application's directory: the archive records the class path relative to it
  cd "$app"
  # The C1-only JIT and the serial collector suit a small machine (docs/figures.md). With them, the JVM's defaults
  # stop a service for a full collection whenever its code cache grew by 15 % (0.2-0.6 s each, again and again under
  # load, seen in the end-to-end benchmark's tail) and whenever its metaspace passes 21 MB while it starts: a service
  # compiles about 15 MB of code and loads 60-70 MB of class metadata, so it keeps its compiled code (no code cache
  # flushing, 64 MB reserved, committed only as used) and starts collecting metadata at 128 MB. The JVM still stops
  # for a full collection each time 15 % of the reserved code cache has been compiled since the last one
  # (SweeperThreshold: 0.3 s at 10 MB, in the read-path benchmark's measured windows): at 100 % it waits for 64 MB,
  # more than a service compiles, and a nearly full code cache is still collected (StartAggressiveSweepingAt).
  # health and metrics on the management interface, the API's port + 1000, on loopback only; the rate limits per
  # address leave loopback alone, since every local client (a browser, curl, the benchmarks) shares it (clients
  # still have their own allowances)
  # TA_INSTANCE_ID: a stable name per replica, for the consumers' static group membership (ConsumerMembership)
  # TA_PUBLIC_URL: the server its OpenAPI document names (generated clients' default base URL)
  # vertx.disableURIValidation: HttpLimits refuses a request target that is no URI with a problem (Quarkus' own check,
  # which this turns off, answers an empty 400)
  QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    TA_INSTANCE_ID="$service" TA_PUBLIC_URL="http://localhost:$public_port" \
    TA_RATE_LIMIT_EXEMPT_ADDRESSES="${TA_RATE_LIMIT_EXEMPT_ADDRESSES:-127.0.0.1,0:0:0:0:0:0:0:1}" \
    TA_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$db" TA_DB_USER=$db TA_DB_PASSWORD=$db \
    KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" TA_OIDC_URL="$REALM_URL" \
    ta_spawn "$service" "$JAVA_HOME/bin/java" -Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -XX:ReservedCodeCacheSize=64m -XX:-UseCodeCacheFlushing -XX:SweeperThreshold=100 -XX:MetaspaceSize=128m -Xss512k \
    -Xshare:auto -Dvertx.disableURIValidation=true "${cds[@]}" ${TA_JAVA_OPTS:-} -jar quarkus-run.jar
  cd - >/dev/null
}

service_wait() {
  local service=$1
  ta_wait_for "$service" 90 ta_http_ok "http://localhost:$((SERVICE_PORT[$service] + 1000))/q/health/ready"
}

# The web console: a backend for the browser on port 8080 (+ offset), signing people in through Keycloak (client
# ta-console) and calling the services' public APIs with their token; health on its port + 1000. An instance: the
# console, or a replica of it (web-console-1, -2) when the platform is balanced.
console_start() {
  local instance=${1:-$CONSOLE}
  if ta_is_running "$instance"; then
    ta_log "$instance already running (pid $(ta_pid "$instance"))"
    return 0
  fi
  local port=${SERVICE_PORT[$instance]}
  ta_port_free_or_die "$port" "$instance"
  cd "$TA_ROOT/$CONSOLE/target/quarkus-app"
  QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    TA_OIDC_URL="$REALM_URL" TA_SURVEY_URL="http://localhost:${SERVICE_PORT[survey-service]}" \
    TA_NEEDS_URL="http://localhost:${SERVICE_PORT[needs-service]}" \
    TA_REGISTRY_URL="http://localhost:${SERVICE_PORT[provider-registry-service]}" \
    TA_COORDINATION_URL="http://localhost:${SERVICE_PORT[coordination-service]}" \
    ta_spawn "$instance" "$JAVA_HOME/bin/java" -Xms32m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -XX:ReservedCodeCacheSize=48m -Xss512k ${TA_JAVA_OPTS:-} -jar quarkus-run.jar
  cd - >/dev/null
}

console_wait() {
  local instance=${1:-$CONSOLE}
  ta_wait_for "$instance" 90 ta_http_ok "http://localhost:$((SERVICE_PORT[$instance] + 1000))/q/health/ready"
}
