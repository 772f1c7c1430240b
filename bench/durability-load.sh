#!/usr/bin/env bash
# What durable commits cost on the embedded default: contract creations (one transaction each) against
# the runnable jar on an H2 file with WRITE_DELAY=0 (the default since issue 10) and, for comparison,
# on the same H2 URL without it (H2's own default: commits written by a background thread about once a
# second, lost on kill -9). The second run uses DATABASE_URL to pass that URL.
# The two alternate ROUNDS times (default 2), so that other load on the machine hits both alike.
# Usage: [ROUNDS=n] bench/durability-load.sh [seconds] [clients...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-20}
shift || true
CLIENTS=${*:-1 8}
PORT=18091
KEY=bench-operator-key
JAR=bootstrap/target/voicepact-bootstrap-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
run() { # name, extra env...
  local name=$1; shift
  local data; data=$(mktemp -d)
  env VOICEPACT_DATA_DIR="$data" MICRONAUT_SERVER_PORT=$PORT VOICEPACT_SANDBOX_PORT=0 \
      VOICEPACT_API_KEYS="$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)" \
      VOICEPACT_AUDIT_KEY=bench-audit-key-of-at-least-thirty-two-bytes "$@" \
      java -Xmx1g -jar "$JAR" > "$data/service.log" 2>&1 &
  local pid=$!
  for _ in $(seq 120); do curl -s -o /dev/null "localhost:$PORT/health" && break; sleep 0.5; done
  for c in $CLIENTS; do
    echo -n "$name: "; java bench/CommitLoad.java "http://127.0.0.1:$PORT" "$KEY" "$SECONDS_TO_RUN" "$c"
  done
  kill $pid; wait $pid || true
  rm -rf "$data"
}
for round in $(seq "${ROUNDS:-2}"); do
  echo "round $round"
  run "WRITE_DELAY=0 (default)"
  H2_URL_DIR=$(mktemp -d)
  run "H2 background writes   " DATABASE_URL="jdbc:h2:file:$H2_URL_DIR/voicepact;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      DATABASE_USERNAME=sa
  rm -rf "$H2_URL_DIR"
done
