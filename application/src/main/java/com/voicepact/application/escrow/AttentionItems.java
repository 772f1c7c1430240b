package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.in.ListPaymentsNeedingAttentionUseCase.Item;
import com.voicepact.application.escrow.port.in.ListPaymentsNeedingAttentionUseCase.Kind;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** How each stored fact becomes an item of the attention list, in an operator's words. */
public final class AttentionItems {

    private AttentionItems() {}

    /**
     * A checkout still pending after the window. With a provider id the checkout job asks the provider about it; without
     * one (the provider's answer to the push was lost) nobody can tell whether the payer paid.
     */
    public static Item pendingCheckout(EscrowPayment p, Duration window) {
        Optional<String> providerId = p.lifecycle().providerTransactionId();
        String pending = "checkout of " + p.amount() + " from "
                + p.checkout().payer().e164() + " pending for more than " + minutes(window);
        return providerId.isPresent()
                ? item(
                        Kind.PENDING_PAST_WINDOW,
                        p,
                        providerId.get(),
                        p.checkout().createdAt(),
                        pending)
                : item(
                        Kind.UNKNOWN_OUTCOME,
                        p,
                        null,
                        p.checkout().createdAt(),
                        pending
                                + "; the provider gave it no id, so whether the payer paid is unknown: look for reference "
                                + p.checkout().reference() + " on the provider's statement");
    }

    /** A payout open past the settle window: in SENDING its hand-over got no answer, otherwise no notification came. */
    public static Item openPayout(EscrowPayment p, Payout payout, Duration window) {
        String leg = payout.kind().name().toLowerCase(Locale.ROOT) + " payout " + payout.id() + " of " + payout.amount()
                + " to " + payout.recipient().e164();
        boolean unknown = payout.state() == PayoutState.SENDING;
        String detail = unknown
                ? leg
                        + " was handed to the provider and no answer was recorded; the dispatcher asks the provider for it"
                : leg + " is " + payout.state().name().toLowerCase(Locale.ROOT) + " for more than " + minutes(window)
                        + " with no word from the provider";
        return new Item(
                unknown ? Kind.UNKNOWN_OUTCOME : Kind.PENDING_PAST_WINDOW,
                p.contractId(),
                p.id(),
                payout.providerId(),
                payout.amount(),
                payout.requestedAt(),
                detail);
    }

    /** A payment refunded because the contract owed nothing more when it was locked. */
    public static Item surplusRefund(EscrowPayment p, Instant started) {
        boolean made = p.status() == PaymentStatus.REFUNDED;
        String detail = p.amount() + " from " + p.checkout().payer().e164() + " was paid beyond what "
                + p.contractId().value() + " owed; refund "
                + (made ? "made" : "due (payment " + p.status().wireName() + ")");
        return item(
                Kind.SURPLUS_REFUND, p, p.lifecycle().providerTransactionId().orElse(null), started, detail);
    }

    /** A flagged notification; its payment is looked up later, for the page shown only ({@link #withPayment}). */
    public static Item flagged(ProviderEvent e) {
        Kind kind = e.outcome() == ProviderEvent.Outcome.MISMATCH ? Kind.AMOUNT_MISMATCH : Kind.FLAGGED_EVENT;
        String detail = "notification " + e.status() + " " + e.value() + " recorded as "
                + e.outcome().name().toLowerCase(Locale.ROOT) + ": " + e.detail();
        return new Item(kind, null, null, e.providerTransactionId(), null, e.receivedAt(), detail);
    }

    /** A flagged item with the payment its provider id names (as a collection or one of its payouts), when there is one. */
    public static Item withPayment(Item item, Payments payments) {
        if (item.paymentId() != null || item.transactionId() == null) {
            return item;
        }
        String ref = item.transactionId();
        Optional<EscrowPayment> collection = payments.findByProviderTransactionId(ref);
        if (collection.isPresent()) {
            EscrowPayment p = collection.get();
            return new Item(item.kind(), p.contractId(), p.id(), ref, p.amount(), item.since(), item.detail());
        }
        return payments.findByPayout(ref)
                .map(p -> new Item(
                        item.kind(),
                        p.contractId(),
                        p.id(),
                        ref,
                        p.payouts().stream()
                                .filter(o -> ref.equals(o.id()) || ref.equals(o.providerId()))
                                .map(Payout::amount)
                                .findFirst()
                                .orElse(p.amount()),
                        item.since(),
                        item.detail()))
                .orElse(item);
    }

    private static Item item(Kind kind, EscrowPayment p, String providerId, Instant since, String detail) {
        return new Item(kind, p.contractId(), p.id(), providerId, p.amount(), since, detail);
    }

    private static String minutes(Duration window) {
        return window.toMinutes() + " min";
    }
}
