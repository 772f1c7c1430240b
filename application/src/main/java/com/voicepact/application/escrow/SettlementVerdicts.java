package com.voicepact.application.escrow;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.escrow.port.shared.ProviderEvent.Outcome;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.payment.EscrowPayment;

/**
 * Ends a settlement: the report is recorded under its key with what became of it, and one that was not
 * simply applied is flagged in the audit log for an operator. In the caller's transaction.
 */
public final class SettlementVerdicts {

    private static final Actor PROVIDER = Actor.system("payment-provider");
    private final ClockPort clock;
    private final AuditTrail audit;
    private final ProviderEvents events;

    public SettlementVerdicts(ClockPort clock, AuditTrail audit, ProviderEvents events) {
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    public SettlementResult applied(String key, SettleMovementCommand n, EscrowPayment payment, String detail) {
        events.record(event(key, n, Outcome.APPLIED, detail));
        return new SettlementResult(
                SettlementResult.Outcome.APPLIED, payment.id().value(), detail);
    }

    public SettlementResult flag(
            String key, SettleMovementCommand n, Outcome outcome, EscrowPayment payment, String detail) {
        events.record(event(key, n, outcome, detail));
        String subject = payment == null
                ? "provider:" + n.providerReference()
                : payment.id().value();
        audit.change(
                PROVIDER,
                AuditAction.PAYMENT_EVENT_FLAGGED,
                subject,
                payment == null ? "" : payment.status().name(),
                payment == null ? "" : payment.status().name(),
                outcome + ": " + detail);
        return new SettlementResult(
                SettlementResult.Outcome.valueOf(outcome.name()),
                payment == null ? null : payment.id().value(),
                detail);
    }

    private ProviderEvent event(String key, SettleMovementCommand n, Outcome outcome, String detail) {
        String value = ReportedAmounts.reportedValue(n);
        return new ProviderEvent(
                key,
                n.providerReference(),
                ReportedAmounts.statusOf(n),
                value,
                n.evidence(),
                clock.now(),
                outcome,
                detail);
    }
}
