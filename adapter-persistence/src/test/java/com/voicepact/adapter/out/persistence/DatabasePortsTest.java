package com.voicepact.adapter.out.persistence;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.portcontract.AuditLogContractTest;
import com.voicepact.application.portcontract.ContractIdPortContractTest;
import com.voicepact.application.portcontract.ContractsContractTest;
import com.voicepact.application.portcontract.EscrowPortsContractTest;
import com.voicepact.application.portcontract.TransactionPortContractTest;
import com.voicepact.application.shared.port.out.TransactionPort;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import org.junit.jupiter.api.Nested;

/** Runs every port contract test against the JDBC adapters on one database; subclassed per database. */
abstract class DatabasePortsTest {

    abstract ApplicationContext context();

    @Nested
    class ContractsOnDatabase extends ContractsContractTest {
        @Override
        protected Contracts contracts() {
            return context().getBean(Contracts.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class AuditLogOnDatabase extends AuditLogContractTest {
        @Override
        protected AuditLog auditLog() {
            return context().getBean(AuditLog.class);
        }

        @Override
        protected TransactionPort transactions() {
            return context().getBean(TransactionPort.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class EscrowOnDatabase extends EscrowPortsContractTest {
        @Override
        protected Contracts contracts() {
            return context().getBean(Contracts.class);
        }

        @Override
        protected Payments payments() {
            return context().getBean(Payments.class);
        }

        @Override
        protected LedgerPostings ledger() {
            return context().getBean(LedgerPostings.class);
        }

        @Override
        protected OutboxMessages outbox() {
            return context().getBean(OutboxMessages.class);
        }

        @Override
        protected ProviderEvents providerEvents() {
            return context().getBean(ProviderEvents.class);
        }

        @Override
        protected IdempotencyKeys idempotencyKeys() {
            return context().getBean(IdempotencyKeys.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class PhoneChannelsOnDatabase extends com.voicepact.application.portcontract.PhoneChannelPortsContractTest {
        @Override
        protected com.voicepact.application.phone.port.out.UssdSessions sessions() {
            return context().getBean(com.voicepact.application.phone.port.out.UssdSessions.class);
        }

        @Override
        protected com.voicepact.application.phone.port.out.LanguagePreferences languages() {
            return context().getBean(com.voicepact.application.phone.port.out.LanguagePreferences.class);
        }

        @Override
        protected com.voicepact.application.phone.port.out.SmsLog smsLog() {
            return context().getBean(com.voicepact.application.phone.port.out.SmsLog.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class BusinessFiguresOnDatabase extends com.voicepact.application.portcontract.BusinessFiguresContractTest {
        @Override
        protected Contracts contracts() {
            return context().getBean(Contracts.class);
        }

        @Override
        protected Payments payments() {
            return context().getBean(Payments.class);
        }

        @Override
        protected LedgerPostings ledger() {
            return context().getBean(LedgerPostings.class);
        }

        @Override
        protected com.voicepact.application.phone.port.out.SmsLog smsLog() {
            return context().getBean(com.voicepact.application.phone.port.out.SmsLog.class);
        }

        @Override
        protected com.voicepact.application.operations.port.out.BusinessFiguresPort figures() {
            return context().getBean(com.voicepact.application.operations.port.out.BusinessFiguresPort.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class VoiceCallsOnDatabase extends com.voicepact.application.portcontract.VoiceCallsContractTest {
        @Override
        protected com.voicepact.application.voice.port.out.VoiceCalls calls() {
            return context().getBean(com.voicepact.application.voice.port.out.VoiceCalls.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class ContractDraftsOnDatabase extends com.voicepact.application.portcontract.ContractDraftsContractTest {
        @Override
        protected com.voicepact.application.voice.port.out.ContractDrafts drafts() {
            return context().getBean(com.voicepact.application.voice.port.out.ContractDrafts.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    /** Only stale versions and our named unique keys are conflicts; any other database failure is not retried as one. */
    @Nested
    class FailuresOnDatabase {
        @org.junit.jupiter.api.BeforeEach
        void empty() {
            TestDatabases.truncate(context());
        }

        @org.junit.jupiter.api.Test
        void givenAPaymentOfAContractThatIsNotStored_whenSaved_thenAFailureThatIsNotAConflict() {
            Payments payments = context().getBean(Payments.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> payments.save(com.voicepact.domain.testdata.PaymentBuilder.aPayment()
                                    .pending()))
                    .isNotInstanceOf(com.voicepact.application.shared.port.out.ConcurrentUpdateException.class);
        }

        @org.junit.jupiter.api.Test
        void givenAnAuditEntryWiderThanItsColumn_whenAppended_thenAFailureThatIsNotAConflict() {
            AuditLog log = context().getBean(AuditLog.class);
            com.voicepact.domain.audit.AuditRecord tooWide = new com.voicepact.domain.audit.AuditRecord(
                    java.time.Instant.parse("2026-03-02T08:00:00Z"),
                    "actor",
                    "ACTION",
                    "subject",
                    "S".repeat(50),
                    "NEW",
                    "");
            com.voicepact.domain.audit.AuditEntry entry = new com.voicepact.domain.audit.AuditChain(
                            "an-audit-key-of-at-least-thirty-two-bytes"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .seal(tooWide, java.util.Optional.empty());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.append(entry))
                    .isNotInstanceOf(com.voicepact.application.shared.port.out.ConcurrentUpdateException.class);
        }
    }

    /** V90 carries a payment's 'retry_of' metadata entry, as the code before it wrote one, over to its own column. */
    @Nested
    class RetryOfWrittenBefore {
        @org.junit.jupiter.api.BeforeEach
        void empty() {
            TestDatabases.truncate(context());
            context()
                    .getBean(Contracts.class)
                    .save(com.voicepact.domain.testdata.ContractBuilder.aContract()
                            .active());
        }

        @org.junit.jupiter.api.Test
        void givenARetryRecordedInMetadata_whenV90Runs_thenTheColumnHoldsIt_andOtherValuesAreLeftAlone()
                throws Exception {
            Payments payments = context().getBean(Payments.class);
            var first = payments.save(
                    com.voicepact.domain.testdata.PaymentBuilder.aPayment().pending());
            var retried = payments.save(withMetadata(
                    2,
                    java.util.Map.of(
                            "product",
                            "Maize",
                            "retry_of",
                            first.id().value(),
                            "transaction_id",
                            "TXN-AG-2026-000001-002")));
            var notOurs = payments.save(withMetadata(3, java.util.Map.of("retry_of", "TXN-AG-2026-000001-0012")));
            String script = new String(
                    getClass()
                            .getResourceAsStream("/db/migration/V90__payment_retry_of.sql")
                            .readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            String update = script.substring(script.indexOf("UPDATE payments"));
            TransactionOperations<Connection> tx = context().getBean(TransactionOperations.class);
            tx.executeWrite(status -> {
                try (var sql = status.getConnection().createStatement()) {
                    return sql.executeUpdate(update.strip().replaceAll(";$", ""));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            org.assertj.core.api.Assertions.assertThat(payments.findById(retried.id())
                            .orElseThrow()
                            .checkout()
                            .retryOf())
                    .contains(first.id());
            org.assertj.core.api.Assertions.assertThat(payments.findById(first.id())
                            .orElseThrow()
                            .checkout()
                            .retryOf())
                    .isEmpty();
            org.assertj.core.api.Assertions.assertThat(payments.findById(notOurs.id())
                            .orElseThrow()
                            .checkout()
                            .retryOf())
                    .isEmpty();
        }

        private static com.voicepact.domain.payment.EscrowPayment withMetadata(
                int number, java.util.Map<String, String> metadata) {
            var template = com.voicepact.domain.testdata.PaymentBuilder.aPayment()
                    .number(number)
                    .pending();
            return com.voicepact.domain.payment.EscrowPayment.create(
                    template.id(),
                    template.checkout().payer(),
                    template.checkout().recipient(),
                    template.amount(),
                    template.checkout().reference(),
                    metadata,
                    1,
                    null,
                    com.voicepact.domain.testdata.ContractBuilder.T0);
        }
    }

    /** Rows queued by the release that stored the payload as a bare map are still read, as typed payloads. */
    @Nested
    class OutboxRowsWrittenBefore {
        @org.junit.jupiter.api.BeforeEach
        void empty() {
            TestDatabases.truncate(context());
        }

        @org.junit.jupiter.api.Test
        void givenRowsInTheFirstReleasesFormat_whenClaimed_thenReadAsTypedPayloads() {
            insert(
                    "sms:funded:AG-2026-000001:+254712345678",
                    "SMS",
                    "contract_id=AG-2026-000001&text=Funded%3A+KES+10&to=%2B254712345678&type=funded");
            insert("sms:old", "SMS", "contract_id=&text=hello&to=%2B254712345679"); // before the type was written
            insert(
                    "payout:TXN-AG-2026-000001-001-P1",
                    "PAYOUT",
                    "payout_id=TXN-AG-2026-000001-001-P1&transaction_id=TXN-AG-2026-000001-001");
            var claimed = context()
                    .getBean(OutboxMessages.class)
                    .claimDue(java.time.Instant.parse("2026-03-02T09:00:00Z"), java.time.Duration.ofSeconds(30), 10);
            org.assertj.core.api.Assertions.assertThat(claimed)
                    .extracting(com.voicepact.application.operations.port.out.OutboxMessage::payload)
                    .containsExactlyInAnyOrder(
                            com.voicepact.application.operations.port.out.SmsMessage.of(
                                    "+254712345678",
                                    "Funded: KES 10",
                                    "AG-2026-000001",
                                    com.voicepact.application.phone.port.out.SmsType.FUNDED),
                            com.voicepact.application.operations.port.out.SmsMessage.of(
                                    "+254712345679",
                                    "hello",
                                    "",
                                    com.voicepact.application.phone.port.out.SmsType.NOTIFICATION),
                            new com.voicepact.application.operations.port.out.PayoutMessage(
                                    "TXN-AG-2026-000001-001-P1",
                                    com.voicepact.domain.payment.TransactionId.parse("TXN-AG-2026-000001-001")));
        }

        private void insert(String key, String kind, String payload) {
            TransactionOperations<Connection> tx = context().getBean(TransactionOperations.class);
            tx.executeWrite(status -> {
                try (var sql = status.getConnection()
                        .prepareStatement(
                                "INSERT INTO outbox_messages (message_key, kind, payload, status,"
                                        + " attempts, next_attempt_at) VALUES (?, ?, ?, 'PENDING', 0, TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00')")) {
                    sql.setString(1, key);
                    sql.setString(2, kind);
                    sql.setString(3, payload);
                    return sql.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Nested
    class CallbackReplaysOnDatabase extends com.voicepact.application.portcontract.CallbackReplaysContractTest {
        @Override
        protected com.voicepact.application.shared.port.out.CallbackReplays replays() {
            return context().getBean(com.voicepact.application.shared.port.out.CallbackReplays.class);
        }

        @Override
        protected int stored() {
            return TestDatabases.count(context(), "callback_replays");
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class ContractIdsOnDatabase extends ContractIdPortContractTest {
        @Override
        protected ContractIdPort ids() {
            return context().getBean(ContractIdPort.class);
        }
    }

    @Nested
    class TransactionsOnDatabase extends TransactionPortContractTest {
        @Override
        protected TransactionPort transactions() {
            return context().getBean(TransactionPort.class);
        }

        @Override
        protected Contracts contracts() {
            return context().getBean(Contracts.class);
        }

        @Override
        protected AuditLog auditLog() {
            return context().getBean(AuditLog.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class InboundChannelsOnDatabase extends com.voicepact.application.portcontract.InboundOnceContractTest {
        @Override
        protected com.voicepact.application.fakes.InboundChannels.Stores emptyStores() {
            TestDatabases.truncate(context());
            return TestDatabases.stores(context());
        }
    }

    /**
     * Appenders in transactions of their own at once, each reading the last entry and sealing after it (as
     * {@code AuditTrail} does): they queue on the chain's head (V100) and all append; before it, all but one of each
     * round collided on the next sequence and lost with a conflict.
     */
    @Nested
    class AuditAppendersAtOnce {
        @org.junit.jupiter.api.BeforeEach
        void empty() {
            TestDatabases.truncate(context());
        }

        @org.junit.jupiter.api.Test
        void givenEightAppendersAtOnce_whenEachAppendsFifteenEntries_thenNoneConflictsAndTheChainVerifies()
                throws Exception {
            AuditLog log = context().getBean(AuditLog.class);
            TransactionPort transactions = context().getBean(TransactionPort.class);
            com.voicepact.domain.audit.AuditChain chain = new com.voicepact.domain.audit.AuditChain(
                    "an-audit-key-of-at-least-thirty-two-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(8);
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
            java.util.List<java.util.concurrent.Future<?>> appenders = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String subject = "AG-2026-00000" + t;
                appenders.add(threads.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        together.await();
                        com.voicepact.domain.audit.AuditRecord record = new com.voicepact.domain.audit.AuditRecord(
                                java.time.Instant.parse("2026-03-02T08:00:00Z"),
                                "actor",
                                "PAYMENT_LOCKED",
                                subject,
                                "PENDING",
                                "LOCKED",
                                "round " + i);
                        transactions.inTransaction(() -> {
                            log.append(chain.seal(record, log.latest()));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            try {
                for (java.util.concurrent.Future<?> appender : appenders) {
                    appender.get(60, java.util.concurrent.TimeUnit.SECONDS); // throws if one lost a conflict
                }
            } finally {
                threads.shutdownNow();
            }
            org.assertj.core.api.Assertions.assertThat(log.allInOrder()).hasSize(120);
            org.assertj.core.api.Assertions.assertThat(
                            chain.verify(log.allInOrder()).intact())
                    .isTrue();
        }
    }

    @Nested
    class ConsoleReadsOnDatabase extends com.voicepact.application.portcontract.ConsoleReadPortsContractTest {
        @Override
        protected Contracts contracts() {
            return context().getBean(Contracts.class);
        }

        @Override
        protected com.voicepact.application.contract.port.out.DisputedContracts disputed() {
            return context().getBean(com.voicepact.application.contract.port.out.DisputedContracts.class);
        }

        @Override
        protected com.voicepact.application.phone.port.out.SmsLog smsLog() {
            return context().getBean(com.voicepact.application.phone.port.out.SmsLog.class);
        }

        @Override
        protected com.voicepact.application.phone.port.out.ContractSmsLog contractSms() {
            return context().getBean(com.voicepact.application.phone.port.out.ContractSmsLog.class);
        }

        @Override
        protected AuditLog auditLog() {
            return context().getBean(AuditLog.class);
        }

        @Override
        protected com.voicepact.application.audit.port.out.AuditActionLog auditActions() {
            return context().getBean(com.voicepact.application.audit.port.out.AuditActionLog.class);
        }

        @Override
        protected TransactionPort transactions() {
            return context().getBean(TransactionPort.class);
        }

        @Override
        protected OutboxMessages outbox() {
            return context().getBean(OutboxMessages.class);
        }

        @Override
        protected com.voicepact.application.operations.port.out.OutboxBacklogPort backlog() {
            return context().getBean(com.voicepact.application.operations.port.out.OutboxBacklogPort.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class OperatorSessionsOnDatabase extends com.voicepact.application.portcontract.OperatorSessionsContractTest {
        @Override
        protected com.voicepact.application.console.port.out.OperatorSessions sessions() {
            return context().getBean(com.voicepact.application.console.port.out.OperatorSessions.class);
        }

        @Override
        protected com.voicepact.application.console.port.out.SignInFailures failures() {
            return context().getBean(com.voicepact.application.console.port.out.SignInFailures.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }

    @Nested
    class AuditSequenceOnDatabase extends com.voicepact.application.portcontract.AuditSequenceContractTest {
        @Override
        protected com.voicepact.application.console.port.out.AuditSequencePort sequence() {
            return context().getBean(com.voicepact.application.console.port.out.AuditSequencePort.class);
        }

        @Override
        protected AuditLog auditLog() {
            return context().getBean(AuditLog.class);
        }

        @Override
        protected TransactionPort transactions() {
            return context().getBean(TransactionPort.class);
        }

        @Override
        protected void reset() {
            TestDatabases.truncate(context());
        }
    }
}
