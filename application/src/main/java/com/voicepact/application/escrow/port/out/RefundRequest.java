package com.voicepact.application.escrow.port.out;

import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.util.Objects;

/**
 * Money of a collection going back to its payer. {@code collectionReference}: the provider's reference
 * of the collection (a provider that can reverse it uses it; one that cannot pays the payer anew);
 * {@code payoutId} as in {@link PayoutRequest}; {@code collectionReceipt}: the receipt the provider gave
 * for the collection ({@link MovementOutcome.Succeeded#receipt()}, recorded on the payment when it was
 * locked), or null: what a provider reverses by (M-Pesa's Reversal), so a refund does not depend on the
 * adapter having seen the collection's callback in this process.
 */
public record RefundRequest(
        String payoutId, String collectionReference, PhoneNumber payer, Money amount, String collectionReceipt) {
    public RefundRequest {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
    }

    /** A refund of a collection whose receipt is not known. */
    public RefundRequest(String payoutId, String collectionReference, PhoneNumber payer, Money amount) {
        this(payoutId, collectionReference, payer, amount, null);
    }
}
