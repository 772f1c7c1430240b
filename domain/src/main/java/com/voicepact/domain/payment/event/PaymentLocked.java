package com.voicepact.domain.payment.event;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.Objects;

/** The collection arrived: {@code amount} is held for the contract, under the provider's {@code providerReference}. */
public record PaymentLocked(
        TransactionId payment,
        ContractId contract,
        Money amount,
        String providerReference,
        PaymentStatus from,
        PaymentStatus to,
        Instant at)
        implements EscrowEvent {
    public PaymentLocked {
        EventChecks.requireCommon(payment, contract, from, to, at);
        Objects.requireNonNull(amount, "amount");
    }

    public static PaymentLocked of(EscrowPayment locked, String providerReference, PaymentStatus before, Instant at) {
        return new PaymentLocked(
                locked.id(), locked.contractId(), locked.amount(), providerReference, before, locked.status(), at);
    }
}
