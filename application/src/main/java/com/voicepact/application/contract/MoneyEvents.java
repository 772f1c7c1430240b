package com.voicepact.application.contract;

import com.voicepact.application.contract.port.in.TimelineEvent;
import com.voicepact.application.contract.port.in.TimelineEvent.Kind;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline events of a contract's money: each checkout when it was asked for, locked and closed (failed, expired,
 * released or refunded), and each payout (kind {@code payout} to the seller, {@code refund} to the payer) with its state
 * now. A payout keeps only the time it was requested, so its event stands at that time with the state it has reached.
 */
public final class MoneyEvents {

    private static final EnumSet<PaymentStatus> CLOSED =
            EnumSet.of(PaymentStatus.FAILED, PaymentStatus.EXPIRED, PaymentStatus.RELEASED, PaymentStatus.REFUNDED);

    private MoneyEvents() {}

    public static List<TimelineEvent> of(List<EscrowPayment> payments) {
        List<TimelineEvent> events = new ArrayList<>();
        for (EscrowPayment p : payments) {
            String payer = p.checkout().payer().e164();
            events.add(payment(
                    p, p.checkout().createdAt(), payer, "pending", "Checkout of " + p.amount() + " asked of " + payer));
            p.lifecycle()
                    .confirmedAt()
                    .ifPresent(at -> events.add(
                            payment(p, at, "system", "locked", p.amount() + " from " + payer + " locked in escrow")));
            if (CLOSED.contains(p.status())) {
                String state = p.status().wireName();
                String why = p.lifecycle().failureReason().map(r -> ": " + r).orElse("");
                p.lifecycle()
                        .closedAt()
                        .ifPresent(at -> events.add(payment(p, at, "system", state, "Payment " + state + why)));
            }
            p.payouts().forEach(payout -> events.add(payout(p, payout)));
        }
        return events;
    }

    private static TimelineEvent payment(EscrowPayment p, Instant at, String actor, String state, String summary) {
        Map<String, String> detail = money(p.id().value(), p.amount(), state);
        detail.put(
                "provider_transaction_id", p.lifecycle().providerTransactionId().orElse(""));
        detail.put("payer", p.checkout().payer().e164());
        detail.put("failure_reason", p.lifecycle().failureReason().orElse(""));
        return new TimelineEvent(at, Kind.PAYMENT, actor, summary, detail);
    }

    private static TimelineEvent payout(EscrowPayment p, Payout payout) {
        boolean release = payout.kind() == PayoutKind.RELEASE;
        String state = payout.state().name().toLowerCase(Locale.ROOT);
        Map<String, String> detail = money(p.id().value(), payout.amount(), state);
        detail.put("payout_id", payout.id());
        detail.put("provider_id", payout.providerId() == null ? "" : payout.providerId());
        detail.put("recipient", payout.recipient().e164());
        detail.put("failure_reason", payout.failureReason() == null ? "" : payout.failureReason());
        String summary = (release ? "Payout of " : "Refund of ") + payout.amount() + " to "
                + payout.recipient().e164() + ": " + state;
        return new TimelineEvent(payout.requestedAt(), release ? Kind.PAYOUT : Kind.REFUND, "system", summary, detail);
    }

    private static Map<String, String> money(String transactionId, Money amount, String state) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("transaction_id", transactionId);
        detail.put("amount", amount.amount().toPlainString());
        detail.put("currency", amount.currency().name());
        detail.put("state", state);
        return detail;
    }
}
