package com.voicepact.application.escrow;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.port.in.CallbackReceipt.Movement;
import com.voicepact.application.escrow.port.in.CallbackReceipt.Verdict;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.escrow.port.shared.ProviderEvent.Outcome;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import java.util.Optional;

/**
 * Records a callback that is not applied (the provider contradicts it, or it answers a question we never asked) as a
 * flagged provider event, with an audit entry, in one unit of work. Its key is the settle key prefixed with
 * {@value #PREFIX}, never the settle key itself: the real event, when the provider does report it, must not be taken
 * for a duplicate of the forgery. A second identical callback finds the key and is a duplicate.
 */
public final class CallbackFlags {

    static final String PREFIX = "unconfirmed:";
    private static final Actor PROVIDER = Actor.system("payment-provider");
    private final ClockPort clock;
    private final AuditTrail audit;
    private final ProviderEvents events;
    private final ConflictRetry retry;

    public CallbackFlags(ClockPort clock, TransactionPort transactions, AuditTrail audit, ProviderEvents events) {
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.retry = new ConflictRetry(transactions);
    }

    public Movement contradicted(SettleMovementCommand report, String detail) {
        return flag(
                report.providerReference(),
                ReportedAmounts.statusOf(report),
                ReportedAmounts.reportedValue(report),
                report.evidence(),
                Outcome.MISMATCH,
                "not applied, the provider does not confirm it: " + detail);
    }

    public Movement unsolicited(String providerReference, boolean claimsSuccess, String detail, String evidence) {
        return flag(
                providerReference,
                claimsSuccess ? ProviderEvent.SUCCEEDED : ProviderEvent.FAILED,
                "",
                evidence,
                Outcome.REFUSED,
                "not applied: " + detail);
    }

    private Movement flag(
            String reference, String status, String value, String evidence, Outcome outcome, String detail) {
        String key = PREFIX + ProviderEvent.keyOf(reference, status, value);
        return retry.inTransaction(() -> {
            Optional<ProviderEvent> seen = events.findByKey(key);
            if (seen.isPresent()) {
                return new Movement(
                        reference,
                        Verdict.DUPLICATE,
                        null,
                        "already received " + seen.get().receivedAt());
            }
            String shown = detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
            events.record(new ProviderEvent(key, reference, status, value, evidence, clock.now(), outcome, shown));
            audit.change(
                    PROVIDER,
                    AuditAction.PAYMENT_EVENT_FLAGGED,
                    "provider:" + reference,
                    "",
                    "",
                    outcome + ": " + shown);
            return new Movement(reference, Verdict.valueOf(outcome.name()), null, shown);
        });
    }
}
