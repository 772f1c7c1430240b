#!/usr/bin/env bash
# Cold start of the service jar to a healthy /health, variants alternating in one run: each run starts every
# variant first on an empty data directory (H2 created, Flyway migrates, secrets made) and then again on that
# same directory (Flyway only validates), and stops it. Time = from launching `java` to the first 200 on
# /health (polled every 20 ms); Micronaut's own "Startup completed in" and the settled RSS are shown too.
# Variants (label, jar, JVM options): before = /work/bench-jars/before.jar plain; plain = this tree's jar as
# `java -jar`; tuned = this tree's jar with the README's options (RUN_OPTS: the class-data-sharing archive made
# first by a training run with -XX:ArchiveClassesAtExit, SerialGC, a small heap, C1 only).
# Usage: [RUNS=5] [BEFORE=/work/bench-jars/before.jar] [RUN_OPTS=...] bench/cold-start.sh
# Prints one line per start, then per variant and kind the median and max.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-5}; PORT=18110
BEFORE=${BEFORE:-/work/bench-jars/before.jar}
build_jar
OUT=$(mktemp -d); PID=
CDS=$OUT/voicepact.jsa
RUN_OPTS=${RUN_OPTS:-"-XX:SharedArchiveFile=$CDS -XX:+UseSerialGC -Xms32m -Xmx192m -XX:TieredStopAtLevel=1"}
VARIANTS=("before|$BEFORE|" "plain|$JAR|" "tuned|$JAR|$RUN_OPTS")
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$OUT"; }
trap cleanup EXIT

now_ms() { date +%s%3N; }

# one_start JAR DATA_DIR [JVM options]: prints "wall_ms micronaut_ms rss_mb" of one start to a healthy /health.
one_start() {
  local jar=$1 dir=$2 opts=${3:-} t0 t1 log="$2.log"
  t0=$(now_ms)
  env VOICEPACT_DATA_DIR="$dir" MICRONAUT_SERVER_PORT=$PORT VOICEPACT_SANDBOX_PORT=0 \
      VOICEPACT_API_KEYS="$(printf %s "$BENCH_KEY" | sha256sum | cut -d' ' -f1)" \
      VOICEPACT_AUDIT_KEY=bench-audit-key-of-at-least-thirty-two-bytes \
      java $opts -jar "$jar" > "$log" 2>&1 &
  PID=$!
  for _ in $(seq 1500); do
    curl -sf -o /dev/null "localhost:$PORT/health" && break
    kill -0 "$PID" 2>/dev/null || { echo "the service died:"; tail -20 "$log"; exit 1; }
    sleep 0.02
  done
  t1=$(now_ms)
  sleep 0.5 # the log line and the RSS of the settled process
  local micronaut rss
  micronaut=$(grep -o 'Startup completed in [0-9]*ms' "$log" | grep -o '[0-9]*' || echo '?')
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$PID/status")
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  echo "$((t1 - t0)) $micronaut $rss"
}

# The training run that writes the archive (what a user does once, README).
train_cds_archive "$JAR" "$CDS" $PORT

printf "%-10s %-8s %4s %9s %12s %8s\n" variant start run wall_ms micronaut_ms rss_mb
for run in $(seq "$RUNS"); do
  for variant in "${VARIANTS[@]}"; do
    IFS='|' read -r name jar opts <<<"$variant"
    dir="$OUT/data-$run-$name"; mkdir -p "$dir"
    for kind in fresh restart; do
      read -r wall micronaut rss <<<"$(one_start "$jar" "$dir" "$opts")"
      printf "%-10s %-8s %4s %9s %12s %8s\n" "$name" "$kind" "$run" "$wall" "$micronaut" "$rss"
      echo "$name $kind $wall $micronaut" >> "$OUT/all.txt"
    done
  done
done
echo
printf "%-10s %-8s %14s %11s %20s\n" variant start median_wall_ms max_wall_ms median_micronaut_ms
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for name in $(awk '{print $1}' "$OUT/all.txt" | awk '!seen[$0]++'); do
  for kind in fresh restart; do
    rows=$(awk -v n="$name" -v k="$kind" '$1 == n && $2 == k {print $3, $4}' "$OUT/all.txt")
    printf "%-10s %-8s %14s %11s %20s\n" "$name" "$kind" "$(cut -d' ' -f1 <<<"$rows" | median)" \
      "$(cut -d' ' -f1 <<<"$rows" | sort -n | tail -1)" "$(cut -d' ' -f2 <<<"$rows" | median)"
  done
done
