package com.voicepact.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The database's audit log queues records ({@code audit_queue}, V101) and seals them after their transactions commit,
 * so that changes do not wait for each other on the chain's head (V100). On H2 and PostgreSQL.
 */
class AuditQueueTest {

    @Nested
    class OnH2 extends Cases {
        @Override
        ApplicationContext context() {
            return TestDatabases.h2();
        }
    }

    @Nested
    class OnPostgres extends Cases {
        @Override
        ApplicationContext context() {
            return TestDatabases.postgres();
        }
    }

    abstract static class Cases {

        abstract ApplicationContext context();

        private final AuditChain chain = new AuditChain(InMemoryVoicePact.AUDIT_KEY);

        @BeforeEach
        void empty() {
            TestDatabases.truncate(context());
        }

        private static AuditRecord record(String subject, String details) {
            return new AuditRecord(
                    Instant.parse("2026-11-30T08:00:00Z"),
                    "system:test",
                    "PAYMENT_LOCKED",
                    subject,
                    "PENDING",
                    "LOCKED",
                    details);
        }

        /**
         * Before the queue, recording locked the chain's head until the transaction ended: a second change waited for
         * the first to commit (here: forever, so this timed out).
         */
        @Test
        void givenAChangeThatRecordedAndIsStillOpen_whenAnotherChangeRecordsAndCommits_thenItDoesNotWait()
                throws Exception {
            AuditLog log = context().getBean(AuditLog.class);
            TransactionPort transactions = context().getBean(TransactionPort.class);
            CountDownLatch recorded = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<Void> open = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
                log.record(record("TX-OPEN", "first, committed last"));
                recorded.countDown();
                await(finish);
                return null;
            }));
            try {
                assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
                CompletableFuture<Void> other = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
                    log.record(record("TX-OTHER", "second, committed first"));
                    return null;
                }));
                other.get(10, TimeUnit.SECONDS); // throws TimeoutException when it waits for the open change
                assertThat(log.forSubject("TX-OTHER")).hasSize(1);
                assertThat(log.forSubject("TX-OPEN")).isEmpty(); // not committed: not sealed
            } finally {
                finish.countDown();
                open.get(10, TimeUnit.SECONDS);
            }
            assertThat(log.allInOrder())
                    .extracting(e -> e.record().subject())
                    .containsExactly("TX-OTHER", "TX-OPEN"); // the chain's order is the order of the commits
            assertThat(chain.verify(log.allInOrder()).intact()).isTrue();
        }

        @Test
        void givenRecordsCommitted_whenNobodyReadsTheLog_thenTheSealerSealsThemSoon() throws Exception {
            TransactionPort transactions = context().getBean(TransactionPort.class);
            AuditLog log = context().getBean(AuditLog.class);
            for (int i = 0; i < 3; i++) {
                int n = i;
                transactions.inTransaction(() -> {
                    log.record(record("TX-" + n, "change " + n));
                    return null;
                });
            }
            assertThat(eventually(() -> TestDatabases.count(context(), "audit_queue") == 0))
                    .isTrue();
            assertThat(TestDatabases.count(context(), "audit_entries")).isEqualTo(3);
        }

        /** A record another node queued (or one a crash left queued) has no signal here: the sweep seals it. */
        @Test
        void givenARecordQueuedWithoutASignal_whenTheSealerSweeps_thenItIsSealedAndTheChainVerifies() throws Exception {
            insertQueuedRow(record("TX-ELSEWHERE", "queued by another node"));
            assertThat(eventually(() -> TestDatabases.count(context(), "audit_entries") == 1))
                    .isTrue();
            assertThat(TestDatabases.count(context(), "audit_queue")).isZero();
            assertThat(chain.verify(context().getBean(AuditLog.class).allInOrder())
                            .intact())
                    .isTrue();
        }

        /**
         * Whoever can write to the database could queue a record and have it sealed as genuine; a row must carry the
         * record's MAC under the audit key. One without it is sealed as a refusal that says what it claimed.
         */
        @Test
        void givenARowQueuedWithoutTheKey_whenSealed_thenTheChainRecordsItsRefusalNotIt() {
            AuditLog log = context().getBean(AuditLog.class);
            AuditRecord forged = record("TX-FORGED", "paid out to someone");
            insertQueuedRow(forged.at().toString(), forged, "forged-1", "0".repeat(64));

            assertThat(log.allInOrder()).singleElement().satisfies(e -> {
                assertThat(e.record().action()).isEqualTo("AUDIT_RECORD_REFUSED");
                assertThat(e.record().subject()).isEqualTo("TX-FORGED");
                assertThat(e.record().details())
                        .contains("not queued by VoicePact")
                        .contains("action=PAYMENT_LOCKED")
                        .contains("paid out to someone");
            });
            assertThat(chain.verify(log.allInOrder()).intact()).isTrue();
        }

        /** A copy of a genuine row, queued again once the original was sealed, is refused as a replay. */
        @Test
        void givenACopyOfASealedRow_whenQueuedAgain_thenItIsRefusedAsAReplay() {
            AuditLog log = context().getBean(AuditLog.class);
            AuditRecord paid = record("TX-PAID", "locked once");
            insertQueuedRow(paid.at().toString(), paid, "paid-1", chain.recordMac("paid-1", paid));
            assertThat(log.allInOrder()).hasSize(1);

            insertQueuedRow(paid.at().toString(), paid, "paid-1", chain.recordMac("paid-1", paid));

            assertThat(log.allInOrder())
                    .extracting(e -> e.record().action())
                    .containsExactly("PAYMENT_LOCKED", "AUDIT_RECORD_REFUSED");
            assertThat(log.latest().orElseThrow().record().details()).contains("a replay");
            assertThat(chain.verify(log.allInOrder()).intact()).isTrue();
        }

        /** No row can be too big for the sealer to read: the table refuses details over 100,000 characters. */
        @Test
        void givenDetailsOverTheBound_whenQueued_thenTheDatabaseRefusesTheRow() {
            AuditRecord huge = record("TX-HUGE", "x".repeat(100_001));
            assertThatThrownBy(() -> insertQueuedRow(huge)).isInstanceOf(RuntimeException.class);
            insertQueuedRow(record("TX-AT-BOUND", "x".repeat(100_000)));

            assertThat(context().getBean(AuditLog.class).allInOrder())
                    .extracting(e -> e.record().subject())
                    .containsExactly("TX-AT-BOUND");
        }

        /** A row that cannot be read as a record is refused too, and the records behind it are sealed all the same. */
        @Test
        void givenAnUnreadableRowAheadOfRecords_whenSealed_thenItIsRefusedAndTheOthersSealed() {
            AuditLog log = context().getBean(AuditLog.class);
            AuditRecord poison = record("TX-POISON", "time unreadable");
            insertQueuedRow("not-a-time", poison, "poison-1", chain.recordMac("poison-1", poison));
            insertQueuedRow(record("TX-AFTER", "behind it"));

            assertThat(log.allInOrder())
                    .extracting(e -> e.record().action() + " " + e.record().subject())
                    .containsExactly("AUDIT_RECORD_REFUSED TX-POISON", "PAYMENT_LOCKED TX-AFTER");
            assertThat(chain.verify(log.allInOrder()).intact()).isTrue();
        }

        /** PostgreSQL refuses any write in a read-only transaction: a read there still answers, sealed or not yet. */
        @Test
        @SuppressWarnings("unchecked")
        void givenARecordQueued_whenTheLogIsReadInAReadOnlyTransaction_thenTheReadAnswers() {
            AuditLog log = context().getBean(AuditLog.class);
            insertQueuedRow(record("TX-QUEUED", "not sealed yet"));
            TransactionOperations<Connection> tx = context().getBean(TransactionOperations.class);

            List<AuditEntry> read = tx.executeRead(status -> log.allInOrder());

            assertThat(read.size()).isLessThanOrEqualTo(1); // sealed or not yet, by the sealer thread
            assertThat(log.allInOrder()).hasSize(1); // a read outside it seals
        }

        @SuppressWarnings("unchecked")
        private void insertQueuedRow(AuditRecord r) {
            String recordId = java.util.UUID.randomUUID().toString();
            insertQueuedRow(r.at().toString(), r, recordId, chain.recordMac(recordId, r));
        }

        @SuppressWarnings("unchecked")
        private void insertQueuedRow(String at, AuditRecord r, String recordId, String recordMac) {
            TransactionOperations<Connection> tx = context().getBean(TransactionOperations.class);
            tx.executeWrite(status -> {
                try (PreparedStatement insert = status.getConnection()
                        .prepareStatement("INSERT INTO audit_queue (occurred_at, actor, action, subject, old_status,"
                                + " new_status, details, record_id, record_mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, at);
                    insert.setString(2, r.actor());
                    insert.setString(3, r.action());
                    insert.setString(4, r.subject());
                    insert.setString(5, r.oldStatus());
                    insert.setString(6, r.newStatus());
                    insert.setString(7, r.details());
                    insert.setString(8, recordId);
                    insert.setString(9, recordMac);
                    return insert.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                if (condition.getAsBoolean()) {
                    return true;
                }
                Thread.sleep(20);
            }
            return false;
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
