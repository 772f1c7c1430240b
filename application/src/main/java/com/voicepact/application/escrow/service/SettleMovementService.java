package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.FailureReasonTexts;
import com.voicepact.application.escrow.PayoutSettlement;
import com.voicepact.application.escrow.ReportedAmounts;
import com.voicepact.application.escrow.SettlementVerdicts;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementUseCase;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.escrow.port.shared.ProviderEvent.Outcome;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.domain.payment.TransactionId;
import com.voicepact.domain.payment.event.PaymentFailed;
import com.voicepact.domain.payment.event.PaymentLocked;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies a provider's final word on a movement exactly once, whoever brought it (a callback through its
 * adapter, a lookup by a job, the provider's answer to our request). Each is recorded under its key
 * (provider reference, verdict and amount as written) in the same transaction as its effect, so a
 * duplicate finds the key and changes nothing.
 */
public final class SettleMovementService implements SettleMovementUseCase {

    private static final Actor PROVIDER = Actor.system("payment-provider");
    /** Suffix of the key under which a report first recorded as {@code UNKNOWN_TRANSACTION} is applied once its payment exists. */
    static final String AFTER_UNKNOWN = "|after-unknown";

    private final Payments payments;
    private final LedgerPostings ledger;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final PayoutLimits payoutLimits;
    private final EscrowMoves moves;
    private final ConflictRetry retry;
    private final ProviderEvents events;
    private final SettlementVerdicts verdicts;
    private final PayoutSettlement payouts;

    public SettleMovementService(
            EscrowMoves moves,
            Payments payments,
            LedgerPostings ledger,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PayoutLimits payoutLimits,
            ProviderEvents events) {
        this.moves = moves;
        this.payments = payments;
        this.ledger = ledger;
        this.clock = clock;
        this.audit = audit;
        this.payoutLimits = payoutLimits;
        this.retry = new ConflictRetry(transactions);
        this.events = events;
        this.verdicts = new SettlementVerdicts(clock, audit, events);
        this.payouts = new PayoutSettlement(
                payments,
                clock,
                payoutLimits,
                moves,
                verdicts,
                Logger.getLogger(SettleMovementService.class.getName()));
    }

    @Override
    public SettlementResult settle(SettleMovementCommand n) {
        String first = ReportedAmounts.eventKeyOf(n);
        return retry.inTransaction(() -> {
            Optional<ProviderEvent> seen = events.findByKey(first);
            String key = first;
            if (seen.isPresent() && overtook(seen.get(), n)) {
                key = first
                        + AFTER_UNKNOWN; // the same report again, now that a payment has its reference: applied once
                // more
                seen = events.findByKey(key);
            }
            if (seen.isPresent()) {
                return new SettlementResult(
                        SettlementResult.Outcome.DUPLICATE,
                        null,
                        "already received " + seen.get().receivedAt());
            }
            Optional<EscrowPayment> payout = payments.findByPayout(n.providerReference());
            if (payout.isEmpty() && n.isPayoutLeg() && n.ourReference() != null) {
                payout = payments.findByPayout(n.ourReference()); // our payout id, echoed in the metadata
            }
            if (payout.isPresent()) {
                return payouts.settle(key, n, payout.get());
            }
            Optional<EscrowPayment> checkout = findCheckout(n);
            if (checkout.isEmpty()) {
                return verdicts.flag(key, n, Outcome.UNKNOWN_TRANSACTION, null, "no payment has this transaction id");
            }
            return n.succeeded() ? lock(key, n, checkout.get()) : fail(key, n, checkout.get());
        });
    }

    /**
     * Whether {@code seen}, the first copy of this report, found no payment (it overtook the checkout's answer: a payer who
     * paid at once, a callback at another node) while one has its reference now. Then this copy (the stale-checkout job's
     * query, a resent callback) is applied under {@code key + }{@link #AFTER_UNKNOWN}, once; the first stays flagged as it
     * was. Only for a readable report: an unreadable one is flagged whatever the payment.
     */
    private boolean overtook(ProviderEvent seen, SettleMovementCommand n) {
        return seen.outcome() == Outcome.UNKNOWN_TRANSACTION
                && n.written().unreadable() == null
                && (findCheckout(n).isPresent()
                        || payments.findByPayout(n.providerReference()).isPresent());
    }

    private Optional<EscrowPayment> findCheckout(SettleMovementCommand n) {
        Optional<EscrowPayment> byProvider = payments.findByProviderTransactionId(n.providerReference());
        if (byProvider.isPresent() || n.ourReference() == null) {
            return byProvider;
        }
        try {
            return payments.findById(TransactionId.parse(n.ourReference()))
                    .filter(p -> p.lifecycle().providerTransactionId().isEmpty());
        } catch (InvalidValueException notOurs) {
            return Optional.empty();
        }
    }

    private SettlementResult lock(String key, SettleMovementCommand n, EscrowPayment payment) {
        PaymentStatus before = payment.status();
        try {
            if (payment.lifecycle().providerTransactionId().isEmpty() && before == PaymentStatus.PENDING) {
                payment.checkoutAccepted(n.providerReference());
            }
            payment.lock(ReportedAmounts.reported(n, payment), ReportedAmounts.receiptOf(n), clock.now());
        } catch (DomainException refused) {
            Outcome outcome = refused instanceof com.voicepact.domain.payment.ProviderMismatchException
                    ? Outcome.MISMATCH
                    : Outcome.REFUSED;
            return verdicts.flag(key, n, outcome, payment, refused.getMessage());
        }
        EscrowPayment saved = payments.save(payment);
        moves.effects().record(PROVIDER, PaymentLocked.of(saved, n.providerReference(), before, clock.now()));
        moves.afterLocked(saved, PROVIDER);
        return verdicts.applied(key, n, saved, "locked");
    }

    private SettlementResult fail(String key, SettleMovementCommand n, EscrowPayment payment) {
        PaymentStatus before = payment.status();
        try {
            payment.fail(n.failureDescription(), clock.now());
        } catch (DomainException refused) {
            return verdicts.flag(key, n, Outcome.REFUSED, payment, "failure ignored: " + refused.getMessage());
        }
        EscrowPayment saved = payments.save(payment);
        moves.effects()
                .record(
                        PROVIDER,
                        PaymentFailed.of(
                                saved,
                                n.failureDescription(),
                                FailureReasonTexts.catalogKey(n.failureReason()),
                                before,
                                clock.now()));
        moves.afterPaymentSettled(
                saved.contractId(), PROVIDER); // it may have been the last open payment of a paid-out contract
        return verdicts.applied(key, n, saved, "failed");
    }
}
