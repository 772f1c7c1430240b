package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.audit.port.out.AuditActionLog;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.out.DisputedContracts;
import com.voicepact.application.operations.port.out.OutboxBacklogPort;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.port.out.ContractSmsLog;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.messaging.SmsDeliveryStatus;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read ports of the operator console: what each must answer, on the fakes and on each database. */
public abstract class ConsoleReadPortsContractTest {

    protected static final Instant T0 = ContractBuilder.T0;

    protected abstract Contracts contracts();

    protected abstract DisputedContracts disputed();

    protected abstract SmsLog smsLog();

    protected abstract ContractSmsLog contractSms();

    protected abstract AuditLog auditLog();

    protected abstract AuditActionLog auditActions();

    protected abstract TransactionPort transactions();

    protected abstract OutboxMessages outbox();

    protected abstract OutboxBacklogPort backlog();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    private Contract disputedContract(long sequence, Instant raisedAt, boolean resolved) {
        Contract contract = ContractBuilder.aContract().withSequence(sequence).active();
        contract.fulfilment().raiseDispute(ContractBuilder.BUYER, "bags were wet", raisedAt);
        if (resolved) {
            contract.fulfilment().resolveDispute(DisputeResolution.SPLIT, new java.math.BigDecimal("0.5"), raisedAt);
        }
        return contracts().save(contract);
    }

    @Test
    void givenOpenResolvedAndNoDisputes_whenAwaitingDecisionRead_thenOnlyTheOpenOnesTheLongestWaitingFirst() {
        contracts().save(ContractBuilder.aContract().withSequence(1).active());
        disputedContract(2, T0.plusSeconds(900), false);
        disputedContract(3, T0.plusSeconds(300), false);
        disputedContract(4, T0.plusSeconds(100), true); // resolved as a split: DISPUTED until the money moved
        disputedContract(5, T0.plusSeconds(600), false);

        assertThat(disputed().awaitingDecision(10, 0))
                .extracting(ContractId::value)
                .containsExactly("AG-2026-000003", "AG-2026-000005", "AG-2026-000002");
        assertThat(disputed().awaitingDecision(1, 1))
                .extracting(ContractId::value)
                .containsExactly("AG-2026-000005");
        assertThat(disputed().countAwaitingDecision()).isEqualTo(3);
    }

    @Test
    void givenSmsAboutTwoContractsAndNone_whenReadByContract_thenThatContractsOldestFirstWithTheirDeliveryStatus() {
        smsLog().record(sms("m-2", "AG-2026-000001", T0.plusSeconds(20)));
        smsLog().record(sms("m-1", "AG-2026-000001", T0.plusSeconds(10)));
        smsLog().record(sms("m-3", "AG-2026-000002", T0.plusSeconds(15)));
        smsLog().record(sms("m-4", null, T0.plusSeconds(5)));
        smsLog().applyReport("m-2", SmsDeliveryStatus.of("Success"), null, T0.plusSeconds(30));

        List<SmsLogEntry> first = contractSms().forContract(new ContractId("AG-2026-000001"));

        assertThat(first).extracting(SmsLogEntry::messageId).containsExactly("m-1", "m-2");
        assertThat(first.get(1).status())
                .isEqualTo(SmsDeliveryStatus.of("Success").value());
        assertThat(contractSms().forContract(new ContractId("AG-2026-000009"))).isEmpty();
    }

    private static SmsLogEntry sms(String id, String contract, Instant at) {
        return new SmsLogEntry(
                id, "+254712345678", "hello " + id, "notification", "sent", "KES 0.80", contract, at, null, null);
    }

    @Test
    void givenEntriesOfSeveralActions_whenReadByAction_thenThatActionsNewestFirstUpToTheLimit() {
        transactions().inTransaction(() -> {
            auditLog().record(audit(AuditAction.SURPLUS_REFUND_STARTED, "TXN-AG-2026-000001-001"));
            auditLog().record(audit(AuditAction.PAYMENT_LOCKED, "TXN-AG-2026-000001-002"));
            auditLog().record(audit(AuditAction.SURPLUS_REFUND_STARTED, "TXN-AG-2026-000001-003"));
            auditLog().record(audit(AuditAction.SURPLUS_REFUND_STARTED, "TXN-AG-2026-000001-004"));
            return null;
        });

        assertThat(auditActions().withAction(AuditAction.SURPLUS_REFUND_STARTED, 2))
                .extracting(e -> e.record().subject())
                .containsExactly("TXN-AG-2026-000001-004", "TXN-AG-2026-000001-003");
        assertThat(auditActions().withAction(AuditAction.SURPLUS_REFUND_STARTED, 10))
                .hasSize(3);
        assertThat(auditActions().withAction(AuditAction.CIRCUIT_RESET, 10)).isEmpty();
        List<AuditEntry> all = auditActions().withAction(AuditAction.SURPLUS_REFUND_STARTED, 10);
        assertThat(all.get(0).sequence()).isGreaterThan(all.get(1).sequence());
    }

    private static AuditRecord audit(AuditAction action, String subject) {
        return new AuditRecord(T0, "system:test", action.stored(), subject, "LOCKED", "REFUNDING", "d");
    }

    @Test
    void givenQueuedDoneAndGivenUpMessages_whenTheBacklogIsRead_thenCountsAgeAndTheGivenUpLatestFirst() {
        assertThat(backlog().countPending()).isZero();
        assertThat(backlog().oldestPendingSince()).isEmpty();
        outbox().enqueue(OutboxMessage.sms("sms:a", "+254712345678", "Funded", "AG-2026-000001", T0.plusSeconds(10)));
        outbox().enqueue(OutboxMessage.sms("sms:b", "+254712345679", "Paid", "AG-2026-000001", T0.plusSeconds(20)));
        outbox().enqueue(OutboxMessage.sms("sms:c", "+254712345670", "Hello", "", T0.plusSeconds(30)));
        outbox().enqueue(OutboxMessage.payout(
                "TXN-AG-2026-000001-001-P1", "TXN-AG-2026-000001-001", T0.plusSeconds(40)));
        outbox().reschedule("sms:b", T0.plusSeconds(500), "provider down"); // retried later: still queued at 20 s
        outbox().giveUp("sms:a", "rejected: InvalidPhoneNumber", T0.plusSeconds(100));
        outbox().giveUp("sms:c", "rejected: blacklisted", T0.plusSeconds(200));

        assertThat(backlog().countPending()).isEqualTo(2);
        assertThat(backlog().oldestPendingSince()).contains(T0.plusSeconds(20));
        assertThat(backlog().countGivenUp()).isEqualTo(2);
        List<OutboxBacklogPort.GivenUp> givenUp = backlog().givenUp(10, 0);
        assertThat(givenUp).extracting(g -> g.message().key()).containsExactly("sms:c", "sms:a");
        assertThat(givenUp.get(0).givenUpAt()).isEqualTo(T0.plusSeconds(200));
        assertThat(givenUp.get(0).message().lastError()).isEqualTo("rejected: blacklisted");
        assertThat(givenUp.get(0).message().attempts()).isEqualTo(1);
        assertThat(backlog().givenUp(1, 1)).extracting(g -> g.message().key()).containsExactly("sms:a");
        outbox().markDone("sms:b");
        assertThat(backlog().oldestPendingSince()).contains(T0.plusSeconds(40));
    }
}
