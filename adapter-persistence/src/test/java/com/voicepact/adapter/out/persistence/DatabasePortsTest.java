package com.voicepact.adapter.out.persistence;

import com.voicepact.application.port.out.AuditLog;
import com.voicepact.application.port.out.ContractIdPort;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.IdempotencyKeys;
import com.voicepact.application.port.out.LedgerPostings;
import com.voicepact.application.port.out.OutboxMessages;
import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.ProviderEvents;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.application.portcontract.EscrowPortsContractTest;
import com.voicepact.application.portcontract.AuditLogContractTest;
import com.voicepact.application.portcontract.ContractIdPortContractTest;
import com.voicepact.application.portcontract.ContractsContractTest;
import com.voicepact.application.portcontract.TransactionPortContractTest;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Nested;

/** Runs every port contract test against the JDBC adapters on one database; subclassed per database. */
abstract class DatabasePortsTest {

    abstract ApplicationContext context();

    @Nested
    class ContractsOnDatabase extends ContractsContractTest {
        @Override protected Contracts contracts() { return context().getBean(Contracts.class); }
        @Override protected void reset() { TestDatabases.truncate(context()); }
    }

    @Nested
    class AuditLogOnDatabase extends AuditLogContractTest {
        @Override protected AuditLog auditLog() { return context().getBean(AuditLog.class); }
        @Override protected void reset() { TestDatabases.truncate(context()); }
    }

    @Nested
    class EscrowOnDatabase extends EscrowPortsContractTest {
        @Override protected Contracts contracts() { return context().getBean(Contracts.class); }
        @Override protected Payments payments() { return context().getBean(Payments.class); }
        @Override protected LedgerPostings ledger() { return context().getBean(LedgerPostings.class); }
        @Override protected OutboxMessages outbox() { return context().getBean(OutboxMessages.class); }
        @Override protected ProviderEvents providerEvents() { return context().getBean(ProviderEvents.class); }
        @Override protected IdempotencyKeys idempotencyKeys() { return context().getBean(IdempotencyKeys.class); }
        @Override protected void reset() { TestDatabases.truncate(context()); }
    }

    @Nested
    class PhoneChannelsOnDatabase extends com.voicepact.application.portcontract.PhoneChannelPortsContractTest {
        @Override protected com.voicepact.application.port.out.UssdSessions sessions() {
            return context().getBean(com.voicepact.application.port.out.UssdSessions.class);
        }
        @Override protected com.voicepact.application.port.out.LanguagePreferences languages() {
            return context().getBean(com.voicepact.application.port.out.LanguagePreferences.class);
        }
        @Override protected com.voicepact.application.port.out.SmsLog smsLog() {
            return context().getBean(com.voicepact.application.port.out.SmsLog.class);
        }
        @Override protected void reset() { TestDatabases.truncate(context()); }
    }

    @Nested
    class VoiceCallsOnDatabase extends com.voicepact.application.portcontract.VoiceCallsContractTest {
        @Override protected com.voicepact.application.port.out.VoiceCalls calls() {
            return context().getBean(com.voicepact.application.port.out.VoiceCalls.class);
        }
        @Override protected void reset() { TestDatabases.truncate(context()); }
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
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> payments.save(
                            com.voicepact.domain.testdata.PaymentBuilder.aPayment().pending()))
                    .isNotInstanceOf(com.voicepact.application.port.out.ConcurrentUpdateException.class);
        }

        @org.junit.jupiter.api.Test
        void givenAnAuditEntryWiderThanItsColumn_whenAppended_thenAFailureThatIsNotAConflict() {
            AuditLog log = context().getBean(AuditLog.class);
            com.voicepact.domain.audit.AuditRecord tooWide = new com.voicepact.domain.audit.AuditRecord(
                    java.time.Instant.parse("2026-03-02T08:00:00Z"), "actor", "ACTION", "subject", "S".repeat(50), "NEW", "");
            com.voicepact.domain.audit.AuditEntry entry = new com.voicepact.domain.audit.AuditChain(
                    "an-audit-key-of-at-least-thirty-two-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .seal(tooWide, java.util.Optional.empty());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.append(entry))
                    .isNotInstanceOf(com.voicepact.application.port.out.ConcurrentUpdateException.class);
        }
    }

    @Nested
    class CallbackReplaysOnDatabase extends com.voicepact.application.portcontract.CallbackReplaysContractTest {
        @Override protected com.voicepact.application.port.out.CallbackReplays replays() {
            return context().getBean(com.voicepact.application.port.out.CallbackReplays.class);
        }
        @Override protected int stored() { return TestDatabases.count(context(), "callback_replays"); }
        @Override protected void reset() { TestDatabases.truncate(context()); }
    }

    @Nested
    class ContractIdsOnDatabase extends ContractIdPortContractTest {
        @Override protected ContractIdPort ids() { return context().getBean(ContractIdPort.class); }
    }

    @Nested
    class TransactionsOnDatabase extends TransactionPortContractTest {
        @Override protected TransactionPort transactions() { return context().getBean(TransactionPort.class); }
        @Override protected Contracts contracts() { return context().getBean(Contracts.class); }
        @Override protected AuditLog auditLog() { return context().getBean(AuditLog.class); }
        @Override protected void reset() { TestDatabases.truncate(context()); }
    }

    @Nested
    class InboundChannelsOnDatabase extends com.voicepact.application.portcontract.InboundOnceContractTest {
        @Override protected com.voicepact.application.fakes.InboundChannels.Stores emptyStores() {
            TestDatabases.truncate(context());
            return TestDatabases.stores(context());
        }
    }
}
