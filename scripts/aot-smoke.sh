#!/usr/bin/env bash
# Publishes the API as a Native AOT binary (zero warnings) and checks it for real: start it against a
# real redis-server, wait for GET /health to answer healthy with redis_connected true.
# Prints the binary's size and its time from exec to the first 200.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/local-services.sh
out=artifacts/aot

echo "== AOT publish of Analytics.Api"
dotnet publish Analytics.Api -c Release -r linux-x64 -o "$out" -nologo -clp:NoSummary | tee "$work/publish.log"
if grep -Ei "warning (IL|AOT|CS|NU)[0-9]+" "$work/publish.log"; then
  echo "AOT publish printed warnings" >&2
  exit 1
fi
binary="$out/Analytics.Api"
[ -x "$binary" ] || { echo "no native binary at $binary" >&2; exit 1; }
file "$binary" 2>/dev/null || true

start_redis --appendonly no

api_port=$(scripts/free-port.sh)
start_ns=$(date +%s%N)
start_api "$binary"
first_200_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
body=$api_health

echo "health: $body"
echo "$body" | grep -q '"status":"healthy"' || { cat "$work/api.log"; echo "not healthy" >&2; exit 1; }
echo "$body" | grep -q '"redis_connected":true' || { cat "$work/api.log"; echo "redis not connected" >&2; exit 1; }
root=$(curl -fsS -m 2 "http://127.0.0.1:$api_port/")
echo "root: $root"
echo "$root" | grep -q '"name":"Resilient Analytics API"' || { echo "unexpected root body" >&2; exit 1; }

# No stub runs here: the external call must answer the contract's fallback (200), never a 500.
external=$(curl -fsS -m 5 "http://127.0.0.1:$api_port/api/external")
echo "external: $external"
echo "$external" | grep -q '"status":"fallback"' || { cat "$work/api.log"; echo "no fallback from /api/external" >&2; exit 1; }
breaker=$(curl -fsS -m 2 "http://127.0.0.1:$api_port/api/circuit-breaker/status")
echo "breaker: $breaker"
echo "$breaker" | grep -q '"state":"CLOSED"' || { echo "unexpected breaker status" >&2; exit 1; }

# The metrics path and its problem answers, which serialize through the source-generated context.
expect_status() { # expected-status description curl-args...
  local expected=$1 what=$2; shift 2
  local status
  status=$(curl -sS -m 5 -o "$work/answer" -w '%{http_code}' "$@")
  echo "$what: $status $(head -c 300 "$work/answer")"
  [ "$status" = "$expected" ] || { cat "$work/api.log"; echo "$what: expected $expected" >&2; exit 1; }
}
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
metrics="http://127.0.0.1:$api_port/api/metrics"
expect_status 201 "post metric" -H 'Content-Type: application/json' -d "{\"timestamp\":\"$now\",\"value\":75.5,\"type\":\"aot_smoke\"}" "$metrics"
expect_status 200 "summary" "$metrics/summary?type=aot_smoke&period=hourly"
grep -q '"count":1' "$work/answer" || { echo "summary does not count the metric" >&2; exit 1; }
expect_status 422 "invalid metric" -H 'Content-Type: application/json' -d '{"value":"x"}' "$metrics"
grep -q '"errors"' "$work/answer" || { echo "422 without errors" >&2; exit 1; }
expect_status 400 "malformed json" -H 'Content-Type: application/json' -d '{bad' "$metrics"
expect_status 200 "list" "$metrics/list?type=aot_smoke"
expect_status 200 "docs" -L "http://127.0.0.1:$api_port/docs"

size_bytes=$(stat -c %s "$binary")
rss_kb=$(ps -o rss= -p "$api_pid" | tr -d ' ')
echo "AOT smoke: OK; binary $((size_bytes / 1024 / 1024)) MiB ($size_bytes bytes), first 200 after ${first_200_ms} ms, RSS ${rss_kb} KiB"
