#!/usr/bin/env bash
# supervise.sh NAME PIDS_DIR COMMAND...: runs COMMAND and runs it again whenever it dies, unless the launcher is
# stopping it (PIDS_DIR/NAME.stop). The command's PID goes to PIDS_DIR/NAME.pid (what the launcher stops and what
# ./platform status shows), the number of restarts to PIDS_DIR/NAME.restarts. Backoff: 1 s, doubling to 30 s, back to
# 1 s once the command has run for a minute. Output goes where this script's goes (the component's log).
set -uo pipefail
name=$1 pids=$2
shift 2
restarts=0 backoff=1 child=
echo $$ >"$pids/$name.supervisor"
echo 0 >"$pids/$name.restarts"
stop() {
  touch "$pids/$name.stop"
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null
}
trap stop TERM INT
while :; do
  # the launcher's records are gone (down --wipe) or name another supervisor: this one is no longer wanted
  [ "$(cat "$pids/$name.supervisor" 2>/dev/null)" = "$$" ] || break
  started=$SECONDS
  "$@" &
  child=$!
  echo "$child" >"$pids/$name.pid"
  status=0
  # a trapped signal ends 'wait' early: wait until the command itself is gone
  while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    status=$?
  done
  [ -f "$pids/$name.stop" ] && break
  [ $((SECONDS - started)) -ge 60 ] && backoff=1
  restarts=$((restarts + 1))
  echo "$restarts" >"$pids/$name.restarts"
  echo "[$(date +%T)] supervisor: $name exited (status $status); restart $restarts in $backoff s"
  sleep "$backoff" &
  wait $! 2>/dev/null
  [ -f "$pids/$name.stop" ] && break
  backoff=$((backoff * 2 > 30 ? 30 : backoff * 2))
done
[ "$(cat "$pids/$name.supervisor" 2>/dev/null)" = "$$" ] && rm -f "$pids/$name.supervisor"
