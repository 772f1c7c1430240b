package com.voicepact.application.fakes;

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
import com.voicepact.application.portcontract.PhoneChannelPortsContractTest;
import com.voicepact.application.portcontract.TransactionPortContractTest;
import com.voicepact.application.shared.port.out.TransactionPort;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes pass the same port contract tests as the database adapters. */
class InMemoryPortsTest {

    private InMemoryVoicePact app = new InMemoryVoicePact();

    @Nested
    class ContractsFake extends ContractsContractTest {
        @Override
        protected Contracts contracts() {
            return app.contracts;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class AuditLogFake extends AuditLogContractTest {
        @Override
        protected AuditLog auditLog() {
            return app.auditLog;
        }

        @Override
        protected TransactionPort transactions() {
            return app.transactions;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class EscrowFakes extends EscrowPortsContractTest {
        @Override
        protected Contracts contracts() {
            return app.contracts;
        }

        @Override
        protected Payments payments() {
            return app.payments;
        }

        @Override
        protected LedgerPostings ledger() {
            return app.ledger;
        }

        @Override
        protected OutboxMessages outbox() {
            return app.outbox;
        }

        @Override
        protected ProviderEvents providerEvents() {
            return app.providerEvents;
        }

        @Override
        protected IdempotencyKeys idempotencyKeys() {
            return app.idempotencyKeys;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class PhoneChannelFakes extends PhoneChannelPortsContractTest {
        @Override
        protected com.voicepact.application.phone.port.out.UssdSessions sessions() {
            return app.ussdSessions;
        }

        @Override
        protected com.voicepact.application.phone.port.out.LanguagePreferences languages() {
            return app.languages;
        }

        @Override
        protected com.voicepact.application.phone.port.out.SmsLog smsLog() {
            return app.smsLog;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class BusinessFiguresFake extends com.voicepact.application.portcontract.BusinessFiguresContractTest {
        @Override
        protected com.voicepact.application.contract.port.out.Contracts contracts() {
            return app.contracts;
        }

        @Override
        protected com.voicepact.application.escrow.port.out.Payments payments() {
            return app.payments;
        }

        @Override
        protected com.voicepact.application.escrow.port.out.LedgerPostings ledger() {
            return app.ledger;
        }

        @Override
        protected com.voicepact.application.phone.port.out.SmsLog smsLog() {
            return app.smsLog;
        }

        @Override
        protected com.voicepact.application.operations.port.out.BusinessFiguresPort figures() {
            return new InMemoryBusinessFigures(app.contracts, app.payments, app.ledger, app.smsLog);
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class VoiceCallsFake extends com.voicepact.application.portcontract.VoiceCallsContractTest {
        @Override
        protected com.voicepact.application.voice.port.out.VoiceCalls calls() {
            return app.voiceCalls;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class ContractDraftsFake extends com.voicepact.application.portcontract.ContractDraftsContractTest {
        @Override
        protected com.voicepact.application.voice.port.out.ContractDrafts drafts() {
            return app.contractDrafts;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class CallbackReplaysFake extends com.voicepact.application.portcontract.CallbackReplaysContractTest {
        private InMemoryCallbackReplays replays = new InMemoryCallbackReplays();

        @Override
        protected com.voicepact.application.shared.port.out.CallbackReplays replays() {
            return replays;
        }

        @Override
        protected int stored() {
            return replays.size();
        }

        @Override
        protected void reset() {
            replays = new InMemoryCallbackReplays();
        }
    }

    @Nested
    class ContractIdsFake extends ContractIdPortContractTest {
        @Override
        protected ContractIdPort ids() {
            return app.ids;
        }
    }

    @Nested
    class TransactionsFake extends TransactionPortContractTest {
        @Override
        protected TransactionPort transactions() {
            return app.transactions;
        }

        @Override
        protected Contracts contracts() {
            return app.contracts;
        }

        @Override
        protected AuditLog auditLog() {
            return app.auditLog;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class InboundChannelsOnFakes extends com.voicepact.application.portcontract.InboundOnceContractTest {
        @Override
        protected InboundChannels.Stores emptyStores() {
            app = new InMemoryVoicePact();
            return InboundChannels.Stores.of(app);
        }
    }

    @Nested
    class ConsoleReadFakes extends com.voicepact.application.portcontract.ConsoleReadPortsContractTest {
        @Override
        protected Contracts contracts() {
            return app.contracts;
        }

        @Override
        protected com.voicepact.application.contract.port.out.DisputedContracts disputed() {
            return app.contracts;
        }

        @Override
        protected com.voicepact.application.phone.port.out.SmsLog smsLog() {
            return app.smsLog;
        }

        @Override
        protected com.voicepact.application.phone.port.out.ContractSmsLog contractSms() {
            return app.smsLog;
        }

        @Override
        protected AuditLog auditLog() {
            return app.auditLog;
        }

        @Override
        protected com.voicepact.application.audit.port.out.AuditActionLog auditActions() {
            return app.auditLog;
        }

        @Override
        protected TransactionPort transactions() {
            return app.transactions;
        }

        @Override
        protected OutboxMessages outbox() {
            return app.outbox;
        }

        @Override
        protected com.voicepact.application.operations.port.out.OutboxBacklogPort backlog() {
            return app.outbox;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }

    @Nested
    class OperatorSessionsFakes extends com.voicepact.application.portcontract.OperatorSessionsContractTest {
        private InMemoryOperatorSessions sessions = new InMemoryOperatorSessions();
        private InMemorySignInFailures failures = new InMemorySignInFailures();

        @Override
        protected com.voicepact.application.console.port.out.OperatorSessions sessions() {
            return sessions;
        }

        @Override
        protected com.voicepact.application.console.port.out.SignInFailures failures() {
            return failures;
        }

        @Override
        protected void reset() {
            sessions = new InMemoryOperatorSessions();
            failures = new InMemorySignInFailures();
        }
    }

    @Nested
    class AuditSequenceFake extends com.voicepact.application.portcontract.AuditSequenceContractTest {
        @Override
        protected com.voicepact.application.console.port.out.AuditSequencePort sequence() {
            return () -> app.auditLog.allInOrder().stream()
                    .mapToLong(com.voicepact.domain.audit.AuditEntry::sequence)
                    .max()
                    .orElse(0);
        }

        @Override
        protected AuditLog auditLog() {
            return app.auditLog;
        }

        @Override
        protected TransactionPort transactions() {
            return app.transactions;
        }

        @Override
        protected void reset() {
            app = new InMemoryVoicePact();
        }
    }
}
