#!/usr/bin/env bash
# USSD hops/s of VoicePact against the peer (ussd-menu-builder 1.2.0 on Express 4, in-memory sessions;
# ../shared/bench/peer-ussd or PEER_DIR), same wrk script against both, alternating rounds in one run.
# Two scripts:
#   peer: the peer's own hop.lua (5,000 session ids, texts "", "1", "1*0", "4"; one caller, +254712345678, who has
#         two contracts, as the peer's screen shows). Each session id always gets the same text, so after the first
#         5,000 requests every hop is a resend of the one before it on that session (VoicePact answers the stored
#         screen, as for AT's resends; the peer runs its menu again).
#   real: bench/ussd.lua, sessions of two new hops each (main menu, then "1": the caller's contracts) over PHONES
#         callers with a contract each; no hop is a resend.
# Each target is warmed WARMUP seconds first (the JVM's JIT needs ~30 s on 2 cores; node too is warmed alike).
# Usage: [ROUNDS=3] [SECONDS_PER_ROUND=15] [WARMUP=30] [CONNECTIONS=50] [PHONES=1000] [SCRIPTS="peer real"]
#        [DBS="h2 postgres"] [JARS="a.jar b.jar"] [JAVA_OPTS=...] [LEAN_OPTS=...] bench/ussd-vs-peer.sh
# LEAN_OPTS: run each jar a second time with these JVM options instead of JAVA_OPTS (e.g. the README's lean ones,
# "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmx192m"; class-data sharing only changes the start).
# Ports: PEER_PORT (3900), SERVICE_PORT (18092), PG_PORT (15432). The peer comes from PEER_DIR, by default the
# shared/bench/peer-ussd folder beside the repository (the project's machine: /work/shared/bench/peer-ussd).
# Prints per round and target: hops/s, p50, p99, non-2xx/total, and the ratio to the peer's round just before.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk; need node nodejs; need npm npm
ROUNDS=${ROUNDS:-3}; DURATION=${SECONDS_PER_ROUND:-15}; WARMUP=${WARMUP:-30}; CONNECTIONS=${CONNECTIONS:-50}
export PHONES=${PHONES:-1000}
SCRIPTS=${SCRIPTS:-"peer real"}; DBS=${DBS:-"h2 postgres"}; JARS=${JARS:-$JAR}
PEER_SRC=${PEER_DIR:-$BENCH_ROOT/../shared/bench/peer-ussd}
[ -f "$PEER_SRC/server.js" ] || { echo "no peer in $PEER_SRC: set PEER_DIR to the peer-ussd folder"; exit 1; }
PEER_PORT=${PEER_PORT:-3900}; SERVICE_PORT=${SERVICE_PORT:-18092}; PG_PORT=${PG_PORT:-15432}
PEER=$(mktemp -d); cp "$PEER_SRC"/server.js "$PEER_SRC"/hop.lua "$PEER"/
(cd "$PEER" && npm install --silent ussd-menu-builder@1.2.0 express@4 >/dev/null 2>&1)
build_jar
OUT=$(mktemp -d)
cleanup() { stop_service; stop_postgres; [ -n "${PEER_PID:-}" ] && kill "$PEER_PID" 2>/dev/null; rm -rf "$PEER" "$OUT"; }
trap cleanup EXIT
PORT=$PEER_PORT node "$PEER/server.js" & PEER_PID=$!
sleep 1
script_of() { [ "$1" = peer ] && echo "$PEER/hop.lua" || echo "$BENCH_ROOT/bench/ussd.lua"; }
drive() { # script base-url seconds -> "hops/s p50 p99 bad/total"
  wrk -t2 -c"$CONNECTIONS" -d"$3s" --latency -s "$(script_of "$1")" "$2/api/v1/ussd/" > "$OUT/wrk.txt" 2>&1
  wrk_summary "$OUT/wrk.txt"
}
seed() { # port: PHONES callers with a contract each, and the peer script's caller with two
  seq 0 $((PHONES - 1)) | xargs -P 4 -I{} bash -c "source '$BENCH_ROOT/bench/lib.sh'; \
    seed_contract $1 \$(printf '+254712%06d' {}) +254722000111"
  seed_contract "$1" +254712345678 +254722000111; seed_contract "$1" +254712345678 +254733000222
}
printf "%-44s %10s %9s %9s %16s %7s\n" target hops/s p50 p99 non-2xx/total ratio
for db in $DBS; do
  for variant in $(for j in $JARS; do echo "$j"; [ -n "${LEAN_OPTS:-}" ] && echo "$j@lean"; done); do
    jar=${variant%@lean}; opts=${JAVA_OPTS:-}; label=$(basename "$jar" .jar)
    [ "$variant" != "$jar" ] && opts=$LEAN_OPTS && label="$label (lean)"
    if [ "$db" = postgres ]; then start_postgres $PG_PORT; url=$PG_URL; else url=h2; fi
    JAR=$jar start_service $SERVICE_PORT "$url" $opts
    seed $SERVICE_PORT
    for script in $SCRIPTS; do
      drive "$script" http://127.0.0.1:$PEER_PORT "$WARMUP" >/dev/null; drive "$script" http://127.0.0.1:$SERVICE_PORT "$WARMUP" >/dev/null
      for round in $(seq "$ROUNDS"); do
        read -r peer_rps peer_p50 peer_p99 peer_bad <<<"$(drive "$script" http://127.0.0.1:$PEER_PORT "$DURATION")"
        read -r rps p50 p99 bad <<<"$(drive "$script" http://127.0.0.1:$SERVICE_PORT "$DURATION")"
        printf "%-44s %10s %9s %9s %16s\n" "peer, $script script (round $round)" "$peer_rps" "$peer_p50" "$peer_p99" "$peer_bad"
        printf "%-44s %10s %9s %9s %16s %7s\n" "$label on $db, $script script" "$rps" "$p50" "$p99" \
          "$bad" "$(awk -v a="$rps" -v b="$peer_rps" 'BEGIN{printf "%.2fx", a/b}')"
      done
    done
    echo "errors in the service log: $(grep -c ' ERROR ' "$SERVICE_DIR/service.log" || true); RSS $(ps -o rss= -p "$SERVICE_PID") kB"
    stop_service; stop_postgres
  done
done
