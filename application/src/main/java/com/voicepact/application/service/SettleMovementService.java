package com.voicepact.application.service;

import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.LedgerPostings;
import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.application.port.in.SettleMovementCommand;
import com.voicepact.application.port.in.SettleMovementCommand.Report;
import com.voicepact.application.port.in.SettleMovementUseCase;
import com.voicepact.application.port.in.SettlementResult;
import com.voicepact.application.port.shared.ProviderEvent;
import com.voicepact.application.port.shared.ProviderEvent.Outcome;
import com.voicepact.application.port.out.ProviderEvents;
import com.voicepact.application.port.shared.MovementOutcome;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.ledger.Postings;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.SettlementPlan;
import com.voicepact.domain.payment.TransactionId;
import java.math.BigDecimal;
import java.util.Locale;
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
    private static final Logger LOG = Logger.getLogger(SettleMovementService.class.getName());
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

    public SettleMovementService(EscrowMoves moves, Payments payments, LedgerPostings ledger, ClockPort clock,
                                 TransactionPort transactions, AuditTrail audit, PayoutLimits payoutLimits,
                                 ProviderEvents events) {
        this.moves = moves;
        this.payments = payments;
        this.ledger = ledger;
        this.clock = clock;
        this.audit = audit;
        this.payoutLimits = payoutLimits;
        this.retry = new ConflictRetry(transactions);
        this.events = events;
    }

    @Override
    public SettlementResult settle(SettleMovementCommand n) {
        String first = ProviderEvent.keyOf(n.providerReference(), statusOf(n), reportedValue(n));
        return retry.inTransaction(() -> {
            Optional<ProviderEvent> seen = events.findByKey(first);
            String key = first;
            if (seen.isPresent() && overtook(seen.get(), n)) {
                key = first + AFTER_UNKNOWN; // the same report again, now that a payment has its reference: applied once more
                seen = events.findByKey(key);
            }
            if (seen.isPresent()) {
                return new SettlementResult(SettlementResult.Outcome.DUPLICATE, null, "already received " + seen.get().receivedAt());
            }
            Optional<EscrowPayment> payout = payments.findByPayout(n.providerReference());
            if (payout.isEmpty() && n.isPayoutLeg() && n.ourReference() != null) {
                payout = payments.findByPayout(n.ourReference()); // our payout id, echoed in the metadata
            }
            if (payout.isPresent()) {
                return settlePayout(key, n, payout.get());
            }
            Optional<EscrowPayment> checkout = findCheckout(n);
            if (checkout.isEmpty()) {
                return flag(key, n, Outcome.UNKNOWN_TRANSACTION, null, "no payment has this transaction id");
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
        return seen.outcome() == Outcome.UNKNOWN_TRANSACTION && n.written().unreadable() == null
                && (findCheckout(n).isPresent() || payments.findByPayout(n.providerReference()).isPresent());
    }

    private Optional<EscrowPayment> findCheckout(SettleMovementCommand n) {
        Optional<EscrowPayment> byProvider = payments.findByProviderTransactionId(n.providerReference());
        if (byProvider.isPresent() || n.ourReference() == null) {
            return byProvider;
        }
        try {
            return payments.findById(TransactionId.parse(n.ourReference()))
                    .filter(p -> p.providerTransactionId().isEmpty());
        } catch (InvalidValueException notOurs) {
            return Optional.empty();
        }
    }

    private SettlementResult lock(String key, SettleMovementCommand n, EscrowPayment payment) {
        PaymentStatus before = payment.status();
        try {
            if (payment.providerTransactionId().isEmpty() && before == PaymentStatus.PENDING) {
                payment.checkoutAccepted(n.providerReference());
            }
            payment.lock(reported(n, payment), receiptOf(n), clock.now());
        } catch (DomainException refused) {
            Outcome outcome = refused instanceof com.voicepact.domain.payment.ProviderMismatchException ? Outcome.MISMATCH : Outcome.REFUSED;
            return flag(key, n, outcome, payment, refused.getMessage());
        }
        EscrowPayment saved = payments.save(payment);
        ledger.post(Postings.lock(saved, clock.now()));
        audit.change(PROVIDER, "PAYMENT_LOCKED", saved.id().value(), before.name(), saved.status().name(),
                "provider_transaction_id=" + n.providerReference() + " amount=" + saved.amount());
        if (!moves.refundIfWhollySurplus(saved, PROVIDER)) {
            moves.fundIfCovered(saved.contractId(), saved, PROVIDER);
        }
        return applied(key, n, saved, "locked");
    }

    private SettlementResult fail(String key, SettleMovementCommand n, EscrowPayment payment) {
        PaymentStatus before = payment.status();
        try {
            payment.fail(n.failureDescription(), clock.now());
        } catch (DomainException refused) {
            return flag(key, n, Outcome.REFUSED, payment, "failure ignored: " + refused.getMessage());
        }
        EscrowPayment saved = payments.save(payment);
        audit.change(PROVIDER, "PAYMENT_FAILED", saved.id().value(), before.name(), saved.status().name(), n.failureDescription());
        moves.tellCheckoutFailed(saved, n.failureReason());
        moves.afterPaymentSettled(saved.contractId(), PROVIDER); // it may have been the last open payment of a paid-out contract
        return applied(key, n, saved, "failed");
    }

    private SettlementResult settlePayout(String key, SettleMovementCommand n, EscrowPayment payment) {
        Payout payout = payment.payouts().stream().filter(p -> n.providerReference().equals(p.providerId())
                || n.providerReference().equals(p.id()) || p.id().equals(n.ourReference())).findFirst().orElseThrow();
        if (n.succeeded() && n.written().unreadable() != null) { // the stale-payout job asks the provider instead
            return flag(key, n, Outcome.MISMATCH, payment, unreadable(n));
        }
        PaymentStatus before = payment.status();
        try {
            if (n.succeeded()) {
                payment.payoutConfirmed(payout.id(), providerIdOf(n, payout), clock.now());
            } else {
                payment.payoutFailed(payout.id(), n.failureDescription());
            }
        } catch (DomainException refused) {
            return flag(key, n, Outcome.REFUSED, payment, refused.getMessage());
        }
        EscrowPayment saved = payments.save(payment);
        if (n.succeeded()) {
            ledger.post(Postings.payoutConfirmed(saved, payout, clock.now()));
            feeOf(n, payout).ifPresent(fee -> ledger.post(Postings.fee(saved, payout, fee, clock.now())));
        } else {
            ledger.post(Postings.payoutReversed(saved, payout, clock.now()));
        }
        audit.change(PROVIDER, n.succeeded() ? "PAYOUT_CONFIRMED" : "PAYOUT_FAILED", saved.id().value(), before.name(),
                saved.status().name(), "payout=" + payout.id() + " " + n.failureDescription());
        if (!n.succeeded()) { // the audit records it; the log is where an operator on call looks first
            LOG.warning("payout " + payout.id() + " of payment " + saved.id().value() + " failed (" + n.failureReason() + "): "
                    + n.failureDescription() + "; its money is back in escrow, payment " + saved.status().name().toLowerCase(Locale.ROOT));
        }
        moves.afterPaymentSettled(saved.contractId(), PROVIDER);
        Optional<String> surprise = n.succeeded() && payout.kind() == PayoutKind.RELEASE ? beyondEntitlement(saved) : Optional.empty();
        if (surprise.isPresent()) { // the provider paid: the money is applied as it moved, and an operator is told
            return flag(key, n, Outcome.APPLIED_BUT_FLAGGED, saved, "payout confirmed, but " + surprise.get());
        }
        return applied(key, n, saved, n.succeeded() ? "payout confirmed" : "payout failed");
    }

    /** Why a confirmed payout to the seller surprises us: they now have more than the contract, as it stands, entitles them to. */
    private Optional<String> beyondEntitlement(EscrowPayment payment) {
        Contract contract = moves.contract(payment.contractId());
        Money entitlement = SettlementPlan.sellerEntitlement(contract, payoutLimits);
        Money paid = Money.zero(entitlement.currency());
        for (EscrowPayment p : payments.findByContract(contract.id())) {
            paid = paid.plus(p.paidOut(PayoutKind.RELEASE));
        }
        return paid.compareTo(entitlement) <= 0 ? Optional.empty() : Optional.of("the seller has now been paid " + paid
                + ", more than the " + entitlement + " they are entitled to on a " + contract.status().wireName() + " contract");
    }

    /** The provider's id of a payout: the notification's transaction id, unless that is only our own payout id echoed. */
    private static String providerIdOf(SettleMovementCommand n, Payout payout) {
        return n.providerReference().equals(payout.id()) ? null : n.providerReference();
    }

    /** The amount that moved: the typed one, or the one as written, judged against the payment (a bare number is in its currency). */
    private static Money reported(SettleMovementCommand n, EscrowPayment payment) {
        if (n.report() instanceof Report.Typed t && t.outcome() instanceof MovementOutcome.Succeeded s) {
            return s.amount();
        }
        CurrencyCode currency = n.written().currency() == null ? payment.amount().currency() : n.written().currency();
        if (n.written().unreadable() != null) {
            throw new com.voicepact.domain.payment.ProviderMismatchException(unreadable(n));
        }
        if (n.written().amount() == null) {
            throw new com.voicepact.domain.payment.ProviderMismatchException("the notification carries no amount");
        }
        try {
            return Money.positive(n.written().amount().stripTrailingZeros(), currency, "the reported amount");
        } catch (InvalidValueException e) { // flagged, not thrown: a notification that can never be applied must not loop
            throw new com.voicepact.domain.payment.ProviderMismatchException("reported amount is unusable: " + e.getMessage());
        }
    }

    /** The provider's receipt of a collection, kept on the payment: a refund reverses by it. */
    private static String receiptOf(SettleMovementCommand n) {
        return n.report() instanceof Report.Typed t && t.outcome() instanceof MovementOutcome.Succeeded s ? s.receipt() : null;
    }

    private static String unreadable(SettleMovementCommand n) {
        return "reported amount '" + n.written().unreadable() + "' is not an amount we can read (a number after one of the currencies "
                + java.util.Arrays.toString(CurrencyCode.values()) + ")";
    }

    private static Optional<Money> feeOf(SettleMovementCommand n, Payout payout) {
        BigDecimal fee = n.written().fee();
        if (fee == null || fee.signum() <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(fee.stripTrailingZeros(), n.written().currency() == null ? payout.amount().currency()
                    : n.written().currency()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private SettlementResult applied(String key, SettleMovementCommand n, EscrowPayment payment, String detail) {
        events.record(event(key, n, Outcome.APPLIED, detail));
        return new SettlementResult(SettlementResult.Outcome.APPLIED, payment.id().value(), detail);
    }

    private SettlementResult flag(String key, SettleMovementCommand n, Outcome outcome, EscrowPayment payment, String detail) {
        events.record(event(key, n, outcome, detail));
        String subject = payment == null ? "provider:" + n.providerReference() : payment.id().value();
        audit.change(PROVIDER, "PAYMENT_EVENT_FLAGGED", subject, payment == null ? "" : payment.status().name(),
                payment == null ? "" : payment.status().name(), outcome + ": " + detail);
        return new SettlementResult(SettlementResult.Outcome.valueOf(outcome.name()), payment == null ? null : payment.id().value(),
                detail);
    }

    /**
     * The amount as reported, normalised: {@code KES 375.0000} and {@code KES 375} are the same event. An
     * absurd one ({@code 1e999999999}) is quoted short, never written out, so the event fits its columns.
     */
    static String reportedValue(SettleMovementCommand n) {
        if (n.written().unreadable() != null) {
            return n.written().unreadable();
        }
        return n.written().amount() == null ? "" : (n.written().currency() == null ? "" : n.written().currency() + " ")
                + InvalidValueException.shown(n.written().amount().stripTrailingZeros());
    }

    /** The verdict as the event key and the stored event write it (the words of the first release, kept so stored keys still match). */
    static String statusOf(SettleMovementCommand n) {
        return n.succeeded() ? ProviderEvent.SUCCEEDED : ProviderEvent.FAILED;
    }

    private ProviderEvent event(String key, SettleMovementCommand n, Outcome outcome, String detail) {
        String value = reportedValue(n);
        return new ProviderEvent(key, n.providerReference(), statusOf(n), value, n.evidence(), clock.now(), outcome, detail);
    }
}
