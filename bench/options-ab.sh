#!/usr/bin/env bash
# USSD hops/s of one jar under two sets of JVM options, alternating in one run (e.g. whether C1-only JIT,
# -XX:TieredStopAtLevel=1, costs throughput). Each round restarts the service on the embedded default, seeds
# 50 phones' contracts, warms up 10 s with bench/ussd.lua, then measures with it.
# Usage: [ROUNDS=3] [SECONDS_PER_ROUND=20] [CONNECTIONS=50] bench/options-ab.sh "OPTIONS A" "OPTIONS B"
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
ROUNDS=${ROUNDS:-3}; DURATION=${SECONDS_PER_ROUND:-20}; CONNECTIONS=${CONNECTIONS:-50}; PORT=18114
build_jar
OUT=$(mktemp -d)
trap 'stop_service; rm -rf "$OUT"' EXIT
printf "%-70s %5s %10s %9s %9s %14s %7s\n" options round hops/s p50 p99 non-2xx/total rss_mb
for round in $(seq "$ROUNDS"); do
  for opts in "$1" "$2"; do
    start_service $PORT h2 $opts
    for i in $(seq 0 49); do seed_contract $PORT "$(printf '+2547120000%02d' "$i")" +254722000111; done
    wrk -t2 -c"$CONNECTIONS" -d10s -s "$BENCH_ROOT/bench/ussd.lua" "http://127.0.0.1:$PORT/api/v1/ussd/" >/dev/null 2>&1
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH_ROOT/bench/ussd.lua" \
      "http://127.0.0.1:$PORT/api/v1/ussd/" > "$OUT/wrk.txt" 2>&1
    rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVICE_PID/status")
    read -r rps p50 p99 bad <<<"$(wrk_summary "$OUT/wrk.txt")"
    printf "%-70s %5s %10s %9s %9s %14s %7s\n" "${opts:-(none)}" "$round" "$rps" "$p50" "$p99" "$bad" "$rss"
    stop_service
  done
done
