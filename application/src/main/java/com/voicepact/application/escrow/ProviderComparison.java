package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.in.ReconciliationReport.Mismatch;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our payments and payouts against the provider's movements, one by one: a pure comparison (no port, no clock) that
 * the reconciliation runs and reports. Not a service: it implements no use case.
 */
public final class ProviderComparison {

    private ProviderComparison() {}

    /**
     * Adds a {@link Mismatch} to {@code out} for each of our payments or payouts the provider knows otherwise (or not at
     * all), and answers the provider references that matched one of ours.
     */
    public static Set<String> compare(List<EscrowPayment> ours, List<ProviderMovement> theirs, List<Mismatch> out) {
        return compareOurs(ours, index(theirs), out);
    }

    /** The provider's transactions by their id and by the reference we sent (our payout id). */
    private static Map<String, ProviderMovement> index(List<ProviderMovement> theirs) {
        Map<String, ProviderMovement> byId = new HashMap<>();
        theirs.forEach(t -> {
            if (t.ourReference() != null && !t.ourReference().isBlank()) {
                byId.putIfAbsent(t.ourReference(), t);
            }
        });
        theirs.forEach(t -> byId.put(t.providerReference(), t));
        return byId;
    }

    private static Set<String> compareOurs(
            List<EscrowPayment> ours, Map<String, ProviderMovement> theirs, List<Mismatch> out) {
        Set<String> matched = new HashSet<>();
        for (EscrowPayment p : ours) {
            String providerId = p.lifecycle().providerTransactionId().orElse(null);
            ProviderMovement t = providerId == null ? null : theirs.get(providerId);
            boolean weHoldIt = p.lifecycle().confirmedAt().isPresent() && p.status() != PaymentStatus.PENDING;
            if (t != null) {
                matched.add(providerId);
                boolean theySucceeded = t.succeeded();
                if (theySucceeded && !weHoldIt) {
                    out.add(new Mismatch(
                            "STATUS",
                            p.id().value(),
                            providerId,
                            "the provider has the money, our payment is " + p.status()));
                } else if (!theySucceeded && weHoldIt) {
                    out.add(new Mismatch(
                            "OURS_ONLY",
                            p.id().value(),
                            providerId,
                            "our payment is " + p.status().wireName() + " (the money arrived) but the provider reports "
                                    + wordOf(t.outcome())));
                } else if (theySucceeded && t.amount() != null && !t.amount().equals(p.amount())) {
                    out.add(new Mismatch(
                            "AMOUNT", p.id().value(), providerId, "ours " + p.amount() + ", provider's " + t.amount()));
                }
            } else if (weHoldIt) {
                out.add(new Mismatch(
                        "OURS_ONLY", p.id().value(), providerId, "the provider has no record of this payment"));
            }
            for (Payout payout : p.payouts()) {
                ProviderMovement known = payout.providerId() == null ? null : theirs.get(payout.providerId());
                known = known == null ? theirs.get(payout.id()) : known;
                if (known != null) {
                    matched.add(known.providerReference());
                    comparePayout(p, payout, known, out);
                } else if (payout.state() == PayoutState.CONFIRMED) {
                    out.add(new Mismatch(
                            "OURS_ONLY",
                            p.id().value(),
                            payout.providerId(),
                            "confirmed payout " + payout.id() + " is unknown to the provider"));
                }
            }
        }
        return matched;
    }

    /** A payout the provider has finished must be finished the same way on our side. */
    private static void comparePayout(EscrowPayment p, Payout payout, ProviderMovement known, List<Mismatch> out) {
        boolean theyPaid = known.succeeded();
        boolean theyFailed = known.outcome() instanceof MovementOutcome.Failed;
        boolean wePaid = payout.state() == PayoutState.CONFIRMED;
        if ((theyPaid && !wePaid) || (theyFailed && payout.state() != PayoutState.FAILED)) {
            out.add(new Mismatch(
                    "PAYOUT_STATUS",
                    p.id().value(),
                    known.providerReference(),
                    "payout " + payout.id() + " is " + wordOf(known.outcome()) + " at the provider but "
                            + payout.state() + " here"));
        }
    }

    /** An outcome in the operator's words. */
    private static String wordOf(MovementOutcome outcome) {
        if (outcome instanceof MovementOutcome.Failed f) {
            return "failed (" + f.reason().name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return outcome instanceof MovementOutcome.Succeeded
                ? "paid"
                : outcome instanceof MovementOutcome.Pending ? "pending" : "unknown";
    }
}
