# shellcheck shell=bash
# Kafka in KRaft mode (one process, broker and controller) from its Maven Central jars.

KAFKA_HOME=$TA_CACHE/kafka-$KAFKA_VERSION
KAFKA_DATA=$TA_DATA/kafka

kafka_install() {
  [ -f "$KAFKA_HOME/.complete" ] && return 0
  ta_log "installing Kafka $KAFKA_VERSION (jars from Maven Central) into $KAFKA_HOME"
  rm -rf "$KAFKA_HOME"
  ta_mvnw -q -f "$TA_ROOT/deploy/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_HOME/lib" -DincludeScope=runtime >/dev/null
  touch "$KAFKA_HOME/.complete"
}

kafka_java() {
  "$JAVA_HOME/bin/java" -Xms128m -Xmx384m -XX:+UseSerialGC \
    -Dlog4j2.configurationFile="$TA_ROOT/deploy/kafka/log4j2.yaml" -cp "$KAFKA_HOME/lib/*" "$@"
}

kafka_init() {
  mkdir -p "$KAFKA_DATA/logs"
  sed -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    -e "s#@DATA_DIR@#$KAFKA_DATA/logs#g" "$TA_ROOT/deploy/kafka/server.properties.template" >"$KAFKA_DATA/server.properties"
  if [ ! -f "$KAFKA_DATA/cluster.id" ]; then
    # a Kafka cluster id is 16 random bytes in URL-safe base64 without padding (what StorageTool random-uuid prints)
    head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$KAFKA_DATA/cluster.id"
    # --cluster-id=: one id in 64 begins with "-", which the option parser would take for an option
    kafka_java kafka.tools.StorageTool format --cluster-id="$(cat "$KAFKA_DATA/cluster.id")" \
      -c "$KAFKA_DATA/server.properties" >>"$TA_LOGS/kafka.log" 2>&1
  fi
}

kafka_start() {
  if ta_is_running kafka; then
    ta_log "Kafka already running (pid $(ta_pid kafka))"
    return 0
  fi
  ta_port_free_or_die "$KAFKA_PORT" Kafka
  kafka_install
  kafka_init
  ta_spawn kafka "$JAVA_HOME/bin/java" -Xms128m -Xmx384m -XX:+UseSerialGC ${TA_JAVA_OPTS:-} \
    -Dlog4j2.configurationFile="$TA_ROOT/deploy/kafka/log4j2.yaml" -cp "$KAFKA_HOME/lib/*" \
    kafka.Kafka "$KAFKA_DATA/server.properties"
  ta_wait_for kafka 60 ta_port_open "$KAFKA_PORT"
}
