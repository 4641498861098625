# shellcheck shell=bash
# Keycloak from org.keycloak:keycloak-quarkus-dist on Maven Central, in dev mode on our PostgreSQL, with the realm
# ta-platform imported from deploy/keycloak/ta-platform-realm.json (skipped when the realm exists already).

KEYCLOAK_HOME=$TA_CACHE/keycloak-$KEYCLOAK_VERSION

keycloak_install() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  ta_log "installing Keycloak $KEYCLOAK_VERSION (keycloak-quarkus-dist from Maven Central) into $KEYCLOAK_HOME"
  local downloads=$TA_CACHE/downloads
  ta_mvnw -q dependency:copy -N -Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip \
    -DoutputDirectory="$downloads" >/dev/null
  rm -rf "$KEYCLOAK_HOME.tmp"
  mkdir -p "$KEYCLOAK_HOME.tmp"
  (cd "$KEYCLOAK_HOME.tmp" && "$JAVA_HOME/bin/jar" xf "$downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
  chmod +x "$KEYCLOAK_HOME.tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh # jar does not keep file modes
  mv "$KEYCLOAK_HOME.tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$KEYCLOAK_HOME.tmp"
}

keycloak_start() {
  if ta_is_running keycloak; then
    ta_log "Keycloak already running (pid $(ta_pid keycloak))"
    return 0
  fi
  ta_port_free_or_die "$KEYCLOAK_PORT" Keycloak
  keycloak_install
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$TA_ROOT/deploy/keycloak/ta-platform-realm.json" "$KEYCLOAK_HOME/data/import/"
  # JAVA_OPTS_KC_HEAP, not JAVA_OPTS: the latter would replace all of kc.sh's defaults
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" \
    ta_spawn keycloak "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-port="$KEYCLOAK_PORT" --hostname="$KEYCLOAK_URL" --import-realm \
    --db=postgres --db-url="jdbc:postgresql://localhost:$PG_PORT/keycloak" \
    --db-username=keycloak --db-password=keycloak
  ta_wait_for keycloak 240 ta_http_ok "$REALM_URL/.well-known/openid-configuration"
}
