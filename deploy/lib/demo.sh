# shellcheck shell=bash
# Demonstration data, loaded once per instance through the public APIs with real tokens.

# ta_token USER: an access token for a demo user (password grant on the ta-cli client; demo passwords = user names)
ta_token() {
  curl -fsS --max-time 10 -d grant_type=password -d client_id=ta-cli -d client_secret=ta-cli-secret \
    -d username="$1" -d password="$1" "$REALM_URL/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

demo_load() {
  local marker=$TA_DATA/demo-data.loaded file user token status
  if [ -f "$marker" ]; then
    ta_log "demonstration data already loaded"
    return 0
  fi
  for file in "$TA_ROOT"/deploy/demo/focal-*.json; do
    user=$(basename "$file" .json)
    token=$(ta_token "$user")
    [ -n "$token" ] || ta_die "no token for demo user $user"
    status=$(curl -sS -o "$TA_LOGS/demo-$user.json" -w '%{http_code}' --max-time 10 \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$file" \
      "http://localhost:${SERVICE_PORT[survey-service]}/api/v1/responses")
    [ "$status" = 201 ] || ta_die "demo response of $user was refused ($status): $(cat "$TA_LOGS/demo-$user.json")"
  done
  touch "$marker"
  ta_log "demonstration data loaded: survey responses of KEN, COL and PHL (their needs flow on as events)"
}
