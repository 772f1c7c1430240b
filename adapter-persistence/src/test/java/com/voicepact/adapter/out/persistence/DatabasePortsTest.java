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
}
