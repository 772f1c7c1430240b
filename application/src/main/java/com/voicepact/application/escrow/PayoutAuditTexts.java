package com.voicepact.application.escrow;

import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.payment.event.Handover;
import com.voicepact.domain.payment.event.PayoutHandedOver;
import com.voicepact.domain.payment.event.Settlement;

/** The audit words of a payout's events in {@link EscrowEffects}: each settlement's and each handover step's. */
public final class PayoutAuditTexts {

    private PayoutAuditTexts() {}

    /** The audit action of each handover step. */
    public static AuditAction actionOf(Handover step) {
        return switch (step) {
            case SENDING -> AuditAction.PAYOUT_SENDING;
            case ACCEPTED -> AuditAction.PAYOUT_ACCEPTED;
            case NOT_RECEIVED -> AuditAction.PAYOUT_NOT_RECEIVED;
        };
    }

    public static String handoverDetails(PayoutHandedOver e) {
        String payout = "payout " + e.payout().id();
        return switch (e.step()) {
            case SENDING -> payout + " attempt " + e.payout().attempts();
            case ACCEPTED -> payout + " provider_transaction_id=" + e.providerId();
            case NOT_RECEIVED -> payout + " unknown to the provider: it may be sent again";
        };
    }

    /** The audit action of each kind of settlement (the words of the first release). */
    public static AuditAction actionOf(Settlement settlement) {
        return switch (settlement) {
            case RELEASE -> AuditAction.ESCROW_RELEASE_STARTED;
            case SPLIT -> AuditAction.ESCROW_SPLIT_STARTED;
            case REFUND -> AuditAction.ESCROW_REFUND_STARTED;
            case SURPLUS_REFUND -> AuditAction.SURPLUS_REFUND_STARTED;
        };
    }
}
