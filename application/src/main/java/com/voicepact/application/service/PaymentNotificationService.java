package com.voicepact.application.service;

import com.voicepact.application.port.in.HandlePaymentNotificationUseCase;
import com.voicepact.application.port.in.NotificationResult;
import com.voicepact.application.port.in.PaymentNotification;
import com.voicepact.application.port.out.ProviderEvent;
import com.voicepact.application.port.out.ProviderEvent.Outcome;
import com.voicepact.application.port.out.ProviderEvents;
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
import java.util.Optional;

/**
 * Applies provider notifications exactly once. Each is recorded under its key (provider id +
 * status) in the same transaction as its effect, so a duplicate finds the key and changes nothing.
 */
public final class PaymentNotificationService implements HandlePaymentNotificationUseCase {

    private static final Actor PROVIDER = Actor.system("payment-provider");
    private final EscrowPorts ports;
    private final EscrowMoves moves;
    private final ConflictRetry retry;
    private final ProviderEvents events;

    public PaymentNotificationService(EscrowPorts ports, ProviderEvents events) {
        this.ports = ports;
        this.moves = new EscrowMoves(ports);
        this.retry = new ConflictRetry(ports.transactions());
        this.events = events;
    }

    @Override
    public NotificationResult handle(PaymentNotification n) {
        String key = ProviderEvent.keyOf(n.providerTransactionId(), n.status(), reportedValue(n));
        return retry.inTransaction(() -> {
            Optional<ProviderEvent> seen = events.findByKey(key);
            if (seen.isPresent()) {
                return new NotificationResult(Outcome.DUPLICATE, null, "already received " + seen.get().receivedAt());
            }
            Optional<EscrowPayment> payout = ports.payments().findByPayout(n.providerTransactionId());
            if (payout.isEmpty() && n.isPayout() && n.clientTransactionId() != null) {
                payout = ports.payments().findByPayout(n.clientTransactionId()); // our payout id, echoed in the metadata
            }
            if (payout.isPresent()) {
                return settlePayout(key, n, payout.get());
            }
            Optional<EscrowPayment> checkout = findCheckout(n);
            if (checkout.isEmpty()) {
                return flag(key, n, Outcome.UNKNOWN_TRANSACTION, null, "no payment has this transaction id");
            }
            return n.isSuccess() ? lock(key, n, checkout.get()) : fail(key, n, checkout.get());
        });
    }

    private Optional<EscrowPayment> findCheckout(PaymentNotification n) {
        Optional<EscrowPayment> byProvider = ports.payments().findByProviderTransactionId(n.providerTransactionId());
        if (byProvider.isPresent() || n.clientTransactionId() == null) {
            return byProvider;
        }
        try {
            return ports.payments().findById(TransactionId.parse(n.clientTransactionId()))
                    .filter(p -> p.providerTransactionId().isEmpty());
        } catch (InvalidValueException notOurs) {
            return Optional.empty();
        }
    }

    private NotificationResult lock(String key, PaymentNotification n, EscrowPayment payment) {
        PaymentStatus before = payment.status();
        try {
            if (payment.providerTransactionId().isEmpty() && before == PaymentStatus.PENDING) {
                payment.checkoutAccepted(n.providerTransactionId());
            }
            payment.lock(reported(n, payment), ports.clock().now());
        } catch (DomainException refused) {
            Outcome outcome = refused instanceof com.voicepact.domain.payment.ProviderMismatchException ? Outcome.MISMATCH : Outcome.REFUSED;
            return flag(key, n, outcome, payment, refused.getMessage());
        }
        EscrowPayment saved = ports.payments().save(payment);
        ports.ledger().post(Postings.lock(saved, ports.clock().now()));
        ports.audit().change(PROVIDER, "PAYMENT_LOCKED", saved.id().value(), before.name(), saved.status().name(),
                "provider_transaction_id=" + n.providerTransactionId() + " amount=" + saved.amount());
        if (!moves.refundIfWhollySurplus(saved, PROVIDER)) {
            moves.fundIfCovered(saved.contractId(), saved, PROVIDER);
        }
        return applied(key, n, saved, "locked");
    }

    private NotificationResult fail(String key, PaymentNotification n, EscrowPayment payment) {
        PaymentStatus before = payment.status();
        try {
            payment.fail(n.description(), ports.clock().now());
        } catch (DomainException refused) {
            return flag(key, n, Outcome.REFUSED, payment, "failure ignored: " + refused.getMessage());
        }
        EscrowPayment saved = ports.payments().save(payment);
        ports.audit().change(PROVIDER, "PAYMENT_FAILED", saved.id().value(), before.name(), saved.status().name(), n.description());
        moves.afterPaymentSettled(saved.contractId(), PROVIDER); // it may have been the last open payment of a paid-out contract
        return applied(key, n, saved, "failed");
    }

    private NotificationResult settlePayout(String key, PaymentNotification n, EscrowPayment payment) {
        Payout payout = payment.payouts().stream().filter(p -> n.providerTransactionId().equals(p.providerId())
                || n.providerTransactionId().equals(p.id()) || p.id().equals(n.clientTransactionId())).findFirst().orElseThrow();
        if (n.isSuccess() && n.unreadableAmount() != null) { // the stale-payout job asks the provider instead
            return flag(key, n, Outcome.MISMATCH, payment, unreadable(n));
        }
        PaymentStatus before = payment.status();
        try {
            if (n.isSuccess()) {
                payment.payoutConfirmed(payout.id(), providerIdOf(n, payout), ports.clock().now());
            } else {
                payment.payoutFailed(payout.id(), n.description());
            }
        } catch (DomainException refused) {
            return flag(key, n, Outcome.REFUSED, payment, refused.getMessage());
        }
        EscrowPayment saved = ports.payments().save(payment);
        if (n.isSuccess()) {
            ports.ledger().post(Postings.payoutConfirmed(saved, payout, ports.clock().now()));
            feeOf(n, payout).ifPresent(fee -> ports.ledger().post(Postings.fee(saved, payout, fee, ports.clock().now())));
        } else {
            ports.ledger().post(Postings.payoutReversed(saved, payout, ports.clock().now()));
        }
        ports.audit().change(PROVIDER, n.isSuccess() ? "PAYOUT_CONFIRMED" : "PAYOUT_FAILED", saved.id().value(), before.name(),
                saved.status().name(), "payout=" + payout.id() + " " + n.description());
        moves.afterPaymentSettled(saved.contractId(), PROVIDER);
        Optional<String> surprise = n.isSuccess() && payout.kind() == PayoutKind.RELEASE ? beyondEntitlement(saved) : Optional.empty();
        if (surprise.isPresent()) { // the provider paid: the money is applied as it moved, and an operator is told
            return flag(key, n, Outcome.APPLIED_BUT_FLAGGED, saved, "payout confirmed, but " + surprise.get());
        }
        return applied(key, n, saved, n.isSuccess() ? "payout confirmed" : "payout failed");
    }

    /** Why a confirmed payout to the seller surprises us: they now have more than the contract, as it stands, entitles them to. */
    private Optional<String> beyondEntitlement(EscrowPayment payment) {
        Contract contract = moves.contract(payment.contractId());
        Money entitlement = SettlementPlan.sellerEntitlement(contract);
        Money paid = Money.zero(entitlement.currency());
        for (EscrowPayment p : ports.payments().findByContract(contract.id())) {
            paid = paid.plus(p.paidOut(PayoutKind.RELEASE));
        }
        return paid.compareTo(entitlement) <= 0 ? Optional.empty() : Optional.of("the seller has now been paid " + paid
                + ", more than the " + entitlement + " they are entitled to on a " + contract.status().wireName() + " contract");
    }

    /** The provider's id of a payout: the notification's transaction id, unless that is only our own payout id echoed. */
    private static String providerIdOf(PaymentNotification n, Payout payout) {
        return n.providerTransactionId().equals(payout.id()) ? null : n.providerTransactionId();
    }

    private static Money reported(PaymentNotification n, EscrowPayment payment) {
        CurrencyCode currency = n.currency() == null ? payment.amount().currency() : n.currency();
        if (n.unreadableAmount() != null) {
            throw new com.voicepact.domain.payment.ProviderMismatchException(unreadable(n));
        }
        if (n.amount() == null) {
            throw new com.voicepact.domain.payment.ProviderMismatchException("the notification carries no amount");
        }
        try {
            return Money.positive(n.amount().stripTrailingZeros(), currency, "the reported amount");
        } catch (InvalidValueException e) { // flagged, not thrown: a notification that can never be applied must not loop
            throw new com.voicepact.domain.payment.ProviderMismatchException("reported amount is unusable: " + e.getMessage());
        }
    }

    private static String unreadable(PaymentNotification n) {
        return "reported amount '" + n.unreadableAmount() + "' is not an amount we can read (a number after one of the currencies "
                + java.util.Arrays.toString(CurrencyCode.values()) + ")";
    }

    private static Optional<Money> feeOf(PaymentNotification n, Payout payout) {
        if (n.fee() == null || n.fee().signum() <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(n.fee().stripTrailingZeros(), n.currency() == null ? payout.amount().currency() : n.currency()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private NotificationResult applied(String key, PaymentNotification n, EscrowPayment payment, String detail) {
        events.record(event(key, n, Outcome.APPLIED, detail));
        return new NotificationResult(Outcome.APPLIED, payment.id().value(), detail);
    }

    private NotificationResult flag(String key, PaymentNotification n, Outcome outcome, EscrowPayment payment, String detail) {
        events.record(event(key, n, outcome, detail));
        String subject = payment == null ? "provider:" + n.providerTransactionId() : payment.id().value();
        ports.audit().change(PROVIDER, "PAYMENT_EVENT_FLAGGED", subject, payment == null ? "" : payment.status().name(),
                payment == null ? "" : payment.status().name(), outcome + ": " + detail);
        return new NotificationResult(outcome, payment == null ? null : payment.id().value(), detail);
    }

    /**
     * The amount as reported, normalised: {@code KES 375.0000} and {@code KES 375} are the same event. An
     * absurd one ({@code 1e999999999}) is quoted short, never written out, so the event fits its columns.
     */
    private static String reportedValue(PaymentNotification n) {
        if (n.unreadableAmount() != null) {
            return n.unreadableAmount().length() <= 40 ? n.unreadableAmount() : n.unreadableAmount().substring(0, 40) + "...";
        }
        return n.amount() == null ? "" : (n.currency() == null ? "" : n.currency() + " ")
                + InvalidValueException.shown(n.amount().stripTrailingZeros());
    }

    private ProviderEvent event(String key, PaymentNotification n, Outcome outcome, String detail) {
        String value = reportedValue(n);
        return new ProviderEvent(key, n.providerTransactionId(), n.status(), value, n.rawBody(), ports.clock().now(), outcome, detail);
    }
}
