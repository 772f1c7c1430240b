#!/usr/bin/env bash
# USSD hops/s of VoicePact against the peer (ussd-menu-builder 1.2.0 on Express 4, in-memory sessions;
# ../shared/bench/peer-ussd or PEER_DIR), with the peer's own wrk script (hop.lua: 5,000 sessions, texts
# "", "1", "1*0", "4", one caller who has two contracts, as the peer's screen shows), alternating in one run.
# Usage: [ROUNDS=3] [SECONDS_PER_ROUND=15] [CONNECTIONS=50] [DBS="h2 postgres"] [JARS="a.jar b.jar"] bench/ussd-vs-peer.sh
# Prints one line per round and target: hops/s, p50, p99, non-2xx/total, and the ratio to the peer's round.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk; need node nodejs; need npm npm
ROUNDS=${ROUNDS:-3}; DURATION=${SECONDS_PER_ROUND:-15}; CONNECTIONS=${CONNECTIONS:-50}
DBS=${DBS:-"h2 postgres"}; JARS=${JARS:-$JAR}
PEER_SRC=${PEER_DIR:-$BENCH_ROOT/../shared/bench/peer-ussd}
PEER=$(mktemp -d); cp "$PEER_SRC"/server.js "$PEER_SRC"/hop.lua "$PEER"/
(cd "$PEER" && npm install --silent ussd-menu-builder@1.2.0 express@4 >/dev/null 2>&1)
build_jar
OUT=$(mktemp -d)
cleanup() { stop_service; stop_postgres; [ -n "${PEER_PID:-}" ] && kill "$PEER_PID" 2>/dev/null; rm -rf "$PEER"; }
trap cleanup EXIT
PORT=3900 node "$PEER/server.js" & PEER_PID=$!
sleep 1
drive() { # name url
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$PEER/hop.lua" "$2/api/v1/ussd/" > "$OUT/wrk.txt" 2>&1
  set -- "$1" $(wrk_summary "$OUT/wrk.txt")
  echo "$1 $2 $3 $4 $5"
}
warm() { wrk -t2 -c"$CONNECTIONS" -d5s -s "$PEER/hop.lua" "$1/api/v1/ussd/" >/dev/null 2>&1; }
warm http://127.0.0.1:3900
printf "%-40s %10s %9s %9s %16s %7s\n" target hops/s p50 p99 non-2xx/total ratio
for db in $DBS; do
  for jar in $JARS; do
    [ "$db" = postgres ] && start_postgres 15432 && url=$PG_URL || url=h2
    JAR=$jar start_service 18092 "$url" ${JAVA_OPTS:-}
    seed_contract 18092 +254712345678 +254722000111; seed_contract 18092 +254712345678 +254733000222
    warm http://127.0.0.1:18092
    name="$(basename "$jar" .jar) on $db"
    for round in $(seq "$ROUNDS"); do
      read -r _ peer_rps peer_p50 peer_p99 peer_bad <<<"$(drive peer http://127.0.0.1:3900)"
      read -r _ rps p50 p99 bad <<<"$(drive vp http://127.0.0.1:18092)"
      printf "%-40s %10s %9s %9s %16s\n" "peer (round $round)" "$peer_rps" "$peer_p50" "$peer_p99" "$peer_bad"
      printf "%-40s %10s %9s %9s %16s %7s\n" "$name (round $round)" "$rps" "$p50" "$p99" "$bad" \
        "$(awk -v a="$rps" -v b="$peer_rps" 'BEGIN{printf "%.2fx", a/b}')"
    done
    echo "errors in the service log: $(grep -c ' ERROR ' "$SERVICE_DIR/service.log" || true)"
    stop_service; stop_postgres
  done
done
