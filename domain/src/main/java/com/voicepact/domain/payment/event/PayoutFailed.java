package com.voicepact.domain.payment.event;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.Objects;

/** The provider failed or refused {@code payout}: its money is back in escrow. */
public record PayoutFailed(
        TransactionId payment,
        ContractId contract,
        Payout payout,
        String reason,
        PaymentStatus from,
        PaymentStatus to,
        Instant at)
        implements EscrowEvent {
    public PayoutFailed {
        EventChecks.requireCommon(payment, contract, from, to, at);
        Objects.requireNonNull(payout, "payout");
        reason = reason == null ? "" : reason;
    }

    public static PayoutFailed of(
            EscrowPayment payment, Payout payout, String reason, PaymentStatus before, Instant at) {
        return new PayoutFailed(payment.id(), payment.contractId(), payout, reason, before, payment.status(), at);
    }
}
