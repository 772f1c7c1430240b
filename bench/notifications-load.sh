#!/usr/bin/env bash
# Payment notifications on PostgreSQL: Daraja's STK callbacks with 30% duplicates (some at once, some later) and out
# of order, then the money checks: every payment moved exactly once. bench/NotificationLoad.java plays Daraja for the
# service (MPESA_BASE_URL points at it: it answers the STK push with a CheckoutRequestID and the STK query the service
# confirms each callback with) and then posts the callbacks. Each jar (default: the current build; JARS="a.jar b.jar"
# to compare) gets a fresh PostgreSQL and service; with several jars the rounds alternate (ROUNDS, default 1).
# WARMUPS=n runs n rounds of the same load (fresh checkouts each) on the same service first, reported as warm-up: the
# measured round then runs on a warm JIT, as a service does after its first minutes. FLOOR=1 sends the measured
# round's callbacks once more after it (all copies by then, answered after one read, with no STK query and no
# transaction): the rate of the HTTP path alone on this machine.
# Usage: [JARS=...] [ROUNDS=n] [WARMUPS=n] [FLOOR=1] [JAVA_OPTS=...] [PG_PORT=15440] [PORT=18100] [DARAJA_PORT=18101]
#        bench/notifications-load.sh [payments] [clients] [per-contract]
# Fails (exit 1) when a check finds a double transition, an unbalanced or repeated posting, a payment in another state
# than Daraja's, a fully paid contract left unfunded, or a broken audit chain.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PAYMENTS=${1:-8000}
CLIENTS=${2:-16}
PER_CONTRACT=${3:-4}
PG_PORT=${PG_PORT:-15440}
PORT=${PORT:-18100}
DARAJA_PORT=${DARAJA_PORT:-18101}
build_jar
JARS=${JARS:-$JAR}
trap 'stop_service; stop_postgres' EXIT
failed=0

sql() { "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U voicepact -d voicepact -At -c "$1"; }

check() {
  local doubles unbalanced repeated pending verify wrong unfunded
  verify=$(curl -s "localhost:$PORT/api/v1/audit/verify" -H "X-API-Key: $BENCH_KEY") # first: it seals what is queued
  # one transition out of PENDING per payment: its PAYMENT_LOCKED or PAYMENT_FAILED audit entries
  doubles=$(sql "SELECT count(*) FROM (SELECT subject FROM audit_entries WHERE action IN ('PAYMENT_LOCKED', 'PAYMENT_FAILED')
                 GROUP BY subject HAVING count(*) > 1) d")
  # each payment's postings once per kind, and every posting balanced
  repeated=$(sql "SELECT count(*) FROM (SELECT transaction_id, kind FROM ledger_postings GROUP BY transaction_id, kind
                  HAVING count(*) > 1) r")
  unbalanced=$(sql "SELECT count(*) FROM (SELECT posting_id FROM ledger_lines GROUP BY posting_id
                    HAVING sum(CASE WHEN side = 'DEBIT' THEN amount ELSE -amount END) <> 0) u")
  # the state each payment ended in against what Daraja's query says (the driver's plan: CheckoutRequestID, code)
  sql "CREATE TABLE bench_plan (checkout VARCHAR(100), code INT)" >/dev/null
  "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U voicepact -d voicepact -q -c "\\copy bench_plan FROM '$PLAN' CSV"
  wrong=$(sql "SELECT count(*) FROM payments p JOIN bench_plan b ON b.checkout = p.provider_transaction_id
               WHERE p.status <> 'PENDING' AND p.status <> CASE WHEN b.code = 0 THEN 'LOCKED' ELSE 'FAILED' END")
  pending=$(sql "SELECT count(*) FROM payments WHERE status = 'PENDING'")
  # a contract whose locked payments cover its total must be funded (ACTIVE), not left CONFIRMED with the money held
  unfunded=$(sql "SELECT count(*) FROM contracts c WHERE c.status = 'CONFIRMED' AND c.total_amount <=
                  (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.contract_id = c.id AND p.status = 'LOCKED')")
  echo "payments by status: $(sql "SELECT string_agg(status || '=' || n, ' ') FROM (SELECT status, count(*) n FROM payments GROUP BY status ORDER BY status) s")"
  echo "transitions (PAYMENT_LOCKED/FAILED audit entries): $(sql "SELECT count(*) FROM audit_entries WHERE action IN ('PAYMENT_LOCKED', 'PAYMENT_FAILED')"), provider events: $(sql "SELECT count(*) FROM provider_events"), postings: $(sql "SELECT count(*) FROM ledger_postings")"
  echo "double transitions: $((doubles + repeated)) (payments moved twice: $doubles, postings repeated: $repeated), unbalanced postings: $unbalanced, in another state than Daraja's: $wrong, still pending (callback answered non-2xx, Daraja resends): $pending"
  echo "fully paid contracts left unfunded (CONFIRMED): $unfunded"
  echo "audit verify: $verify"
  if [ "$((doubles + repeated + unbalanced + wrong + unfunded))" -gt 0 ] || ! grep -q '"intact":true' <<<"$verify"; then failed=1; fi
}

for round in $(seq "${ROUNDS:-1}"); do
  for jar in $JARS; do
    echo "== round $round: $jar"
    start_postgres "$PG_PORT"
    JAR=$jar
    PLAN=$(mktemp)
    java bench/NotificationLoad.java "http://127.0.0.1:$PORT" "$BENCH_KEY" "$DARAJA_PORT" "$PAYMENTS" "$CLIENTS" \
        "$PER_CONTRACT" "$PLAN" "${WARMUPS:-0}" &
    driver=$!
    MPESA_CONSUMER_KEY=bench MPESA_CONSUMER_SECRET=bench MPESA_INITIATOR_PASSWORD=bench \
      MPESA_SECURITY_CREDENTIAL=bench MPESA_BASE_URL="http://127.0.0.1:$DARAJA_PORT" \
      MPESA_CALLBACK_BASE_URL="http://127.0.0.1:$PORT/api/v1/payments/callbacks" \
      start_service "$PORT" "$PG_URL" ${JAVA_OPTS:--Xmx1g}
    wait "$driver" || failed=1
    sleep 1
    check
    if [ -n "${STATEMENTS:-}" ]; then # the database's time by statement (needs PG_EXTRA_OPTS with pg_stat_statements)
      sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
      sql "SELECT calls, round(total_exec_time::numeric, 0) AS ms, round(mean_exec_time::numeric, 3) AS mean_ms,
           left(regexp_replace(query, '\s+', ' ', 'g'), 150) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 40"
    fi
    [ -z "${KEEP_LOG:-}" ] || cp "$SERVICE_DIR/service.log" "$KEEP_LOG.$round.$(basename "$jar")"
    [ -z "${KEEP_LOG:-}" ] || cp "$PG_DIR/log" "$KEEP_LOG.$round.postgres.log"
    stop_service
    stop_postgres
    rm -f "$PLAN"
  done
done
exit $failed
