#!/usr/bin/env bash
# Benchmarks the Native AOT API against a real redis-server, all on this machine, in one run:
#   1. GET / (trivial endpoint: the ceiling of this binary) and POST /api/metrics (ingest, one metric
#      per request), one after the other, BENCH_ROUNDS times (3): the ratio of each round, and its median,
#      compare the two under the same load of this noisy machine,
#   2. GET /api/metrics/summary over POINTS stored points of one type (uncached), per period.
# Prints a markdown table for BENCHMARKS.md. Needs wrk, redis-server, python3 (apt).
# Usage: bench/run.sh [DURATION_SECONDS=15] [POINTS=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
points=${2:-1000000}
connections=${BENCH_CONNECTIONS:-64}
rounds=${BENCH_ROUNDS:-3}

source scripts/local-services.sh

binary=artifacts/aot/Analytics.Api
if [ ! -x "$binary" ] || [ -n "${BENCH_REPUBLISH:-}" ]; then
  dotnet publish Analytics.Api -c Release -r linux-x64 -o artifacts/aot -nologo -v quiet
fi

# AOF as the AppHost's local mode runs it; BENCH_AOF=no measures without persistence.
if [ "${BENCH_AOF:-yes}" = no ]; then start_redis --appendonly no; else start_redis --appendonly yes --appendfsync everysec; fi

start_api "$binary" Logging__LogLevel__Default=Warning RATE_LIMIT_REQUESTS=1000000 RATE_LIMIT_WINDOW_SECONDS=1

base="http://127.0.0.1:$api_port"
field() { echo "$1" | grep -o "$2=[^ ]*" | cut -d= -f2; }
run_wrk() { # name threads connections seconds url [script]
  local name=$1 threads=$2 conns=$3 secs=$4 url=$5 script=${6:-}
  local lua=bench/wrk/report.lua
  if [ -n "$script" ]; then
    # wrk takes one script: concatenate the request setup with the reporter.
    lua="$work/$name.lua"
    cat "$script" bench/wrk/report.lua >"$lua"
  fi
  wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s "$lua" "$url" | tee "$work/$name.out" >&2
  grep '^RESULT' "$work/$name.out" | sed "s/^RESULT/$name/"
}

echo "== warm-up" >&2
wrk -t2 -c16 -d3s "$base/" >/dev/null
wrk -t2 -c16 -d3s -s bench/wrk/ingest.lua "$base/api/metrics" >/dev/null

rows=(); ratios=()
for round in $(seq 1 "$rounds"); do
  trivial=$(run_wrk "trivial_$round" 2 "$connections" "$duration" "$base/")
  ingest=$(run_wrk "ingest_$round" 2 "$connections" "$duration" "$base/api/metrics" bench/wrk/ingest.lua)
  rows+=("$trivial" "$ingest")
  ratios+=("$(python3 -c "print(f'{$(field "$ingest" rps) / $(field "$trivial" rps):.2f}')")")
done

echo "== loading $points points" >&2
load=$(python3 bench/load_points.py 127.0.0.1 "$api_port" bench_summary "$points" 48)
echo "$load" >&2
summaries=()
for period in hourly daily all; do
  summaries+=("$(run_wrk "summary_$period" 1 1 "$duration" "$base/api/metrics/summary?type=bench_summary&period=$period")")
done
count=$(curl -fs "$base/api/metrics/summary?type=bench_summary&period=all" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
rss_kb=$(ps -o rss= -p "$api_pid" | tr -d ' ')
redis_mem=$(redis-cli -p "$redis_port" info memory | grep '^used_memory_human' | cut -d: -f2 | tr -d '\r')

median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : sprintf("%.2f", (a[NR/2]+a[NR/2+1])/2)}')

echo
echo "| measurement | req/s | p50 ms | p99 ms | errors / non-2xx |"
echo "|---|---|---|---|---|"
for line in "${rows[@]}" "${summaries[@]}"; do
  name=${line%% *}
  echo "| $name | $(field "$line" rps) | $(field "$line" p50_ms) | $(field "$line" p99_ms) | $(field "$line" errors) / $(field "$line" non2xx) |"
done
echo
echo "ingest / trivial per round = $(IFS=,; echo "${ratios[*]}" | sed 's/,/, /g'), median $median; summary count = $count; $load; API RSS ${rss_kb} KiB; Redis used_memory $redis_mem"
