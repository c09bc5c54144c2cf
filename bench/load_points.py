#!/usr/bin/env python3
"""Loads N points of one metric type through POST /api/metrics/batch (1000 per request),
spread evenly over the last H hours, values in 0..100. Prints the load rate."""
import http.client, json, random, sys, time
from datetime import datetime, timedelta, timezone

host, port, mtype, points, hours = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
rng = random.Random(7)
now = datetime.now(timezone.utc)
span_ms = int(hours * 3600 * 1000)
conn = http.client.HTTPConnection(host, port, timeout=30)
started = time.time()
for offset in range(0, points, 1000):
    items = []
    for i in range(offset, min(points, offset + 1000)):
        ts = now - timedelta(milliseconds=span_ms * i // points)
        items.append({"timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z",
                      "value": round(rng.uniform(0, 100), 3), "type": mtype})
    conn.request("POST", "/api/metrics/batch", json.dumps(items), {"Content-Type": "application/json"})
    response = conn.getresponse()
    body = response.read()
    if response.status != 201:
        sys.exit(f"batch at {offset} answered {response.status}: {body[:300]!r}")
elapsed = time.time() - started
print(f"loaded {points} points in {elapsed:.1f} s ({points / elapsed:.0f} points/s)")
