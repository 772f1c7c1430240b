package com.voicepact.domain.payment.event;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.Objects;

/**
 * The collection ended without the money: {@code description} is the provider's word, {@code reasonKey} the catalog key
 * of the text its payer is sent.
 */
public record PaymentFailed(
        TransactionId payment,
        ContractId contract,
        PhoneNumber payer,
        Money amount,
        String description,
        String reasonKey,
        PaymentStatus from,
        PaymentStatus to,
        Instant at)
        implements EscrowEvent {
    public PaymentFailed {
        EventChecks.requireCommon(payment, contract, from, to, at);
        Objects.requireNonNull(payer, "payer");
    }

    public static PaymentFailed of(
            EscrowPayment failed, String description, String reasonKey, PaymentStatus before, Instant at) {
        return new PaymentFailed(
                failed.id(),
                failed.contractId(),
                failed.checkout().payer(),
                failed.amount(),
                description,
                reasonKey,
                before,
                failed.status(),
                at);
    }
}
