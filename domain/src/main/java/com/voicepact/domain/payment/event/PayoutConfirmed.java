package com.voicepact.domain.payment.event;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.Objects;

/** The provider paid {@code payout}, charging {@code fee} (null when it named none); {@code note} is its word, if any. */
public record PayoutConfirmed(
        TransactionId payment,
        ContractId contract,
        Payout payout,
        Money fee,
        String note,
        PaymentStatus from,
        PaymentStatus to,
        Instant at)
        implements EscrowEvent {
    public PayoutConfirmed {
        EventChecks.requireCommon(payment, contract, from, to, at);
        Objects.requireNonNull(payout, "payout");
        note = note == null ? "" : note;
    }

    public static PayoutConfirmed of(
            EscrowPayment paid, Payout payout, Money fee, String note, PaymentStatus before, Instant at) {
        return new PayoutConfirmed(paid.id(), paid.contractId(), payout, fee, note, before, paid.status(), at);
    }
}
