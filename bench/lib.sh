#!/usr/bin/env bash
# Shared by the bench drivers: a throwaway PostgreSQL (Debian's postgresql package), the service jar on
# the embedded default (H2) or on that PostgreSQL, and seed data over the operator API. Source it.
# Needs: a JDK 17, Maven, Debian's wrk and postgresql (apt-get install wrk postgresql), node/npm for the peer.
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${JAR:-$BENCH_ROOT/bootstrap/target/voicepact-bootstrap-0.1.0-SNAPSHOT.jar}
BENCH_KEY=bench-operator-key
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

need() { command -v "$1" >/dev/null || { echo "install $1 first (apt-get install $2)"; exit 1; }; }

build_jar() { [ -f "$JAR" ] || (cd "$BENCH_ROOT" && mvn -B -q -DskipTests package); }

# start_postgres PORT: a fresh cluster in a temporary directory (as user postgres when run as root);
# sets PG_DIR and PG_URL. fsync stays on: the numbers are for a durable database. PG_EXTRA_OPTS adds server options
# (e.g. "-c shared_preload_libraries=pg_stat_statements" to see where the database's time goes).
start_postgres() {
  local port=$1
  [ -x "$PG_BIN/initdb" ] || { echo "install postgresql first (apt-get install postgresql)"; exit 1; }
  PG_DIR=$(mktemp -d)
  local run=(); [ "$(id -u)" -eq 0 ] && { chown postgres "$PG_DIR"; run=(runuser -u postgres --); }
  "${run[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U voicepact --auth=trust >/dev/null
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
      -o "-p $port -k $PG_DIR -c max_connections=100 -c shared_buffers=128MB ${PG_EXTRA_OPTS:-}" start >/dev/null
  "${run[@]}" "$PG_BIN/createdb" -h "$PG_DIR" -p "$port" -U voicepact voicepact
  PG_URL="jdbc:postgresql://127.0.0.1:$port/voicepact"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  local run=(); [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null || true
  rm -rf "$PG_DIR"; PG_DIR=
}

# start_service PORT DB [java options...]: DB is h2 (the embedded default) or a JDBC URL from start_postgres;
# sets SERVICE_PID and SERVICE_DIR, waits for /health.
start_service() {
  local port=$1 db=$2; shift 2
  SERVICE_DIR=$(mktemp -d)
  local env=(VOICEPACT_DATA_DIR="$SERVICE_DIR" MICRONAUT_SERVER_PORT="$port" VOICEPACT_SANDBOX_PORT=0
             VOICEPACT_API_KEYS="$(printf %s "$BENCH_KEY" | sha256sum | cut -d' ' -f1)"
             VOICEPACT_AUDIT_KEY=bench-audit-key-of-at-least-thirty-two-bytes
             VOICEPACT_REFERENCE_KEY=bench-reference-key-of-at-least-thirty-two-bytes)
  [ "$db" = h2 ] || env+=(DATABASE_URL="$db" DATABASE_USERNAME=voicepact DATABASE_PASSWORD=voicepact)
  env "${env[@]}" java "$@" -jar "$JAR" > "$SERVICE_DIR/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 600); do curl -sf -o /dev/null "localhost:$port/health" && return 0; sleep 0.1; done
  echo "the service did not start:"; tail -20 "$SERVICE_DIR/service.log"; exit 1
}

stop_service() {
  [ -n "${SERVICE_PID:-}" ] || return 0
  kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true
  rm -rf "$SERVICE_DIR"; SERVICE_PID=
}

# seed_contract PORT BUYER SELLER: one PENDING contract over the operator API (tried again on a 409: creations
# running in parallel race for the next audit entry).
seed_contract() {
  for _ in 1 2 3 4 5 6 7 8; do
    curl -sf -X POST "localhost:$1/api/v1/contracts/create" -H "X-API-Key: $BENCH_KEY" \
      -H 'Content-Type: application/json' -o /dev/null \
      -d "{\"parties\":[{\"phone\":\"$2\",\"role\":\"buyer\"},{\"phone\":\"$3\",\"role\":\"seller\"}],
           \"terms\":{\"product\":\"Maize\",\"quantity\":10,\"unit\":\"bags\",\"unit_price\":900,\"currency\":\"KES\"}}" \
      && return 0
    sleep 0.1
  done
  echo "could not create a contract for $2"; return 1
}

# wrk_summary FILE: "requests/s p50 p99 non-2xx/total" from wrk --latency output.
wrk_summary() {
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
       /Non-2xx/ {bad=$5} /requests in/ {total=$1}
       END {printf "%s %s %s %s/%s\n", rps, p50, p99, (bad==""?0:bad), total}' "$1"
}

# train_cds_archive JAR ARCHIVE PORT: the README's training run for class-data sharing (JDK 17's dynamic AppCDS):
# the jar started once on a throwaway data dir with -XX:ArchiveClassesAtExit, one USSD hop, stopped.
train_cds_archive() {
  local jar=$1 archive=$2 port=$3 dir p
  dir=$(mktemp -d)
  env VOICEPACT_DATA_DIR="$dir" MICRONAUT_SERVER_PORT="$port" VOICEPACT_SANDBOX_PORT=0 \
      VOICEPACT_AUDIT_KEY=bench-audit-key-of-at-least-thirty-two-bytes \
      java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" > "$dir.log" 2>&1 &
  p=$!
  for _ in $(seq 1500); do curl -sf -o /dev/null "localhost:$port/health" && break; sleep 0.05; done
  curl -s -o /dev/null -d 'sessionId=t&serviceCode=*384*123%23&phoneNumber=%2B254712345678&text=' \
    "localhost:$port/api/v1/ussd/" || true
  kill "$p"; wait "$p" 2>/dev/null || true
  [ -f "$archive" ] || { echo "the training run wrote no archive:"; tail "$dir.log"; exit 1; }
  rm -rf "$dir" "$dir.log"
}
