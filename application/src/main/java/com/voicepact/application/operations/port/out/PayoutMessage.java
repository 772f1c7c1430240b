package com.voicepact.application.operations.port.out;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.payment.TransactionId;

/** A payout to hand to the payment gateway: our payout id and the id of the payment ({@code TXN-...}) it is a leg of. */
public record PayoutMessage(String payoutId, TransactionId transactionId) implements OutboxPayload {

    public PayoutMessage {
        InvalidValueException.require(
                payoutId != null && !payoutId.isBlank() && transactionId != null,
                "a payout message needs the payout and payment ids");
    }
}
