# shellcheck shell=bash
# Demonstration data, loaded once per instance through the public APIs with real tokens (deploy/demo/README.md).

# ta_token USER: an access token for a demo user (password grant on the ta-cli client; demo passwords = user names)
ta_token() {
  curl -fsS --max-time 10 -d grant_type=password -d client_id=ta-cli -d client_secret=ta-cli-secret \
    -d username="$1" -d password="$1" "$REALM_URL/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# demo_call TOKEN METHOD PATH [BODY_FILE] [IF_MATCH]: calls survey-service; sets DEMO_BODY, DEMO_ETAG; fails on >= 300
demo_call() {
  local token=$1 method=$2 path=$3 body=${4:-} if_match=${5:-} headers status
  headers=$(mktemp)
  local arguments=(-sS --max-time 20 -X "$method" -D "$headers" -o "$TA_LOGS/demo-last.json" -w '%{http_code}'
    -H "Authorization: Bearer $token")
  [ -n "$body" ] && arguments+=(-H 'Content-Type: application/json' --data-binary "@$body")
  [ -n "$if_match" ] && arguments+=(-H "If-Match: $if_match")
  status=$(curl "${arguments[@]}" "${DEMO_BASE:-http://localhost:${SERVICE_PORT[survey-service]}}$path") \
    || ta_die "demo data: $method $path failed (curl exit $?; log: $TA_LOGS/survey-service.log)"
  DEMO_BODY=$(cat "$TA_LOGS/demo-last.json")
  DEMO_ETAG=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\([^[:space:]]*\).*/\1/p' "$headers")
  rm -f "$headers"
  if [ "$status" -ge 300 ]; then
    ta_die "demo data: $method $path answered $status: $DEMO_BODY"
  fi
}

# the first "id" of the last answer (the resource's own id: it comes first in every view)
demo_id() { printf '%s' "$DEMO_BODY" | sed -n 's/^[^{]*{"id":"\([^"]*\)".*/\1/p'; }

# demo_upload TOKEN PATH FILE: posts a CSV file to survey-service; sets DEMO_BODY; fails on >= 300
demo_upload() {
  local token=$1 path=$2 file=$3 status
  status=$(curl -sS --max-time 60 -X POST -o "$TA_LOGS/demo-last.json" -w '%{http_code}' \
    -H "Authorization: Bearer $token" -H "Content-Type: ${DEMO_CONTENT_TYPE:-text/csv}" --data-binary "@$file" \
    "${DEMO_BASE:-http://localhost:${SERVICE_PORT[survey-service]}}$path") \
    || ta_die "demo data: upload of $file failed (curl exit $?; log: $TA_LOGS/survey-service.log)"
  DEMO_BODY=$(cat "$TA_LOGS/demo-last.json")
  [ "$status" -lt 300 ] || ta_die "demo data: POST $path answered $status: $DEMO_BODY"
}

# demo_await_job TOKEN PATH WHAT: polls an import job (bounded: 2 minutes) until it is DONE; fails if it FAILED
demo_await_job() {
  local token=$1 path=$2 what=$3 status waited=0
  while :; do
    demo_call "$token" GET "$path"
    status=$(printf '%s' "$DEMO_BODY" | sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p')
    [ "$status" = DONE ] && return 0
    [ "$status" = FAILED ] && ta_die "demo data: $what failed: $DEMO_BODY"
    [ "$waited" -ge 240 ] && ta_die "demo data: $what did not finish in 2 minutes: $DEMO_BODY"
    sleep 0.5
    waited=$((waited + 1))
  done
}

# The two reporting cycles of the 2009 overview of needs (seed 004), as they would have been run here: each opened,
# answered through a bulk import of the States' answers (submitted), and closed, naming its non-respondents
# (deploy/demo/overview-2009/README.md).
demo_overview_2009() {
  local coordinator=$1 overview=$TA_ROOT/deploy/demo/overview-2009 number cycle
  for number in 1 2; do
    demo_call "$coordinator" POST /api/v1/cycles "$overview/cycle-$number.json"
    cycle=$(demo_id)
    demo_upload "$coordinator" "/api/v1/imports?cycleId=$cycle&submit=true&fileName=cycle-$number.answers.csv" \
      "$overview/cycle-$number.answers.csv"
    demo_await_job "$coordinator" "/api/v1/imports/$(demo_id)" "the import of cycle $number"
    printf '%s' "$DEMO_BODY" | grep -q '"countriesRejected":0,' \
      || ta_die "demo data: the import of cycle $number rejected countries: $DEMO_BODY"
    demo_call "$coordinator" GET "/api/v1/cycles/$cycle"
    demo_call "$coordinator" POST "/api/v1/cycles/$cycle/close" "" "$DEMO_ETAG"
  done
  demo_manual_needs "$coordinator" "$cycle" "$overview/manual-needs.jsonl"
}

# demo_manual_needs TOKEN CYCLE FILE: the needs the overview quotes from two States it also lists as having answered
# no questionnaire, recorded by the Secretariat in needs-service (source MANUAL) in the second cycle, once
# needs-service has heard of the cycle (bounded wait: the cycle reaches it as an event)
demo_manual_needs() {
  local token=$1 cycle=$2 file=$3 body line status tries
  body=$(mktemp)
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    printf '%s' "$line" | sed "s/^{/{\"cycleId\": \"$cycle\", /" >"$body"
    tries=0
    while :; do
      status=$(curl -sS --max-time 20 -o "$TA_LOGS/demo-last.json" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$body" \
        "http://localhost:${SERVICE_PORT[needs-service]}/api/v1/needs") || status=000
      [ "$status" -lt 300 ] && [ "$status" != 000 ] && break
      tries=$((tries + 1))
      grep -q 'not a reporting cycle' "$TA_LOGS/demo-last.json" 2>/dev/null && [ "$tries" -lt 60 ] \
        || ta_die "demo data: POST /api/v1/needs (needs-service) answered $status: $(cat "$TA_LOGS/demo-last.json")"
      sleep 1
    done
  done <"$file"
  rm -f "$body"
}

# The registry: thirteen organisations (UNODC, its field offices as its units, the demo users' among them), then 300 TA activities imported as an IATI 2.03
# activity file through the registry's own import (deploy/demo/registry/README.md).
# demo_capabilities TOKEN FILE SCRATCH: each line {"organisation": ID, "capabilities": [...]} replaces that
# organisation's capabilities (PUT with the organisation's ETag), so that matching has something to match
demo_capabilities() {
  local token=$1 file=$2 body=$3 line organisation base="http://localhost:${SERVICE_PORT[provider-registry-service]}"
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    organisation=$(printf '%s' "$line" | sed -n 's/^{"organisation": "\([^"]*\)".*/\1/p')
    printf '%s' "$line" | sed 's/^{"organisation": "[^"]*", "capabilities": \(.*\)}$/\1/' >"$body"
    DEMO_BASE=$base demo_call "$token" GET "/api/v1/organisations/$organisation"
    DEMO_BASE=$base demo_call "$token" PUT "/api/v1/organisations/$organisation/capabilities" "$body" "$DEMO_ETAG"
  done <"$file"
}

# demo_evaluations TOKEN FILE: each line of the file is a TA subtype and an evaluation; the evaluation goes to a
# closed activity of that subtype (a lesson about the subject it was learnt on)
demo_evaluations() {
  local token=$1 file=$2 body id line subtype base="http://localhost:${SERVICE_PORT[provider-registry-service]}"
  body=$(mktemp)
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    subtype=${line%% *}
    DEMO_BASE=$base demo_call "$token" GET "/api/v1/activities?status=4&taSubtype=$subtype&limit=1"
    id=$(printf '%s' "$DEMO_BODY" | grep -o '"activityId":"[^"]*"' | head -1 | sed 's/.*:"\([^"]*\)"/\1/')
    [ -n "$id" ] || ta_die "demo data: no closed activity of $subtype to attach its evaluation to"
    printf '%s' "${line#* }" >"$body"
    DEMO_BASE=$base demo_call "$token" POST "/api/v1/activities/$id/evaluation" "$body"
  done <"$file"
  rm -f "$body"
}

demo_registry() {
  local coordinator=$1 registry=$TA_ROOT/deploy/demo/registry body
  body=$(mktemp)
  while IFS= read -r organisation; do
    [ -n "$organisation" ] || continue
    printf '%s' "$organisation" >"$body"
    DEMO_BASE="http://localhost:${SERVICE_PORT[provider-registry-service]}" \
      demo_call "$coordinator" POST /api/v1/organisations "$body"
  done <"$registry/organisations.jsonl"
  demo_capabilities "$coordinator" "$registry/capabilities.jsonl" "$body"
  # the directory of competent national authorities: fourteen States, some entries stale (confirmed over a year ago)
  while IFS= read -r authority; do
    [ -n "$authority" ] || continue
    printf '%s' "$authority" >"$body"
    DEMO_BASE="http://localhost:${SERVICE_PORT[provider-registry-service]}" \
      demo_call "$coordinator" POST /api/v1/competent-authorities "$body"
  done <"$registry/authorities.jsonl"
  # the catalogue of TA tools: twenty tools in one to six languages (the rest is the translation backlog)
  while IFS= read -r tool; do
    [ -n "$tool" ] || continue
    printf '%s' "$tool" >"$body"
    DEMO_BASE="http://localhost:${SERVICE_PORT[provider-registry-service]}" \
      demo_call "$coordinator" POST /api/v1/tools "$body"
  done <"$registry/tools.jsonl"
  rm -f "$body"
  DEMO_BASE="http://localhost:${SERVICE_PORT[provider-registry-service]}" DEMO_CONTENT_TYPE=application/xml \
    demo_upload "$coordinator" "/api/v1/iati/imports?fileName=activities.xml" "$registry/activities.xml"
  DEMO_BASE="http://localhost:${SERVICE_PORT[provider-registry-service]}" \
    demo_await_job "$coordinator" "/api/v1/iati/imports/$(demo_id)" "the IATI import"
  printf '%s' "$DEMO_BODY" | grep -q '"rejected":0,' || ta_die "demo data: the IATI import rejected activities: $DEMO_BODY"
  demo_evaluations "$coordinator" "$registry/evaluations.jsonl"
}

# demo_funding TOKEN: what meeting four of Kenya's needs would cost (requirements agreed in coordination) and two
# donors' pledges to three of them, so that coordination's funding view shows required against funded
demo_funding() {
  local token=$1 body ids id n=0 tries=0 coordination="http://localhost:${SERVICE_PORT[coordination-service]}"
  body=$(mktemp)
  # the needs reach coordination as events: wait for Kenya's (bounded)
  while :; do
    DEMO_BASE=$coordination demo_call "$token" GET /api/v1/funding/countries/KEN
    ids=$(printf '%s' "$DEMO_BODY" | grep -o '"needId":"[^"]*"' | sed 's/.*:"\([^"]*\)"/\1/' | head -4)
    [ -n "$ids" ] && break
    tries=$((tries + 1))
    [ "$tries" -lt 60 ] || ta_die "demo data: coordination-service holds no need of Kenya to fund"
    sleep 1
  done
  for id in $ids; do
    n=$((n + 1))
    printf '{"amount": %d, "currency": "USD", "note": "Costed with the national focal point: workshops, expert missions and materials"}' \
      $((60000 + n * 60000)) >"$body"
    DEMO_BASE=$coordination demo_call "$token" PUT "/api/v1/needs/$id/requirement" "$body"
    case $n in
      1 | 2) printf '{"donor": "XI-IATI-NORLANDMFA", "country": "KEN", "needId": "%s", "amount": %d, "currency": "USD", "status": "PLEDGED"}' \
        "$id" $((n * 40000)) >"$body" ;;
      3) printf '{"donor": "XI-IATI-SUDLANDAID", "country": "KEN", "needId": "%s", "amount": 90000, "currency": "USD", "status": "COMMITTED"}' \
        "$id" >"$body" ;;
      *) continue ;;
    esac
    DEMO_BASE="http://localhost:${SERVICE_PORT[provider-registry-service]}" demo_call "$token" POST /api/v1/pledges "$body"
  done
  rm -f "$body"
}

demo_load() {
  local marker=$TA_DATA/demo-data.loaded demo=$TA_ROOT/deploy/demo coordinator file name user country instrument
  local action token cycle response create
  if [ -f "$marker" ]; then
    ta_log "demonstration data already loaded"
    return 0
  fi
  coordinator=$(ta_token coordinator)
  [ -n "$coordinator" ] || ta_die "no token for the demo coordinator"
  for file in "$demo"/questionnaires/*.json; do
    demo_call "$coordinator" POST /api/v1/questionnaires "$file"
    demo_call "$coordinator" POST "/api/v1/questionnaires/$(demo_id)/publish" "" "$DEMO_ETAG"
  done
  demo_call "$coordinator" POST /api/v1/states-parties "$demo/states-parties.json"
  demo_overview_2009 "$coordinator"
  demo_registry "$coordinator"
  demo_call "$coordinator" POST /api/v1/cycles "$demo/cycle.json"
  cycle=$(demo_id)
  create=$(mktemp)
  for file in "$demo"/responses/*.json; do
    name=$(basename "$file" .json)
    IFS=. read -r user country instrument action <<<"$name"
    token=$(ta_token "$user")
    [ -n "$token" ] || ta_die "no token for demo user $user"
    printf '{"cycleId": "%s", "country": "%s", "instrument": "%s", "language": "en"}' \
      "$cycle" "$country" "$instrument" >"$create"
    demo_call "$token" POST /api/v1/responses "$create"
    response=$(demo_id)
    demo_call "$token" PUT "/api/v1/responses/$response/answers" "$file" "$DEMO_ETAG"
    [ "$action" = submit ] && demo_call "$token" POST "/api/v1/responses/$response/submit" "" "$DEMO_ETAG"
  done
  rm -f "$create"
  demo_funding "$coordinator"
  touch "$marker"
  ta_log "demonstration data loaded: the article-by-article checklists of the four instruments in six languages, the two closed cycles of "\
"the 2009 overview (149 States parties, 431 responses), 13 organisations and 300 activities in the registry, an open "\
"cycle, responses of KEN, COL and PHL (their needs flow on as events), requirements and pledges for four of Kenya's needs"
}
