package com.voicepact.domain.payment.event;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;

/**
 * A step of handing {@code payout} (as the step left it: its attempts counted) to the provider; {@code providerId} is the
 * provider's id once it took it, else null.
 */
public record PayoutHandedOver(
        TransactionId payment,
        ContractId contract,
        Handover step,
        Payout payout,
        String providerId,
        PaymentStatus from,
        PaymentStatus to,
        Instant at)
        implements EscrowEvent {
    public PayoutHandedOver {
        EventChecks.requireCommon(payment, contract, from, to, at);
        InvalidValueException.require(step != null && payout != null, "a handover step names its payout");
    }

    /** {@code payment} right after the step; its status does not change on a handover step. */
    public static PayoutHandedOver of(
            EscrowPayment payment, Handover step, String payoutId, String providerId, Instant at) {
        Payout payout =
                payment.escrow().payout(payoutId).orElseThrow(() -> new InvalidValueException("no payout " + payoutId));
        return new PayoutHandedOver(
                payment.id(), payment.contractId(), step, payout, providerId, payment.status(), payment.status(), at);
    }
}
