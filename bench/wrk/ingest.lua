-- POST one metric per request; the timestamp is fixed at start so every request does the same work.
local now = os.date("!%Y-%m-%dT%H:%M:%SZ")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"timestamp":"' .. now .. '","value":42.5,"type":"bench_ingest"}'
