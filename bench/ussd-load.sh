#!/usr/bin/env bash
# USSD latency under load: starts the service on its embedded default (H2) with a fresh data
# directory, gives 50 phones a contract each, then drives USSD hops with wrk. Needs Debian's wrk.
# Usage: bench/ussd-load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-30}
CONNECTIONS=${2:-50}
PORT=18090
DATA=$(mktemp -d)
command -v wrk >/dev/null || { echo "install wrk first (apt-get install wrk)"; exit 1; }
[ -f bootstrap/target/voicepact-bootstrap-0.1.0-SNAPSHOT.jar ] || mvn -B -q -DskipTests package
VOICEPACT_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT=$PORT VOICEPACT_SANDBOX_PORT=0 \
  java -Xmx1g -jar bootstrap/target/voicepact-bootstrap-0.1.0-SNAPSHOT.jar > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; [ -n "${KEEP_LOG:-}" ] && cp "$DATA/service.log" "$KEEP_LOG"' EXIT
for _ in $(seq 60); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 1; done
KEY=$(cat "$DATA/operator-api-key")
for i in $(seq 0 49); do
  phone=$(printf "+2547120000%02d" "$i")
  curl -sf -X POST "localhost:$PORT/api/v1/contracts/create" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
    -d "{\"parties\":[{\"phone\":\"$phone\",\"role\":\"buyer\"},{\"phone\":\"+254722000111\",\"role\":\"seller\"}],
         \"terms\":{\"product\":\"Maize\",\"quantity\":10,\"unit\":\"bags\",\"unit_price\":900,\"currency\":\"KES\"}}" >/dev/null
done
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency -s bench/ussd.lua "http://127.0.0.1:$PORT" | tee "$DATA/wrk.txt"
echo "errors in the service log: $(grep -c ' ERROR ' "$DATA/service.log" || true)"
