# Sourced by scripts that run the API and a redis-server of their own on 127.0.0.1.
# Gives them a scratch folder ($work), start_redis, and a trap that stops both by PID and cleans up.

work=$(mktemp -d)
redis_pid=""; redis_port=""; api_pid=""

stop_local_services() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null || true
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop_local_services EXIT

# start_redis [extra redis-server flags...]: a redis-server on a free port, data in $work; waits for PING.
start_redis() {
  redis_port=$(scripts/free-port.sh)
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$work" --save "" "$@" >"$work/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && return 0; sleep 0.05; done
  cat "$work/redis.log" >&2
  echo "redis-server did not answer PING" >&2
  return 1
}

# start_api BINARY [NAME=value...]: the API against the redis-server above, on $api_port (a free port
# unless set), with the given extra environment; waits until GET /health answers 200 (its body in
# $api_health) and fails with the API's log if the process exits or never answers.
start_api() {
  local binary=$1; shift
  api_port=${api_port:-$(scripts/free-port.sh)}
  env ConnectionStrings__cache="127.0.0.1:$redis_port" ASPNETCORE_URLS="http://127.0.0.1:$api_port" "$@" \
    "$binary" >"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 1000); do
    if api_health=$(curl -fsS -m 1 "http://127.0.0.1:$api_port/health" 2>/dev/null); then return 0; fi
    kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log" >&2; echo "the API exited" >&2; return 1; }
    sleep 0.01
  done
  cat "$work/api.log" >&2
  echo "the API did not answer GET /health" >&2
  return 1
}
