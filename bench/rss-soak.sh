#!/usr/bin/env bash
# Memory under the USSD load and growth over a soak: starts the service jar, drives USSD hops with wrk for the
# given minutes, alternating 10 s rounds of the peer's script (../shared/bench/peer-ussd/hop.lua: one caller, 5,000
# session ids, 4 texts) and bench/ussd.lua (real two-hop sessions, 50 phones with one contract each, a new
# session id every two hops), and after every round samples: RSS, heap used after the last GC (from the JVM's
# own GC log), threads, and on PostgreSQL the ussd_sessions and outbox_messages row counts.
# Usage: [DB=postgres|h2] [CONNECTIONS=50] [JAVA_OPTS=...] [JAR=...] bench/rss-soak.sh [minutes, default 10]
# JAVA_OPTS defaults to the README's (a class-data-sharing archive made first by a training run, C1 only,
# SerialGC, a 192 MB heap); JAVA_OPTS=" " runs plain `java -jar`.
# Fails (exit 1) when the RSS ever exceeds RSS_LIMIT_MB (300), when RSS or heap keep growing, or when sessions,
# outbox or threads leave their bounds (see the verdict below).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
MINUTES=${1:-10}; DB=${DB:-postgres}; CONNECTIONS=${CONNECTIONS:-50}; RSS_LIMIT_MB=${RSS_LIMIT_MB:-300}
PORT=${PORT:-18112}; PG_PORT=${PG_PORT:-15451}
PEER_LUA=${PEER_DIR:-$BENCH_ROOT/../shared/bench/peer-ussd}/hop.lua
[ -f "$PEER_LUA" ] || { echo "the peer's hop.lua is missing: $PEER_LUA (set PEER_DIR)"; exit 1; }
build_jar
OUT=$(mktemp -d)
cleanup() { stop_service; stop_postgres; rm -rf "$OUT"; }
trap cleanup EXIT

if [ -z "${JAVA_OPTS:-}" ]; then
  train_cds_archive "$JAR" "$OUT/voicepact.jsa" $PORT
  JAVA_OPTS="-XX:SharedArchiveFile=$OUT/voicepact.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmx192m"
fi
echo "java $JAVA_OPTS -jar $JAR on $DB"
url=h2
[ "$DB" = postgres ] && start_postgres $PG_PORT && url=$PG_URL
start_service $PORT "$url" ${JAVA_OPTS:-} -Xlog:gc:file="$OUT/gc.log"
for i in $(seq 0 49); do seed_contract $PORT "$(printf '+2547120000%02d' "$i")" +254722000111; done
seed_contract $PORT +254712345678 +254722000111; seed_contract $PORT +254712345678 +254733000222

count() { # table: rows on PostgreSQL, "-" on H2 (its file is locked by the service)
  if [ "$DB" = postgres ]; then
    local run=(); [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
    "${run[@]}" "$PG_BIN/psql" -h "$PG_DIR" -p $PG_PORT -U voicepact -d voicepact -Atc "select count(*) from $1"
  else echo -; fi
}
heap_after_gc() { # MB used after the last GC, from lines like "... Pause Young (Normal) ... 120M->40M(256M) 3.2ms"
  grep -o '[0-9]*M->[0-9]*M' "$OUT/gc.log" | tail -1 | sed 's/.*->//; s/M//'
}

printf "%5s %-6s %8s %7s %8s %8s %8s %7s %6s\n" t script hops/s rss_mb heap_mb threads sessions outbox non2xx
end=$(($(date +%s) + MINUTES * 60)); round=0
while [ "$(date +%s)" -lt "$end" ]; do
  round=$((round + 1))
  if [ $((round % 2)) -eq 1 ]; then script=$PEER_LUA; name=peer; else script=$BENCH_ROOT/bench/ussd.lua; name=ussd; fi
  wrk -t2 -c"$CONNECTIONS" -d10s --latency -s "$script" "http://127.0.0.1:$PORT/api/v1/ussd/" > "$OUT/wrk.txt" 2>&1
  read -r rps _ _ bad <<<"$(wrk_summary "$OUT/wrk.txt")"
  rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVICE_PID/status")
  threads=$(awk '/Threads/ {print $2}' "/proc/$SERVICE_PID/status")
  t=$((MINUTES * 60 - (end - $(date +%s))))
  row="$t $name $rps $rss $(heap_after_gc) $threads $(count ussd_sessions) $(count outbox_messages) $bad"
  echo "$row" >> "$OUT/samples.txt"
  printf "%5s %-6s %8s %7s %8s %8s %8s %7s %6s\n" $row
done
echo "errors in the service log: $(grep -c ' ERROR ' "$SERVICE_DIR/service.log" || true)"

# Verdict. RSS over the limit fails. Heap after GC and RSS fail when the last third of the soak peaks more than
# 20% (and 20 MB) above the middle third. The others follow the load, which changes on a shared machine, so they
# are checked against their bounds: ussd_sessions at most the peer's 5,000 ids plus every bench/ussd.lua session
# begun in the last 6 minutes (UssdSession.EXPIRY, 5 min, plus the clean-up job's 1 min) plus one per connection
# (a round ends with a request in flight on each, which wrk does not count); outbox flat;
# threads at most 3 per connection plus 60 (Micronaut's io executor grows with the blocking requests in flight
# and shrinks when idle).
awk -v limit="$RSS_LIMIT_MB" -v conns="$CONNECTIONS" '
  {n = NR; t[n] = $1; s[n] = $2; rss[n] = $4; heap[n] = $5; th[n] = $6; ses[n] = $7; out[n] = $8
   split($9, b, "/"); total[n] = b[2]}
  function grows(name, v,   i, mid, last) {
    for (i = 1; i <= n; i++) {
      if (i > n / 3 && i <= 2 * n / 3 && v[i] + 0 > mid) mid = v[i] + 0
      if (i > 2 * n / 3 && v[i] + 0 > last) last = v[i] + 0
    }
    if (last > mid * 1.2 && last - mid > 20) { print "FAIL: " name " keeps growing: " mid " -> " last; return 1 }
    print "flat: " name " (middle third peak " mid ", last third peak " last ")"; return 0
  }
  END {
    fail = 0
    for (i = 1; i <= n; i++) if (rss[i] + 0 > max) max = rss[i] + 0
    if (max > limit) { print "FAIL: RSS reached " max " MB (limit " limit " MB)"; fail = 1 }
    else print "ok: RSS peak " max " MB (limit " limit " MB)"
    fail += grows("rss_mb", rss) + grows("heap_mb", heap)
    for (i = 1; i <= n; i++) {
      if (ses[i] == "-") continue
      bound = 5000 + conns; for (j = 1; j <= i; j++) if (s[j] == "ussd" && t[j] > t[i] - 360) bound += total[j] / 2
      if (ses[i] + 0 > bound) { print "FAIL: " ses[i] " ussd_sessions at t=" t[i] " s, over the bound " int(bound); fail = 1; break }
      if (out[i] != out[1]) { print "FAIL: the outbox changed under USSD load: " out[1] " -> " out[i]; fail = 1; break }
    }
    if (ses[n] != "-") print "bounded: ussd_sessions " ses[n] " at the end (bound " int(bound) "), outbox " out[n]
    for (i = 1; i <= n; i++) if (th[i] + 0 > 3 * conns + 60) { print "FAIL: " th[i] " threads at t=" t[i] " s"; fail = 1; break }
    if (i > n) print "bounded: threads peak within " 3 * conns + 60
    exit (fail > 0 ? 1 : 0)
  }' "$OUT/samples.txt"
